/** The text under a failed field. The icon is decorative; the words carry the meaning. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p className="field-error" id={id}>
      <span className="field-error-icon" aria-hidden="true">
        !
      </span>
      {message}
    </p>
  );
}
