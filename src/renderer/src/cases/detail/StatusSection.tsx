import { useCallback, useState } from 'react';
import type { CaseDetail } from '@shared/domain/cases';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { useAnnounce } from '../../ui/Announcer';
import { useVocabularyLabel } from '../form/controls';
import { displayDate } from '../form/germanDate';
import { AddStatusForm } from './AddStatusForm';
import { ConfirmDialog } from './ConfirmDialog';
import { StatusValidity } from './StatusValidity';
import { TrainingStarts } from './TrainingStarts';

/** "Aufenthalt": the status history (current first), a new entry, and planned training starts. */
export function StatusSection({ detail, onChanged }: { detail: CaseDetail; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const { call } = useSession();
  const announce = useAnnounce();
  const label = useVocabularyLabel();
  const [isAdding, setAdding] = useState(false);
  const [toDelete, setToDelete] = useState<string | null>(null);
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
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('caseDetail.status.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseDetail.status.status')}</th>
                <th scope="col">{t('caseDetail.status.validity')}</th>
                <th scope="col">{t('caseDetail.status.workPermission')}</th>
                <th scope="col">{t('caseDetail.status.residenceObligation')}</th>
                <th scope="col">{t('caseDetail.status.identityClarified')}</th>
                <th scope="col">{t('caseDetail.status.documentSeenOn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('caseDetail.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.statuses.map((status) => {
                const isCurrent = status.id === detail.currentStatusId;
                return (
                  <tr key={status.id} className={isCurrent ? 'row-current' : undefined}>
                    <td>
                      {isCurrent ? <span className="badge">{t('caseDetail.status.current')}</span> : null}
                      {label('residenceStatus', status.status)}
                    </td>
                    <td>
                      {isCurrent ? (
                        <>
                          {t('caseDetail.status.from', { date: displayDate(status.validFrom) || none })}
                          <br />
                          <StatusValidity status={status.status} validUntil={status.validUntil} isUntilOnly />
                        </>
                      ) : (
                        t('caseDetail.status.fromUntil', {
                          from: displayDate(status.validFrom) || none,
                          until: displayDate(status.validUntil) || none,
                        })
                      )}
                    </td>
                    <td>{status.workPermission ? label('workPermissionNote', status.workPermission) : none}</td>
                    <td>{status.residenceObligation ? label('residenceObligation', status.residenceObligation) : none}</td>
                    <td>{status.identityClarified ? label('identityClarified', status.identityClarified) : none}</td>
                    <td>{displayDate(status.documentSeenOn) || none}</td>
                    <td>
                      <button
                        type="button"
                        className="button button-quiet"
                        aria-label={t('caseDetail.status.deleteNamed', { status: label('residenceStatus', status.status) })}
                        onClick={() => setToDelete(status.id)}
                      >
                        {t('caseDetail.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
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
      {toDelete ? (
        <ConfirmDialog
          title={t('caseDetail.status.deleteTitle')}
          text={t('caseDetail.status.deleteText')}
          confirmLabel={t('caseDetail.delete')}
          onClose={() => setToDelete(null)}
          onConfirm={async () => {
            const result = await call((api) => api.status.delete({ id: toDelete }));
            if (result.ok) {
              setToDelete(null);
              announce(t('caseDetail.status.deleted'));
              await onChanged();
            }
            return result;
          }}
        />
      ) : null}
    </>
  );
}
