import type { DataBlockAttrs, ReportBlock, ReportDoc, SignatureAttrs } from '../../contract/index.js';

/** Builders for the pieces of a report body, so drafts read as a list of what they say. */

export function paragraph(text: string): ReportBlock {
  return text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] };
}

/** A paragraph whose label is bold: "दिनांक: 17.04.2024". */
export function labelled(label: string, value: string): ReportBlock {
  return { type: 'paragraph', content: [{ type: 'text', text: label, marks: [{ type: 'bold' }] }, { type: 'text', text: ` ${value}` }] };
}

export function heading(level: 1 | 2 | 3, text: string): ReportBlock {
  return { type: 'heading', attrs: { level }, content: [{ type: 'text', text }] };
}

export function bulletList(items: readonly string[]): ReportBlock {
  return { type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })) };
}

export function orderedList(items: readonly string[]): ReportBlock {
  return { type: 'orderedList', attrs: { start: 1 }, content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })) };
}

export function dataBlock(attrs: DataBlockAttrs): ReportBlock {
  return { type: 'dataBlock', attrs };
}

export function signatureBlock(attrs: SignatureAttrs): ReportBlock {
  return { type: 'signatureBlock', attrs };
}

export function doc(blocks: ReadonlyArray<ReportBlock | null>): ReportDoc {
  return { type: 'doc', content: blocks.filter((block): block is ReportBlock => block !== null) };
}
