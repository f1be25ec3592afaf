import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The app's one modal `<dialog>`: the browser keeps the focus inside and makes the rest inert;
 * Escape calls `onClose` (the caller decides whether unsaved input may be dropped). The control
 * marked `data-autofocus` gets the focus first; it goes back to where it was when the dialog closes.
 */
export function Modal({
  title,
  onClose,
  children,
  describedBy,
  className,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  describedBy?: string;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first control; a dialog names a safer start (e.g. "Abbrechen") with data-autofocus.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog?.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
