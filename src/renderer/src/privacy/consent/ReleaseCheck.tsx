import { useEffect, useState } from 'react';
import type { ReleaseCheck as ReleaseCheckResult } from '@shared/privacy/consent';
import { useI18n } from '../../kernel/i18n';
import { useSession } from '../../kernel/session';
import { displayDate } from '../../ui/dates';
import './consent.css';

/** Whether a valid release for the chosen recipient exists (or which kind of invalid one was found). */
export type ReleaseStatus = ReleaseCheckResult['status'];

/**
 * Shown in the referral form once a partner is chosen: whether a valid Schweigepflichtentbindung
 * for that partner exists. It does not block: the referral may be planned first and the release
 * obtained in the next conversation — but the form asks for that choice explicitly (`onChecked`
 * tells it the state).
 */
export function ReleaseCheck({
  caseId,
  partnerId,
  partnerName,
  onChecked,
}: {
  caseId: string;
  partnerId: string;
  partnerName: string;
  /** The state of the release for the chosen partner once known; null while there is none to tell. */
  onChecked?: (status: ReleaseStatus | null) => void;
}) {
  const { t } = useI18n();
  const { call } = useSession();
  const [check, setCheck] = useState<{ partnerId: string; result: ReleaseCheckResult } | null>(null);
  useEffect(() => {
    if (!partnerId) return;
    let isCurrent = true;
    void call((api) => api.consents.checkRelease({ caseId, partnerId, recipientText: null })).then((result) => {
      if (isCurrent && result.ok) setCheck({ partnerId, result: result.value });
    });
    return () => {
      isCurrent = false;
    };
  }, [call, caseId, partnerId]);
  const result = partnerId && check?.partnerId === partnerId ? check.result : null;
  const status = result?.status ?? null;
  useEffect(() => {
    onChecked?.(status);
  }, [onChecked, status]);
  if (!partnerId) return null;
  if (!result)
    return (
      <p className="release-check" aria-busy="true">
        {t('common.pleaseWait')}
      </p>
    );
  const isValid = result.status === 'valid';
  return (
    <div className={`release-check ${isValid ? 'release-check-valid' : 'release-check-missing'}`} role="status">
      <span className="release-check-icon" aria-hidden="true">
        {isValid ? '✓' : '!'}
      </span>
      <div>
        <p className="release-check-text">
          {isValid ? t('consentUi.release.valid', { partner: partnerName }) : t('consentUi.release.missing', { partner: partnerName })}
        </p>
        {isValid && result.validUntil ? <p>{t('consentUi.validUntilShort', { date: displayDate(result.validUntil) })}</p> : null}
        {!isValid && result.status !== 'none' ? (
          <p>{t('consentUi.release.found', { state: t(`consent.state.${result.status}`) })}</p>
        ) : null}
        {!isValid ? <p>{t('consentUi.release.hint')}</p> : null}
      </div>
    </div>
  );
}
