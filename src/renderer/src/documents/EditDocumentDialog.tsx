import { useId, useState } from 'react';
import type { DocumentSummary } from '@shared/documents/domain';
import type { CaseDetail } from '@shared/cases/domain';
import type { ConsentRow } from '@shared/privacy/consent';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { DialogFormActions } from '../ui/DialogFormActions';
import { Modal } from '../ui/Modal';
import { DocumentDetailsFields, detailsOf, draftOf, useLinkOptions, type DetailsDraft } from './documentForm';

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
  const [draft, setDraft] = useState<DetailsDraft>(() => draftOf(document));
  const [dateError, setDateError] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const linkOptions = useLinkOptions(detail, consents);
  const nameId = useId();
  const nameErrorId = useId();
  const nameError = error?.fields?.['document.fileName'];

  async function save() {
    const parsed = detailsOf(draft);
    if ('invalidDate' in parsed) {
      setDateError(t('validation.date'));
      return;
    }
    setDateError(null);
    const result = await call((api) => api.documents.update({ id: document.id, document: { ...parsed.details, fileName } }));
    if (result.ok) onSaved();
    else {
      setError(result.error);
      if (result.error.fields?.['document.date'] ?? result.error.fields?.['details.date']) setDateError(t('validation.dateFuture'));
    }
  }

  return (
    <Modal title={t('documents.editTitle')} onClose={onClose}>
      <form
        className="document-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
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
        <DocumentDetailsFields draft={draft} onChange={setDraft} linkOptions={linkOptions} dateError={dateError} />
        <DialogFormActions error={error} onCancel={onClose} />
      </form>
    </Modal>
  );
}
