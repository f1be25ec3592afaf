import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { isMessageKey } from '@shared/i18n';
import type { AppErrorData, Result } from '@shared/kernel/result';
import { useI18n } from '../../kernel/i18n';
import { useUnsavedChangesGuard } from '../../kernel/navigation';
import { FormActions } from '../../ui/DialogFormActions';
import { CheckboxField, DateField, RadioGroupField, SelectField, TextAreaField, TextField, useVocabularyOptions } from '../../ui/forms';
import { DigitsField } from '../../ui/DigitsField';
import { NotStatedSelect } from '../../ui/NotStatedSelect';
import { AgeNotice } from './AgeNotice';
import { CASE_FORM_FIELDS, caseFormSchema, formFieldOfServerPath, type CaseFormOutput, type CaseFormValues } from './caseFormSchema';
import { sortedCountryNames } from './countryNames';
import { NationalitiesField } from './NationalitiesField';

export interface CaseFormProps {
  initialValues: CaseFormValues;
  /** The field to start in (default: the family name). */
  initialFocus?: 'birthDate' | 'countryOfOrigin' | 'benefits' | 'intakeDate' | undefined;
  submitLabel: string;
  /** Saves through the core; an INVALID_INPUT answer lands on the fields. */
  onSave: (input: CaseFormOutput) => Promise<Result<unknown>>;
  /** Called after a successful save, once the form is no longer dirty (so leaving does not ask). */
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * The case fields in three groups a counsellor fills at intake (Person, with the name as in the
 * document; Herkunft und Sprache; Aufnahme), the contact data (shown only in the case), two groups
 * that can wait (Lebenslage, Schule und Beruf), and the Art. 9 notes behind a disclosure. Tab order
 * follows the screen; Enter in any single-line field saves.
 */
export function CaseForm({ initialValues, initialFocus, submitLabel, onSave, onSaved, onCancel }: CaseFormProps) {
  const { t, language } = useI18n();
  const form = useForm<CaseFormValues, unknown, CaseFormOutput>({
    resolver: zodResolver(caseFormSchema),
    defaultValues: initialValues,
    shouldFocusError: true,
  });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [isSaved, setSaved] = useState(false);
  const specialRef = useRef<HTMLDetailsElement>(null);
  const countryListId = useId();
  useUnsavedChangesGuard(form.formState.isDirty && !isSaved);

  useEffect(() => {
    if (isSaved) onSaved();
  }, [isSaved, onSaved]);

  // The first field takes the focus, so typing can start at once — or the field another screen asked for.
  useEffect(() => {
    form.setFocus(initialFocus ?? 'familyName');
  }, [form, initialFocus]);

  const genders = useVocabularyOptions('gender');
  const programmes = useVocabularyOptions('programme');
  const accessRoutes = useVocabularyOptions('accessRoute');
  const phases = useVocabularyOptions('phase');
  const countryNames = useMemo(() => sortedCountryNames(language), [language]);

  async function save(input: CaseFormOutput) {
    setFormError(null);
    setSaving(true);
    const result = await onSave(input);
    setSaving(false);
    if (result.ok) {
      setSaved(true);
      return;
    }
    const marked = markServerErrors(result.error);
    if (marked.length === 0) setFormError(result.error);
  }

  /** Puts each field error of the core on its field; focuses the first one on screen. */
  function markServerErrors(error: AppErrorData): string[] {
    const marked: string[] = [];
    for (const [path, key] of Object.entries(error.fields ?? {})) {
      const field = formFieldOfServerPath(path);
      if (!isFormField(field)) continue;
      form.setError(field, { type: 'server', message: isMessageKey(key) ? key : 'validation.invalid' });
      marked.push(field);
    }
    const first = CASE_FORM_FIELDS.find((field) => marked.some((name) => name === field || name.startsWith(`${field}.`)));
    if (first === 'specialCategoryNotes' && specialRef.current) specialRef.current.open = true;
    const focusTarget = marked.find((name) => name.startsWith(`${first}.`)) ?? first;
    if (focusTarget && isFormField(focusTarget)) form.setFocus(focusTarget);
    return marked;
  }

  function isFormField(name: string): name is FieldPath<CaseFormValues> {
    return CASE_FORM_FIELDS.some((field) => name === field || (field === 'nationalities' && /^nationalities\.\d+\.name$/.test(name)));
  }

  return (
    <FormProvider {...form}>
      <form
        className="form case-form"
        noValidate
        aria-busy={isSaving}
        onSubmit={(event) => {
          void form.handleSubmit(save, (errors) => {
            // Art. 9 notes sit behind a disclosure; an error there must be visible.
            if (errors.specialCategoryNotes && specialRef.current) specialRef.current.open = true;
          })(event);
        }}
      >
        <p className="form-note">{t('caseForm.requiredNote')}</p>
        <datalist id={countryListId}>
          {countryNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>

        <fieldset className="form-group">
          <legend>{t('caseForm.group.person')}</legend>
          <div className="form-grid">
            <TextField<CaseFormValues> name="familyName" label={t('caseForm.familyName')} isRequired />
            <TextField<CaseFormValues> name="givenNames" label={t('caseForm.givenNames')} isRequired />
            <DateField<CaseFormValues> name="birthDate" label={t('caseForm.birthDate')} extra={<AgeNotice />} />
            <RadioGroupField<CaseFormValues> name="gender" label={t('caseForm.gender')} options={genders} isRequired />
            {/* After the fields every case needs, so the usual intake keeps its tab order. */}
            <TextField<CaseFormValues>
              name="documentFamilyName"
              label={t('caseForm.documentFamilyName')}
              hint={t('caseForm.documentNameHint')}
            />
            <TextField<CaseFormValues> name="documentGivenNames" label={t('caseForm.documentGivenNames')} />
          </div>
        </fieldset>

        <fieldset className="form-group">
          <legend>{t('caseForm.group.origin')}</legend>
          <div className="form-grid">
            <NationalitiesField countryListId={countryListId} />
            <TextField<CaseFormValues>
              name="countryOfOrigin"
              label={t('caseForm.countryOfOrigin')}
              hint={t('caseForm.countryHint')}
              list={countryListId}
            />
            <TextField<CaseFormValues> name="languages" label={t('caseForm.languages')} hint={t('caseForm.languagesHint')} />
            <CheckboxField<CaseFormValues> name="interpreterNeeded" label={t('caseForm.interpreterNeeded')} />
            <DateField<CaseFormValues> name="entryDate" label={t('caseForm.entryDate')} />
          </div>
        </fieldset>

        <fieldset className="form-group">
          <legend>{t('caseForm.group.intake')}</legend>
          <div className="form-grid">
            <SelectField<CaseFormValues> name="programme" label={t('caseForm.programme')} options={programmes} isRequired />
            <SelectField<CaseFormValues> name="accessRoute" label={t('caseForm.accessRoute')} options={accessRoutes} isRequired />
            <DateField<CaseFormValues> name="intakeDate" label={t('caseForm.intakeDate')} isRequired />
            <SelectField<CaseFormValues> name="phase" label={t('caseForm.phase')} options={phases} isRequired />
          </div>
        </fieldset>

        <fieldset className="form-group">
          <legend>{t('caseForm.group.contact')}</legend>
          <p className="form-note">{t('caseForm.contactExplain')}</p>
          <div className="form-grid">
            <TextField<CaseFormValues> name="phone" label={t('caseForm.phone')} hint={t('caseForm.phoneHint')} autoComplete="off" />
            <TextField<CaseFormValues> name="email" label={t('caseForm.email')} autoComplete="off" />
          </div>
          <TextAreaField<CaseFormValues>
            name="postalAddress"
            label={t('caseForm.postalAddress')}
            hint={t('caseForm.postalAddressHint')}
            rows={3}
          />
        </fieldset>

        <fieldset className="form-group">
          <legend>{t('caseForm.group.living')}</legend>
          <div className="form-grid">
            <NotStatedSelect<CaseFormValues> name="housing" label={t('caseForm.housing')} vocabulary="housingType" />
            <NotStatedSelect<CaseFormValues> name="benefits" label={t('caseForm.benefits')} vocabulary="benefit" />
          </div>
        </fieldset>

        <fieldset className="form-group">
          <legend>{t('caseForm.group.education')}</legend>
          <div className="form-grid">
            <DigitsField<CaseFormValues> name="schoolYears" label={t('caseForm.schoolYears')} />
            <TextField<CaseFormValues> name="schoolCertificate" label={t('caseForm.schoolCertificate')} />
            <TextField<CaseFormValues>
              name="schoolCountry"
              label={t('caseForm.schoolCountry')}
              hint={t('caseForm.countryHint')}
              list={countryListId}
            />
            <NotStatedSelect<CaseFormValues> name="germanLevel" label={t('caseForm.germanLevel')} vocabulary="germanLevel" />
            <TextField<CaseFormValues> name="germanCertificate" label={t('caseForm.germanCertificate')} />
          </div>
          <TextAreaField<CaseFormValues> name="workExperience" label={t('caseForm.workExperience')} rows={3} />
        </fieldset>

        <details className="form-group special-category" ref={specialRef}>
          <summary>{t('caseForm.group.special')}</summary>
          <p className="form-note">{t('caseForm.specialExplain')}</p>
          <TextAreaField<CaseFormValues> name="specialCategoryNotes" label={t('caseForm.specialCategoryNotes')} rows={4} />
        </details>

        <FormActions error={formError} submitLabel={submitLabel} isDisabled={isSaving} onCancel={onCancel} />
      </form>
    </FormProvider>
  );
}
