import { useCallback, useRef, useState } from 'react';
import { todayIn } from '@shared/kernel/dates';
import type { FallbuchApi } from '@shared/contract/api';
import { useI18n, useT } from '../../kernel/i18n';
import { useNavigation, type CaseFormField } from '../../kernel/navigation';
import { useCoreValue, useSession } from '../../kernel/session';
import { PageNotReady } from '../../ui/PleaseWait';
import { PersonName } from '../../ui/privacyMode';
import { useAnnounce } from '../../ui/Announcer';
import { PageHeading } from '../../ui/PageHeading';
import { setCaseNotice } from '../detail/caseNotice';
import { CaseForm } from './CaseForm';
import { caseFormValuesOf, emptyCaseForm, type CaseFormOutput } from './caseFormSchema';
import '../../ui/forms/forms.css';
import './caseForm.css';

/** "Neuer Fall": an empty form; after saving, the new case opens with its code. */
export function NewCasePage() {
  const t = useT();
  const { call } = useSession();
  const { navigate } = useNavigation();
  const announce = useAnnounce();
  const created = useRef<{ id: string; code: string } | null>(null);
  const [initialValues] = useState(() => emptyCaseForm(todayIn(new Date())));

  const save = useCallback(
    async ({ fields, contact }: CaseFormOutput) => {
      const result = await call((api) => api.cases.create({ fields, contact }));
      if (result.ok) {
        created.current = { id: result.value.id, code: result.value.code };
        setCaseNotice(result.value.id, { kind: 'created', code: result.value.code, warnings: result.value.warnings });
        announce(t('caseForm.created', { code: result.value.code }));
      }
      return result;
    },
    [call, announce, t],
  );
  const handleSaved = useCallback(() => {
    if (created.current) navigate({ page: 'case', caseId: created.current.id, section: 'overview' });
  }, [navigate]);

  return (
    <>
      <PageHeading>{t('caseForm.newTitle')}</PageHeading>
      <p className="page-intro">{t('caseForm.newIntro')}</p>
      <CaseForm
        initialValues={initialValues}
        submitLabel={t('caseForm.create')}
        onSave={save}
        onSaved={handleSaved}
        onCancel={() => navigate({ page: 'cases' })}
      />
    </>
  );
}

/** "Fall bearbeiten": the same form with the stored values. */
export function EditCasePage({ caseId, focus }: { caseId: string; focus?: CaseFormField | undefined }) {
  const { t, language } = useI18n();
  const { call } = useSession();
  const { navigate } = useNavigation();
  const announce = useAnnounce();
  const read = useCallback((api: FallbuchApi) => api.cases.get({ id: caseId }), [caseId]);
  const { value: detail, error: loadError } = useCoreValue(read);

  const save = useCallback(
    async ({ fields, contact }: CaseFormOutput) => {
      const result = await call((api) => api.cases.update({ id: caseId, fields, contact }));
      if (result.ok) {
        setCaseNotice(caseId, { kind: 'saved', warnings: result.value.warnings });
        announce(t('caseForm.saved'));
      }
      return result;
    },
    [call, caseId, announce, t],
  );
  const handleSaved = useCallback(() => navigate({ page: 'case', caseId, section: 'overview' }), [navigate, caseId]);

  if (loadError || !detail) return <PageNotReady title={t('caseForm.editTitle')} error={loadError} />;
  return (
    <>
      <PageHeading>{t('caseForm.editTitleWithCode', { code: detail.code })}</PageHeading>
      <p className="page-intro">
        <PersonName familyName={detail.fields.familyName} givenNames={detail.fields.givenNames} />
      </p>
      <CaseForm
        initialValues={caseFormValuesOf(detail, language)}
        initialFocus={focus}
        submitLabel={t('common.save')}
        onSave={save}
        onSaved={handleSaved}
        onCancel={() => navigate({ page: 'case', caseId, section: 'overview' })}
      />
    </>
  );
}
