import { describe, expect, it } from 'vitest';
import { certificateSentenceHtml } from '../../../src-main/core/print/certificate-sentence.js';
import { certificatesJob } from '../../../src-main/core/print/certificates.js';
import { toPagePdfOptions, toPrintOptions, toPrintToPdfOptions } from '../../../src-main/core/print/engine-options.js';
import { cssString, escapeHtml } from '../../../src-main/core/print/escape-html.js';
import { pageOfContent } from '../../../src-main/core/print/page-footer-css.js';
import { withDigits } from '../../../src-main/core/print/print-digits.js';
import { PRINT_CONTENT_SECURITY_POLICY, printDocument, safeLogoDataUrl } from '../../../src-main/core/print/print-document.js';
import { printStrings } from '../../../src-main/core/print/print-strings.js';
import type { PdfJob } from '../../../src-main/core/print/printer.js';
import { signInSheetJob, type SignInSheetModel } from '../../../src-main/core/print/sign-in-sheet.js';

const PNG_DATA_URL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==';

const sheetModel: SignInSheetModel = {
  language: 'hi',
  digits: 'devanagari',
  organisationName: 'ज़िला सहकारी संघ',
  logoDataUrl: null,
  eventTitle: 'प्रशिक्षण <शिविर>',
  dateText: '12 मार्च 2026',
  venue: 'सभागार',
  sessionName: null,
  rows: [
    { name: 'श्रीमती कृष्णा शर्मा', designation: 'अध्यक्ष', unit: 'भोपाल' },
    { name: '<b>&"x"</b>', designation: '', unit: '' },
  ],
  blankRows: 3,
};

const hindiSentences = printStrings('hi').certificate.sentence;
const facts = { name: 'अर्जुन सिंह', designation: 'सचिव', unit: 'इंदौर इकाई', eventTitle: 'वार्षिक अधिवेशन', dateText: '5 मई 2026', venue: 'उज्जैन' };

describe('escaping user text', () => {
  it('prints markup characters literally', () => {
    expect(escapeHtml(`<b>&"x"</b> 'y'`)).toBe('&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt; &#39;y&#39;');
  });

  it('keeps a CSS string closed whatever the text contains', () => {
    const literal = cssString('कार्यशाला "अ" </style><script>\\ \n');
    expect(literal.slice(1, -1)).not.toMatch(/["<>\n]|\\(?![0-9a-f]+ )/);
    expect(literal).toContain('कार्यशाला');
  });

  it('places user text in the sign-in sheet only escaped', () => {
    const { html } = signInSheetJob(sheetModel);
    expect(html).toContain('&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;');
    expect(html).toContain('प्रशिक्षण &lt;शिविर&gt;');
    expect(html).not.toContain('<b>&');
    expect(html).not.toContain('<शिविर>');
  });

  it('uses a logo only when it is a PNG or JPEG data URL', () => {
    expect(safeLogoDataUrl(PNG_DATA_URL)).toBe(PNG_DATA_URL);
    expect(safeLogoDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBeNull();
    expect(safeLogoDataUrl('javascript:alert(1)')).toBeNull();
    expect(safeLogoDataUrl('data:image/png;base64,AAAA") , url("http://x')).toBeNull();
    expect(signInSheetJob({ ...sheetModel, logoDataUrl: 'https://example.com/logo.png' }).html).not.toContain('example.com');
    expect(signInSheetJob({ ...sheetModel, logoDataUrl: PNG_DATA_URL }).html).toContain(`<img class="logo" src="${PNG_DATA_URL}"`);
  });
});

describe('the print document', () => {
  const html = printDocument({ language: 'hi', title: 'शीर्षक & <नाम>', css: '', bodyHtml: '<p>x</p>' });

  it('allows no script and no network, only inline styles and embedded fonts and images', () => {
    expect(PRINT_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">`);
    expect(html).toMatch(/^<!doctype html>\n<html lang="hi">/);
    expect(html).toContain('<title>शीर्षक &amp; &lt;नाम&gt;</title>');
  });

  it('embeds the Devanagari and Latin faces in regular and bold, each with its range', () => {
    const faces = html.match(/@font-face \{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(4);
    const summary = faces.map((face) => `${/font-weight: (\d+)/.exec(face)?.[1]} ${/unicode-range: U\+([\w-]+)/.exec(face)?.[1]}`).sort();
    expect(summary).toEqual(['400 0000-00FF', '400 0900-097F', '700 0000-00FF', '700 0900-097F']);
    for (const face of faces) expect(face).toMatch(/src: url\(data:font\/woff2;base64,d09GMg[A-Za-z0-9+/=]{10000,}\) format\('woff2'\)/);
  });
});

describe('sign-in sheet content', () => {
  it('numbers the named rows and then the blank rows, in the chosen digits', () => {
    const numbers = (model: SignInSheetModel) => [...signInSheetJob(model).html.matchAll(/<td class="number">([^<]*)<\/td>/g)].map((match) => match[1]);
    expect(numbers(sheetModel)).toEqual(['१', '२', '३', '४', '५']);
    expect(numbers({ ...sheetModel, digits: 'latin' })).toEqual(['1', '2', '3', '4', '5']);
  });

  it('leaves out a venue or session that is not given', () => {
    const html = signInSheetJob({ ...sheetModel, venue: ' ', sessionName: null }).html;
    expect(html).not.toContain('स्थान:');
    expect(html).not.toContain('सत्र:');
    expect(signInSheetJob({ ...sheetModel, sessionName: 'दूसरा सत्र' }).html).toContain('सत्र: दूसरा सत्र');
  });

  it('writes the page footer as CSS page counters in the chosen digits', () => {
    expect(pageOfContent('पृष्ठ {{page}} / {{pages}}', 'devanagari')).toBe('"पृष्ठ " counter(page, devanagari) " / " counter(pages, devanagari)');
    expect(pageOfContent('Page {{page}} of {{pages}}', 'latin')).toBe('"Page " counter(page, decimal) " of " counter(pages, decimal)');
    expect(withDigits('पृष्ठ 10 / 25', 'devanagari')).toBe('पृष्ठ १० / २५');
  });
});

describe('certificate sentence', () => {
  const text = (html: string) => html.replace(/<[^>]+>/g, '');

  it('names the person, their post and unit, the date, the venue and the event', () => {
    expect(text(certificateSentenceHtml(facts, hindiSentences))).toBe(
      'प्रमाणित किया जाता है कि अर्जुन सिंह, सचिव, इंदौर इकाई ने 5 मई 2026 को उज्जैन में आयोजित «वार्षिक अधिवेशन» में भाग लिया।',
    );
    expect(certificateSentenceHtml(facts, hindiSentences)).toContain('<strong class="name">अर्जुन सिंह</strong>');
  });

  it('leaves missing parts out without stray commas or "undefined"', () => {
    const cases = [
      { ...facts, designation: '' },
      { ...facts, unit: ' ' },
      { ...facts, designation: '', unit: '' },
      { ...facts, dateText: '' },
      { ...facts, venue: '' },
      { ...facts, dateText: '', venue: '', designation: '' },
    ].map((input) => text(certificateSentenceHtml(input, hindiSentences)));
    expect(cases).toEqual([
      'प्रमाणित किया जाता है कि अर्जुन सिंह, इंदौर इकाई ने 5 मई 2026 को उज्जैन में आयोजित «वार्षिक अधिवेशन» में भाग लिया।',
      'प्रमाणित किया जाता है कि अर्जुन सिंह, सचिव ने 5 मई 2026 को उज्जैन में आयोजित «वार्षिक अधिवेशन» में भाग लिया।',
      'प्रमाणित किया जाता है कि अर्जुन सिंह ने 5 मई 2026 को उज्जैन में आयोजित «वार्षिक अधिवेशन» में भाग लिया।',
      'प्रमाणित किया जाता है कि अर्जुन सिंह, सचिव, इंदौर इकाई ने उज्जैन में आयोजित «वार्षिक अधिवेशन» में भाग लिया।',
      'प्रमाणित किया जाता है कि अर्जुन सिंह, सचिव, इंदौर इकाई ने 5 मई 2026 को आयोजित «वार्षिक अधिवेशन» में भाग लिया।',
      'प्रमाणित किया जाता है कि अर्जुन सिंह, इंदौर इकाई ने «वार्षिक अधिवेशन» में भाग लिया।',
    ]);
  });

  it('is written in English for an English document', () => {
    expect(text(certificateSentenceHtml({ ...facts, name: 'Asha Rao', designation: '', venue: '' }, printStrings('en').certificate.sentence))).toBe(
      'This is to certify that Asha Rao, इंदौर इकाई participated in “वार्षिक अधिवेशन”, held on 5 मई 2026.',
    );
  });

  it('escapes every value it inserts', () => {
    const html = certificateSentenceHtml({ ...facts, name: '<i>राम</i>', venue: 'A & B' }, hindiSentences);
    expect(html).toContain('&lt;i&gt;राम&lt;/i&gt;');
    expect(html).toContain('A &amp; B');
  });

  it('carries the logo once however many certificates there are', () => {
    const participants = Array.from({ length: 5 }, (_, index) => ({ name: `व्यक्ति ${index}`, designation: '', unit: '' }));
    const { html } = certificatesJob({ language: 'hi', digits: 'latin', organisationName: 'संघ', logoDataUrl: PNG_DATA_URL, eventTitle: 'सभा', dateText: '', venue: '', signatoryTitle: 'सचिव', participants });
    expect(html.split(PNG_DATA_URL)).toHaveLength(2);
    expect(html.match(/<section class="certificate">/g)).toHaveLength(5);
  });
});

describe('engine options', () => {
  const job: PdfJob = { html: '', landscape: true, headerTemplate: '', footerTemplate: '', marginsMm: { top: 12.7, bottom: 25.4, left: 10, right: 0 } };

  it('gives Electron margins in inches and Playwright in millimetres, A4, with backgrounds', () => {
    expect(toPrintToPdfOptions(job)).toEqual({
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: false,
      displayHeaderFooter: false,
      headerTemplate: '<span></span>',
      footerTemplate: '<span></span>',
      margins: { top: 0.5, bottom: 1, left: 10 / 25.4, right: 0 },
    });
    expect(toPagePdfOptions(job)).toEqual({
      format: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: false,
      displayHeaderFooter: false,
      headerTemplate: '<span></span>',
      footerTemplate: '<span></span>',
      margin: { top: '12.7mm', bottom: '25.4mm', left: '10mm', right: '0mm' },
    });
  });

  it('draws Chromium header and footer only when a template is given, and nothing in place of a missing one', () => {
    const footerOnly = { ...job, landscape: false, footerTemplate: '<span class="pageNumber"></span>' };
    for (const options of [toPrintToPdfOptions(footerOnly), toPagePdfOptions(footerOnly)]) {
      expect(options).toMatchObject({ landscape: false, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<span class="pageNumber"></span>' });
    }
  });

  it('asks the system print dialog for A4 with the same margins, in CSS pixels', () => {
    expect(toPrintOptions(job)).toEqual({
      silent: false,
      printBackground: true,
      landscape: true,
      pageSize: 'A4',
      margins: { marginType: 'custom', top: 48, bottom: 96, left: 38, right: 0 },
    });
  });
});
