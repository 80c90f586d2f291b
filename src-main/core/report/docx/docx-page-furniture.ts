import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { plainRun, runLook, type RunLook } from './docx-runs.js';

/** The organisation's name at the top of every page. */
export function organisationHeader(organisationName: string, look: RunLook): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 } },
        children: [plainRun(organisationName, look, { bold: true })],
      }),
    ],
  });
}

const PLACEHOLDER = /\{\{\s*(page|pages)\s*\}\}/g;

/**
 * The page footer, e.g. "पृष्ठ 3 / 12", from the locale's template: `{{page}}` and `{{pages}}`
 * become Word's PAGE and NUMPAGES fields, which Word and LibreOffice fill in on every page.
 * The numbers are Latin digits even in a Devanagari-digit report. LibreOffice 7.4 ignores the
 * page number format `hindiNumbers` and the field switches `\* HINDIARABIC` / `\* hindiNumbers`
 * (tried: it prints 1, 2, 3), and other writers read `hindiNumbers` as Arabic-Indic digits
 * (١, ٢, ٣), not Devanagari ones, so no format gives १, २, ३ reliably.
 */
export function pageNumberFooter(template: string, look: RunLook): Footer {
  const children: TextRun[] = [];
  let from = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > from) children.push(plainRun(template.slice(from, match.index), look));
    children.push(new TextRun({ children: [match[1] === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES], ...runLook(look) }));
    from = match.index + match[0].length;
  }
  if (from < template.length) children.push(plainRun(template.slice(from), look));
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}
