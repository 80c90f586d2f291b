import type { ReportBlock, SignatureAttrs } from '../contract/report-document.js';

/** The signature blocks that stand one after another from `from` on (none if that block is not one). */
export function signatureRun(blocks: readonly ReportBlock[], from: number): SignatureAttrs[] {
  const run: SignatureAttrs[] = [];
  for (let index = from; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (block?.type !== 'signatureBlock') break;
    run.push(block.attrs);
  }
  return run;
}
