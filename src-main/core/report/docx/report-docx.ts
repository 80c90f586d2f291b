import { Document, Packer, PageOrientation, type IBaseParagraphStyleOptions } from 'docx';
import type { ReportDoc } from '../../contract/report-document.js';
import { blocksToDocx, HEADING_SIZES } from './docx-blocks.js';
import { ListNumbering } from './docx-lists.js';
import { organisationHeader, pageNumberFooter } from './docx-page-furniture.js';
import { runLook, xmlSafe, type RunLook } from './docx-runs.js';

export interface ReportDocxInput {
  doc: ReportDoc;
  title: string;
  organisationName: string;
  language: 'hi' | 'en';
  /**
   * Accepted so every export takes the same settings, but the page numbers stay Latin digits
   * (see pageNumberFooter), and the report's own text is written exactly as the secretary typed it.
   */
  digits: 'latin' | 'devanagari';
  /** The font Word should use for every character, e.g. 'Noto Sans Devanagari', 'Mangal', 'Nirmala UI'. */
  fontName: string;
  /** The footer's wording with `{{page}}` and `{{pages}}`, e.g. 'पृष्ठ {{page}} / {{pages}}'. */
  pageFooterTemplate: string;
}

/** A4 in twips, as Word itself writes it (rounding 210 × 297 mm would give one twip less). */
const A4_TWIPS = { width: 11906, height: 16838 };
/** 20 mm and 10 mm in twips, rounded to the nearest (docx's own conversion rounds down). */
const MARGIN_TWIPS = 1134;
const HEADER_FOOTER_DISTANCE_TWIPS = 567;
/** 11 pt, in half-points. */
const BODY_SIZE = 22;

/** The report as a Word document (.docx): A4 portrait, Hindi shaped, the organisation on every page, numbered pages. */
export async function reportDocx(input: ReportDocxInput): Promise<Uint8Array> {
  const look: RunLook = { fontName: input.fontName, language: input.language };
  const lists = new ListNumbering(look);
  const body = blocksToDocx(input.doc.content, { look, lists, emphasis: {}, quoteIndentTwips: 0, quoted: false, listLevel: 0 });
  const document = new Document({
    title: xmlSafe(input.title),
    styles: {
      default: {
        document: { run: { ...runLook(look), size: BODY_SIZE } },
        heading1: headingStyle(look, HEADING_SIZES[1]),
        heading2: headingStyle(look, HEADING_SIZES[2]),
        heading3: headingStyle(look, HEADING_SIZES[3]),
      },
    },
    numbering: { config: lists.config() },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4_TWIPS, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: MARGIN_TWIPS,
              right: MARGIN_TWIPS,
              bottom: MARGIN_TWIPS,
              left: MARGIN_TWIPS,
              header: HEADER_FOOTER_DISTANCE_TWIPS,
              footer: HEADER_FOOTER_DISTANCE_TWIPS,
            },
          },
        },
        headers: { default: organisationHeader(input.organisationName, look) },
        footers: { default: pageNumberFooter(input.pageFooterTemplate, look) },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function headingStyle(look: RunLook, size: number): IBaseParagraphStyleOptions {
  return { run: { ...runLook(look), size, bold: true, boldComplexScript: true, color: '000000' } };
}
