import type { ReportBlock, ReportDoc } from '../contract/index.js';

/**
 * Writes the secretary's name and the date into every signature block of a body; a body whose
 * signature block was deleted gets one at the end, since a finalised report must be signed.
 */
export function stampSignature(body: ReportDoc, stamp: { name: string; date: string }): ReportDoc {
  let found = false;
  const stampBlock = (block: ReportBlock): ReportBlock => {
    if (block.type !== 'signatureBlock') return block;
    found = true;
    return { ...block, attrs: { ...block.attrs, name: block.attrs.name.trim() || stamp.name, date: stamp.date } };
  };
  const content = body.content.map(stampBlock);
  if (!found) content.push({ type: 'signatureBlock', attrs: { name: stamp.name, designation: '', place: '', date: stamp.date } });
  return { ...body, content };
}
