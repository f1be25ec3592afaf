import { useState } from 'react';
import type { AddResult } from '@shared/documents/domain';
import type { CaseDetail } from '@shared/cases/domain';
import type { ConsentRow } from '@shared/privacy/consent';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { Modal } from '../ui/Modal';
import { DocumentDetailsFields, DocumentForm, draftOf, useDetailsForm } from './documentForm';

/**
 * „Dokumente hinzufügen“: kind, date, note and link for all files of this add, then either the
 * file dialog (several at once) or the files dropped onto the case. The files are read only when
 * the counsellor confirms; the core checks each and answers what it kept and what it refused.
 */
export function AddDocumentsDialog({
  detail,
  consents,
  dropped,
  today,
  onClose,
  onDone,
}: {
  detail: CaseDetail;
  consents: readonly ConsentRow[];
  dropped: readonly File[] | null;
  today: string;
  onClose: () => void;
  onDone: (result: AddResult) => void;
}) {
  const t = useT();
  const { call } = useSession();
  const form = useDetailsForm(() => draftOf({ kind: 'other', date: today, note: '', link: null }), detail, consents);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [isWorking, setWorking] = useState(false);

  async function add() {
    const details = form.check();
    if (!details) return;
    setWorking(true);
    const result = dropped
      ? await call(async (api) =>
          api.documents.addFiles({
            caseId: detail.id,
            details,
            files: await Promise.all(dropped.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))),
          }),
        )
      : await call((api) => api.documents.add({ caseId: detail.id, details }));
    setWorking(false);
    if (!result.ok) {
      setError(result.error);
      if (result.error.fields?.['details.date']) form.refuseDate();
      return;
    }
    if (result.value.cancelled) return;
    onDone(result.value);
  }

  return (
    <Modal title={t('documents.addTitle')} onClose={onClose}>
      <DocumentForm onSubmit={add}>
        <p>{t('documents.addIntro')}</p>
        {dropped ? (
          <p className="documents-dropped">{t('documents.dropped', { names: dropped.map((file) => file.name).join(', ') })}</p>
        ) : null}
        <DocumentDetailsFields {...form.fields} />
        <ErrorAlert error={error} />
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={isWorking} aria-busy={isWorking || undefined}>
            {dropped ? t('documents.addDropped', { count: dropped.length }) : t('documents.chooseAndAdd')}
          </button>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('documents.cancel')}
          </button>
        </div>
      </DocumentForm>
    </Modal>
  );
}
