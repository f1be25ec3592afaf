import { useCallback, useState } from 'react';
import type { CaseDetail } from '@shared/cases/domain';
import { useI18n } from '../../kernel/i18n';
import { useSession } from '../../kernel/session';
import { FactList } from '../../ui/FactList';
import { useAnnounce } from '../../ui/Announcer';
import { useVocabularyLabel } from '../../ui/forms';
import { displayDate } from '../../ui/dates';
import { RowActionButtons } from '../../ui/RowActions';
import { useConfirmation } from '../../ui/ConfirmDialog';
import { TrainingStarts } from '../training/TrainingStarts';
import { AddStatusForm } from './AddStatusForm';
import { StatusValidity } from './StatusValidity';

/** "Aufenthalt": the status history (current first), a new entry, and planned training starts. */
export function StatusSection({ detail, onChanged }: { detail: CaseDetail; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const { call } = useSession();
  const announce = useAnnounce();
  const label = useVocabularyLabel();
  const [isAdding, setAdding] = useState(false);
  const deletion = useConfirmation({
    title: t('caseDetail.status.deleteTitle'),
    text: t('caseDetail.status.deleteText'),
    run: (id: string) => call((api) => api.status.delete({ id })),
    onConfirmed: async () => {
      announce(t('caseDetail.status.deleted'));
      await onChanged();
    },
  });
  const none = t('caseDetail.none');

  const handleSaved = useCallback(() => {
    setAdding(false);
    announce(t('caseDetail.status.added'));
    void onChanged();
  }, [announce, onChanged, t]);

  return (
    <>
      <h2>{t('caseDetail.status.heading')}</h2>
      {detail.statuses.length === 0 ? (
        <p>{t('caseDetail.status.empty')}</p>
      ) : (
        <ol className="entry-list status-history">
          {detail.statuses.map((status) => {
            const isCurrent = status.id === detail.currentStatusId;
            const name = label('residenceStatus', status.status);
            return (
              <li key={status.id} className={isCurrent ? 'entry-card status-card status-card-current' : 'entry-card status-card'}>
                <div className="status-card-heading">
                  <h3>
                    {isCurrent ? <span className="badge">{t('caseDetail.status.current')}</span> : null}
                    {name}
                  </h3>
                  <RowActionButtons
                    actions={[
                      {
                        label: t('caseDetail.delete'),
                        accessibleName: t('caseDetail.status.deleteNamed', { status: name }),
                        onClick: () => deletion.ask(status.id),
                      },
                    ]}
                  />
                </div>
                <FactList
                  facts={[
                    [t('caseDetail.status.validFrom'), displayDate(status.validFrom) || none],
                    [
                      t('caseDetail.status.validUntil'),
                      isCurrent ? (
                        <StatusValidity status={status.status} validUntil={status.validUntil} isUntilOnly />
                      ) : (
                        displayDate(status.validUntil) || none
                      ),
                    ],
                    [
                      t('caseDetail.status.workPermission'),
                      status.workPermission ? label('workPermissionNote', status.workPermission) : none,
                    ],
                    [
                      t('caseDetail.status.residenceObligation'),
                      status.residenceObligation ? label('residenceObligation', status.residenceObligation) : none,
                    ],
                    [
                      t('caseDetail.status.identityClarified'),
                      status.identityClarified ? label('identityClarified', status.identityClarified) : none,
                    ],
                    [t('caseDetail.status.documentSeenOn'), displayDate(status.documentSeenOn) || none],
                  ]}
                />
              </li>
            );
          })}
        </ol>
      )}
      {isAdding ? (
        <AddStatusForm caseId={detail.id} onSaved={handleSaved} onCancel={() => setAdding(false)} />
      ) : (
        <div className="actions actions-start">
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            {t('caseDetail.status.add')}
          </button>
        </div>
      )}
      <TrainingStarts detail={detail} onChanged={onChanged} />
      {deletion.dialog}
    </>
  );
}
