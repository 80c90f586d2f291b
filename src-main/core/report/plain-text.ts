import type { ReportBlock, ReportDoc, ReportInline } from '../contract/index.js';

/**
 * A report's text, one line per block (a table row, a list item, a paragraph), for comparing
 * revisions, counting letters and searching. Tables' cells are joined with " | ".
 */
export function blockLines(doc: ReportDoc): string[] {
  return doc.content.flatMap(linesOf);
}

export function plainText(doc: ReportDoc): string {
  return blockLines(doc).join('\n');
}

function inlineText(content: readonly ReportInline[] | undefined): string {
  return (content ?? []).map((inline) => (inline.type === 'text' ? inline.text : '\n')).join('');
}

function linesOf(block: ReportBlock): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [inlineText(block.content)];
    case 'bulletList':
    case 'orderedList':
      return block.content.flatMap((item) => item.content.flatMap(linesOf));
    case 'blockquote':
      return block.content.flatMap(linesOf);
    case 'horizontalRule':
      return [];
    case 'table':
      return block.content.map((row) => row.content.map((cell) => cell.content.flatMap(linesOf).join(' ')).join(' | '));
    case 'dataBlock':
      return [block.attrs.caption, block.attrs.columns.join(' | '), ...block.attrs.rows.map((row) => row.join(' | '))];
    case 'signatureBlock': {
      const { place, date, name, designation } = block.attrs;
      return [place, date, name, designation].filter((part) => part !== '');
    }
  }
}
