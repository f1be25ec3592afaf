import { useEffect, useId, useState, type FormEvent } from 'react';
import { RETENTION_CATEGORIES, type RetentionCategory, type RetentionPlan, type RetentionRules } from '@shared/privacy/retention';
import { DOCUMENT_KINDS, type DocumentKind } from '@shared/documents/domain';
import { isMessageKey } from '@shared/i18n';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../../kernel/i18n';
import { useSession } from '../../kernel/session';
import { InputField } from '../../ui/forms';
import { DataTableHead } from '../../ui/DataTableHead';
import { ErrorAlert } from '../../ui/Alert';
import { StatusMessage } from '../../ui/StatusMessage';
import { Modal } from '../../ui/Modal';
import { displayDate } from '../../ui/dates';
import './retention.css';

type RuleField = RetentionCategory | `documents.${DocumentKind}`;
type RuleText = Record<RuleField, string>;
const RULE_FIELDS: readonly RuleField[] = [...RETENTION_CATEGORIES, ...DOCUMENT_KINDS.map((kind) => `documents.${kind}` as const)];

function toText(rules: RetentionRules): RuleText {
  const documents = Object.fromEntries(
    DOCUMENT_KINDS.map((kind) => [`documents.${kind}`, String(rules.documents.find((rule) => rule.kind === kind)?.years ?? '')]),
  );
  return {
    closedCases: rules.closedCases === null ? '' : String(rules.closedCases),
    dormantCases: rules.dormantCases === null ? '' : String(rules.dormantCases),
    structuralNotes: rules.structuralNotes === null ? '' : String(rules.structuralNotes),
    ...documents,
  } as RuleText;
}

/**
 * Aufbewahrung: the deletion concept per category, a dry run that lists what would be deleted and
 * why, and — for a supervisor — the run of exactly that list (the core refuses if it changed).
 */
export function RetentionSection({ onDirtyChange }: { onDirtyChange: (isDirty: boolean) => void }) {
  const { t, translateMessage } = useI18n();
  const { call, info } = useSession();
  const isSupervisor = info.role === 'supervisor';
  const [saved, setSaved] = useState<RetentionRules | null>(null);
  const [text, setText] = useState<RuleText | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<RuleText>>({});
  const [plan, setPlan] = useState<RetentionPlan | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const [isWorking, setWorking] = useState(false);
  const baseId = useId();

  useEffect(() => {
    void call((api) => api.retention.getRules({})).then((result) => {
      if (result.ok) {
        setSaved(result.value);
        setText(toText(result.value));
      } else setError(result.error);
    });
  }, [call]);

  const isDirty = saved !== null && text !== null && RULE_FIELDS.some((field) => toText(saved)[field] !== text[field].trim());
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  async function saveRules(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text) return;
    const rules = Object.fromEntries(
      RETENTION_CATEGORIES.map((category) => [category, text[category].trim() === '' ? null : Number(text[category])]),
    );
    const result = await call((api) =>
      api.retention.setRules({
        rules: {
          closedCases: rules.closedCases ?? null,
          dormantCases: rules.dormantCases ?? null,
          structuralNotes: rules.structuralNotes ?? null,
          // Empty means: no automatic deletion of this kind.
          documents: DOCUMENT_KINDS.filter((kind) => text[`documents.${kind}`].trim() !== '').map((kind) => ({
            kind,
            years: Number(text[`documents.${kind}`]),
          })),
        },
      }),
    );
    if (result.ok) {
      setSaved(result.value);
      setText(toText(result.value));
      setFieldErrors({});
      setPlan(null);
      setMessage(t('retentionUi.saved'));
    } else if (result.error.fields) {
      const errors: Partial<RuleText> = {};
      for (const category of RETENTION_CATEGORIES) {
        const key = result.error.fields[`rules.${category}`];
        if (key) errors[category] = translateMessage(key);
      }
      // The core names a wrong document rule by its index in the list that was sent.
      const sent = DOCUMENT_KINDS.filter((kind) => text[`documents.${kind}`].trim() !== '');
      sent.forEach((kind, index) => {
        const key = result.error.fields?.[`rules.documents.${index}.years`];
        if (key) errors[`documents.${kind}`] = translateMessage(key);
      });
      setFieldErrors(errors);
    } else setError(result.error);
  }

  async function preview() {
    setMessage(null);
    setError(null);
    const result = await call((api) => api.retention.preview({}));
    if (result.ok) setPlan(result.value);
    else setError(result.error);
  }

  async function run() {
    if (!plan) return;
    setWorking(true);
    const result = await call((api) => api.retention.run({ planId: plan.planId }));
    setWorking(false);
    setConfirming(false);
    if (result.ok) {
      const total = Object.values(result.value.deleted).reduce((sum, count) => sum + count, 0);
      // Show what is due now (normally nothing), next to what was deleted.
      const next = await call((api) => api.retention.preview({}));
      setPlan(next.ok ? next.value : null);
      setMessage(t('retentionUi.runDone', { count: total }));
    } else {
      setError(result.error);
      // The list changed in between: show the new one to confirm again.
      if (result.error.code === 'PLAN_CHANGED') await preview().then(() => setError(result.error));
    }
  }

  return (
    <section className="settings-section privacy-block" aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('retentionUi.heading')}</h2>
      <p>{t('retentionUi.intro')}</p>
      {text ? (
        <form className="form retention-rules" noValidate onSubmit={(event) => void saveRules(event)}>
          {RETENTION_CATEGORIES.map((category) => (
            <InputField
              key={category}
              id={`${baseId}-${category}`}
              className="field-short"
              label={t(`retention.category.${category}`)}
              hint={t(`retentionUi.hint.${category}`)}
              error={fieldErrors[category]}
              value={text[category]}
              onChange={(value) => setText({ ...text, [category]: value })}
              inputMode="numeric"
              isReadOnly={!isSupervisor}
            />
          ))}
          <fieldset className="retention-documents">
            <legend>{t('retentionUi.documentsLegend')}</legend>
            <p className="field-hint">{t('retentionUi.hint.documents')}</p>
            {DOCUMENT_KINDS.map((kind) => (
              <InputField
                key={kind}
                id={`${baseId}-documents-${kind}`}
                className="field-short"
                label={t('retentionUi.documentKindYears', { kind: t(`documents.kind.${kind}`) })}
                error={fieldErrors[`documents.${kind}`]}
                value={text[`documents.${kind}`]}
                onChange={(value) => setText({ ...text, [`documents.${kind}`]: value })}
                inputMode="numeric"
                isReadOnly={!isSupervisor}
              />
            ))}
          </fieldset>
          {isSupervisor ? (
            <button type="submit" className="button">
              {t('retentionUi.saveRules')}
            </button>
          ) : (
            <p className="field-hint">{t('retentionUi.supervisorEdits')}</p>
          )}
        </form>
      ) : null}
      <div className="actions actions-start">
        <button type="button" className="button" onClick={() => void preview()}>
          {t('retentionUi.preview')}
        </button>
      </div>
      <StatusMessage tone="success" message={message} />
      <ErrorAlert error={error} />
      {plan ? (
        <div className="retention-plan">
          <h3>{t('retentionUi.planHeading', { date: displayDate(plan.today) })}</h3>
          {plan.items.length === 0 ? (
            <p className="notice">{t('retentionUi.nothing')}</p>
          ) : (
            <>
              <p>{t('retentionUi.planCount', { count: plan.items.length })}</p>
              <div className="table-scroll">
                <table className="data-table">
                  <DataTableHead
                    columns={[
                      'retentionUi.column.object',
                      'retentionUi.column.category',
                      'retentionUi.column.reason',
                      'retentionUi.column.dueSince',
                    ]}
                    hasActions={false}
                  />
                  <tbody>
                    {plan.items.map((item, index) => (
                      <tr key={`${item.category}-${item.object}-${index}`}>
                        <td className="field-mono">
                          {item.category === 'structuralNotes'
                            ? t('retention.structuralNoteObject', { date: displayDate(item.object) })
                            : item.object}
                        </td>
                        <td>
                          {item.documentKind
                            ? t('retentionUi.documentCategory', { kind: t(`documents.kind.${item.documentKind}`) })
                            : t(`retention.category.${item.category}`)}
                        </td>
                        <td>
                          {isMessageKey(item.reason)
                            ? translateMessage(item.reason, {
                                referenceDate: displayDate(item.referenceDate),
                                years:
                                  item.category === 'documents'
                                    ? (plan.rules.documents.find((rule) => rule.kind === item.documentKind)?.years ?? 0)
                                    : (plan.rules[item.category] ?? 0),
                              })
                            : item.reason}
                        </td>
                        <td>{displayDate(item.dueSince)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {isSupervisor ? (
                <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
                  {t('retentionUi.run', { count: plan.items.length })}
                </button>
              ) : (
                <p className="field-hint">{t('retentionUi.supervisorRuns')}</p>
              )}
            </>
          )}
        </div>
      ) : null}
      {isConfirming && plan ? (
        <Modal title={t('retentionUi.confirmTitle')} onClose={() => setConfirming(false)}>
          <p>{t('retentionUi.confirmText', { count: plan.items.length })}</p>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" autoFocus onClick={() => setConfirming(false)}>
              {t('caseForm.cancel')}
            </button>
            <button type="button" className="button button-danger" disabled={isWorking} onClick={() => void run()}>
              {t('retentionUi.confirmRun')}
            </button>
          </div>
        </Modal>
      ) : null}
    </section>
  );
}
