import { escapeHtml } from './escape-html.js';
import { certificateSentenceHtml } from './certificate-sentence.js';
import type { PrintDigits } from './print-digits.js';
import { printDocument, safeLogoDataUrl } from './print-document.js';
import { fillTemplate, printStrings, type PrintLanguage } from './print-strings.js';
import type { PdfJob } from './printer.js';

export interface CertificatesModel {
  language: PrintLanguage;
  /** Certificates print no numbers of their own; kept so every print model reads the same. */
  digits: PrintDigits;
  organisationName: string;
  logoDataUrl: string | null;
  eventTitle: string;
  dateText: string;
  venue: string;
  /** Printed under the signature line, e.g. "सचिव". */
  signatoryTitle: string;
  participants: Array<{ name: string; designation: string; unit: string }>;
}

const MARGINS_MM = { top: 10, bottom: 10, left: 10, right: 10 };

/**
 * Each certificate fills exactly one page. Its height is the printable height of A4 landscape
 * less a millimetre, because a box of the full height can be rounded up past the page and
 * would push an empty page in after every certificate.
 */
const CERTIFICATE_HEIGHT_MM = 210 - MARGINS_MM.top - MARGINS_MM.bottom - 1;

/** प्रमाण-पत्र: one A4 landscape page per participant, no page numbers. */
export function certificatesJob(model: CertificatesModel): PdfJob {
  const strings = printStrings(model.language).certificate;
  const logo = safeLogoDataUrl(model.logoDataUrl);
  const pages = model.participants.map((participant) => certificatePage(model, participant, logo !== null));
  return {
    html: printDocument({
      language: model.language,
      title: fillTemplate(strings.documentTitle, { event: model.eventTitle }),
      css: certificateCss(logo),
      bodyHtml: pages.join('\n'),
    }),
    landscape: true,
    headerTemplate: '',
    footerTemplate: '',
    marginsMm: MARGINS_MM,
  };
}

function certificatePage(model: CertificatesModel, participant: CertificatesModel['participants'][number], hasLogo: boolean): string {
  const strings = printStrings(model.language).certificate;
  const sentence = certificateSentenceHtml({ ...participant, eventTitle: model.eventTitle, dateText: model.dateText, venue: model.venue }, strings.sentence);
  const date = model.dateText.trim();
  return [
    '<section class="certificate"><div class="frame">',
    '<header>',
    // The logo is a CSS background declared once, so a hundred certificates do not carry a hundred copies of it.
    hasLogo ? '<div class="logo" role="img"></div>' : '',
    model.organisationName.trim() === '' ? '' : `<p class="organisation">${escapeHtml(model.organisationName.trim())}</p>`,
    `<h1>${escapeHtml(strings.title)}</h1>`,
    '</header>',
    `<div class="sentence"><p>${sentence}</p></div>`,
    '<footer>',
    `<p class="date">${date === '' ? '' : escapeHtml(fillTemplate(strings.date, { date }))}</p>`,
    `<div class="signature"><div class="line"></div><p>${escapeHtml(model.signatoryTitle.trim())}</p></div>`,
    '</footer>',
    '</div></section>',
  ].join('\n');
}

function certificateCss(logo: string | null): string {
  return `
.certificate { height: ${CERTIFICATE_HEIGHT_MM}mm; break-after: page; padding: 2.5mm; border: 1.2mm solid #7b2d26; }
.certificate:last-child { break-after: auto; }
.frame { height: 100%; border: 0.4mm solid #b08d3c; padding: 12mm 22mm 10mm; display: flex; flex-direction: column; align-items: center; text-align: center; }
header { display: flex; flex-direction: column; align-items: center; }
.logo { width: 28mm; height: 22mm; margin-bottom: 3mm; background: ${logo === null ? 'none' : `url("${logo}")`} center / contain no-repeat; }
.organisation { margin: 0; font-size: 17pt; font-weight: 700; color: #333; }
h1 { margin: 6mm 0 0; font-size: 38pt; font-weight: 700; color: #7b2d26; letter-spacing: 0.03em; }
h1::after { content: ""; display: block; width: 50mm; margin: 3mm auto 0; border-bottom: 0.5mm solid #b08d3c; }
.sentence { flex: 1; display: flex; align-items: center; justify-content: center; margin: 6mm 0; max-width: 225mm; }
.sentence p { margin: 0; font-size: 18pt; line-height: 1.9; }
.name { font-size: 19pt; }
footer { width: 100%; display: flex; justify-content: space-between; align-items: flex-end; font-size: 13pt; }
footer p { margin: 0; }
.signature { width: 70mm; text-align: center; }
.signature .line { border-top: 0.3mm solid #111; margin-bottom: 2mm; }
`;
}
