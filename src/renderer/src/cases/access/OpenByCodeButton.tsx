import { useState } from 'react';
import { useT } from '../../kernel/i18n';
import { OpenByCodeDialog } from './OpenByCodeDialog';
import './access.css';

/** The counsellor's way to a colleague's case: by its code, then with a reason. */
export function OpenByCodeButton() {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  return (
    <div className="nav-action">
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('access.lookup.button')}
      </button>
      {isOpen ? <OpenByCodeDialog onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
