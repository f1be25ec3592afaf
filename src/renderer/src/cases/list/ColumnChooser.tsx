import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../kernel/i18n';
import { COLUMN_IDS, COLUMN_LABEL, FIXED_COLUMNS, type ColumnId } from './columns';

/**
 * "Spalten": a disclosure with one checkbox per column. The case code always shows (it is what
 * identifies a row), so its box is checked and cannot be cleared.
 */
export function ColumnChooser({ visible, onChange }: { visible: readonly ColumnId[]; onChange: (visible: ColumnId[]) => void }) {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Escape closes the panel and returns to its button, as with any disclosure popup.
  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape' || !isOpen) return;
    event.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  }
  function toggle(id: ColumnId, isVisible: boolean) {
    onChange(isVisible ? [...visible, id] : visible.filter((column) => column !== id));
  }
  return (
    <div className="column-chooser" onKeyDown={handleKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="button button-quiet"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen((open) => !open)}
      >
        {t('caseList.columns.button')}
        <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
      </button>
      <fieldset id={panelId} className="column-chooser-panel" hidden={!isOpen}>
        <legend className="field-label">{t('caseList.columns.legend')}</legend>
        <p className="field-hint">{t('caseList.columns.hint')}</p>
        {COLUMN_IDS.map((id) => (
          <label key={id} className="checkbox column-chooser-option">
            <input
              type="checkbox"
              checked={visible.includes(id)}
              disabled={FIXED_COLUMNS.has(id)}
              onChange={(event) => toggle(id, event.target.checked)}
            />
            {t(COLUMN_LABEL[id])}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
