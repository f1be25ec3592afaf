import { useId } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { AppErrorData } from '@shared/kernel/result';
import type { StatsProfile } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { FieldError } from '../ui/FieldError';
import { RadioGroupField, SelectField } from '../ui/forms';
import { DigitsField } from '../ui/DigitsField';
import { choiceSchema, type Choice, type ChoiceValues } from './choiceSchema';
import { formatIsoDateParam } from './format';
import { ProfileSummary } from './ProfileSummary';
import { StepHeading } from './StepHeading';
import { tableNumber } from './StatsTable';
import type { StatsSetup } from './useStatsProfiles';

const QUARTER_OPTIONS = ['1', '2', '3', '4'] as const;

/**
 * Step 1: period (quarter or year) and recipient profile. Flows and outcomes exist only in yearly
 * reports; for a quarter the form says which tables of the chosen profile will be left out.
 */
export function ChooseStep({
  setup,
  initial,
  isBusy,
  error,
  isFirstScreen,
  onPreview,
  onCorrection,
  onManageProfiles,
}: {
  setup: StatsSetup;
  initial: ChoiceValues;
  isBusy: boolean;
  error: AppErrorData | null;
  isFirstScreen: boolean;
  onPreview: (choice: Choice) => void;
  /** The period was delivered to this recipient before and the figures changed: offer a Korrekturlieferung. */
  onCorrection: (() => void) | null;
  onManageProfiles: (() => void) | null;
}) {
  const { t, language, translateMessage } = useI18n();
  const { info } = useSession();
  const headingId = useId();
  const profileErrorId = useId();
  const form = useForm<ChoiceValues, unknown, Choice>({ resolver: zodResolver(choiceSchema), defaultValues: initial });
  const kind = form.watch('kind');
  const profileId = form.watch('profileId');
  const profile = setup.profiles.find((candidate) => candidate.id === profileId) ?? null;
  const yearlyOnly = profile ? setup.catalogue.tables.filter((table) => table.yearlyOnly && profile.tables.includes(table.id)) : [];
  const profileError = form.formState.errors.profileId?.message;
  // "noch nicht abgeschlossen (31.12.2026)": the core sends the period's end as an ISO date.
  const shownError =
    error && typeof error.params?.end === 'string'
      ? { ...error, params: { ...error.params, end: formatIsoDateParam(error.params.end, language) } }
      : error;

  return (
    <section aria-labelledby={headingId}>
      <StepHeading id={headingId} isFocused={!isFirstScreen}>
        {t('statsUi.choose.heading')}
      </StepHeading>
      <FormProvider {...form}>
        <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void form.handleSubmit(onPreview)(event)}>
          <fieldset className="form-group">
            <legend>{t('statsUi.choose.period')}</legend>
            <p className="field-hint stats-period-hint">{t('statsUi.choose.periodHint')}</p>
            <RadioGroupField<ChoiceValues>
              name="kind"
              label={t('statsUi.choose.periodKind')}
              options={[
                { value: 'quarter', label: t('statsUi.choose.kindQuarter') },
                { value: 'year', label: t('statsUi.choose.kindYear') },
              ]}
            />
            <div className="form-grid">
              <DigitsField<ChoiceValues> name="year" label={t('statsUi.choose.year')} isRequired />
              {kind === 'quarter' ? (
                <SelectField<ChoiceValues>
                  name="quarter"
                  label={t('statsUi.choose.quarter')}
                  options={QUARTER_OPTIONS.map((quarter) => ({ value: quarter, label: t('statsUi.choose.quarterOption', { quarter }) }))}
                  isRequired
                />
              ) : null}
            </div>
            {kind === 'quarter' && yearlyOnly.length > 0 ? (
              <div className="notice stats-yearly-notice">
                <p>{t('statsUi.choose.yearlyOnlyNotice', { count: yearlyOnly.length })}</p>
                <ul>
                  {yearlyOnly.map((table) => (
                    <li key={table.id}>
                      {tableNumber(table.id)} {language === 'de' ? table.title : table.titleEn}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </fieldset>

          <fieldset className="form-group" aria-describedby={profileError ? profileErrorId : undefined}>
            <legend>{t('statsUi.choose.recipient')}</legend>
            <ul className="stats-profile-choices">
              {setup.profiles.map((candidate: StatsProfile) => (
                <li key={candidate.id}>
                  <label className="radio stats-profile-choice">
                    <input
                      type="radio"
                      value={candidate.id}
                      aria-invalid={profileError ? 'true' : 'false'}
                      {...form.register('profileId')}
                    />
                    <span>
                      <span className="stats-profile-name">{candidate.name}</span>
                      <ProfileSummary profile={candidate} tableCount={setup.catalogue.tables.length} />
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            {profileError ? <FieldError id={profileErrorId} message={translateMessage(profileError)} /> : null}
            <p className="stats-consent-rule">
              <span className="stats-label">{t('statsUi.choose.consentRule')}</span>{' '}
              {translateMessage(`stats.consentRule.${setup.consentRule}`)}
              {info.role === 'supervisor' ? null : <span className="field-hint"> {t('statsUi.choose.consentRuleBySupervisor')}</span>}
            </p>
            {onManageProfiles ? (
              <button type="button" className="button button-link" onClick={onManageProfiles}>
                {t('statsUi.choose.manageProfiles')}
              </button>
            ) : null}
          </fieldset>

          <ErrorAlert heading={t('statsUi.choose.previewFailed')} error={shownError}>
            {onCorrection ? (
              <>
                <p>{t('statsUi.choose.correctionHint')}</p>
                <button type="button" className="button" onClick={onCorrection} disabled={isBusy}>
                  {t('statsUi.choose.asCorrection')}
                </button>
              </>
            ) : null}
          </ErrorAlert>
          <div className="actions actions-start">
            <button
              type="submit"
              className="button button-primary"
              disabled={isBusy}
              aria-describedby={isBusy ? `${headingId}-busy` : undefined}
            >
              {t('statsUi.choose.showPreview')}
            </button>
            {isBusy ? (
              <p className="loading" id={`${headingId}-busy`} role="status">
                {t('statsUi.choose.computing')}
              </p>
            ) : null}
          </div>
        </form>
      </FormProvider>
    </section>
  );
}
