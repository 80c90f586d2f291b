import { describe, expect, it } from 'vitest';
import type { ReportBlock, ReportDoc } from '../../../../src-main/core/contract/report-document.js';
import { reportBodyHtml } from '../../../../src-main/core/report/print/report-html.js';
import { reportPrintHtml, reportPrintJob } from '../../../../src-main/core/report/print/report-print-job.js';
import { hindiReport, hostileReport, JAVASCRIPT_HREF, membersBlock, ORGANISATION, PAYLOADS, PWNED } from './report-fixtures.js';

const ALLOWED_ELEMENTS = new Set(['p', 'br', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'hr', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'u', 's', 'a', 'div']);
const ALLOWED_ATTRIBUTES = new Set(['href', 'start', 'style', 'class', 'colspan', 'rowspan']);

/**
 * Every tag in the output with its attributes. Escaped user text holds no "<", so each "<"
 * left in the HTML starts markup the template wrote, and this lists all of it.
 */
function tags(html: string): Array<{ name: string; attributes: Array<{ name: string; value: string }> }> {
  return [...html.matchAll(/<\/?([A-Za-z][\w-]*)([^>]*)>/g)].map((match) => ({
    name: (match[1] ?? '').toLowerCase(),
    attributes: [...(match[2] ?? '').matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map((attribute) => ({
      name: (attribute[1] ?? '').toLowerCase(),
      value: attribute[2] ?? '',
    })),
  }));
}

/** What a reader sees: the HTML without its tags and with entities decoded. */
function visibleText(html: string): string {
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
  return html.replace(/<[^>]*>/g, '').replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => entities[entity] ?? entity);
}

function doc(...content: ReportBlock[]): ReportDoc {
  return { type: 'doc', content };
}

describe('report body HTML with hostile text', () => {
  const html = reportBodyHtml(hostileReport(), 'devanagari');

  it('contains only the elements and attributes the template writes', () => {
    const found = tags(html);
    expect(found.length).toBeGreaterThan(20);
    for (const tag of found) {
      expect(ALLOWED_ELEMENTS, tag.name).toContain(tag.name);
      for (const attribute of tag.attributes) expect(ALLOWED_ATTRIBUTES, `${tag.name} ${attribute.name}`).toContain(attribute.name);
    }
    expect(html).not.toMatch(/<\s*(script|img|iframe|meta|style)/i);
  });

  it('drops the javascript: link and keeps its words as plain text', () => {
    expect(tags(html).filter((tag) => tag.name === 'a')).toEqual([]);
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<p>यहाँ क्लिक करें</p>');
    expect(html).toContain(`<p><strong>${PAYLOADS.map(escaped).join(' ')}</strong></p>`);
  });

  it('keeps every payload as the literal text that was typed', () => {
    const shown = visibleText(html);
    for (const payload of PAYLOADS) expect(shown, payload).toContain(payload);
    expect(shown).not.toContain(JAVASCRIPT_HREF);
  });

  it('keeps the hostile text out of the full document’s markup too', () => {
    const page = reportPrintHtml({ doc: hostileReport(), title: PAYLOADS.join(' '), organisationName: `${PWNED} </style><script>alert(1)</script>`, language: 'hi', digits: 'latin' });
    expect(page.match(/<script/gi)).toBeNull();
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page.match(/<meta /g)).toHaveLength(2);
    expect(page).toContain(`<title>${escaped(PAYLOADS.join(' '))}</title>`);
  });
});

function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

describe('report body HTML', () => {
  function linked(href: string): string {
    return reportBodyHtml(doc({ type: 'paragraph', content: [{ type: 'text', text: 'विवरण', marks: [{ type: 'link', attrs: { href } }, { type: 'italic' }] }] }), 'latin');
  }

  it('makes web and mail addresses links and drops every other kind', () => {
    expect(linked('https://example.org/a?b=1&c="2"')).toBe('<p><a href="https://example.org/a?b=1&amp;c=%222%22"><em>विवरण</em></a></p>');
    expect(linked('http://example.org')).toBe('<p><a href="http://example.org/"><em>विवरण</em></a></p>');
    expect(linked('mailto:sachiv@example.org')).toBe('<p><a href="mailto:sachiv@example.org"><em>विवरण</em></a></p>');
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:x', 'www.example.org', '/relative']) {
      expect(linked(href), href).toBe('<p><em>विवरण</em></p>');
    }
  });

  it('prints bold, italic, underline, strike and line breaks', () => {
    const html = reportBodyHtml(
      doc({ type: 'paragraph', content: [{ type: 'text', text: 'क', marks: [{ type: 'bold' }, { type: 'underline' }] }, { type: 'hardBreak' }, { type: 'text', text: 'ख', marks: [{ type: 'strike' }] }] }),
      'latin',
    );
    expect(html).toBe('<p><strong><u>क</u></strong><br><s>ख</s></p>');
  });

  it('puts a data block’s caption and column headings in the table, headings in <thead>', () => {
    const html = reportBodyHtml(doc(membersBlock(2)), 'devanagari');
    expect(html).toContain('<caption>उपस्थित सदस्य</caption>');
    expect(html).toContain('<thead><tr><th>क्रमांक</th><th>नाम</th><th>पद</th><th>इकाई</th></tr></thead>');
    // The snapshot is printed as the core wrote it: the template converts no digits in it.
    expect(html).toContain('<tr><td>2</td><td>सदस्य 2</td><td>सदस्य</td><td>भोपाल इकाई</td></tr>');
  });

  it('prints an empty data block’s wording across all its columns', () => {
    const html = reportBodyHtml(doc(membersBlock(0)), 'latin');
    expect(html).toContain('<tbody>\n<tr><td class="data-empty" colspan="4">कोई सदस्य उपस्थित नहीं था</td></tr>\n</tbody>');
  });

  it('numbers ordered lists in the chosen digits and keeps their start', () => {
    const list: ReportBlock = { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'तीसरा' }] }] }] };
    expect(reportBodyHtml(doc(list), 'devanagari')).toContain('<ol start="3" style="list-style-type: devanagari">');
    expect(reportBodyHtml(doc(list), 'latin')).toContain('<ol start="3" style="list-style-type: decimal">');
  });

  it('moves a table’s header row into <thead> so it repeats on each page', () => {
    const html = reportBodyHtml(hindiReport(), 'latin');
    expect(html).toContain('<table class="report-table">\n<thead>\n<tr><th><p>सत्र</p></th><th><p>विषय</p></th></tr>\n</thead>\n<tbody>\n<tr><td><p>प्रथम सत्र</p></td>');
  });

  it('prints the signature with the name in brackets and leaves out empty parts', () => {
    const signature = (name: string, designation: string, place: string, date: string) =>
      reportBodyHtml(doc({ type: 'signatureBlock', attrs: { name, designation, place, date } }), 'latin');
    expect(signature('कृष्णा शर्मा', 'सचिव', 'भोपाल', '12 मार्च 2026')).toBe(
      '<div class="signature">\n<div class="signature-where"><p class="signature-place">भोपाल</p><p class="signature-date">12 मार्च 2026</p></div>\n' +
        '<div class="signature-who"><p class="signature-name">(कृष्णा शर्मा)</p><p class="signature-designation">सचिव</p></div>\n</div>',
    );
    const withoutName = signature(' ', 'सचिव', '', '12 मार्च 2026');
    expect(withoutName).not.toContain('(');
    expect(withoutName).not.toContain('signature-place');
    expect(withoutName).toContain('<p class="signature-designation">सचिव</p>');
    expect(signature('', '', '', '')).toBe('');
  });

  it('sets signatures that follow one another side by side in one row, and a lone one as before', () => {
    const sign = (name: string, designation: string) => ({ type: 'signatureBlock' as const, attrs: { name, designation, place: '', date: '' } });
    const html = reportBodyHtml({ type: 'doc', content: [sign('श्रीमती रेखा तिवारी', 'सदस्य सचिव'), sign('श्री मोहन लाल अहिरवार', 'अध्यक्ष')] }, 'latin');
    expect(html.startsWith('<div class="signatures">\n<div class="signature">')).toBe(true);
    expect(html.match(/class="signature"/g)).toHaveLength(2);
    expect(html.indexOf('रेखा तिवारी')).toBeLessThan(html.indexOf('मोहन लाल'));
    expect(reportBodyHtml(doc(sign('कृष्णा शर्मा', 'सचिव')), 'latin')).not.toContain('signatures');
  });
});

describe('report print job', () => {
  const input = { doc: hindiReport(), title: 'प्रतिवेदन', organisationName: ORGANISATION, language: 'hi' as const, digits: 'devanagari' as const };

  it('is A4 portrait with wide side margins and no Chromium header or footer', () => {
    const job = reportPrintJob(input);
    expect(job.landscape).toBe(false);
    expect(job.headerTemplate).toBe('');
    expect(job.footerTemplate).toBe('');
    expect(job.marginsMm.left).toBeGreaterThanOrEqual(18);
    expect(job.marginsMm.right).toBeGreaterThanOrEqual(18);
    expect(job.html).toBe(reportPrintHtml(input));
  });

  it('labels place and date in the language of the report', () => {
    expect(reportPrintHtml(input)).toContain('.signature-place::before { content: "स्थान: "; }');
    expect(reportPrintHtml({ ...input, language: 'en' })).toContain('.signature-place::before { content: "Place: "; }');
  });
});
