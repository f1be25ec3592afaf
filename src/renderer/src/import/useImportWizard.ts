import { useState } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import type {
  DryRun,
  DuplicateDecision,
  ImportDefaults,
  ImportField,
  ImportPlan,
  ImportPreview,
  ImportValues,
  NameOrder,
  ValueList,
} from '@shared/import/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useSession } from '../kernel/session';

export type OpenedFile = Extract<ChannelOutput<'import:open'>, { cancelled: false }>;
export type CommitResult = ChannelOutput<'import:commit'>;
export type ValueChoices = Record<ValueList, Record<string, string | null>>;

export type WizardStep = 'file' | 'table' | 'columns' | 'values' | 'dryRun' | 'done';
export const WIZARD_STEPS: readonly WizardStep[] = ['file', 'table', 'columns', 'values', 'dryRun', 'done'];

/** Everything the counsellor has chosen so far; the core gets it as one plan at the dry run and the import. */
export interface WizardState {
  step: WizardStep;
  profileId: string | null;
  file: OpenedFile | null;
  preview: ImportPreview | null;
  fields: (ImportField | null)[];
  nameOrder: NameOrder;
  defaults: ImportDefaults;
  values: ImportValues | null;
  choices: ValueChoices;
  dryRun: DryRun | null;
  duplicates: Record<string, DuplicateDecision>;
  /** The decisions changed since the last dry run: the import waits for a fresh one. */
  isStale: boolean;
  result: CommitResult | null;
}

const EMPTY_CHOICES: ValueChoices = { status: {}, gender: {}, country: {}, programme: {}, accessRoute: {}, counsellor: {} };

function initialState(today: string): WizardState {
  return {
    step: 'file',
    profileId: null,
    file: null,
    preview: null,
    fields: [],
    nameOrder: 'givenFirst',
    defaults: { programme: 'kim', accessRoute: 'other', intakeDate: today },
    values: null,
    choices: EMPTY_CHOICES,
    dryRun: null,
    duplicates: {},
    isStale: false,
    result: null,
  };
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function planOf(state: WizardState): ImportPlan | null {
  if (!state.preview) return null;
  return {
    sheet: state.preview.sheet,
    headerRow: state.preview.headerRow,
    columns: state.fields.flatMap((field, column) => (field ? [{ column, field }] : [])),
    nameOrder: state.nameOrder,
    // Codes from the core's suggestions and the selects of the same lists; the core parses them again.
    values: state.choices as ImportPlan['values'],
    defaults: state.defaults,
    duplicates: state.duplicates,
  };
}

/**
 * The steps of the import as one state: each step asks the core and moves on only with its answer;
 * an error stays on the step with the core's German message. Nothing is stored before `commit`.
 */
export function useImportWizard() {
  const { call } = useSession();
  const [state, setState] = useState<WizardState>(() => initialState(localToday()));
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function run<T>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: AppErrorData }>): Promise<T | null> {
    setBusy(true);
    setError(null);
    setStatus(null);
    const result = await work();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    return result.value;
  }

  const update = (change: Partial<WizardState>) => setState((current) => ({ ...current, ...change }));

  async function openFile(cancelledText: string) {
    const opened = await run(() => call((api) => api.import.open()));
    if (!opened) return;
    if (opened.cancelled) {
      setStatus(cancelledText);
      return;
    }
    const preview = await run(() => call((api) => api.import.preview({ sheet: 0, headerRow: null, profileId: state.profileId })));
    if (!preview) return;
    update({
      file: opened,
      preview,
      fields: preview.columns.map((column) => column.suggestion),
      nameOrder: preview.nameOrder,
      step: 'table',
    });
  }

  async function choosePreview(sheet: number, headerRow: number | null) {
    const preview = await run(() => call((api) => api.import.preview({ sheet, headerRow, profileId: state.profileId })));
    if (preview) update({ preview, fields: preview.columns.map((column) => column.suggestion), nameOrder: preview.nameOrder });
  }

  async function loadValues() {
    const plan = planOf(state);
    if (!plan) return;
    const table = { sheet: plan.sheet, headerRow: plan.headerRow, columns: plan.columns };
    const values = await run(() => call((api) => api.import.values({ table, profileId: state.profileId })));
    if (!values) return;
    const choices = Object.fromEntries(
      (Object.keys(values.lists) as ValueList[]).map((list) => [
        list,
        Object.fromEntries(values.lists[list].map((choice) => [choice.key, choice.suggestion])),
      ]),
    ) as ValueChoices;
    update({ values, choices, step: 'values' });
  }

  async function runDryRun() {
    const plan = planOf(state);
    if (!plan) return;
    const dryRun = await run(() => call((api) => api.import.dryRun({ plan })));
    if (dryRun) update({ dryRun, isStale: false, step: 'dryRun' });
  }

  async function commit() {
    const plan = planOf(state);
    if (!plan) return;
    const result = await run(() => call((api) => api.import.commit({ plan })));
    if (result) update({ result, step: 'done' });
  }

  async function discard(discardedText: string) {
    await call((api) => api.import.discard());
    setState(initialState(localToday()));
    setError(null);
    setStatus(discardedText);
  }

  function restart() {
    setState(initialState(localToday()));
    setError(null);
    setStatus(null);
  }

  function goTo(step: WizardStep) {
    setError(null);
    setStatus(null);
    update({ step });
  }

  return {
    state,
    isBusy,
    error,
    status,
    setStatus,
    update,
    openFile,
    choosePreview,
    loadValues,
    runDryRun,
    commit,
    discard,
    restart,
    goTo,
    setDecision: (row: number, decision: DuplicateDecision) =>
      setState((current) => ({ ...current, duplicates: { ...current.duplicates, [String(row)]: decision }, isStale: true })),
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
