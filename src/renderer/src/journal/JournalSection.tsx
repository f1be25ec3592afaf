import { useState } from 'react';
import type { CaseDetail } from '@shared/cases/domain';
import type { JournalEntry } from '@shared/journal/domain';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { useAnnounce } from '../ui/Announcer';
import { useVocabularyLabel } from '../ui/forms';
import { displayDate } from '../ui/dates';
import { useConfirmation } from '../ui/ConfirmDialog';
import { RowActionButtons } from '../ui/RowActions';
import { JournalEntryDialog } from './JournalEntryDialog';
import { JournalNote } from './JournalNote';
import { journalDate } from './journalDate';
import './journal.css';

/** Newest day first; within a day the latest time, entries without a time after those with one. */
function newestFirst(left: JournalEntry, right: JournalEntry): number {
  return (
    right.occurredOn.localeCompare(left.occurredOn) ||
    (right.occurredTime ?? '').localeCompare(left.occurredTime ?? '') ||
    right.createdAt.localeCompare(left.createdAt)
  );
}

/** "Verlauf": every contact, newest first, each with edit and delete. */
export function JournalSection({ detail, onChanged, onAdd }: { detail: CaseDetail; onChanged: () => Promise<void>; onAdd: () => void }) {
  const { t } = useI18n();
  const { call } = useSession();
  const announce = useAnnounce();
  const label = useVocabularyLabel();
  const [editing, setEditing] = useState<JournalEntry | null>(null);
  const deletion = useConfirmation({
    title: t('journal.deleteTitle'),
    text: (item: JournalEntry) => t('journal.deleteText', { date: displayDate(item.occurredOn) }),
    run: (item: JournalEntry) => call((api) => api.journal.delete({ id: item.id })),
    onConfirmed: async () => {
      announce(t('journal.deleted'));
      await onChanged();
    },
  });
  const names = [detail.fields.familyName, detail.fields.givenNames];
  const entries = [...detail.journal].sort(newestFirst);

  return (
    <>
      <div className="section-heading-row">
        <h2>{t('journal.heading')}</h2>
        <button type="button" className="button button-primary" aria-keyshortcuts="Control+N" onClick={onAdd}>
          {t('journal.new')}
          <kbd className="shortcut" aria-hidden="true">
            {t('journal.shortcut')}
          </kbd>
        </button>
      </div>
      {entries.length === 0 ? (
        <p>{t('journal.empty')}</p>
      ) : (
        <ol className="entry-list journal-list">
          {entries.map((entry) => {
            const heading = t('journal.entryHeading', { date: journalDate(entry, t), kind: label('contactKind', entry.kind) });
            return (
              <li key={entry.id} className="entry-card journal-entry">
                <article aria-label={heading}>
                  <h3 className="journal-entry-heading">{heading}</h3>
                  <p className="journal-meta">
                    {[
                      entry.durationMinutes === null ? null : t('journal.minutes', { minutes: entry.durationMinutes }),
                      entry.interpreter ? t('journal.withInterpreter') : null,
                      entry.authorName ? t('journal.by', { name: entry.authorName }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  {entry.topics.length > 0 ? (
                    <p className="journal-topics">
                      <span className="journal-label">{t('journal.topics')}:</span>{' '}
                      {entry.topics.map((topic) => label('fieldOfAction', topic)).join(', ')}
                    </p>
                  ) : null}
                  {entry.participants.length > 0 ? (
                    <p className="journal-topics">
                      <span className="journal-label">{t('journal.participants')}:</span> {entry.participants.join(', ')}
                    </p>
                  ) : null}
                  <JournalNote text={entry.note} names={names} />
                  <div className="journal-actions">
                    <RowActionButtons
                      actions={[
                        {
                          label: t('journal.edit'),
                          accessibleName: t('journal.editNamed', { entry: heading }),
                          onClick: () => setEditing(entry),
                        },
                        {
                          label: t('caseDetail.delete'),
                          accessibleName: t('journal.deleteNamed', { entry: heading }),
                          onClick: () => deletion.ask(entry),
                        },
                      ]}
                    />
                  </div>
                </article>
              </li>
            );
          })}
        </ol>
      )}
      {editing ? (
        <JournalEntryDialog
          caseId={detail.id}
          entry={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void onChanged();
          }}
        />
      ) : null}
      {deletion.dialog}
    </>
  );
}
