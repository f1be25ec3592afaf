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
import { PickField } from '../ui/forms';
import { CheckboxLine, ChoiceSet, toggled } from './ChoiceSet';
import { PaperPreview } from './PaperPreview';
import { PartInputs, TextInput } from './TextInput';
import { draftOf, usePaperDraft, type RecipientForm } from './usePaperDraft';
import './papers.css';

const APPOINTMENT_PARTS = [
  { key: 'date', type: 'date', label: 'papers.appointment.date' },
  { key: 'time', type: 'time', label: 'papers.appointment.time' },
] as const;
const PERIOD_PARTS = [
  { key: 'from', type: 'date', label: 'papers.period.from' },
  { key: 'to', type: 'date', label: 'papers.period.to' },
] as const;

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
            <PickField
              className="field-input field-select"
              label={t('papers.template')}
              value={templateId}
              data-autofocus
              options={(templates ?? []).map((each) => ({ value: each.id, label: templateName(t, each) }))}
              onChange={(value) => {
                setTemplateId(value);
                setFree({});
              }}
            />
            <ChoiceSet
              legend={t('papers.recipient')}
              values={['client', 'partner', 'other'] as const}
              labelOf={(kind) => t(`papers.recipient.${kind}`)}
              radioName={`${ids}-recipient`}
              isChecked={(kind) => recipient.kind === kind}
              onChange={(kind) => setRecipient({ ...recipient, kind })}
            />
            {recipient.kind === 'partner' ? (
              <PickField
                className="field-input field-select"
                label={t('papers.recipient.partnerId')}
                value={recipient.partnerId}
                emptyLabel={t('caseForm.choose')}
                options={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
                onChange={(partnerId) => setRecipient({ ...recipient, partnerId })}
              />
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
              <PartInputs idPrefix={ids} value={appointment} onChange={setAppointment} parts={APPOINTMENT_PARTS} />
            ) : null}
            {template?.hasSections ? (
              <ChoiceSet
                legend={t('papers.sections')}
                values={REPORT_SECTIONS}
                labelOf={(section) => t(`papers.sections.${section}`)}
                isChecked={(section) => sections.includes(section)}
                onChange={(section, isChecked) => setSections(toggled(sections, section, isChecked))}
              >
                {sections.includes('contacts') ? (
                  <PartInputs idPrefix={ids} value={period} onChange={setPeriod} parts={PERIOD_PARTS} />
                ) : null}
              </ChoiceSet>
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
            <ChoiceSet
              legend={t('papers.formats')}
              values={['pdf', 'docx'] as const}
              labelOf={(format) => t(`papers.format.${format}`)}
              isChecked={(format) => formats.includes(format)}
              onChange={(format, isChecked) => setFormats(toggled(formats, format, isChecked))}
            />
            <CheckboxLine label={t('papers.journalEntry')} isChecked={journal} onChange={setJournal} />
            <CheckboxLine label={t('papers.saveCopy')} isChecked={saveCopy} onChange={setSaveCopy} />
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
