import { useId, useState } from 'react';
import type { DocumentSummary } from '@shared/documents/domain';
import type { CaseDetail } from '@shared/cases/domain';
import type { ConsentRow } from '@shared/privacy/consent';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { DialogFormActions } from '../ui/DialogFormActions';
import { Modal } from '../ui/Modal';
import { DocumentDetailsFields, DocumentForm, draftOf, useDetailsForm } from './documentForm';

/** Rename a document and change its kind, date, note or link. */
export function EditDocumentDialog({
  detail,
  consents,
  document,
  onClose,
  onSaved,
}: {
  detail: CaseDetail;
  consents: readonly ConsentRow[];
  document: DocumentSummary;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, translateMessage } = useI18n();
  const { call } = useSession();
  const [fileName, setFileName] = useState(document.fileName);
  const form = useDetailsForm(() => draftOf(document), detail, consents);
  const [error, setError] = useState<AppErrorData | null>(null);
  const nameId = useId();
  const nameErrorId = useId();
  const nameError = error?.fields?.['document.fileName'];

  async function save() {
    const details = form.check();
    if (!details) return;
    const result = await call((api) => api.documents.update({ id: document.id, document: { ...details, fileName } }));
    if (result.ok) onSaved();
    else {
      setError(result.error);
      if (result.error.fields?.['document.date'] ?? result.error.fields?.['details.date']) form.refuseDate();
    }
  }

  return (
    <Modal title={t('documents.editTitle')} onClose={onClose}>
      <DocumentForm onSubmit={save}>
        <div className="field">
          <label htmlFor={nameId}>{t('documents.fileName')}</label>
          <input
            id={nameId}
            type="text"
            value={fileName}
            maxLength={200}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? nameErrorId : undefined}
            onChange={(event) => setFileName(event.target.value)}
            data-autofocus
          />
          {nameError ? (
            <span id={nameErrorId} className="field-error">
              {translateMessage(nameError)}
            </span>
          ) : null}
        </div>
        <DocumentDetailsFields {...form.fields} />
        <DialogFormActions error={error} onCancel={onClose} />
      </DocumentForm>
    </Modal>
  );
}
