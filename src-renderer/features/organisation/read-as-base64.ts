/** Bytes per String.fromCharCode call: large enough to be quick, small enough for the argument limit. */
const CHUNK = 0x8000;

/** A picked file's bytes as base64, the form the core accepts for a logo. */
export async function readAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}
