import { useId, useState } from 'react';
import type { AppErrorData } from '@shared/kernel/result';
import { CONSENT_RULES, type ConsentRule } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { FormActions } from '../ui/DialogFormActions';
import { StatusMessage } from '../ui/StatusMessage';

/** Which cases are counted at all, by their statistics consent (the controller's decision). */
export function ConsentRuleSettings({
  current,
  isEditable,
  onSaved,
}: {
  current: ConsentRule;
  isEditable: boolean;
  onSaved: () => Promise<void>;
}) {
  const { t, translateMessage } = useI18n();
  const { call } = useSession();
  const headingId = useId();
  const name = useId();
  const [choice, setChoice] = useState<ConsentRule>(current);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function save() {
    setError(null);
    setStatus(null);
    const result = await call((api) => api.stats.saveSettings({ consentRule: choice }));
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setStatus(t('statsUi.consent.saved'));
    await onSaved();
  }

  return (
    <section className="form-group stats-consent" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('statsUi.consent.heading')}</h3>
      <p className="field-hint">{t('statsUi.consent.intro')}</p>
      {isEditable ? (
        <form
          className="form"
          noValidate
          aria-labelledby={headingId}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <fieldset className="field field-wide radio-group">
            <legend className="field-label">{t('statsUi.consent.legend')}</legend>
            {CONSENT_RULES.map((rule) => (
              <label key={rule} className="radio">
                <input type="radio" name={name} value={rule} checked={choice === rule} onChange={() => setChoice(rule)} />
                <span>{translateMessage(`stats.consentRule.${rule}`)}</span>
              </label>
            ))}
          </fieldset>
          <FormActions error={error} submitLabel={t('statsUi.consent.save')} isDisabled={choice === current} />
          <StatusMessage message={status} tone="success" />
        </form>
      ) : (
        <p>
          <span className="stats-label">{t('statsUi.consent.current')}</span> {translateMessage(`stats.consentRule.${current}`)}
        </p>
      )}
    </section>
  );
}
