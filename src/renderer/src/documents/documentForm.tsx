import { useId, useState, type ReactNode } from 'react';
import { DOCUMENT_KINDS, type DocumentDetails, type DocumentKind, type DocumentLink } from '@shared/documents/domain';
import type { CaseDetail } from '@shared/cases/domain';
import type { ConsentRow } from '@shared/privacy/consent';
import { useI18n, useT } from '../kernel/i18n';
import { PickSelect, useVocabularyLabel, type PickOption } from '../ui/forms';
import { displayDate, formatGermanDate, parseGermanDate } from '../ui/dates';

/** What the form holds while it is edited: the date as typed (TT.MM.JJJJ), the link as one option value. */
export interface DetailsDraft {
  kind: DocumentKind;
  dateText: string;
  note: string;
  link: string;
}

export function draftOf(details: DocumentDetails): DetailsDraft {
  return {
    kind: details.kind,
    dateText: formatGermanDate(details.date),
    note: details.note,
    link: details.link ? `${details.link.type}:${details.link.id}` : '',
  };
}

/** The details for the core, or the field that is wrong (a date that is not a date). */
export function detailsOf(draft: DetailsDraft): { details: DocumentDetails } | { invalidDate: true } {
  const trimmed = draft.dateText.trim();
  const date = trimmed === '' ? null : parseGermanDate(trimmed);
  if (trimmed !== '' && date === null) return { invalidDate: true };
  const [type, id] = draft.link.split(':');
  const link = type && id ? ({ type, id } as DocumentLink) : null;
  return { details: { kind: draft.kind, date, note: draft.note, link } };
}

export type LinkOption = PickOption;

/** The entries of the case a document may point to: status entries, consents, contacts. */
export function useLinkOptions(detail: CaseDetail, consents: readonly ConsentRow[]): LinkOption[] {
  const { t } = useI18n();
  const label = useVocabularyLabel();
  return [
    ...detail.statuses.map((status) => ({
      value: `status:${status.id}`,
      label: t('documents.linkStatus', {
        label: [label('residenceStatus', status.status), status.validFrom ? displayDate(status.validFrom) : ''].filter(Boolean).join(', '),
      }),
    })),
    ...consents.map((consent) => ({
      value: `consent:${consent.id}`,
      label: t('documents.linkConsent', { label: `${t(`consent.kind.${consent.kind}`)}, ${displayDate(consent.givenOn)}` }),
    })),
    ...detail.journal.map((entry) => ({
      value: `journal:${entry.id}`,
      label: t('documents.linkJournal', { label: `${displayDate(entry.occurredOn)}, ${label('contactKind', entry.kind)}` }),
    })),
  ];
}

/** The kinds of document as choices, in the current language (the form and the list's filter). */
/** A document kind in the reader's words — the one place that names the kinds (form, list, filter). */
export function useKindLabel(): (kind: DocumentKind) => string {
  const { t } = useI18n();
  return (kind) => t(`documents.kind.${kind}`);
}

export function useKindOptions(): PickOption[] {
  const kindLabel = useKindLabel();
  return DOCUMENT_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }));
}

/** One field of the form: its label, its hint (linked to the control) and the control. */
function DetailsField({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (ids: { id: string; hintId: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {children({ id, hintId: hint ? hintId : undefined })}
    </div>
  );
}

/** Kind, date, note and link: the same fields for adding and for editing. */
export function DocumentDetailsFields({
  draft,
  onChange,
  linkOptions,
  dateError,
}: {
  draft: DetailsDraft;
  onChange: (draft: DetailsDraft) => void;
  linkOptions: readonly LinkOption[];
  dateError: string | null;
}) {
  const { t } = useI18n();
  const kindOptions = useKindOptions();
  const dateErrorId = useId();
  return (
    <>
      <DetailsField label={t('documents.kind')}>
        {({ id }) => (
          <PickSelect
            id={id}
            value={draft.kind}
            options={kindOptions}
            onChange={(kind) => onChange({ ...draft, kind: kind as DocumentKind })}
          />
        )}
      </DetailsField>
      <DetailsField label={t('documents.date')} hint={t('documents.dateHint')}>
        {({ id, hintId }) => (
          <>
            <input
              id={id}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={draft.dateText}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={[hintId, dateError ? dateErrorId : ''].filter(Boolean).join(' ')}
              onChange={(event) => onChange({ ...draft, dateText: event.target.value })}
            />
            {dateError ? (
              <span id={dateErrorId} className="field-error">
                {dateError}
              </span>
            ) : null}
          </>
        )}
      </DetailsField>
      <DetailsField label={t('documents.note')} hint={t('documents.noteHint')}>
        {({ id, hintId }) => (
          <textarea
            id={id}
            rows={3}
            maxLength={2000}
            value={draft.note}
            aria-describedby={hintId}
            onChange={(event) => onChange({ ...draft, note: event.target.value })}
          />
        )}
      </DetailsField>
      <DetailsField label={t('documents.link')} hint={t('documents.linkStatusHint')}>
        {({ id, hintId }) => (
          <PickSelect
            id={id}
            value={draft.link}
            aria-describedby={hintId}
            emptyLabel={t('documents.linkNone')}
            options={linkOptions}
            onChange={(link) => onChange({ ...draft, link })}
          />
        )}
      </DetailsField>
    </>
  );
}

/**
 * The state of the details in a dialog: the draft, the date's error and the entries a document may
 * point to. `check` gives the details to send, or null after marking a date that is not a date.
 */
export function useDetailsForm(initial: () => DetailsDraft, detail: CaseDetail, consents: readonly ConsentRow[]) {
  const t = useT();
  const [draft, setDraft] = useState<DetailsDraft>(initial);
  const [dateError, setDateError] = useState<string | null>(null);
  const linkOptions = useLinkOptions(detail, consents);
  return {
    check(): DocumentDetails | null {
      const parsed = detailsOf(draft);
      setDateError('invalidDate' in parsed ? t('validation.date') : null);
      return 'details' in parsed ? parsed.details : null;
    },
    /** The core refused the date: it lies in the future. */
    refuseDate: () => setDateError(t('validation.dateFuture')),
    /** What DocumentDetailsFields shows. */
    fields: { draft, onChange: setDraft, linkOptions, dateError },
  };
}

/** The `<form>` of both document dialogs: submitting it runs `onSubmit` (no page load). */
export function DocumentForm({ onSubmit, children }: { onSubmit: () => Promise<void>; children: ReactNode }) {
  return (
    <form
      className="document-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
