/**
 * A visible, polite status line (success, progress). The live region is always rendered, even when
 * empty, so that the first message is announced too.
 */
export function StatusMessage({ message, tone = 'info' }: { message: string | null; tone?: 'info' | 'success' }) {
  return (
    <div className="status-slot" role="status">
      {message ? (
        <p className={`status status-${tone}`}>
          <span className="status-icon" aria-hidden="true">
            {tone === 'success' ? '✓' : 'i'}
          </span>
          {message}
        </p>
      ) : null}
    </div>
  );
}
