import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { todayIn } from '@shared/kernel/dates';
import { referralInputSchema, type Partner, type Referral, type ReferralInput } from '@shared/planning/plan';
import { offerKindSchema, referralResultSchema } from '@shared/kernel/vocabulary';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { CheckboxField, DateField, SelectField, TextAreaField, useVocabularyLabel, useVocabularyOptions } from '../ui/forms';
import { formatGermanDate, optionalGermanDate, requiredGermanDate } from '../ui/dates';
import { markServerFieldErrors } from '../ui/serverFieldErrors';
import { ModalForm } from '../ui/ModalForm';
import { ReleaseCheck, type ReleaseStatus } from '../privacy';

interface ReferralValues {
  partnerId: string;
  offerKind: string;
  referredOn: string;
  result: string;
  /** Empty while the offer has not begun. */
  startedOn?: string;
  note: string;
  withoutRelease: boolean;
}

const referralFormSchema = z
  .object({
    partnerId: z.string().min(1, 'validation.required'),
    offerKind: z.string().min(1, 'validation.required').pipe(offerKindSchema),
    referredOn: requiredGermanDate,
    result: z.string().min(1, 'validation.required').pipe(referralResultSchema),
    startedOn: optionalGermanDate.optional(),
    note: z.string(),
    withoutRelease: z.boolean(),
  })
  .pipe(referralInputSchema);

const ORDER = ['partnerId', 'withoutRelease', 'offerKind', 'referredOn', 'result', 'startedOn', 'note'] as const;

/**
 * A referral to a partner of the directory: which offer, when, and what came of it. Archived
 * partners are offered only when this referral already names them.
 */
export function ReferralDialog({
  caseId,
  referral,
  partners,
  onClose,
  onSaved,
  onOpenDirectory,
}: {
  caseId: string;
  referral?: Referral;
  partners: readonly Partner[];
  onClose: () => void;
  onSaved: () => void;
  onOpenDirectory: () => void;
}) {
  const { t } = useI18n();
  const { call } = useSession();
  const label = useVocabularyLabel();
  const offers = useVocabularyOptions('offerKind');
  const results = useVocabularyOptions('referralResult');
  const choosable = partners
    .filter((partner) => !partner.archived || partner.id === referral?.partnerId)
    .map((partner) => ({ value: partner.id, label: `${partner.name} (${label('partnerKind', partner.kind)})` }));
  const form = useForm<ReferralValues, unknown, ReferralInput>({
    resolver: zodResolver(referralFormSchema),
    defaultValues: referral
      ? {
          partnerId: referral.partnerId ?? '',
          offerKind: referral.offerKind,
          referredOn: formatGermanDate(referral.referredOn),
          result: referral.result,
          startedOn: referral.startedOn ? formatGermanDate(referral.startedOn) : '',
          note: referral.note,
          withoutRelease: false,
        }
      : {
          partnerId: '',
          offerKind: '',
          referredOn: formatGermanDate(todayIn(new Date())),
          result: 'open',
          startedOn: '',
          note: '',
          withoutRelease: false,
        },
  });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [release, setRelease] = useState<ReleaseStatus | null>(null);
  const partnerId = form.watch('partnerId');
  const partnerName = partners.find((partner) => partner.id === partnerId)?.name ?? '';
  const isReleaseMissing = partnerId !== '' && release !== null && release !== 'valid';
  // The core asks for the choice for a new referral or a new partner; a referral kept with its
  // partner keeps the mark it has (recording the result later asks nothing new).
  const isNewPartner = !referral || referral.partnerId !== partnerId;
  const asksForChoice = isReleaseMissing && isNewPartner;

  async function save(values: ReferralInput) {
    const input = { ...values, withoutRelease: asksForChoice && values.withoutRelease };
    if (asksForChoice && !input.withoutRelease) {
      form.setError('withoutRelease', { type: 'required', message: 'validation.releaseChoiceRequired' });
      form.setFocus('withoutRelease');
      return;
    }
    const result = referral
      ? await call((api) => api.plan.updateReferral({ id: referral.id, referral: input }))
      : await call((api) => api.plan.addReferral({ caseId, referral: input }));
    if (result.ok) onSaved();
    else if (!markServerFieldErrors(result.error, form, ORDER, { prefix: 'referral.' })) setFormError(result.error);
  }

  return (
    <ModalForm
      title={t(referral ? 'planning.referrals.editTitle' : 'planning.referrals.addTitle')}
      form={form}
      onSubmit={save}
      onClose={onClose}
      error={formError}
      className="dialog-wide"
    >
      {choosable.length === 0 ? (
        <p className="notice">
          {t('planning.referrals.noPartners')}{' '}
          <button type="button" className="button button-link" onClick={onOpenDirectory}>
            {t('partners.open')}
          </button>
        </p>
      ) : null}
      <SelectField<ReferralValues>
        name="partnerId"
        label={t('planning.referrals.partner')}
        options={choosable}
        isRequired
        className="field-wide"
      />
      <ReleaseCheck caseId={caseId} partnerId={partnerId} partnerName={partnerName} onChecked={setRelease} />
      {asksForChoice ? (
        <CheckboxField<ReferralValues>
          name="withoutRelease"
          label={t('planning.referrals.withoutRelease', { partner: partnerName })}
          hint={t('planning.referrals.withoutReleaseHint')}
        />
      ) : null}
      {!isNewPartner && referral?.withoutRelease ? <p className="notice">{t('planning.referrals.savedWithoutRelease')}</p> : null}
      <div className="form-grid">
        <SelectField<ReferralValues> name="offerKind" label={t('planning.referrals.offerKind')} options={offers} isRequired />
        <DateField<ReferralValues> name="referredOn" label={t('planning.referrals.referredOn')} isRequired />
        <SelectField<ReferralValues> name="result" label={t('planning.referrals.result')} options={results} isRequired />
        <DateField<ReferralValues> name="startedOn" label={t('planning.referrals.startedOn')} />
      </div>
      <TextAreaField<ReferralValues> name="note" label={t('planning.referrals.note')} hint={t('planning.referrals.noteHint')} rows={3} />
    </ModalForm>
  );
}
