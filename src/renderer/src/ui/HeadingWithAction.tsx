/** A section's heading with its main action beside it ("Ziel hinzufügen", "Einwilligung erfassen"). */
export function HeadingWithAction({
  id,
  heading,
  actionLabel,
  onAction,
  className = 'section-heading-row',
}: {
  id: string;
  heading: string;
  actionLabel: string;
  onAction: () => void;
  className?: string;
}) {
  return (
    <div className={className}>
      <h2 id={id}>{heading}</h2>
      <button type="button" className="button button-primary" onClick={onAction}>
        {actionLabel}
      </button>
    </div>
  );
}
