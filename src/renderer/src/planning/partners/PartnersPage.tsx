import { useCallback, useEffect, useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { partnerInputSchema, type Partner, type PartnerInput } from '@shared/planning/plan';
import { partnerKindSchema } from '@shared/kernel/vocabulary';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../../kernel/i18n';
import { useUnsavedChangesGuard } from '../../kernel/navigation';
import { useSession } from '../../kernel/session';
import { FormActions } from '../../ui/DialogFormActions';
import { PleaseWait } from '../../ui/PleaseWait';
import { ErrorAlert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { PageHeading } from '../../ui/PageHeading';
import { SelectField, TextAreaField, TextField, useVocabularyLabel, useVocabularyOptions } from '../../ui/forms';
import { markServerFieldErrors } from '../../ui/serverFieldErrors';
import { SectionTable } from '../../ui/SectionTable';
import { RowActionsCell } from '../../ui/RowActions';
import '../../ui/forms/forms.css';
import './partners.css';

interface PartnerValues {
  name: string;
  kind: string;
  contact: string;
}
const partnerFormSchema = z
  .object({ name: z.string(), kind: z.string().min(1, 'validation.required').pipe(partnerKindSchema), contact: z.string() })
  .pipe(partnerInputSchema);
const EMPTY: PartnerValues = { name: '', kind: '', contact: '' };

/**
 * The partner directory: organisations referrals go to (never persons). A partner that is no
 * longer used is archived, not deleted, so earlier referrals keep naming it.
 */
export function PartnersPage() {
  const t = useT();
  const { call } = useSession();
  const announce = useAnnounce();
  const label = useVocabularyLabel();
  const kinds = useVocabularyOptions('partnerKind');
  const [partners, setPartners] = useState<Partner[] | null>(null);
  const [loadError, setLoadError] = useState<AppErrorData | null>(null);
  const [editing, setEditing] = useState<Partner | null>(null);
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const headingId = useId();
  const form = useForm<PartnerValues, unknown, PartnerInput>({ resolver: zodResolver(partnerFormSchema), defaultValues: EMPTY });
  useUnsavedChangesGuard(form.formState.isDirty);

  const load = useCallback(async () => {
    const result = await call((api) => api.partners.list({ includeArchived: true }));
    if (result.ok) setPartners(result.value);
    else setLoadError(result.error);
  }, [call]);
  useEffect(() => {
    void load();
  }, [load]);

  function startEdit(partner: Partner) {
    setEditing(partner);
    form.reset({ name: partner.name, kind: partner.kind, contact: partner.contact });
    form.setFocus('name');
  }

  function stopEdit() {
    setEditing(null);
    form.reset(EMPTY);
  }

  async function save(partner: PartnerInput) {
    setFormError(null);
    const result = editing
      ? await call((api) => api.partners.update({ id: editing.id, partner }))
      : await call((api) => api.partners.add({ partner }));
    if (!result.ok) {
      if (!markServerFieldErrors(result.error, form, ['name', 'kind', 'contact'], { prefix: 'partner.' })) setFormError(result.error);
      return;
    }
    announce(t(editing ? 'partners.updated' : 'partners.added', { name: partner.name }));
    stopEdit();
    await load();
  }

  async function setArchived(partner: Partner, archived: boolean) {
    const result = await call((api) => api.partners.archive({ id: partner.id, archived }));
    if (!result.ok) {
      setLoadError(result.error);
      return;
    }
    announce(t(archived ? 'partners.archivedAnnounce' : 'partners.restoredAnnounce', { name: partner.name }));
    await load();
  }

  return (
    <>
      <PageHeading>{t('partners.title')}</PageHeading>
      <p className="page-intro">{t('partners.intro')}</p>
      <ErrorAlert error={loadError} />
      {partners === null ? (
        <PleaseWait />
      ) : partners.length === 0 ? (
        <p>{t('partners.empty')}</p>
      ) : (
        <SectionTable
          rows={partners}
          columns={['partners.name', 'partners.kind', 'partners.contact', 'partners.referrals']}
          className="data-table partner-table"
          caption={t('partners.title')}
          rowClassName={(partner) => (partner.archived ? 'row-archived' : undefined)}
          cells={(partner) => (
            <>
              <td>
                {partner.name}
                {partner.archived ? <span className="cell-detail">{t('partners.archivedBadge')}</span> : null}
              </td>
              <td>{label('partnerKind', partner.kind)}</td>
              <td className="cell-text">{partner.contact}</td>
              <td>{partner.referralCount}</td>
              <RowActionsCell
                actions={[
                  {
                    label: t('journal.edit'),
                    accessibleName: t('partners.editNamed', { name: partner.name }),
                    onClick: () => startEdit(partner),
                  },
                  {
                    label: t(partner.archived ? 'partners.restore' : 'partners.archive'),
                    accessibleName: t(partner.archived ? 'partners.restoreNamed' : 'partners.archiveNamed', { name: partner.name }),
                    onClick: () => void setArchived(partner, !partner.archived),
                  },
                ]}
              />
            </>
          )}
        />
      )}

      <section className="form-group partner-form" aria-labelledby={headingId}>
        <h2 id={headingId}>{editing ? t('partners.editHeading', { name: editing.name }) : t('partners.addHeading')}</h2>
        <FormProvider {...form}>
          <form className="form" noValidate aria-labelledby={headingId} onSubmit={(event) => void form.handleSubmit(save)(event)}>
            <div className="form-grid">
              <TextField<PartnerValues> name="name" label={t('partners.name')} hint={t('partners.nameHint')} isRequired />
              <SelectField<PartnerValues> name="kind" label={t('partners.kind')} options={kinds} isRequired />
            </div>
            <TextAreaField<PartnerValues> name="contact" label={t('partners.contact')} hint={t('partners.contactHint')} rows={2} />
            <FormActions
              error={formError}
              submitLabel={editing ? t('common.save') : t('partners.add')}
              onCancel={editing ? stopEdit : undefined}
            />
          </form>
        </FormProvider>
      </section>
    </>
  );
}
