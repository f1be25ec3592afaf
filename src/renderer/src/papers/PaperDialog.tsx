import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '@shared/i18n';
import type { AppErrorData } from '@shared/kernel/result';
import {
  REPORT_SECTIONS,
  isConsentSufficient,
  type FreePart,
  type PaperFormat,
  type ReportSection,
  type TemplateInfo,
} from '@shared/papers/domain';
import { useI18n } from '../kernel/i18n';
import { useNavigation } from '../kernel/navigation';
import { useSession } from '../kernel/session';
import { useAnnounce } from '../ui/Announcer';
import { DialogFormActions } from '../ui/DialogFormActions';
import { Modal } from '../ui/Modal';
import { PaperPreview } from './PaperPreview';
import { TextInput } from './TextInput';
import { draftOf, usePaperDraft, type RecipientForm } from './usePaperDraft';
import './papers.css';

export function templateName(t: (key: MessageKey, params?: Record<string, string | number>) => string, template: TemplateInfo): string {
  return template.isOwn ? t('papers.ownTemplate', { name: template.name ?? '' }) : t(`papers.template.${template.id}` as MessageKey);
}

/**
 * „Schriftstück erstellen“: template, recipient, the free parts, the sections of a Sachstandsbericht,
 * formats; beside it the preview the core filled from the case, and whether the recipient's release
 * covers what the paper says. Writing keeps the files in the case's documents.
 */
export function PaperDialog({ caseId, onClose, onWritten }: { caseId: string; onClose: () => void; onWritten: () => void }) {
  const { t, translateError } = useI18n();
  const { call } = useSession();
  const { navigate } = useNavigation();
  const announce = useAnnounce();
  const ids = useId();
  const [templateId, setTemplateId] = useState('participation');
  const [recipient, setRecipient] = useState<RecipientForm>({ kind: 'client', partnerId: '', name: '', address: '' });
  const [free, setFree] = useState<Partial<Record<FreePart, string>>>({});
  const [sections, setSections] = useState<ReportSection[]>(['statusHistory', 'goals']);
  const [period, setPeriod] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const [appointment, setAppointment] = useState<{ date: string; time: string }>({ date: '', time: '' });
  const [formats, setFormats] = useState<PaperFormat[]>(['pdf', 'docx']);
  const [journal, setJournal] = useState(true);
  const [saveCopy, setSaveCopy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [isWriting, setWriting] = useState(false);

  const draft = draftOf(templateId, recipient, free, {
    sections,
    period: { from: period.from || null, to: period.to || null },
    appointment: appointment.date ? { date: appointment.date, time: appointment.time || null } : null,
  });
  const isRecipientComplete =
    recipient.kind === 'client' || (recipient.kind === 'partner' ? recipient.partnerId !== '' : recipient.name.trim() !== '');
  const { templates, partners, preview, previewError } = usePaperDraft(caseId, isRecipientComplete ? draft : null);
  const template = templates?.find((each) => each.id === templateId);
  const freeValue = (part: FreePart) => free[part] ?? preview?.free[part] ?? '';

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setWriting(true);
    const result = await call((api) => api.papers.create({ caseId, draft, formats, saveCopy, journal }));
    setWriting(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (result.value.cancelled) return;
    announce(t('papers.written'));
    onWritten();
  }

  const consent = preview?.consent ?? null;
  const needsConsent = error?.code === 'CONSENT_REQUIRED' || (consent !== null && !isConsentSufficient(consent));
  return (
    <Modal title={t('papers.heading')} onClose={onClose} className="paper-dialog">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <div className="paper-layout">
          <div>
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-template`}>
                {t('papers.template')}
              </label>
              <select
                id={`${ids}-template`}
                className="field-input field-select"
                value={templateId}
                data-autofocus
                onChange={(event) => {
                  setTemplateId(event.target.value);
                  setFree({});
                }}
              >
                {(templates ?? []).map((each) => (
                  <option key={each.id} value={each.id}>
                    {templateName(t, each)}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="paper-choices">
              <legend>{t('papers.recipient')}</legend>
              {(['client', 'partner', 'other'] as const).map((kind) => (
                <label key={kind} className="checkbox checkbox-inline">
                  <input
                    type="radio"
                    name={`${ids}-recipient`}
                    checked={recipient.kind === kind}
                    onChange={() => setRecipient({ ...recipient, kind })}
                  />
                  <span>{t(`papers.recipient.${kind}`)}</span>
                </label>
              ))}
            </fieldset>
            {recipient.kind === 'partner' ? (
              <div className="field">
                <label className="field-label" htmlFor={`${ids}-partner`}>
                  {t('papers.recipient.partnerId')}
                </label>
                <select
                  id={`${ids}-partner`}
                  className="field-input field-select"
                  value={recipient.partnerId}
                  onChange={(event) => setRecipient({ ...recipient, partnerId: event.target.value })}
                >
                  <option value="">{t('caseForm.choose')}</option>
                  {partners.map((partner) => (
                    <option key={partner.id} value={partner.id}>
                      {partner.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {recipient.kind === 'other' ? (
              <TextInput
                id={`${ids}-name`}
                label={t('papers.recipient.name')}
                value={recipient.name}
                onChange={(name) => setRecipient({ ...recipient, name })}
              />
            ) : null}
            {recipient.kind !== 'client' ? (
              <TextInput
                id={`${ids}-address`}
                label={t('papers.recipient.address')}
                value={recipient.address}
                multiline
                onChange={(address) => setRecipient({ ...recipient, address })}
              />
            ) : null}
            {template?.hasAppointment ? (
              <>
                <TextInput
                  id={`${ids}-date`}
                  type="date"
                  label={t('papers.appointment.date')}
                  value={appointment.date}
                  onChange={(date) => setAppointment({ ...appointment, date })}
                />
                <TextInput
                  id={`${ids}-time`}
                  type="time"
                  label={t('papers.appointment.time')}
                  value={appointment.time}
                  onChange={(time) => setAppointment({ ...appointment, time })}
                />
              </>
            ) : null}
            {template?.hasSections ? (
              <fieldset className="paper-choices">
                <legend>{t('papers.sections')}</legend>
                {REPORT_SECTIONS.map((section) => (
                  <label key={section} className="checkbox checkbox-inline">
                    <input
                      type="checkbox"
                      checked={sections.includes(section)}
                      onChange={(event) =>
                        setSections(event.target.checked ? [...sections, section] : sections.filter((each) => each !== section))
                      }
                    />
                    <span>{t(`papers.sections.${section}`)}</span>
                  </label>
                ))}
                {sections.includes('contacts') ? (
                  <>
                    <TextInput
                      id={`${ids}-from`}
                      type="date"
                      label={t('papers.period.from')}
                      value={period.from}
                      onChange={(from) => setPeriod({ ...period, from })}
                    />
                    <TextInput
                      id={`${ids}-to`}
                      type="date"
                      label={t('papers.period.to')}
                      value={period.to}
                      onChange={(to) => setPeriod({ ...period, to })}
                    />
                  </>
                ) : null}
              </fieldset>
            ) : null}
            {(template?.freeParts ?? []).map((part) => (
              <TextInput
                key={`${templateId}-${part}`}
                id={`${ids}-free-${part}`}
                label={t(`papers.free.${part}`)}
                value={freeValue(part)}
                multiline={part !== 'subject' && part !== 'place'}
                onChange={(text) => setFree({ ...free, [part]: text })}
              />
            ))}
            <fieldset className="paper-choices">
              <legend>{t('papers.formats')}</legend>
              {(['pdf', 'docx'] as const).map((format) => (
                <label key={format} className="checkbox checkbox-inline">
                  <input
                    type="checkbox"
                    checked={formats.includes(format)}
                    onChange={(event) =>
                      setFormats(event.target.checked ? [...formats, format] : formats.filter((each) => each !== format))
                    }
                  />
                  <span>{t(`papers.format.${format}`)}</span>
                </label>
              ))}
            </fieldset>
            <label className="checkbox checkbox-inline">
              <input type="checkbox" checked={journal} onChange={(event) => setJournal(event.target.checked)} />
              <span>{t('papers.journalEntry')}</span>
            </label>
            <label className="checkbox checkbox-inline">
              <input type="checkbox" checked={saveCopy} onChange={(event) => setSaveCopy(event.target.checked)} />
              <span>{t('papers.saveCopy')}</span>
            </label>
          </div>
          <div>
            <ConsentNote consent={consent} />
            {previewError ? <p className="field-error">{translateError(previewError)}</p> : null}
            {preview ? <PaperPreview paper={preview.paper} /> : null}
          </div>
        </div>
        <DialogFormActions
          error={error}
          submitLabel={t('papers.write')}
          onCancel={onClose}
          isDisabled={isWriting || formats.length === 0 || !isRecipientComplete}
        >
          {needsConsent ? (
            <p>
              <button type="button" className="button button-link" onClick={() => navigate({ page: 'case', caseId, section: 'privacy' })}>
                {t('papers.consent.recordLink')}
              </button>
            </p>
          ) : null}
        </DialogFormActions>
      </form>
    </Modal>
  );
}

function ConsentNote({
  consent,
}: {
  consent: { verdict: string; validUntil: string | null; missing: string[]; missingSpecial: string[] } | null;
}) {
  const { t } = useI18n();
  if (!consent) return null;
  if (consent.verdict === 'notNeeded') return <p className="field-hint">{t('papers.consent.notNeeded')}</p>;
  if (consent.verdict === 'valid') return <p className="field-hint">{t('papers.consent.valid', { until: consent.validUntil ?? '–' })}</p>;
  const categories = [
    ...consent.missing.map((category) => t(`consent.category.${category}` as MessageKey)),
    ...consent.missingSpecial.map((category) => t(`consent.special.${category}` as MessageKey)),
  ].join(', ');
  return (
    <p className="field-warning" role="status">
      {t(`papers.consent.refused.${consent.verdict}` as MessageKey, { categories })}
    </p>
  );
}
