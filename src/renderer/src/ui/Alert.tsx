import type { ReactNode } from 'react';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';

/** A form-level error. `role="alert"` makes screen readers read it as soon as it appears. */
export function Alert({ children, heading }: { children: ReactNode; heading?: string }) {
  return (
    <div className="alert alert-error" role="alert">
      <span className="alert-icon" aria-hidden="true">
        !
      </span>
      <div>
        {heading ? <p className="alert-heading">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}

/**
 * An error the core sent back, in the reader's language; nothing while there is none. `children`
 * follow the message (a way out such as "Erneut versuchen").
 */
export function ErrorAlert({ error, heading, children }: { error: AppErrorData | null; heading?: string; children?: ReactNode }) {
  const { translateError } = useI18n();
  if (!error) return null;
  return (
    <Alert heading={heading}>
      <p>{translateError(error)}</p>
      {children}
    </Alert>
  );
}
