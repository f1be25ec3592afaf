import { useId, useState, type DragEvent } from 'react';
import { compareDocuments, DOCUMENT_KINDS, type AddResult, type DocumentKind, type DocumentSummary } from '@shared/documents/domain';
import type { CaseDetail } from '@shared/cases/domain';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { useAnnounce } from '../ui/Announcer';
import { ErrorAlert } from '../ui/Alert';
import { usePrivacyMode } from '../ui/privacyMode';
import { useConsents } from '../privacy';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { RowActionsCell, type RowAction } from '../ui/RowActions';
import { DataTableHead } from '../ui/DataTableHead';
import { FilterSelect, filterOptions } from '../ui/FilterSelect';
import { displayDate } from '../ui/dates';
import { AddDocumentsDialog } from './AddDocumentsDialog';
import { DocumentViewer } from './DocumentViewer';
import { EditDocumentDialog } from './EditDocumentDialog';
import { SaveCopyDialog } from './SaveCopyDialog';
import { AddOutcome } from './AddOutcome';
import { formatBytes, type useDocuments } from './useDocuments';
import { useKindLabel } from './documentForm';
import { todayIn } from '@shared/kernel/dates';
import './documents.css';

type Open = { kind: 'add'; dropped: File[] | null } | { kind: 'view' | 'edit' | 'saveCopy' | 'delete'; document: DocumentSummary } | null;

/**
 * „Dokumente“: the scans and files of the case, sortable by date and kind and filtered by kind.
 * Files are added through the file dialog or dropped onto this tab; PDFs and images open in the
 * viewer, other files leave only as „Kopie speichern unter …“. In privacy mode file names (which
 * often carry names) give way to the kind.
 */
export function DocumentsSection({ detail, documents: loaded }: { detail: CaseDetail; documents: ReturnType<typeof useDocuments> }) {
  const { t, language } = useI18n();
  const kindLabel = useKindLabel();
  const { call } = useSession();
  const announce = useAnnounce();
  const { isPrivate } = usePrivacyMode();
  const { documents, error, reload } = loaded;
  const { consents } = useConsents(detail.id);
  const [sort, setSort] = useState<'date' | 'kind'>('date');
  const [filter, setFilter] = useState<DocumentKind | ''>('');
  const [open, setOpen] = useState<Open>(null);
  const [outcome, setOutcome] = useState<AddResult | null>(null);
  const [isDragging, setDragging] = useState(false);
  const headingId = useId();

  const shown = [...(documents ?? [])].filter((document) => filter === '' || document.kind === filter).sort(compareDocuments(sort));
  const nameOf = (document: DocumentSummary) =>
    isPrivate ? t('documents.hiddenName', { kind: kindLabel(document.kind) }) : document.fileName;

  async function changed() {
    await reload();
  }

  const action = (verb: 'view' | 'saveCopy' | 'edit' | 'replace' | 'delete', name: string, onClick: () => void): RowAction => ({
    label: t(`documents.${verb}`),
    accessibleName: t(`documents.${verb}Named`, { name }),
    onClick,
  });

  async function replace(document: DocumentSummary, name: string) {
    const result = await call((api) => api.documents.replace({ id: document.id }));
    if (result.ok && !result.value.cancelled) {
      announce(t('documents.replaced'));
      await changed();
    } else if (!result.ok)
      setOutcome({
        cancelled: false,
        added: [],
        refused: [{ fileName: name, reason: { key: result.error.message, params: result.error.params ?? {} } }],
      });
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) setOpen({ kind: 'add', dropped: files });
  }

  return (
    <section
      className={`documents-section${isDragging ? ' documents-dragging' : ''}`}
      aria-labelledby={headingId}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="section-heading-row">
        <h2 id={headingId}>{t('documents.heading')}</h2>
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'add', dropped: null })}>
          {t('documents.add')}
        </button>
      </div>
      <p className="field-hint">{isDragging ? t('documents.dropActive') : t('documents.dropHint')}</p>
      {outcome ? <AddOutcome result={outcome} onDismiss={() => setOutcome(null)} /> : null}
      <ErrorAlert error={error} />
      <div className="documents-controls">
        <FilterSelect
          label={t('documents.sort')}
          value={sort}
          options={[
            { value: 'date', label: t('documents.sortDate') },
            { value: 'kind', label: t('documents.sortKind') },
          ]}
          onChange={(value) => setSort(value === 'kind' ? 'kind' : 'date')}
        />
        <FilterSelect
          label={t('documents.filter')}
          value={filter}
          options={[{ value: '', label: t('documents.filterAll') }, ...filterOptions(DOCUMENT_KINDS, kindLabel)]}
          onChange={(value) => setFilter(value as DocumentKind | '')}
        />
        <p className="documents-count" aria-live="polite">
          {shown.length === 1 ? t('documents.countOne') : t('documents.count', { count: shown.length })}
        </p>
      </div>
      {documents !== null && documents.length === 0 ? <p>{t('documents.empty')}</p> : null}
      {shown.length > 0 ? (
        <table className="data-table documents-table">
          <DataTableHead columns={['documents.date', 'documents.kind', 'documents.fileName', 'documents.note', 'documents.size']} />
          <tbody>
            {shown.map((document) => {
              const name = nameOf(document);
              return (
                <tr key={document.id}>
                  <td>{document.date ? displayDate(document.date) : t('documents.noDate')}</td>
                  <td>{kindLabel(document.kind)}</td>
                  <td className="documents-name">
                    {name}
                    {document.metadataRemoved ? <span className="documents-badge">{t('documents.metadataRemoved')}</span> : null}
                    {document.convertedFrom ? (
                      <span className="documents-badge">{t('documents.convertedFrom', { format: document.convertedFrom })}</span>
                    ) : null}
                  </td>
                  <td className="documents-note">{document.note}</td>
                  <td>{formatBytes(document.byteLength, language)}</td>
                  <RowActionsCell
                    actions={[
                      document.view ? action('view', name, () => setOpen({ kind: 'view', document })) : null,
                      action('edit', name, () => setOpen({ kind: 'edit', document })),
                      action('saveCopy', name, () => setOpen({ kind: 'saveCopy', document })),
                      action('replace', name, () => void replace(document, name)),
                      action('delete', name, () => setOpen({ kind: 'delete', document })),
                    ]}
                  />
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {open?.kind === 'add' ? (
        <AddDocumentsDialog
          detail={detail}
          consents={consents ?? []}
          dropped={open.dropped}
          today={todayIn(new Date())}
          onClose={() => setOpen(null)}
          onDone={(result) => {
            setOpen(null);
            setOutcome(result);
            void changed();
          }}
        />
      ) : null}
      {open?.kind === 'view' ? (
        <DocumentViewer document={open.document} title={nameOf(open.document)} onClose={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'saveCopy' ? <SaveCopyDialog document={open.document} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'edit' ? (
        <EditDocumentDialog
          detail={detail}
          consents={consents ?? []}
          document={open.document}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            announce(t('documents.updated'));
            void changed();
          }}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('documents.deleteTitle')}
          text={t('documents.deleteText')}
          confirmLabel={t('documents.delete')}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            const result = await call((api) => api.documents.delete({ id: open.document.id }));
            if (result.ok) {
              setOpen(null);
              announce(t('documents.deleted'));
              await changed();
            }
            return result;
          }}
        />
      ) : null}
    </section>
  );
}
