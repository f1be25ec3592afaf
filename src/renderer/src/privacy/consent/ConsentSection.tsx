import { useState } from 'react';
import type { ConsentRow } from '@shared/privacy/consent';
import { useT } from '../../kernel/i18n';
import { PleaseWait } from '../../ui/PleaseWait';
import { SectionTable } from '../../ui/SectionTable';
import { HeadingWithAction } from '../../ui/HeadingWithAction';
import { ErrorAlert } from '../../ui/Alert';
import { StatusMessage } from '../../ui/StatusMessage';
import { displayDate } from '../../ui/dates';
import { ConsentDialog } from './ConsentDialog';
import { ConsentStateBadge } from './ConsentStateBadge';
import { WithdrawDialog } from './WithdrawDialog';
import { useConsents } from './useConsents';
import './consent.css';

type Editing = { kind: 'add' } | { kind: 'edit'; consent: ConsentRow } | { kind: 'withdraw'; consent: ConsentRow } | null;

/** Einwilligungen and Schweigepflichtentbindungen of one case, with their state in words and icon. */
export function ConsentSection({ caseId, onChanged }: { caseId: string; onChanged?: () => void }) {
  const t = useT();
  const { consents, partners, error, reload } = useConsents(caseId);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);

  function done(text: string) {
    setEditing(null);
    setMessage(text);
    void reload();
    onChanged?.();
  }

  return (
    <section className="privacy-block" aria-labelledby="consent-heading">
      <HeadingWithAction
        id="consent-heading"
        heading={t('consentUi.heading')}
        actionLabel={t('consentUi.add')}
        onAction={() => setEditing({ kind: 'add' })}
        className="privacy-block-head"
      />
      <StatusMessage tone="success" message={message} />
      <ErrorAlert error={error} />
      {consents === null ? <PleaseWait /> : null}
      {consents !== null && consents.length === 0 ? <p className="notice">{t('consentUi.none')}</p> : null}
      {consents !== null && consents.length > 0 ? (
        <SectionTable
          rows={consents}
          columns={['consentUi.kindAndState', 'consentUi.recipientAndPurpose', 'consentUi.categories', 'consentUi.period']}
          hasActions={false}
          className="data-table consent-table"
          caption={t('consentUi.heading')}
          cells={(consent) => (
            <>
              <td>
                <ConsentStateBadge state={consent.state} />
                <br />
                {t(`consent.kind.${consent.kind}`)}
                <br />
                <span className="consent-meta">
                  {t(`consent.form.${consent.form}`)}
                  {consent.interpreter ? ` · ${t('consentUi.withInterpreter')}` : ''}
                </span>
              </td>
              <td>
                {consent.kind === 'release' ? <strong>{consent.recipientPartnerName ?? consent.recipientText}</strong> : null}
                {consent.purpose ? <p className="consent-purpose">{consent.purpose}</p> : null}
              </td>
              <td>
                {consent.dataCategories.map((category) => t(`consent.category.${category}`)).join(', ') || t('consentUi.noCategories')}
                {consent.specialCategories.length > 0 ? (
                  <p className="consent-special-list">
                    <strong>{t('consentUi.art9')}</strong>{' '}
                    {consent.specialCategories.map((category) => t(`consent.special.${category}`)).join(', ')}
                  </p>
                ) : null}
              </td>
              <td>
                {t('consentUi.givenOnShort', { date: displayDate(consent.givenOn) })}
                <br />
                {consent.validUntil ? t('consentUi.validUntilShort', { date: displayDate(consent.validUntil) }) : t('consentUi.noEnd')}
                {consent.withdrawnOn ? (
                  <>
                    <br />
                    {t('consentUi.withdrawnOnShort', { date: displayDate(consent.withdrawnOn) })}
                  </>
                ) : null}
                <div className="consent-actions">
                  <button type="button" className="button button-quiet" onClick={() => setEditing({ kind: 'edit', consent })}>
                    {t('consentUi.edit')}
                    <span className="visually-hidden"> {t(`consent.kind.${consent.kind}`)}</span>
                  </button>
                  {consent.withdrawnOn === null ? (
                    <button type="button" className="button button-quiet" onClick={() => setEditing({ kind: 'withdraw', consent })}>
                      {t('consentUi.withdraw')}
                      <span className="visually-hidden"> {t(`consent.kind.${consent.kind}`)}</span>
                    </button>
                  ) : null}
                </div>
              </td>
            </>
          )}
        />
      ) : null}
      {editing?.kind === 'add' || editing?.kind === 'edit' ? (
        <ConsentDialog
          caseId={caseId}
          consent={editing.kind === 'edit' ? editing.consent : undefined}
          partners={partners}
          onClose={() => setEditing(null)}
          onSaved={() => done(t('consentUi.saved'))}
        />
      ) : null}
      {editing?.kind === 'withdraw' ? (
        <WithdrawDialog consentId={editing.consent.id} onClose={() => setEditing(null)} onSaved={() => done(t('consentUi.withdrawn'))} />
      ) : null}
    </section>
  );
}
