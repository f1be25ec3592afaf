import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ProcessingRecordSettings } from '@shared/privacy/processingRecord';
import type { MessageKey } from '@shared/i18n';
import type { ChannelOutput } from '@shared/contract/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { InputField } from '../ui/forms';
import { ErrorAlert } from '../ui/Alert';
import { StatusMessage } from '../ui/StatusMessage';
import { WrittenFiles } from '../ui/WrittenFiles';

const TEXT_FIELDS = ['controller', 'dataProtectionOfficer', 'thirdCountryTransfers'] as const;
const LINE_FIELDS = ['purposes', 'legalBases', 'dataSubjects', 'recipients'] as const;
type Field = (typeof TEXT_FIELDS)[number] | (typeof LINE_FIELDS)[number];
type Values = Record<Field, string>;

const LABEL: Record<Field, MessageKey> = {
  controller: 'processingRecord.controller',
  dataProtectionOfficer: 'processingRecord.dpo',
  thirdCountryTransfers: 'processingRecord.transfers',
  purposes: 'processingRecord.purposes',
  legalBases: 'processingRecord.legalBases',
  dataSubjects: 'processingRecord.dataSubjects',
  recipients: 'processingRecord.recipients',
};

function toValues(settings: ProcessingRecordSettings): Values {
  return {
    controller: settings.controller,
    dataProtectionOfficer: settings.dataProtectionOfficer,
    thirdCountryTransfers: settings.thirdCountryTransfers,
    purposes: settings.purposes.join('\n'),
    legalBases: settings.legalBases.join('\n'),
    dataSubjects: settings.dataSubjects.join('\n'),
    recipients: settings.recipients.join('\n'),
  };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

type Written = Extract<ChannelOutput<'processingRecord:export'>, { cancelled: false }>;

/**
 * Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO): what only the controller can say is
 * edited here (supervisor); the rest is generated from the configuration. Preview as text, export
 * as PDF or Markdown.
 */
export function ProcessingRecordSection({ onDirtyChange }: { onDirtyChange: (isDirty: boolean) => void }) {
  const { t, translateMessage } = useI18n();
  const { call, info } = useSession();
  const isSupervisor = info.role === 'supervisor';
  const [saved, setSaved] = useState<Values | null>(null);
  const [values, setValues] = useState<Values | null>(null);
  const [markdown, setMarkdown] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Values>>({});
  const [error, setError] = useState<AppErrorData | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [written, setWritten] = useState<Written | null>(null);
  const baseId = useId();

  useEffect(() => {
    void call((api) => api.processingRecord.get({})).then((result) => {
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setSaved(toValues(result.value.settings));
      setValues(toValues(result.value.settings));
      setMarkdown(result.value.markdown);
    });
  }, [call]);

  const isDirty = saved !== null && values !== null && (Object.keys(saved) as Field[]).some((field) => saved[field] !== values[field]);
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!values) return;
    const settings: ProcessingRecordSettings = {
      controller: values.controller,
      dataProtectionOfficer: values.dataProtectionOfficer,
      thirdCountryTransfers: values.thirdCountryTransfers,
      purposes: lines(values.purposes),
      legalBases: lines(values.legalBases),
      dataSubjects: lines(values.dataSubjects),
      recipients: lines(values.recipients),
    };
    const result = await call((api) => api.processingRecord.update({ settings }));
    if (result.ok) {
      setSaved(toValues(result.value.settings));
      setValues(toValues(result.value.settings));
      setMarkdown(result.value.markdown);
      setFieldErrors({});
      setMessage(t('rightsUi.record.saved'));
      return;
    }
    const errors: Partial<Values> = {};
    for (const [path, key] of Object.entries(result.error.fields ?? {})) {
      const field = path.split('.')[1];
      const known = [...TEXT_FIELDS, ...LINE_FIELDS].find((candidate) => candidate === field);
      if (known) errors[known] = translateMessage(key);
    }
    setFieldErrors(errors);
    if (Object.keys(errors).length === 0) setError(result.error);
  }

  async function exportAs(format: 'pdf' | 'markdown') {
    setMessage(null);
    setError(null);
    const result = await call((api) => api.processingRecord.export({ format }));
    if (!result.ok) setError(result.error);
    else if (result.value.cancelled) setMessage(t('rightsUi.cancelled'));
    else {
      setWritten(result.value);
      setMessage(t('rightsUi.record.exported'));
    }
  }

  function field(name: Field, isMultiline: boolean) {
    if (!values) return null;
    return (
      <InputField
        key={name}
        id={`${baseId}-${name}`}
        className="field-wide"
        controlClassName={isMultiline ? 'field-input field-textarea' : 'field-input'}
        label={t(LABEL[name])}
        hint={isMultiline ? t('rightsUi.record.oneLine') : undefined}
        error={fieldErrors[name]}
        value={values[name]}
        onChange={(value) => setValues({ ...values, [name]: value })}
        rows={isMultiline ? 3 : undefined}
        isReadOnly={!isSupervisor}
      />
    );
  }

  return (
    <section className="settings-section privacy-block" aria-labelledby="record-heading">
      <h2 id="record-heading">{t('rightsUi.record.heading')}</h2>
      <p>{t('rightsUi.record.intro')}</p>
      {values ? (
        <form className="form" noValidate onSubmit={(event) => void save(event)}>
          {TEXT_FIELDS.slice(0, 2).map((name) => field(name, false))}
          {LINE_FIELDS.map((name) => field(name, true))}
          {field('thirdCountryTransfers', false)}
          {isSupervisor ? (
            <button type="submit" className="button">
              {t('rightsUi.record.save')}
            </button>
          ) : (
            <p className="field-hint">{t('rightsUi.record.supervisorEdits')}</p>
          )}
        </form>
      ) : null}
      <h3 id={`${baseId}-preview`}>{t('rightsUi.record.preview')}</h3>
      <pre className="record-preview" tabIndex={0} aria-labelledby={`${baseId}-preview`}>
        {markdown}
      </pre>
      <div className="actions actions-start">
        <button type="button" className="button" onClick={() => void exportAs('pdf')}>
          {t('rightsUi.record.exportPdf')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('markdown')}>
          {t('rightsUi.record.exportMarkdown')}
        </button>
      </div>
      <StatusMessage tone="success" message={message} />
      <ErrorAlert error={error} />
      {written ? <WrittenFiles files={[written]} /> : null}
    </section>
  );
}
