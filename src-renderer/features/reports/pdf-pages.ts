// Vite copies the worker beside the bundle and gives its address; it runs from 'self', which
// the renderer's CSP allows, and the library is loaded only when a preview is opened.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** Sharper than this only costs memory: a 100-page report at twice the screen density is ~900 MB of canvases. */
const MAX_PIXEL_RATIO = 2;

/**
 * Draws the pages of a PDF with pdf.js, one at a time, so the preview shows exactly the pages
 * the export will save, with the running header and "पृष्ठ X / Y" footer. Each page becomes a
 * PNG blob handed to `into` as an object URL (the canvas is released at once), so a long
 * report does not hold a full-size canvas per page; the caller revokes the URLs. Eval is
 * switched off: the renderer's CSP forbids it, and our PDFs hold nothing that needs it.
 */
export async function drawPdfPages(pdfBase64: string, cssWidth: number, signal: AbortSignal, into: (page: number, imageUrl: string) => void): Promise<number> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const data = Uint8Array.from(atob(pdfBase64), (char) => char.charCodeAt(0));
  const document = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  try {
    for (let number = 1; number <= document.numPages && !signal.aborted; number += 1) {
      const page = await document.getPage(number);
      const unscaled = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (cssWidth / unscaled.width) * Math.min(window.devicePixelRatio, MAX_PIXEL_RATIO) });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      canvas.width = 0;
      canvas.height = 0;
      page.cleanup();
      if (blob === null) throw new Error(`Page ${number} of the preview could not be drawn.`);
      if (!signal.aborted) into(number, URL.createObjectURL(blob));
    }
    return document.numPages;
  } finally {
    await document.destroy();
  }
}
