import type { DryRun, RowProblem } from '@shared/import/domain';
import { useI18n } from '../kernel/i18n';
import { DuplicatesTable } from './DuplicatesTable';
import { ImportTable } from './ImportTable';
import { ProfileSave } from './ProfileSave';
import { StepActions } from './StepActions';
import type { ImportWizard } from './useImportWizard';

function ProblemTable({ caption, problems, kind }: { caption: string; problems: RowProblem[]; kind: 'error' | 'note' }) {
  const { t, translateMessage } = useI18n();
  return (
    <ImportTable
      caption={caption}
      scroll="region"
      className={`import-problems import-${kind}s`}
      columns={[
        { label: t('importUi.dryRun.row'), isNumber: true },
        { label: t('importUi.dryRun.column') },
        { label: kind === 'error' ? t('importUi.dryRun.reason') : t('importUi.dryRun.note') },
      ]}
    >
      {problems.map((problem, index) => (
        <tr key={`${problem.row}-${problem.column?.index ?? 'row'}-${index}`}>
          <th scope="row" className="number">
            {problem.row}
          </th>
          <td>{problem.column ? `${problem.column.letter} – ${problem.column.header}` : t('importUi.dryRun.wholeRow')}</td>
          <td>{translateMessage(problem.messageKey, problem.params)}</td>
        </tr>
      ))}
    </ImportTable>
  );
}

function Counts({ dryRun }: { dryRun: DryRun }) {
  const { t } = useI18n();
  const rows: [number, string][] = [
    [dryRun.create, t('importUi.dryRun.create')],
    [dryRun.merge, t('importUi.dryRun.merge')],
    [dryRun.skip, t('importUi.dryRun.skip')],
    [dryRun.errorRows, t('importUi.dryRun.errorRows')],
    [dryRun.emptyRows, t('importUi.dryRun.emptyRows')],
    [dryRun.ignoredRows, t('importUi.dryRun.ignoredRows')],
    [dryRun.withStatus, t('importUi.dryRun.withStatus')],
    [dryRun.withRemark, t('importUi.dryRun.withRemark')],
  ];
  return (
    <>
      <dl className="import-counts">
        {rows.map(([count, label]) => (
          <div key={label} className="import-count">
            <dt>{label}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
      <ul className="import-assigned">
        {dryRun.assigned.map((entry) => (
          <li key={entry.counsellorId}>
            {entry.isSelf
              ? t('importUi.dryRun.assignedSelf', { count: entry.count })
              : t('importUi.dryRun.assigned', { name: entry.name, count: entry.count })}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Step 5: what the import would do, every problem with row, column and reason, duplicates to decide. */
export function DryRunStep({ wizard, onCancel }: { wizard: ImportWizard; onCancel: () => void }) {
  const { t } = useI18n();
  const { dryRun, isStale } = wizard.state;
  if (!dryRun) return null;
  const total = dryRun.create + dryRun.merge;
  return (
    <div className="import-step">
      <h2 tabIndex={-1}>{t('importUi.dryRun.heading')}</h2>
      <p>{t('importUi.dryRun.text')}</p>
      <Counts dryRun={dryRun} />
      {dryRun.errors.length > 0 ? (
        <>
          <ProblemTable caption={t('importUi.dryRun.errors')} problems={dryRun.errors} kind="error" />
          {dryRun.errorCount > dryRun.errors.length ? (
            <p>{t('importUi.dryRun.errorsMore', { shown: dryRun.errors.length, total: dryRun.errorCount })}</p>
          ) : null}
        </>
      ) : null}
      {dryRun.duplicates.length > 0 ? <DuplicatesTable wizard={wizard} dryRun={dryRun} /> : null}
      {dryRun.notes.length > 0 ? (
        <>
          <ProblemTable caption={t('importUi.dryRun.notes')} problems={dryRun.notes} kind="note" />
          {dryRun.noteCount > dryRun.notes.length ? (
            <p>{t('importUi.dryRun.notesMore', { shown: dryRun.notes.length, total: dryRun.noteCount })}</p>
          ) : null}
        </>
      ) : null}
      {isStale ? <p className="notice">{t('importUi.dryRun.stale')}</p> : null}
      {!isStale && total === 0 ? <p className="notice">{t('importUi.dryRun.nothing')}</p> : null}
      <ProfileSave wizard={wizard} />
      <StepActions
        isBusy={wizard.isBusy}
        onBack={() => wizard.goTo('values')}
        onNext={isStale ? () => void wizard.runDryRun() : () => void wizard.commit()}
        nextLabel={isStale ? t('importUi.dryRun.refresh') : t('importUi.dryRun.commit', { count: total })}
        isNextDisabled={!isStale && total === 0}
        onCancel={onCancel}
      />
    </div>
  );
}
