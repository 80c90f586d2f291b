import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, type IParagraphOptions, type Table } from 'docx';
import type { ReportBlock, ReportInline, ReportListItem, SignatureAttrs } from '../../contract/report-document.js';
import { printStrings } from '../../print/print-strings.js';
import { LIST_HANGING_TWIPS, ListNumbering, listIndentTwips, MAX_LIST_LEVEL } from './docx-lists.js';
import { inlineChildren, plainRun, type RunEmphasis, type RunLook } from './docx-runs.js';
import { signatureRun } from '../signature-run.js';
import { dataBlockTable, reportTable, signatureRow } from './docx-tables.js';

export interface BlockContext {
  look: RunLook;
  lists: ListNumbering;
  /** Emphasis every run of these blocks carries, such as bold in a table's header cells. */
  emphasis: RunEmphasis;
  /** How far the block quotes around these blocks indent them from the margin. */
  quoteIndentTwips: number;
  quoted: boolean;
  /** How many list items these blocks are inside. */
  listLevel: number;
}

export type BodyElement = Paragraph | Table;

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
/** Sizes in half-points: 16, 14 and 12.5 pt over an 11 pt body. */
export const HEADING_SIZES = { 1: 32, 2: 28, 3: 25 } as const;
const QUOTE_INDENT_TWIPS = 567;
const PARAGRAPH_SPACING = { after: 120, line: 300 };
const SIGNATURE_SPACE_TWIPS = 720;
/** Keeps the signature clear of whatever stands above it, such as a table. */
const SIGNATURE_GAP_TWIPS = 360;

export function blocksToDocx(blocks: readonly ReportBlock[], context: BlockContext): BodyElement[] {
  const elements: BodyElement[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const run = signatureRun(blocks, index);
    if (run.length > 1) {
      // Signatures that follow one another (the secretary's and the chair's) stand side by side, as in the PDF.
      elements.push(...signatureGap(context), signatureRow(run.map((attrs) => signatureParagraphs(attrs, context, AlignmentType.CENTER, false))));
      index += run.length - 1;
    } else {
      elements.push(...blockToDocx(blocks[index] as ReportBlock, context));
    }
  }
  return elements;
}

/** An empty paragraph that keeps a row of signatures clear of what stands above it. */
function signatureGap(context: BlockContext): Paragraph[] {
  return [new Paragraph({ keepNext: true, spacing: { before: SIGNATURE_GAP_TWIPS, after: 0 }, children: [plainRun('', context.look, context.emphasis)] })];
}

function blockToDocx(block: ReportBlock, context: BlockContext): BodyElement[] {
  switch (block.type) {
    case 'paragraph':
      return [textParagraph(block.content, context)];
    case 'heading':
      return [
        textParagraph(block.content, { ...context, emphasis: { ...context.emphasis, bold: true, size: HEADING_SIZES[block.attrs.level] } }, {
          heading: HEADING_LEVELS[block.attrs.level],
          keepNext: true,
          spacing: { before: 240, after: 120 },
        }),
      ];
    case 'bulletList':
      return listToDocx(block.content, 'bullet', 1, context);
    case 'orderedList':
      return listToDocx(block.content, 'ordered', block.attrs?.start ?? 1, context);
    case 'blockquote':
      return blocksToDocx(block.content, { ...context, quoted: true, quoteIndentTwips: context.quoteIndentTwips + QUOTE_INDENT_TWIPS });
    case 'horizontalRule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 1 } }, spacing: PARAGRAPH_SPACING })];
    case 'table':
      return reportTable(block.content, context, blocksToDocx);
    case 'dataBlock':
      return dataBlockTable(block.attrs, context);
    case 'signatureBlock':
      return signatureParagraphs(block.attrs, context);
  }
}

function textParagraph(content: readonly ReportInline[] | undefined, context: BlockContext, extra: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    spacing: PARAGRAPH_SPACING,
    ...blockIndent(context),
    ...extra,
    children: inlineChildren(content, context.look, context.emphasis),
  });
}

function blockIndent(context: BlockContext): Pick<IParagraphOptions, 'indent' | 'border'> {
  const left = context.quoteIndentTwips + (context.listLevel > 0 ? listIndentTwips(context.listLevel - 1) : 0);
  return { ...(left > 0 ? { indent: { left } } : {}), ...quoteBorder(context) };
}

function quoteBorder(context: BlockContext): Pick<IParagraphOptions, 'border'> {
  return context.quoted ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'A0A0A0', space: 8 } } } : {};
}

/**
 * A list item's first paragraph carries the number or bullet; its other blocks are indented
 * under that paragraph's text, and a list inside it goes one level deeper.
 */
function listToDocx(items: readonly ReportListItem[], kind: 'bullet' | 'ordered', start: number, context: BlockContext): BodyElement[] {
  const { reference, instance } = context.lists.newList(kind, start);
  const level = Math.min(context.listLevel, MAX_LIST_LEVEL);
  const numbered: IParagraphOptions = {
    numbering: { reference, level, instance },
    // Stated on the paragraph too, because the indent it would take from its enclosing list item
    // or block quote would otherwise replace the numbering level's own.
    indent: { left: context.quoteIndentTwips + listIndentTwips(level), hanging: LIST_HANGING_TWIPS },
    ...quoteBorder(context),
  };
  const inner: BlockContext = { ...context, listLevel: context.listLevel + 1 };
  return items.flatMap((item) => {
    const [first, ...rest] = item.content;
    if (first?.type === 'paragraph') return [textParagraph(first.content, context, numbered), ...blocksToDocx(rest, inner)];
    if (first?.type === 'heading') {
      return [textParagraph(first.content, { ...context, emphasis: { ...context.emphasis, bold: true } }, numbered), ...blocksToDocx(rest, inner)];
    }
    return [textParagraph([], context, numbered), ...blocksToDocx(item.content, inner)];
  });
}

/** Right-aligned, as a signature stands on a printed letter: place, date, (name), designation; empty parts left out. */
function signatureParagraphs(
  signature: SignatureAttrs,
  context: BlockContext,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.RIGHT,
  gapAbove = true,
): Paragraph[] {
  const name = signature.name.trim();
  // The same labels as the PDF's signature block, from the print wording.
  const labels = printStrings(context.look.language).report;
  const labelled = (label: string, value: string) => (value.trim() === '' ? '' : `${label} ${value.trim()}`);
  const lines: Array<{ text: string; spaceBefore: number }> = [
    { text: labelled(labels.placeLabel, signature.place), spaceBefore: 0 },
    { text: labelled(labels.dateLabel, signature.date), spaceBefore: 0 },
    // Room to sign by hand above the name.
    { text: name === '' ? '' : `(${name})`, spaceBefore: SIGNATURE_SPACE_TWIPS },
    { text: signature.designation.trim(), spaceBefore: 0 },
  ];
  return lines
    .filter((line) => line.text !== '')
    .map(
      (line, index) =>
        new Paragraph({
          alignment,
          keepNext: true,
          spacing: { after: 60, before: Math.max(line.spaceBefore, index === 0 && gapAbove ? SIGNATURE_GAP_TWIPS : 0) },
          children: [plainRun(line.text, context.look, context.emphasis)],
        }),
    );
}
