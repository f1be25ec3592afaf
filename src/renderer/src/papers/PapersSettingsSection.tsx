import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '@shared/i18n';
import type { AppErrorData } from '@shared/kernel/result';
import type { LetterheadView, Paper, TemplateInfo } from '@shared/papers/domain';
import { PLACEHOLDERS, type TemplateProblem } from '@shared/papers/placeholders';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { useAnnounce } from '../ui/Announcer';
import { ErrorAlert } from '../ui/Alert';
import { FormActions } from '../ui/DialogFormActions';
import { PaperPreview } from './PaperPreview';
import { templateName } from './PaperDialog';
import { TextInput } from './TextInput';
import './papers.css';

/** The supervisor's part of papers on the settings page: the office letterhead and own Word templates. */
export function PapersSettingsSection() {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('papers.settings.heading')}</h2>
      <LetterheadForm />
      <OwnTemplates />
    </section>
  );
}

function LetterheadForm() {
  const { t } = useI18n();
  const { call } = useSession();
  const announce = useAnnounce();
  const ids = useId();
  const [view, setView] = useState<LetterheadView | null>(null);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  useEffect(() => {
    void call((api) => api.letterhead.get()).then((result) => {
      if (!result.ok) return setError(result.error);
      setView(result.value);
      setAddress(result.value.addressLines.join('\n'));
    });
  }, [call]);
  if (!view) return <ErrorAlert error={error} />;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!view) return;
    const letterhead = {
      organisation: view.organisation,
      addressLines: address
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      contact: view.contact,
      signatureBlock: view.signatureBlock,
    };
    const result = await call((api) => api.letterhead.update({ letterhead }));
    if (!result.ok) return setError(result.error);
    setError(null);
    setView(result.value);
    announce(t('papers.letterhead.saved'));
  }

  async function chooseLogo() {
    const result = await call((api) => api.letterhead.chooseLogo());
    if (!result.ok) return setError(result.error);
    if (!result.value.cancelled) setView(result.value);
  }

  async function removeLogo() {
    const result = await call((api) => api.letterhead.removeLogo());
    if (result.ok) setView(result.value);
  }

  const field = (name: 'organisation' | 'contact' | 'signatureBlock', multiline = false) => (
    <TextInput
      id={`${ids}-${name}`}
      label={t(`papers.letterhead.${name}`)}
      value={view[name]}
      multiline={multiline}
      isReadOnly={view.pinned.includes(name)}
      hint={view.pinned.includes(name) ? t('papers.letterhead.pinned') : undefined}
      onChange={(value) => setView({ ...view, [name]: value })}
    />
  );
  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t('papers.letterhead.heading')}</h3>
      {field('organisation')}
      <TextInput
        id={`${ids}-address`}
        label={t('papers.letterhead.addressLines')}
        value={address}
        multiline
        isReadOnly={view.pinned.includes('addressLines')}
        hint={view.pinned.includes('addressLines') ? t('papers.letterhead.pinned') : undefined}
        onChange={setAddress}
      />
      {field('contact')}
      {field('signatureBlock', true)}
      <div className="field">
        <p className="field-label">{t('papers.letterhead.logo')}</p>
        {view.logo ? (
          <img src={view.logo.dataUrl} alt={t('papers.letterhead.logo')} style={{ maxWidth: '12rem', maxHeight: '6rem' }} />
        ) : (
          <p className="field-hint">{t('papers.letterhead.noLogo')}</p>
        )}
        <div className="actions actions-start">
          <button type="button" className="button" onClick={() => void chooseLogo()}>
            {t('papers.letterhead.chooseLogo')}
          </button>
          {view.logo ? (
            <button type="button" className="button" onClick={() => void removeLogo()}>
              {t('papers.letterhead.removeLogo')}
            </button>
          ) : null}
        </div>
      </div>
      <FormActions error={error} submitLabel={t('papers.letterhead.save')} isPrimary={false} />
    </form>
  );
}

export function problemText(t: (key: MessageKey, params?: Record<string, string | number>) => string, problem: TemplateProblem): string {
  const where =
    problem.part === null
      ? ''
      : problem.paragraph === null
        ? t(`papers.part.${problem.part}`)
        : t('papers.problem.where', { part: t(`papers.part.${problem.part}`), paragraph: problem.paragraph });
  return t(`papers.problem.${problem.kind}`, { name: problem.name ?? '', where });
}

function OwnTemplates() {
  const { t } = useI18n();
  const { call } = useSession();
  const announce = useAnnounce();
  const ids = useId();
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [name, setName] = useState('');
  const [refused, setRefused] = useState<{ fileName: string; problems: TemplateProblem[] } | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [preview, setPreview] = useState<{ id: string; paper: Paper } | null>(null);

  const reload = useCallback(async () => {
    const result = await call((api) => api.papers.templates());
    if (result.ok) setTemplates(result.value);
  }, [call]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function handleUpload(event: FormEvent) {
    event.preventDefault();
    const result = await call((api) => api.paperTemplates.upload({ name }));
    if (!result.ok) return setError(result.error);
    setError(null);
    if (result.value.cancelled) return;
    if (result.value.outcome === 'refused') {
      setRefused({ fileName: result.value.fileName, problems: result.value.problems });
      return;
    }
    setRefused(null);
    setName('');
    announce(t('papers.templates.saved'));
    await reload();
  }

  async function showPreview(id: string) {
    const result = await call((api) => api.paperTemplates.preview({ templateId: id }));
    if (result.ok) setPreview({ id, paper: result.value.paper });
  }

  async function remove(id: string) {
    const result = await call((api) => api.paperTemplates.remove({ templateId: id }));
    if (result.ok) {
      setPreview(null);
      await reload();
    }
  }

  return (
    <div>
      <h3>{t('papers.templates.heading')}</h3>
      <ul>
        {templates.map((template) => (
          <li key={template.id}>
            {templateName(t, template)}
            {template.isOwn ? (
              <span className="field-hint"> — {t('papers.templates.uses', { names: template.placeholders.join(', ') })}</span>
            ) : null}{' '}
            <button type="button" className="button button-link" onClick={() => void showPreview(template.id)}>
              {t('papers.templates.preview')}
            </button>
            {template.isOwn ? (
              <button type="button" className="button button-link" onClick={() => void remove(template.id)}>
                {t('papers.templates.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {preview ? <PaperPreview paper={preview.paper} label={t('papers.templates.preview')} /> : null}
      <form onSubmit={(event) => void handleUpload(event)} noValidate>
        <TextInput id={`${ids}-name`} label={t('papers.templates.name')} value={name} onChange={setName} />
        {refused ? (
          <div className="alert alert-error" role="alert">
            <div>
              <p className="alert-heading">{t('papers.templates.refused', { fileName: refused.fileName })}</p>
              <ul className="template-problems">
                {refused.problems.map((problem, index) => (
                  <li key={index}>{problemText(t, problem)}</li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
        <FormActions error={error} submitLabel={t('papers.templates.upload')} isPrimary={false} isDisabled={name.trim() === ''} />
      </form>
      <details>
        <summary>{t('papers.templates.known')}</summary>
        <p className="field-hint">{t('papers.templates.knownHint', { example: '{nachname}', loop: '{#ziele}{ziel}{/ziele}' })}</p>
        <ul>
          {PLACEHOLDERS.map((spec) => (
            <li key={spec.name}>
              <code>
                {spec.fields ? `{#${spec.name}} ${spec.fields.map((field) => `{${field}}`).join(' ')} {/${spec.name}}` : `{${spec.name}}`}
              </code>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
