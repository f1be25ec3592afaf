import { useState } from 'react';
import type { CaseDetail } from '@shared/cases/domain';
import type { Goal, Referral } from '@shared/planning/plan';
import { FIELDS_OF_ACTION, type FieldOfAction } from '@shared/kernel/vocabulary';
import type { Result } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useNavigation } from '../kernel/navigation';
import { useSession } from '../kernel/session';
import { PleaseWait } from '../ui/PleaseWait';
import { ErrorAlert } from '../ui/Alert';
import { useAnnounce } from '../ui/Announcer';
import { useVocabularyLabel } from '../ui/forms';
import { displayDate } from '../ui/dates';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { SectionTable } from '../ui/SectionTable';
import { HeadingWithAction } from '../ui/HeadingWithAction';
import { RowActionsCell, type RowAction } from '../ui/RowActions';
import { AssessmentDialog } from './AssessmentDialog';
import { GoalDialog } from './GoalDialog';
import { ReferralDialog } from './ReferralDialog';
import { usePlan } from './usePlan';
import './planning.css';

type Dialog =
  | { kind: 'assessment'; field: FieldOfAction }
  | { kind: 'goal'; goal?: Goal }
  | { kind: 'referral'; referral?: Referral }
  | { kind: 'confirm'; title: string; text: string; run: () => Promise<Result<unknown>> };

/** "Planung": assessment per Handlungsfeld, goals and referrals (Hilfeplanung, DGCC). */
export function PlanningSection({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const { call } = useSession();
  const { navigate } = useNavigation();
  const announce = useAnnounce();
  const label = useVocabularyLabel();
  const { plan, partners, error, reload } = usePlan(detail.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const none = t('caseDetail.none');

  if (error) return <ErrorAlert error={error} />;
  if (!plan) return <PleaseWait />;

  function saved(message: string) {
    setDialog(null);
    announce(message);
    void reload();
  }

  /** "Löschen" in a row: asks first (ConfirmDialog), then runs `run`. */
  function deleteAction(accessibleName: string, title: string, text: string, run: () => Promise<Result<unknown>>): RowAction {
    return { label: t('caseDetail.delete'), accessibleName, onClick: () => setDialog({ kind: 'confirm', title, text, run }) };
  }

  return (
    <>
      <h2 id="planning-assessment">{t('planning.assessment.heading')}</h2>
      <p className="form-note">{t('planning.assessment.explain')}</p>
      <SectionTable
        rows={FIELDS_OF_ACTION}
        columns={['planning.field', 'planning.assessment.need', 'planning.assessment.resources', 'planning.assessment.needs']}
        labelledBy="planning-assessment"
        cells={(field) => {
          const assessment = plan.assessments.find((item) => item.field === field);
          const fieldLabel = label('fieldOfAction', field);
          return (
            <>
              <th scope="row">{fieldLabel}</th>
              <td>
                {assessment
                  ? assessment.hasNeed
                    ? t('planning.assessment.needYes')
                    : t('planning.assessment.needNo')
                  : t('planning.assessment.notAssessed')}
                {assessment?.priority ? (
                  <span className="cell-detail">
                    {t('planning.assessment.priorityValue', { priority: label('priority', assessment.priority) })}
                  </span>
                ) : null}
              </td>
              <td className="cell-text">{assessment?.resources || none}</td>
              <td className="cell-text">{assessment?.needs || none}</td>
              <RowActionsCell
                actions={[
                  {
                    label: t(assessment ? 'journal.edit' : 'planning.assessment.assess'),
                    accessibleName: t(assessment ? 'planning.assessment.editNamed' : 'planning.assessment.assessNamed', {
                      field: fieldLabel,
                    }),
                    onClick: () => setDialog({ kind: 'assessment', field }),
                  },
                  assessment
                    ? deleteAction(
                        t('planning.assessment.deleteNamed', { field: fieldLabel }),
                        t('planning.assessment.deleteTitle'),
                        t('planning.assessment.deleteText', { field: fieldLabel }),
                        () => call((api) => api.plan.deleteAssessment({ caseId: detail.id, field })),
                      )
                    : null,
                ]}
              />
            </>
          );
        }}
      />

      <HeadingWithAction
        id="planning-goals"
        heading={t('planning.goals.heading')}
        actionLabel={t('planning.goals.add')}
        onAction={() => setDialog({ kind: 'goal' })}
      />
      {plan.goals.length === 0 ? (
        <p>{t('planning.goals.empty')}</p>
      ) : (
        <SectionTable
          rows={plan.goals}
          columns={[
            'planning.goals.wording',
            'planning.field',
            'planning.goals.agreedOn',
            'planning.goals.targetDate',
            'planning.goals.status',
          ]}
          labelledBy="planning-goals"
          cells={(goal) => (
            <>
              <td className="cell-text">{goal.wording}</td>
              <td>{label('fieldOfAction', goal.field)}</td>
              <td>{displayDate(goal.agreedOn) || none}</td>
              <td>{displayDate(goal.targetDate) || none}</td>
              <td>{label('goalStatus', goal.status)}</td>
              <RowActionsCell
                actions={[
                  {
                    label: t('journal.edit'),
                    accessibleName: t('planning.goals.editNamed', { goal: goal.wording }),
                    onClick: () => setDialog({ kind: 'goal', goal }),
                  },
                  deleteAction(
                    t('planning.goals.deleteNamed', { goal: goal.wording }),
                    t('planning.goals.deleteTitle'),
                    t('planning.goals.deleteText'),
                    () => call((api) => api.plan.deleteGoal({ id: goal.id })),
                  ),
                ]}
              />
            </>
          )}
        />
      )}

      <HeadingWithAction
        id="planning-referrals"
        heading={t('planning.referrals.heading')}
        actionLabel={t('planning.referrals.add')}
        onAction={() => setDialog({ kind: 'referral' })}
      />
      {plan.referrals.length === 0 ? (
        <p>{t('planning.referrals.empty')}</p>
      ) : (
        <SectionTable
          rows={plan.referrals}
          columns={[
            'planning.referrals.partner',
            'planning.referrals.offerKind',
            'planning.referrals.referredOn',
            'planning.referrals.result',
            'planning.referrals.note',
          ]}
          labelledBy="planning-referrals"
          cells={(referral) => {
            const partnerName = referral.partnerName ?? t('planning.referrals.partnerUnknown');
            return (
              <>
                <td>
                  {partnerName}
                  {referral.partnerArchived ? <span className="cell-detail">{t('partners.archivedBadge')}</span> : null}
                  {referral.withoutRelease ? (
                    <span className="cell-detail release-missing">
                      <span aria-hidden="true">! </span>
                      {t('planning.referrals.withoutReleaseBadge')}
                    </span>
                  ) : null}
                </td>
                <td>{label('offerKind', referral.offerKind)}</td>
                <td>{displayDate(referral.referredOn)}</td>
                <td>{label('referralResult', referral.result)}</td>
                <td className="cell-text">{referral.note || none}</td>
                <RowActionsCell
                  actions={[
                    {
                      label: t('journal.edit'),
                      accessibleName: t('planning.referrals.editNamed', { partner: partnerName }),
                      onClick: () => setDialog({ kind: 'referral', referral }),
                    },
                    deleteAction(
                      t('planning.referrals.deleteNamed', { partner: partnerName }),
                      t('planning.referrals.deleteTitle'),
                      t('planning.referrals.deleteText'),
                      () => call((api) => api.plan.deleteReferral({ id: referral.id })),
                    ),
                  ]}
                />
              </>
            );
          }}
        />
      )}

      {dialog?.kind === 'assessment' ? (
        <AssessmentDialog
          caseId={detail.id}
          field={dialog.field}
          current={plan.assessments.find((item) => item.field === dialog.field)}
          onClose={() => setDialog(null)}
          onSaved={() => saved(t('planning.assessment.saved'))}
        />
      ) : null}
      {dialog?.kind === 'goal' ? (
        <GoalDialog
          caseId={detail.id}
          goal={dialog.goal}
          onClose={() => setDialog(null)}
          onSaved={() => saved(t('planning.goals.saved'))}
        />
      ) : null}
      {dialog?.kind === 'referral' ? (
        <ReferralDialog
          caseId={detail.id}
          referral={dialog.referral}
          partners={partners}
          onClose={() => setDialog(null)}
          onSaved={() => saved(t('planning.referrals.saved'))}
          onOpenDirectory={() => navigate({ page: 'partners' })}
        />
      ) : null}
      {dialog?.kind === 'confirm' ? (
        <ConfirmDialog
          title={dialog.title}
          text={dialog.text}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const result = await dialog.run();
            if (result.ok) saved(t('planning.deleted'));
            return result;
          }}
        />
      ) : null}
    </>
  );
}
