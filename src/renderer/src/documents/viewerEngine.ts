/// <reference types="vite/client" />
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
// The worker is a file of our own bundle (`'self'` under the CSP), never a blob: or another origin.
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = pdfWorkerUrl;

/**
 * Shows a document from bytes held in memory: PDFs through pdf.js, images through the browser's
 * ImageDecoder, both painted onto a canvas. No URL is ever made for the bytes — no blob: URL
 * (Chromium may page large blobs to a file in the profile) and no data: URL — so nothing of a
 * document reaches a cache or the disk. pdf.js runs with scripting and eval off, without
 * WebAssembly (the CSP has no 'wasm-unsafe-eval') and without fetching anything.
 */
export interface ShownDocument {
  pageCount: number;
  /** Paints page `page` (1-based) at `scale` (1 = 96 dpi, CSS pixels) and returns its size in CSS pixels. */
  paint(page: number, scale: number, canvas: HTMLCanvasElement): Promise<{ width: number; height: number }>;
  close(): void;
}

function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.max(1, Math.floor(width * ratio));
  canvas.height = Math.max(1, Math.floor(height * ratio));
  canvas.style.width = `${Math.floor(width)}px`;
  canvas.style.height = `${Math.floor(height)}px`;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}

export async function showPdf(bytes: Uint8Array): Promise<ShownDocument> {
  const task = getDocument({
    // pdf.js takes the buffer over (it is transferred to the worker).
    data: bytes,
    isEvalSupported: false,
    enableXfa: false,
    useWasm: false,
    useWorkerFetch: false,
    useSystemFonts: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  const pdf: PDFDocumentProxy = await task.promise;
  let rendering: { cancel(): void } | null = null;
  return {
    pageCount: pdf.numPages,
    async paint(pageNumber, scale, canvas) {
      rendering?.cancel();
      const page = await pdf.getPage(pageNumber);
      const viewport = page.getViewport({ scale: scale * (96 / 72) });
      const context = prepareCanvas(canvas, viewport.width, viewport.height);
      const task = page.render({ canvas, canvasContext: context, viewport, annotationMode: 0 });
      rendering = task;
      try {
        await task.promise;
      } finally {
        if (rendering === task) rendering = null;
      }
      return { width: viewport.width, height: viewport.height };
    },
    close() {
      rendering?.cancel();
      void task.destroy();
    },
  };
}

export async function showImage(bytes: Uint8Array, mediaType: string): Promise<ShownDocument> {
  const decoder = new ImageDecoder({ data: bytes, type: mediaType });
  const { image } = await decoder.decode();
  const width = image.displayWidth;
  const height = image.displayHeight;
  return {
    pageCount: 1,
    async paint(_page, scale, canvas) {
      const context = prepareCanvas(canvas, width * scale, height * scale);
      context.drawImage(image, 0, 0, width * scale, height * scale);
      return { width: width * scale, height: height * scale };
    },
    close() {
      image.close();
      decoder.close();
      bytes.fill(0);
    },
  };
}
