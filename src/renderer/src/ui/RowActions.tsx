/** One action of a table row or list entry ("Bearbeiten", "Löschen"). */
export interface RowAction {
  /** The visible word, the same in every row. */
  label: string;
  /** What a screen reader announces: the word with the row it acts on ("Ziel „Deutschkurs“ löschen"). */
  accessibleName: string;
  onClick: () => void;
}

/** The quiet buttons of one row or entry; `null` leaves an action out for this row. */
export function RowActionButtons({ actions }: { actions: readonly (RowAction | null)[] }) {
  return (
    <>
      {actions.map((action) =>
        action ? (
          <button
            key={action.label}
            type="button"
            className="button button-quiet"
            aria-label={action.accessibleName}
            onClick={action.onClick}
          >
            {action.label}
          </button>
        ) : null,
      )}
    </>
  );
}

/**
 * The last cell of a data-table row (see DataTableHead): its action buttons, which wrap under each
 * other rather than pushing the table wider than the page.
 */
export function RowActionsCell({ actions }: { actions: readonly (RowAction | null)[] }) {
  return (
    <td className="cell-actions">
      <div className="cell-actions-inner">
        <RowActionButtons actions={actions} />
      </div>
    </td>
  );
}
