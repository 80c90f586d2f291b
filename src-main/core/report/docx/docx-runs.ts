import { ExternalHyperlink, TextRun, UnderlineType, type IRunOptions, type ParagraphChild } from 'docx';
import { safeReportLink, type ReportInline, type ReportMark, type ReportText } from '../../contract/report-document.js';

/**
 * The font and languages every run of the document declares. Word and LibreOffice pick the
 * font for Devanagari from `cs` and shape it as Hindi only when the complex-script language is
 * hi-IN, so that is declared even in an English report, where Hindi names still appear.
 */
export interface RunLook {
  fontName: string;
  language: 'hi' | 'en';
}

export interface RunEmphasis {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

const LINK_COLOR = '1F4E9A';

export function runLook(look: RunLook): Pick<IRunOptions, 'font' | 'language'> {
  const font = look.fontName;
  return {
    font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
    language: { value: look.language === 'hi' ? 'hi-IN' : 'en-IN', bidirectional: 'hi-IN' },
  };
}

export function plainRun(text: string, look: RunLook, emphasis: RunEmphasis = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), ...runLook(look), ...emphasisOptions(emphasis) });
}

/** The runs of a paragraph's inline content, with its marks; links become real hyperlinks only to the web or e-mail. */
export function inlineChildren(content: readonly ReportInline[] | undefined, look: RunLook, emphasis: RunEmphasis = {}): ParagraphChild[] {
  return (content ?? []).map((inline) =>
    inline.type === 'hardBreak' ? new TextRun({ break: 1, ...runLook(look), ...emphasisOptions(emphasis) }) : textChild(inline, look, emphasis),
  );
}

function textChild(node: ReportText, look: RunLook, emphasis: RunEmphasis): ParagraphChild {
  const marks = node.marks ?? [];
  const href = linkTarget(marks);
  const options: IRunOptions = {
    text: xmlSafe(node.text),
    ...runLook(look),
    ...emphasisOptions({
      ...emphasis,
      bold: emphasis.bold === true || has(marks, 'bold'),
      italics: emphasis.italics === true || has(marks, 'italic'),
    }),
    ...(has(marks, 'underline') || href !== null ? { underline: { type: UnderlineType.SINGLE } } : {}),
    ...(has(marks, 'strike') ? { strike: true } : {}),
    ...(href !== null ? { color: LINK_COLOR } : {}),
  };
  const run = new TextRun(options);
  return href === null ? run : new ExternalHyperlink({ link: href, children: [run] });
}

function emphasisOptions(emphasis: RunEmphasis): Pick<IRunOptions, 'bold' | 'boldComplexScript' | 'italics' | 'italicsComplexScript' | 'size'> {
  return {
    ...(emphasis.bold === true ? { bold: true, boldComplexScript: true } : {}),
    ...(emphasis.italics === true ? { italics: true, italicsComplexScript: true } : {}),
    ...(emphasis.size !== undefined ? { size: emphasis.size } : {}),
  };
}

function has(marks: readonly ReportMark[], type: ReportMark['type']): boolean {
  return marks.some((mark) => mark.type === type);
}

/** Only web and e-mail addresses are made clickable: a `file:` or `javascript:` link in a shared document is a trap. */
function linkTarget(marks: readonly ReportMark[]): string | null {
  const link = marks.find((mark) => mark.type === 'link');
  return link === undefined ? null : safeReportLink(link.attrs.href);
}

/**
 * XML 1.0 cannot hold most control characters or half a surrogate pair, and one of them (pasted
 * from another program) would make Word refuse the whole file, so only those are left out.
 */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
