import { useEffect, useId, useRef, useState } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import type { CsvLayout } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ErrorAlert, Alert } from '../ui/Alert';
import { StatusMessage } from '../ui/StatusMessage';
import { useFileDialogRun } from './useFileDialogRun';
import { FileWithHash } from './FileWithHash';
import { ConfirmStep } from './ConfirmStep';
import { CsvLayoutChoice } from './CsvLayoutChoice';
import { DocumentSummary } from './DocumentSummary';
import { MethodLegend } from './MethodLegend';
import { StatsTable } from './StatsTable';
import { WrittenExport, type WrittenResult } from './WrittenExport';
import { PinnedNote, usePolicy } from '../policy';

type Combined = Extract<ChannelOutput<'stats:combine'>, { status: 'combined' }>;
type Phase =
  | { kind: 'start' }
  | { kind: 'loaded'; combined: Combined }
  | { kind: 'confirm'; combined: Combined }
  | { kind: 'written'; result: WrittenResult };

/**
 * Combining exports of several workstations: the core opens the file dialog, checks every file and
 * adds up what fits. A sum with a suppressed part stays "."; refused files are listed with the reason.
 */
export function CombineView() {
  const { t, translateMessage } = useI18n();
  const { call } = useSession();
  const policy = usePolicy();
  const [phase, setPhase] = useState<Phase>({ kind: 'start' });
  const [csvLayout, setCsvLayout] = useState<CsvLayout>('sections');
  const { isBusy, error, setError, status, setStatus, run } = useFileDialogRun();
  const headingId = useId();
  const resultHeadingId = useId();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const loaded = phase.kind === 'loaded' ? phase.combined : null;
  // After loading, reading continues at the result (used and refused files), not at the button.
  useEffect(() => {
    if (loaded) resultHeading.current?.focus();
  }, [loaded]);

  function load() {
    return run(
      () => call((api) => api.stats.combine()),
      t('statsUi.combine.cancelled'),
      (combined) => setPhase({ kind: 'loaded', combined }),
      () => setPhase({ kind: 'start' }),
    );
  }

  function write(combined: Combined) {
    return run(
      () => call((api) => api.stats.combineExport({ combineId: combined.combineId, csvLayout })),
      t('statsUi.confirm.cancelled'),
      (result) => setPhase({ kind: 'written', result }),
    );
  }

  if (phase.kind === 'confirm') {
    const { document, plannedFiles } = phase.combined;
    return document && plannedFiles ? (
      <>
        <ConfirmStep
          files={plannedFiles[csvLayout]}
          summary={<DocumentSummary document={document} />}
          isBusy={isBusy}
          error={error}
          onConfirm={() => void write(phase.combined)}
          onBack={() => setPhase({ kind: 'loaded', combined: phase.combined })}
        />
        <StatusMessage message={status} />
      </>
    ) : null;
  }
  if (phase.kind === 'written') {
    return (
      <WrittenExport result={phase.result}>
        <div className="actions actions-start">
          <button type="button" className="button" onClick={() => setPhase({ kind: 'start' })}>
            {t('statsUi.combine.again')}
          </button>
        </div>
      </WrittenExport>
    );
  }

  const combined = loaded;
  const isSwitchedOff = policy?.allowCombine === false;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('statsUi.combine.heading')}</h2>
      <p className="page-intro">{t('statsUi.combine.intro')}</p>
      {isSwitchedOff ? (
        <p>
          <PinnedNote kind="off" /> {t('policy.feature.combine')}
        </p>
      ) : null}
      <div className="actions actions-start">
        <button
          type="button"
          className={combined ? 'button' : 'button button-primary'}
          disabled={isBusy || isSwitchedOff}
          onClick={() => void load()}
        >
          {t(combined ? 'statsUi.combine.loadOther' : 'statsUi.combine.load')}
        </button>
      </div>
      <StatusMessage message={status} />
      <ErrorAlert heading={t('statsUi.combine.failed')} error={error} />
      {combined ? (
        <section aria-labelledby={resultHeadingId}>
          <h3 id={resultHeadingId} ref={resultHeading} tabIndex={-1} className="stats-step-heading">
            {t('statsUi.combine.resultHeading')}
          </h3>
          {combined.sources.length > 0 ? (
            <>
              <p className="stats-label">{t('statsUi.combine.used', { count: combined.sources.length })}</p>
              <ul className="stats-file-list">
                {combined.sources.map((source) => (
                  <li key={source.sha256}>
                    <span className="stats-check-icon stats-icon-ok" aria-hidden="true">
                      ✓
                    </span>
                    <FileWithHash file={source} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {combined.refused.length > 0 ? (
            <div className="stats-refused" role="alert">
              <p className="stats-label">{t('statsUi.combine.refused', { count: combined.refused.length })}</p>
              <ul className="stats-file-list">
                {combined.refused.map((file, index) => (
                  <li key={`${file.fileName}-${index}`}>
                    <span className="stats-check-icon stats-icon-refused" aria-hidden="true">
                      ✕
                    </span>
                    <code className="stats-file-name">{file.fileName}</code>
                    <span>
                      <span className="visually-hidden">{t('statsUi.combine.refusedBecause')} </span>
                      {translateMessage(file.reason, file.params)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {combined.document === null ? (
            <Alert>
              <p>{t('stats.error.noValidFiles')}</p>
            </Alert>
          ) : (
            <>
              <DocumentSummary document={combined.document} />
              <MethodLegend document={combined.document} />
              <p>{t('statsUi.combine.sumRule')}</p>
              {combined.document.tables.map((table) => (
                <StatsTable key={table.id} table={table} />
              ))}
              <CsvLayoutChoice value={csvLayout} onChange={setCsvLayout} />
              <div className="actions actions-start">
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => {
                    setError(null);
                    setStatus(null);
                    setPhase({ kind: 'confirm', combined });
                  }}
                >
                  {t('statsUi.combine.export')}
                </button>
              </div>
            </>
          )}
        </section>
      ) : null}
    </section>
  );
}
