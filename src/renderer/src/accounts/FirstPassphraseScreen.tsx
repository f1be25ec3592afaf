import { useEffect, useId, useRef } from 'react';
import { useT } from '../kernel/i18n';
import { useActivityTouch, useSession } from '../kernel/session';
import { FormActions } from '../ui/DialogFormActions';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { PassphraseChangeForm } from '../settings';
import './accounts.css';

/**
 * The first unlock with an initial (or reset) passphrase: before anything else the person sets a
 * passphrase only they know. The core refuses every other channel until then; locking is allowed.
 */
export function FirstPassphraseScreen({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const { info, lock } = useSession();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const introId = useId();
  useActivityTouch();
  useDocumentTitle(t('accountsUi.first.title'));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="card first-passphrase">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('accountsUi.first.title')}
      </h1>
      <p id={introId}>{t('accountsUi.first.intro', { name: info.name })}</p>
      <PassphraseChangeForm
        currentLabel={t('accountsUi.first.current')}
        // "The initial passphrase is wrong" says which one of the three was meant.
        wrongCurrentMessage="accountsUi.first.wrongInitial"
        formProps={{ 'aria-describedby': introId }}
        onChanged={onChanged}
        renderActions={({ error, isSaving }) => (
          <FormActions
            error={error}
            submitLabel={t('accountsUi.first.submit')}
            isDisabled={isSaving}
            onCancel={() => void lock()}
            cancelLabel={t('layout.lock')}
          />
        )}
      />
    </div>
  );
}
