import { useEffect, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { JournalEntry, JournalInput } from '@shared/journal/domain';
import { todayIn } from '@shared/kernel/dates';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { DialogFormActions } from '../ui/DialogFormActions';
import { useAnnounce } from '../ui/Announcer';
import { CheckboxField, DateField, SelectField, TextAreaField, TextField, useVocabularyOptions } from '../ui/forms';
import { DigitsField } from '../ui/DigitsField';
import { markServerFieldErrors } from '../ui/serverFieldErrors';
import { Modal } from '../ui/Modal';
import { JOURNAL_FIELDS, emptyJournalForm, journalFormSchema, journalFormValuesOf, type JournalFormValues } from './journalForm';
import { TopicsField } from './TopicsField';
import './journal.css';

/**
 * The quick entry (Ctrl+N) and the edit form of a journal entry, in a modal dialog: date (today),
 * an optional time of day, duration, kind, interpreter, topics, note; a case conference also names the agencies taking part.
 * Enter in a single-line field and Ctrl+Enter in the note save. Escape asks before dropping input.
 */
export function JournalEntryDialog({
  caseId,
  entry,
  onClose,
  onSaved,
}: {
  caseId: string;
  /** The entry to edit; absent for a new one. */
  entry?: JournalEntry;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { call } = useSession();
  const announce = useAnnounce();
  const form = useForm<JournalFormValues, unknown, JournalInput>({
    resolver: zodResolver(journalFormSchema),
    defaultValues: entry ? journalFormValuesOf(entry) : emptyJournalForm(todayIn(new Date())),
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const participants = useWatch({ control: form.control, name: 'participants' });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [isConfirmingDiscard, setConfirmingDiscard] = useState(false);
  const kinds = useVocabularyOptions('contactKind');
  const showsParticipants = kind === 'caseConference' || participants.trim() !== '';
  // Read during render so react-hook-form tracks it (the Escape handler needs the current value).
  const isDirty = form.formState.isDirty;

  useEffect(() => {
    form.setFocus('occurredOn', { shouldSelect: true });
  }, [form]);

  async function save(input: JournalInput) {
    setFormError(null);
    setSaving(true);
    const result = entry
      ? await call((api) => api.journal.update({ id: entry.id, entry: input }))
      : await call((api) => api.journal.add({ caseId, entry: input }));
    setSaving(false);
    if (result.ok) {
      announce(t(entry ? 'journal.updated' : 'journal.added'));
      onSaved();
    } else if (!markServerFieldErrors(result.error, form, JOURNAL_FIELDS, { prefix: 'entry.' })) setFormError(result.error);
  }

  function requestClose() {
    if (isDirty) setConfirmingDiscard(true);
    else onClose();
  }

  return (
    <Modal title={t(entry ? 'journal.editTitle' : 'journal.newTitle')} onClose={requestClose} className="dialog-wide">
      <FormProvider {...form}>
        <form className="form journal-form" noValidate aria-busy={isSaving} onSubmit={(event) => void form.handleSubmit(save)(event)}>
          <div className="form-grid">
            <DateField<JournalFormValues> name="occurredOn" label={t('journal.occurredOn')} isRequired />
            <DigitsField<JournalFormValues> name="occurredTime" label={t('journal.occurredTime')} hint={t('journal.occurredTimeHint')} />
            <DigitsField<JournalFormValues> name="durationMinutes" label={t('journal.duration')} hint={t('journal.durationHint')} />
            <SelectField<JournalFormValues> name="kind" label={t('journal.kind')} options={kinds} isRequired />
            <CheckboxField<JournalFormValues> name="interpreter" label={t('journal.interpreter')} />
          </div>
          {showsParticipants ? (
            <TextField<JournalFormValues>
              name="participants"
              label={t('journal.participants')}
              hint={t('journal.participantsHint')}
              isRequired={kind === 'caseConference'}
              className="field-wide"
            />
          ) : null}
          <TopicsField />
          <TextAreaField<JournalFormValues> name="note" label={t('journal.note')} hint={t('journal.noteHint')} rows={6} />
          <DialogFormActions error={formError} submitLabel={t('journal.save')} isDisabled={isSaving} onCancel={requestClose} />
        </form>
      </FormProvider>
      {isConfirmingDiscard ? (
        <div className="discard-question" role="alertdialog" aria-labelledby="journal-discard-text">
          <p id="journal-discard-text">{t('journal.discardQuestion')}</p>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" autoFocus onClick={() => setConfirmingDiscard(false)}>
              {t('unsaved.stay')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('unsaved.discard')}
            </button>
          </div>
        </div>
      ) : null}
    </Modal>
  );
}
