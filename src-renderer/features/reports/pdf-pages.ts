// Vite copies the worker beside the bundle and gives its address; it runs from 'self', which
// the renderer's CSP allows, and the library is loaded only when a preview is opened.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * Draws every page of a PDF onto canvases with pdf.js, so the preview shows exactly the pages
 * the export will save, with the running header and "पृष्ठ X / Y" footer. Eval is switched
 * off: the renderer's CSP forbids it, and our PDFs hold nothing that needs it.
 */
export async function drawPdfPages(pdfBase64: string, into: (page: number, canvas: HTMLCanvasElement) => void, cssWidth: number): Promise<number> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const data = Uint8Array.from(atob(pdfBase64), (char) => char.charCodeAt(0));
  const document = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  try {
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const unscaled = page.getViewport({ scale: 1 });
      const scale = (cssWidth / unscaled.width) * window.devicePixelRatio;
      const viewport = page.getViewport({ scale });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${cssWidth}px`;
      await page.render({ canvas, viewport }).promise;
      into(number, canvas);
    }
    return document.numPages;
  } finally {
    await document.destroy();
  }
}
