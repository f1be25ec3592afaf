import { randomUUID } from 'node:crypto';
import type { VerifyProgress, VerifyReport } from '@shared/audit/domain';
import { AppError } from '../kernel/errors';
import { DONE } from '../session/handlers';
import type { Session } from '../session/session';
import { VerifyCancelled } from './parallelVerify';
import type { AuditService } from './service';

/**
 * "Protokoll prüfen" as a job (issue 16): the start answers at once, the check runs on the core's
 * event loop in batches (see parallelVerify.ts), and the screen polls how far it is — the core has
 * no channel to the screen. One job per session: a second start answers the running job's id, so a
 * double click or a second window does not check twice. The job lives in memory with its session:
 * a lock (or auto-lock) closes the session, and the job stops at its next batch.
 *
 * Logged like `audit:verify`: its start (so the check covers the entry of its own start), its
 * outcome (`audit.verify`, by the engine) or that it was cancelled — counts only, no names or text.
 */

interface Job {
  id: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  checked: number;
  total: number;
  result: VerifyReport | null;
  error: unknown;
}

const jobs = new WeakMap<Session, Job>();

export function startVerifyJob(session: Session, audit: AuditService): { jobId: string } {
  const current = jobs.get(session);
  if (current?.state === 'running') return { jobId: current.id };
  session.requireSupervisorKeys();
  session.record('audit.verifyStarted');
  const job: Job = { id: randomUUID(), state: 'running', checked: 0, total: 0, result: null, error: null };
  jobs.set(session, job);
  const isCancelled = () => job.state !== 'running' || !session.isOpen;
  const progress = (checked: number, total: number) => {
    job.checked = checked;
    job.total = total;
  };
  // Everything up to the first batch runs now, inside this request: the chain state it checks against is read here.
  audit.verify({ isCancelled, progress }).then(
    (report) => {
      if (job.state !== 'running') return;
      job.state = 'done';
      job.result = report;
    },
    (error: unknown) => {
      if (job.state !== 'running') return;
      // A lock closes the database under a running check: that is a cancel, not a failure.
      if (error instanceof VerifyCancelled || !session.isOpen) job.state = 'cancelled';
      else {
        job.state = 'failed';
        job.error = error;
      }
    },
  );
  return { jobId: job.id };
}

function jobOf(session: Session, jobId: string): Job {
  const job = jobs.get(session);
  if (!job || job.id !== jobId) throw new AppError('NOT_FOUND');
  return job;
}

export function verifyJobProgress(session: Session, jobId: string): VerifyProgress {
  const job = jobOf(session, jobId);
  switch (job.state) {
    case 'running':
      return { state: 'running', checked: job.checked, total: job.total };
    case 'done':
      if (!job.result) throw new AppError('INTERNAL');
      return { state: 'done', result: job.result };
    case 'cancelled':
      return { state: 'cancelled' };
    case 'failed':
      throw job.error;
  }
}

/** Stops the job: it claims no result from now on, and its keys are wiped at its next batch. */
export function cancelVerifyJob(session: Session, jobId: string): typeof DONE {
  const job = jobOf(session, jobId);
  if (job.state !== 'running') return DONE;
  job.state = 'cancelled';
  session.record('audit.verifyCancelled', { details: { checked: job.checked, total: job.total } });
  return DONE;
}
