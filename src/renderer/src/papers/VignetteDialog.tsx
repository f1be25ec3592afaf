import { useEffect, useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '@shared/i18n';
import type { AppErrorData } from '@shared/kernel/result';
import type { PaperFormat } from '@shared/papers/domain';
import type { VignetteChoice, VignetteDraft } from '@shared/papers/vignette';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { useAnnounce } from '../ui/Announcer';
import { DialogFormActions } from '../ui/DialogFormActions';
import { Modal } from '../ui/Modal';
import { PickField } from '../ui/forms';
import { CheckboxLine, ChoiceSet } from './ChoiceSet';
import './papers.css';

/** The counsellor's choice per line, as the core takes it back. */
function choicesOf(draft: VignetteDraft): VignetteChoice[] {
  return draft.lines.map((line) => ({ id: line.id, level: line.level, text: line.text, removed: line.removed }));
}

/**
 * „Anonymisierter Fallverlauf“: every proposed line for review — generalise (a less precise level),
 * reword, or remove — plus lines of one's own. „Prüfen“ asks the core again: typed text is scanned
 * for the person's names, birth date, case code, partner names and dates; the rarity hint marks the
 * lines that make the case recognisable. Writing needs the warnings confirmed.
 */
export function VignetteDialog({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useI18n();
  const { call } = useSession();
  const announce = useAnnounce();
  const ids = useId();
  const [draft, setDraft] = useState<VignetteDraft | null>(null);
  const [choices, setChoices] = useState<VignetteChoice[]>([]);
  const [format, setFormat] = useState<PaperFormat>('pdf');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    void call((api) => api.vignette.draft({ caseId })).then((result) => {
      if (result.ok) {
        setDraft(result.value);
        setChoices(choicesOf(result.value));
      } else setError(result.error);
    });
  }, [call, caseId]);

  function change(id: string, patch: Partial<VignetteChoice>) {
    setChoices(choices.map((choice) => (choice.id === id ? { ...choice, ...patch } : choice)));
  }

  /** Asks the core to rebuild and scan the lines; after a refused write the refusal stays on screen. */
  async function check(keepError = false) {
    setBusy(true);
    const result = await call((api) => api.vignette.check({ caseId, choices }));
    setBusy(false);
    if (result.ok) {
      setDraft(result.value);
      if (!keepError) setError(null);
      announce(result.value.check.isRare || result.value.check.warnings.length > 0 ? t('vignette.rare') : t('vignette.check'));
    } else setError(result.error);
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await call((api) => api.vignette.write({ caseId, choices, format, confirmWarnings: confirmed }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      // The core scanned again: show its findings next to the lines.
      void check(true);
      return;
    }
    if (result.value.cancelled) return;
    announce(t('vignette.written', { fileName: result.value.fileName }));
    onClose();
  }

  const rareBy = new Set(draft?.check.rareBy ?? []);
  const warnings = new Map((draft?.check.warnings ?? []).map((warning) => [warning.lineId, warning.findings]));
  const lines = draft?.lines ?? [];
  const ownChoices = choices.filter((choice) => choice.id.startsWith('own-') && !lines.some((line) => line.id === choice.id));
  return (
    <Modal title={t('vignette.heading')} onClose={onClose} className="paper-dialog">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <p>{t('vignette.intro')}</p>
        {draft?.check.isRare ? (
          <p className="field-warning" role="status">
            {t('vignette.rare')}
          </p>
        ) : null}
        <ol className="vignette-lines">
          {[
            ...lines.map((line) => ({ id: line.id, levels: line.levels })),
            ...ownChoices.map((choice) => ({ id: choice.id, levels: [] as string[] })),
          ].map((line, index) => {
            const choice = choices.find((each) => each.id === line.id);
            if (!choice) return null;
            const findings = warnings.get(line.id) ?? [];
            const classes = [
              'vignette-line',
              rareBy.has(line.id) ? 'vignette-line-rare' : '',
              choice.removed ? 'vignette-line-removed' : '',
            ];
            const lineLabel = `${t('vignette.heading')} ${index + 1}`;
            return (
              <li key={line.id} className={classes.filter(Boolean).join(' ')} aria-label={lineLabel}>
                <p className="vignette-text">{choice.text ?? line.levels[choice.level] ?? ''}</p>
                {line.levels.length > 1 ? (
                  <PickField
                    className="field-input field-select"
                    label={t('vignette.level')}
                    value={choice.level}
                    options={line.levels.map((text, level) => ({
                      value: level,
                      label: t('vignette.level.option', { level: level + 1, text }),
                    }))}
                    onChange={(level) => change(line.id, { level: Number(level) })}
                  />
                ) : null}
                <div className="field">
                  <label className="field-label" htmlFor={`${ids}-text-${line.id}`}>
                    {t('vignette.edit')}
                  </label>
                  <textarea
                    id={`${ids}-text-${line.id}`}
                    className="field-input field-textarea"
                    rows={2}
                    value={choice.text ?? ''}
                    aria-describedby={findings.length > 0 ? `${ids}-warning-${line.id}` : undefined}
                    onChange={(event) => change(line.id, { text: event.target.value === '' ? null : event.target.value })}
                  />
                  {findings.length > 0 ? (
                    <p id={`${ids}-warning-${line.id}`} className="field-warning">
                      {t('vignette.warning', {
                        findings: findings.map((finding) => t(`vignette.finding.${finding}` as MessageKey)).join(', '),
                      })}
                    </p>
                  ) : null}
                </div>
                <CheckboxLine
                  label={t('vignette.remove')}
                  isChecked={choice.removed}
                  onChange={(removed) => change(line.id, { removed })}
                />
              </li>
            );
          })}
        </ol>
        <div className="actions actions-start">
          <button
            type="button"
            className="button"
            onClick={() => setChoices([...choices, { id: `own-${choices.length + 1}`, level: 0, text: '', removed: false }])}
          >
            {t('vignette.addLine')}
          </button>
          <button type="button" className="button" disabled={isBusy} onClick={() => void check()}>
            {t('vignette.check')}
          </button>
        </div>
        <ChoiceSet
          legend={t('papers.formats')}
          values={['pdf', 'docx'] as const}
          labelOf={(each) => t(`papers.format.${each}`)}
          radioName={`${ids}-format`}
          isChecked={(each) => format === each}
          onChange={(each) => setFormat(each)}
        />
        {warnings.size > 0 ? <CheckboxLine label={t('vignette.confirm')} isChecked={confirmed} onChange={setConfirmed} /> : null}
        <DialogFormActions error={error} submitLabel={t('vignette.write')} onCancel={onClose} isDisabled={isBusy || !draft} />
      </form>
    </Modal>
  );
}
