import type { ReactNode } from 'react';

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
