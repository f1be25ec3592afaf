import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { todayIn } from '@shared/kernel/dates';
import { structuralNoteInputSchema, type StructuralNote, type StructuralNoteInput } from '@shared/planning/structuralNotes';
import { fieldOfActionSchema, structuralNoteKindSchema } from '@shared/kernel/vocabulary';
import type { AppErrorData } from '@shared/kernel/result';
import type { FallbuchApi } from '@shared/contract/api';
import { useT } from '../../kernel/i18n';
import { useUnsavedChangesGuard } from '../../kernel/navigation';
import { useCoreValue, useSession } from '../../kernel/session';
import { PleaseWait } from '../../ui/PleaseWait';
import { FormActions } from '../../ui/DialogFormActions';
import { ErrorAlert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { PageHeading } from '../../ui/PageHeading';
import { SelectField, TextAreaField, TextField, useVocabularyLabel, useVocabularyOptions } from '../../ui/forms';
import { markServerFieldErrors } from '../../ui/serverFieldErrors';
import { useConfirmation } from '../../ui/ConfirmDialog';
import '../../ui/forms/forms.css';
import './structuralNotes.css';

interface NoteValues {
  field: string;
  kind: string;
  observedIn: string;
  text: string;
}

/** "11.2026" or "11/2026" → "2026-11"; anything else is left for the shared schema to reject. */
export function parseGermanMonth(text: string): string {
  const match = /^\s*(\d{1,2})[./](\d{4})\s*$/.exec(text);
  return match ? `${match[2]}-${match[1]?.padStart(2, '0')}` : text.trim();
}

function formatMonth(month: string): string {
  const [year, number] = month.split('-');
  return `${number}.${year}`;
}

const noteFormSchema = z
  .object({
    field: z.string().min(1, 'validation.required').pipe(fieldOfActionSchema),
    kind: z.string().min(1, 'validation.required').pipe(structuralNoteKindSchema),
    observedIn: z.string().transform(parseGermanMonth),
    text: z.string(),
  })
  .pipe(structuralNoteInputSchema);

function readNotes(api: FallbuchApi) {
  return api.structuralNotes.list({});
}

/**
 * Systemhinweise: anonymous observations per Handlungsfeld (gaps, waiting times, interface
 * problems) for the alliance's working groups. No case, no person, only the month.
 */
export function StructuralNotesPage() {
  const t = useT();
  const { call } = useSession();
  const announce = useAnnounce();
  const label = useVocabularyLabel();
  const fields = useVocabularyOptions('fieldOfAction');
  const kinds = useVocabularyOptions('structuralNoteKind');
  const { value: notes, error: loadError, reload: load } = useCoreValue(readNotes);
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const deletion = useConfirmation({
    title: t('structuralNotes.deleteTitle'),
    text: t('structuralNotes.deleteText'),
    run: (item: StructuralNote) => call((api) => api.structuralNotes.delete({ id: item.id })),
    onConfirmed: async () => {
      announce(t('structuralNotes.deleted'));
      await load();
    },
  });
  const headingId = useId();
  const thisMonth = formatMonth(todayIn(new Date()).slice(0, 7));
  const empty: NoteValues = { field: '', kind: '', observedIn: thisMonth, text: '' };
  const form = useForm<NoteValues, unknown, StructuralNoteInput>({ resolver: zodResolver(noteFormSchema), defaultValues: empty });
  useUnsavedChangesGuard(form.formState.isDirty);

  async function save(note: StructuralNoteInput) {
    setFormError(null);
    const result = await call((api) => api.structuralNotes.add({ note }));
    if (!result.ok) {
      if (!markServerFieldErrors(result.error, form, ['field', 'kind', 'observedIn', 'text'], { prefix: 'note.' }))
        setFormError(result.error);
      return;
    }
    announce(t('structuralNotes.added'));
    form.reset({ ...empty, field: note.field, kind: note.kind });
    await load();
  }

  return (
    <>
      <PageHeading>{t('structuralNotes.title')}</PageHeading>
      <p className="page-intro">{t('structuralNotes.intro')}</p>
      <section className="form-group" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('structuralNotes.addHeading')}</h2>
        <FormProvider {...form}>
          <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void form.handleSubmit(save)(event)}>
            <div className="form-grid">
              <SelectField<NoteValues> name="field" label={t('planning.field')} options={fields} isRequired />
              <SelectField<NoteValues> name="kind" label={t('structuralNotes.kind')} options={kinds} isRequired />
              <TextField<NoteValues>
                name="observedIn"
                label={t('structuralNotes.observedIn')}
                hint={t('structuralNotes.monthHint')}
                inputMode="numeric"
                isRequired
              />
            </div>
            <TextAreaField<NoteValues>
              name="text"
              label={t('structuralNotes.text')}
              hint={t('structuralNotes.textHint')}
              isRequired
              rows={4}
            />
            <FormActions error={formError} submitLabel={t('structuralNotes.add')} />
          </form>
        </FormProvider>
      </section>

      <h2>{t('structuralNotes.listHeading')}</h2>
      <ErrorAlert error={loadError} />
      {notes === null ? (
        <PleaseWait />
      ) : notes.length === 0 ? (
        <p>{t('structuralNotes.empty')}</p>
      ) : (
        <ul className="entry-list note-list">
          {notes.map((note) => (
            <li key={note.id} className="entry-card note-item">
              <p className="note-meta">
                {t('structuralNotes.meta', {
                  month: formatMonth(note.observedIn),
                  field: label('fieldOfAction', note.field),
                  kind: label('structuralNoteKind', note.kind),
                })}
              </p>
              <p className="note-text">{note.text}</p>
              <button type="button" className="button button-quiet" onClick={() => deletion.ask(note)}>
                {t('caseDetail.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {deletion.dialog}
    </>
  );
}
