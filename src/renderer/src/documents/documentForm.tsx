import { useId } from 'react';
import { DOCUMENT_KINDS, type DocumentDetails, type DocumentKind, type DocumentLink } from '@shared/documents/domain';
import type { CaseDetail } from '@shared/cases/domain';
import type { ConsentRow } from '@shared/privacy/consent';
import { useI18n } from '../kernel/i18n';
import { useVocabularyLabel } from '../ui/forms';
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

export interface LinkOption {
  value: string;
  label: string;
}

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
  const ids = {
    kind: useId(),
    date: useId(),
    dateHint: useId(),
    dateError: useId(),
    note: useId(),
    noteHint: useId(),
    link: useId(),
    linkHint: useId(),
  };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.kind}>{t('documents.kind')}</label>
        <select id={ids.kind} value={draft.kind} onChange={(event) => onChange({ ...draft, kind: event.target.value as DocumentKind })}>
          {DOCUMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`documents.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.date}>{t('documents.date')}</label>
        <span id={ids.dateHint} className="field-hint">
          {t('documents.dateHint')}
        </span>
        <input
          id={ids.date}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={draft.dateText}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={[ids.dateHint, dateError ? ids.dateError : ''].filter(Boolean).join(' ')}
          onChange={(event) => onChange({ ...draft, dateText: event.target.value })}
        />
        {dateError ? (
          <span id={ids.dateError} className="field-error">
            {dateError}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={ids.note}>{t('documents.note')}</label>
        <span id={ids.noteHint} className="field-hint">
          {t('documents.noteHint')}
        </span>
        <textarea
          id={ids.note}
          rows={3}
          maxLength={2000}
          value={draft.note}
          aria-describedby={ids.noteHint}
          onChange={(event) => onChange({ ...draft, note: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.link}>{t('documents.link')}</label>
        <span id={ids.linkHint} className="field-hint">
          {t('documents.linkStatusHint')}
        </span>
        <select
          id={ids.link}
          value={draft.link}
          aria-describedby={ids.linkHint}
          onChange={(event) => onChange({ ...draft, link: event.target.value })}
        >
          <option value="">{t('documents.linkNone')}</option>
          {linkOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
