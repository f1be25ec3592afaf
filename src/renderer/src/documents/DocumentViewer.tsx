import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '@shared/documents/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { Alert, ErrorAlert } from '../ui/Alert';
import { Modal } from '../ui/Modal';
import { DOCUMENT_BYTES_MARK, DOCUMENT_PAINTED_MARK } from './marks';
import { showImage, showPdf, type ShownDocument } from './viewerEngine';

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

/**
 * The document viewer: decrypted bytes straight from the core into pdf.js or the image decoder,
 * one page at a time on a canvas. Keyboard: Bild↓/Bild↑ (and →/←) page, Pos1/Ende first/last page,
 * + and − zoom, Esc closes. Nothing is written anywhere; closing drops the bytes.
 */
export function DocumentViewer({ document, title, onClose }: { document: DocumentSummary; title: string; onClose: () => void }) {
  const t = useT();
  const { call } = useSession();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [shown, setShown] = useState<ShownDocument | null>(null);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(2);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    let opened: ShownDocument | null = null;
    void (async () => {
      const result = await call((api) => api.documents.open({ id: document.id }));
      if (!isCurrent) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      performance.mark(DOCUMENT_BYTES_MARK);
      try {
        opened =
          document.view === 'pdf'
            ? await showPdf(result.value.bytes)
            : await showImage(result.value.bytes, result.value.document.mediaType);
        if (isCurrent) setShown(opened);
        else opened.close();
      } catch {
        if (isCurrent) setFailed(true);
      }
    })();
    return () => {
      isCurrent = false;
      opened?.close();
    };
  }, [call, document.id, document.view]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!shown || !canvas) return;
    shown
      .paint(page, ZOOM_STEPS[zoom] ?? 1, canvas)
      .then(() => performance.mark(DOCUMENT_PAINTED_MARK))
      .catch(() => undefined);
  }, [shown, page, zoom]);

  const pages = shown?.pageCount ?? 0;
  const go = useCallback((next: number) => setPage(Math.min(Math.max(1, next), Math.max(1, pages))), [pages]);
  const zoomBy = (step: number) => setZoom((current) => Math.min(Math.max(0, current + step), ZOOM_STEPS.length - 1));

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const actions: Record<string, () => void> = {
      PageDown: () => go(page + 1),
      ArrowRight: () => go(page + 1),
      PageUp: () => go(page - 1),
      ArrowLeft: () => go(page - 1),
      Home: () => go(1),
      End: () => go(pages),
      '+': () => zoomBy(1),
      '=': () => zoomBy(1),
      '-': () => zoomBy(-1),
    };
    const action = actions[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  }

  const percent = Math.round((ZOOM_STEPS[zoom] ?? 1) * 100);
  return (
    <Modal title={title} onClose={onClose} className="document-viewer-dialog">
      <div className="document-viewer" onKeyDown={onKeyDown}>
        <p className="field-hint">{t('documents.viewerKeys')}</p>
        <div className="document-viewer-toolbar" role="toolbar" aria-label={title}>
          <button type="button" className="button" onClick={() => go(page - 1)} disabled={page <= 1}>
            {t('documents.viewerPrevious')}
          </button>
          <span className="document-viewer-page" aria-live="polite">
            {pages > 0 ? t('documents.viewerPage', { page, pages }) : t('documents.viewerLoading')}
          </span>
          <button type="button" className="button" onClick={() => go(page + 1)} disabled={page >= pages}>
            {t('documents.viewerNext')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => zoomBy(-1)}
            disabled={zoom === 0}
            aria-label={t('documents.viewerZoomOut')}
          >
            −
          </button>
          <span className="document-viewer-zoom">{t('documents.viewerZoom', { percent })}</span>
          <button
            type="button"
            className="button"
            onClick={() => zoomBy(1)}
            disabled={zoom === ZOOM_STEPS.length - 1}
            aria-label={t('documents.viewerZoomIn')}
          >
            +
          </button>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('documents.close')}
          </button>
        </div>
        <ErrorAlert error={error} />
        {failed ? (
          <Alert>
            <p>{t('documents.viewerFailed')}</p>
          </Alert>
        ) : null}
        {/* The page scrolls inside this frame; it takes the focus so arrow and page keys reach it. */}
        <div className="document-viewer-frame" tabIndex={0} aria-label={title}>
          <canvas
            ref={canvasRef}
            role="img"
            aria-label={document.view === 'pdf' ? t('documents.pageImage', { page }) : t('documents.image', { name: title })}
          />
        </div>
      </div>
    </Modal>
  );
}
