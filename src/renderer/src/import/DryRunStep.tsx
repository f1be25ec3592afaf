import type { DryRun, RowProblem } from '@shared/import/domain';
import { useI18n } from '../kernel/i18n';
import { DuplicatesTable } from './DuplicatesTable';
import { ImportTable } from './ImportTable';
import { ProfileSave } from './ProfileSave';
import { StepActions } from './StepActions';
import type { ImportWizard } from './useImportWizard';

/** The words of the two problem tables: errors keep a row out, notes only say what was changed. */
const PROBLEM_WORDS = {
  error: { caption: 'importUi.dryRun.errors', more: 'importUi.dryRun.errorsMore', reason: 'importUi.dryRun.reason' },
  note: { caption: 'importUi.dryRun.notes', more: 'importUi.dryRun.notesMore', reason: 'importUi.dryRun.note' },
} as const;

/** The problems the core listed (at most so many), and how many more there are. */
function ProblemTable({ problems, total, kind }: { problems: RowProblem[]; total: number; kind: 'error' | 'note' }) {
  const { t, translateMessage } = useI18n();
  const words = PROBLEM_WORDS[kind];
  if (problems.length === 0) return null;
  return (
    <>
      <ImportTable
        caption={t(words.caption)}
        scroll="region"
        className={`import-problems import-${kind}s`}
        columns={[{ label: t('importUi.dryRun.row'), isNumber: true }, { label: t('importUi.dryRun.column') }, { label: t(words.reason) }]}
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
      {total > problems.length ? <p>{t(words.more, { shown: problems.length, total })}</p> : null}
    </>
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
      <ProblemTable problems={dryRun.errors} total={dryRun.errorCount} kind="error" />
      {dryRun.duplicates.length > 0 ? <DuplicatesTable wizard={wizard} dryRun={dryRun} /> : null}
      <ProblemTable problems={dryRun.notes} total={dryRun.noteCount} kind="note" />
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
