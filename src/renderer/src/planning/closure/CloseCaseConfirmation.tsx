import { useEffect, useId, useState, type ReactNode } from 'react';
import type { CaseDetail } from '@shared/cases/domain';
import type { ClosureInput } from '@shared/planning/closure';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../../kernel/i18n';
import { useSession } from '../../kernel/session';
import { ErrorAlert } from '../../ui/Alert';
import { Modal } from '../../ui/Modal';
import { PleaseWait } from '../../ui/PleaseWait';
import { useVocabularyLabel } from '../../ui/forms';
import { useFormatDate } from '../../ui/dates';
import { closingSummaryOf, isNothingOpen, type ClosingSummary } from './closingSummary';

/**
 * "Fall abschließen?" before anything is stored: the closure as entered, what stays open (own
 * appointments and tasks, goals, referrals without a result) and what ends (derived deadlines).
 * "Zurück zum Formular" has the focus, so a stray Enter closes nothing; the input stays as typed.
 */
export function CloseCaseConfirmation({
  detail,
  closure,
  error,
  isWorking,
  onConfirm,
  onCancel,
}: {
  detail: CaseDetail;
  closure: ClosureInput;
  error: AppErrorData | null;
  isWorking: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { call } = useSession();
  const label = useVocabularyLabel();
  const formatDate = useFormatDate();
  const textId = useId();
  const [summary, setSummary] = useState<ClosingSummary | null>(null);
  const [loadError, setLoadError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void call((api) => api.plan.get({ caseId: detail.id })).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setSummary(closingSummaryOf(detail, result.value));
      else setLoadError(result.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [call, detail]);

  return (
    <Modal title={t('closure.confirm.title', { code: detail.code })} onClose={onCancel} describedBy={textId} className="dialog-wide">
      <div id={textId} className="closing-summary">
        <p>
          {t('closure.confirm.what', {
            date: formatDate(closure.closedOn),
            reason: label('closureReason', closure.reason),
            whereabouts: label('whereabouts', closure.whereabouts),
          })}
        </p>
        <ErrorAlert error={loadError} />
        {!summary && !loadError ? <PleaseWait /> : null}
        {summary ? <SummaryLists summary={summary} /> : null}
      </div>
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <button type="button" className="button button-primary" disabled={isWorking || (!summary && !loadError)} onClick={onConfirm}>
          {t('closure.confirm.close')}
        </button>
        <button type="button" className="button" data-autofocus onClick={onCancel}>
          {t('closure.confirm.back')}
        </button>
      </div>
    </Modal>
  );
}

function SummaryLists({ summary }: { summary: ClosingSummary }) {
  const t = useT();
  const label = useVocabularyLabel();
  const formatDate = useFormatDate();
  return (
    <>
      {isNothingOpen(summary) ? <p>{t('closure.confirm.nothingOpen')}</p> : <h3>{t('closure.confirm.staysOpen')}</h3>}
      <SummaryList
        heading={t('closure.confirm.deadlines', { count: summary.remaining.length })}
        kind="deadlines"
        items={summary.remaining}
        itemText={(deadline) => (
          <>
            {label('deadlineKind', deadline.kind)}
            {deadline.title ? `: ${deadline.title}` : ''} – {t('closure.confirm.due', { date: formatDate(deadline.dueOn) })}
          </>
        )}
        after={<p className="muted">{t('closure.confirm.deadlinesHint')}</p>}
      />
      <SummaryList
        heading={t('closure.confirm.goals', { count: summary.openGoals.length })}
        kind="goals"
        items={summary.openGoals}
        itemText={(goal) => `${goal.wording} (${label('goalStatus', goal.status)})`}
      />
      <SummaryList
        heading={t('closure.confirm.referrals', { count: summary.openReferrals.length })}
        kind="referrals"
        items={summary.openReferrals}
        itemText={(referral) =>
          `${referral.partnerName ?? t('closure.confirm.partnerGone')}: ${label('offerKind', referral.offerKind)} (${t('closure.confirm.referredOn', { date: formatDate(referral.referredOn) })})`
        }
      />
      {summary.ending.length > 0 ? <p className="muted">{t('closure.confirm.ending', { count: summary.ending.length })}</p> : null}
    </>
  );
}

/** What stays open of one kind (deadlines, goals, referrals): a label and the list; nothing when none. */
function SummaryList<Item extends { id: string }>({
  heading,
  kind,
  items,
  itemText,
  after,
}: {
  heading: string;
  kind: string;
  items: readonly Item[];
  itemText: (item: Item) => ReactNode;
  after?: ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <>
      <p className="closing-summary-label">{heading}</p>
      <ul className="plain-list" data-summary={kind}>
        {items.map((item) => (
          <li key={item.id}>{itemText(item)}</li>
        ))}
      </ul>
      {after}
    </>
  );
}
