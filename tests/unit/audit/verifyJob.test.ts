import { afterEach, describe, expect, test } from 'vitest';
import type { VerifyProgress, VerifyReport } from '../../../src/shared/audit/domain';
import { translate } from '../../../src/shared/i18n';
import type { CoreOptions } from '../../../src/main/app/createCore';
import { caseFields, createAuditBench, type AuditBench } from '../helpers/auditBench';
import { openRawDatabase } from '../helpers/testCore';

/**
 * „Protokoll prüfen“ as a job (issue 16): started, polled, cancelled — and the core keeps answering
 * while it runs. Small batches make the few dozen entries of a test vault span several batches; the
 * same runs with worker threads (every entry through the parallel path).
 */

let bench: AuditBench;
afterEach(async () => bench?.cleanup());

const ONE_THREAD: CoreOptions['auditVerify'] = { batchRows: 4 };
const WORKERS: CoreOptions['auditVerify'] = { batchRows: 8, minEntries: 0, workers: 2 };
/** One worker derives the keys itself (the pool on a two-core PC). */
const ONE_WORKER: CoreOptions['auditVerify'] = { batchRows: 8, minEntries: 0, workers: 1 };

/** Some ordinary work as the counsellor, so the log has a few dozen entries. */
async function someWork(): Promise<void> {
  const { id } = await bench.call('cases:create', { fields: caseFields() });
  for (let index = 0; index < 20; index += 1) await bench.call('cases:get', { id });
  await bench.call('cases:list', {});
}

/** Lets the job on the core's event loop go on by one step (polls alone never leave the microtask queue). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Polls the job to its end; every answer on the way. */
async function pollToEnd(jobId: string): Promise<VerifyProgress[]> {
  const answers: VerifyProgress[] = [];
  for (;;) {
    const answer = await bench.call('audit:verifyProgress', { jobId });
    answers.push(answer);
    if (answer.state !== 'running') return answers;
    await nextTurn();
  }
}

async function loggedActions(): Promise<{ seq: number; action: string }[]> {
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  const rows = raw.prepare('SELECT seq, action FROM audit_log ORDER BY seq').all() as { seq: number; action: string }[];
  raw.close();
  return rows;
}

async function tamper(work: (raw: Awaited<ReturnType<typeof openRawDatabase>>) => void): Promise<void> {
  const raw = await openRawDatabase(bench, bench.recoveryKey, false);
  raw.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  work(raw);
  raw.close();
}

function doneReport(answers: VerifyProgress[]): VerifyReport {
  const last = answers.at(-1);
  if (last?.state !== 'done') throw new Error(`the job ended ${JSON.stringify(last)}`);
  return last.result;
}

describe.each([
  ['one thread', ONE_THREAD],
  ['worker threads', WORKERS],
  ['one worker', ONE_WORKER],
])('the job (%s)', (_name, auditVerify) => {
  test('progress grows step by step to the total; the report is the one `audit:verify` gives', async () => {
    bench = await createAuditBench({ auditVerify });
    await someWork();
    await bench.asSupervisor();
    const { jobId } = await bench.call('audit:verifyStart');
    const answers = await pollToEnd(jobId);
    const running = answers.filter((answer) => answer.state === 'running');
    const totals = new Set(running.map((answer) => answer.total));
    expect(totals.size).toBe(1);
    const [total = 0] = totals;
    expect(total).toBeGreaterThan(20);
    const checked = running.map((answer) => answer.checked);
    expect(checked).toEqual([...checked].sort((a, b) => a - b));
    // Answered half-way: the core was not blocked by the check.
    expect(checked.some((value) => value > 0 && value < total)).toBe(true);
    expect(Math.max(...checked)).toBeLessThanOrEqual(total);
    const job = doneReport(answers);
    expect(job).toMatchObject({ intact: true, findings: [] });

    const actions = await loggedActions();
    const started = actions.findLast((row) => row.action === 'audit.verifyStarted');
    // The job covers the entry of its own start; its outcome follows it.
    expect(job.lastSeq).toBe(started?.seq);
    expect(actions.at(-1)).toEqual({ seq: (started?.seq ?? 0) + 1, action: 'audit.verify' });
    const direct = await bench.call('audit:verify');
    expect({ ...job, entries: job.entries + 1, lastSeq: (job.lastSeq ?? 0) + 1 }).toEqual(direct);
  });

  test('a tampered log: the job names the same entries as `audit:verify`', async () => {
    bench = await createAuditBench({ auditVerify });
    await someWork();
    await bench.call('vault:lock');
    await tamper((raw) => {
      raw.prepare('DELETE FROM audit_log WHERE seq = 7').run();
      raw.prepare(`UPDATE audit_log SET action = 'search' WHERE seq = 12`).run();
      raw.prepare('UPDATE audit_log SET seq = -1 WHERE seq = 15').run();
      raw.prepare('UPDATE audit_log SET seq = 15 WHERE seq = 18').run();
      raw.prepare('UPDATE audit_log SET seq = 18 WHERE seq = -1').run();
    });
    await bench.asSupervisor();
    const job = doneReport(await pollToEnd((await bench.call('audit:verifyStart')).jobId));
    const expected = [
      { kind: 'removed', fromSeq: 7, toSeq: 7, otherSeq: null },
      { kind: 'changed', fromSeq: 12, toSeq: 12, otherSeq: null },
      { kind: 'reordered', fromSeq: 15, toSeq: 15, otherSeq: 18 },
      { kind: 'reordered', fromSeq: 18, toSeq: 18, otherSeq: 15 },
    ];
    expect(job).toMatchObject({ intact: false, findings: expected });
    const direct = await bench.call('audit:verify');
    expect(direct.findings).toEqual(expected);
    expect({ ...job, entries: job.entries + 1, lastSeq: (job.lastSeq ?? 0) + 1 }).toEqual(direct);
  });

  test('cancelled: the job says so, claims no result, and logs its cancel but no outcome', async () => {
    bench = await createAuditBench({ auditVerify });
    await someWork();
    await bench.asSupervisor();
    const { jobId } = await bench.call('audit:verifyStart');
    expect(await bench.call('audit:verifyProgress', { jobId })).toMatchObject({ state: 'running' });
    // A second start while it runs is the same job.
    expect(await bench.call('audit:verifyStart')).toEqual({ jobId });
    expect(await bench.call('audit:verifyCancel', { jobId })).toEqual({ done: true });
    for (let turn = 0; turn < 20; turn += 1) {
      expect(await bench.call('audit:verifyProgress', { jobId })).toEqual({ state: 'cancelled' });
      await nextTurn();
    }
    // Cancelling again, or a finished job, is no error.
    expect(await bench.call('audit:verifyCancel', { jobId })).toEqual({ done: true });
    const actions = (await loggedActions()).map((row) => row.action);
    expect(actions.slice(-2)).toEqual(['audit.verifyStarted', 'audit.verifyCancelled']);
    expect(actions).not.toContain('audit.verify');
    // A new start is a new job.
    const again = await bench.call('audit:verifyStart');
    expect(again.jobId).not.toBe(jobId);
    expect(doneReport(await pollToEnd(again.jobId)).intact).toBe(true);
  });
});

describe('while the job runs', () => {
  test('the core answers other requests, and entries they append are left to the next check', async () => {
    bench = await createAuditBench({ auditVerify: ONE_THREAD });
    await someWork();
    await bench.asSupervisor();
    const { jobId } = await bench.call('audit:verifyStart');
    const startSeq = (await loggedActions()).at(-1)?.seq;
    // A turn of the event loop (where IPC requests arrive): the check has gone on by a batch, not to its end.
    await nextTurn();
    // Reading the log writes an entry ("audit.view") while the check is half-way.
    const page = await bench.call('audit:list', { filter: {}, offset: 0, limit: 10 });
    expect(page.upToSeq).toBe((startSeq ?? 0) + 1);
    const progress = await bench.call('audit:verifyProgress', { jobId });
    expect(progress).toMatchObject({ state: 'running' });
    if (progress.state === 'running') expect(progress.checked).toBeLessThan(progress.total);
    const job = doneReport(await pollToEnd(jobId));
    expect(job).toMatchObject({ intact: true, findings: [], lastSeq: startSeq });
    expect((await bench.call('audit:verify')).intact).toBe(true);
  });

  test('locking the vault ends the job: nothing is logged for it, and the next session starts afresh', async () => {
    bench = await createAuditBench({ auditVerify: ONE_THREAD });
    await someWork();
    await bench.asSupervisor();
    const { jobId } = await bench.call('audit:verifyStart');
    await bench.call('vault:lock');
    for (let turn = 0; turn < 20; turn += 1) await nextTurn();
    expect((await bench.fail('audit:verifyProgress', { jobId })).code).toBe('LOCKED');
    await bench.asSupervisor();
    expect((await bench.fail('audit:verifyProgress', { jobId })).code).toBe('NOT_FOUND');
    const actions = (await loggedActions()).map((row) => row.action);
    expect(actions.slice(actions.lastIndexOf('audit.verifyStarted'))).toEqual(['audit.verifyStarted', 'vault.lock', 'vault.unlock']);
    const again = await bench.call('audit:verifyStart');
    expect(again.jobId).not.toBe(jobId);
    expect(doneReport(await pollToEnd(again.jobId)).intact).toBe(true);
  });

  test('counsellors may not start, poll or cancel a check; an unknown job is not found', async () => {
    bench = await createAuditBench({ auditVerify: ONE_THREAD });
    await bench.asCounsellor();
    expect((await bench.fail('audit:verifyStart', {})).code).toBe('FORBIDDEN');
    expect((await bench.fail('audit:verifyProgress', { jobId: 'x' })).code).toBe('FORBIDDEN');
    expect((await bench.fail('audit:verifyCancel', { jobId: 'x' })).code).toBe('FORBIDDEN');
    await bench.call('vault:lock');
    await bench.asSupervisor();
    expect((await bench.fail('audit:verifyProgress', { jobId: 'x' })).code).toBe('NOT_FOUND');
    expect((await bench.fail('audit:verifyCancel', { jobId: 'x' })).code).toBe('NOT_FOUND');
  });
});

test('the progress in words: German numbers first, English second', () => {
  const counts = { checked: 412_000, total: 1_000_000 };
  expect(translate('de', 'auditUi.verify.progress', counts)).toBe('Geprüft: 412.000 von 1.000.000 Einträgen');
  expect(translate('en', 'auditUi.verify.progress', counts)).toBe('Checked: 412,000 of 1,000,000 entries');
  expect(translate('de', 'auditUi.verify.cancelled')).toBe('Prüfung abgebrochen – das Protokoll wurde nicht vollständig geprüft.');
});
