import type { AppConfigStore } from '../kernel/config';
import type { CorePorts } from '../kernel/ports';
import type { HandlersFor } from '../session/handlers';
import type { Session } from '../session/session';
import type { VerifyOptions } from './parallelVerify';
import { AuditService } from './service';
import { cancelVerifyJob, startVerifyJob, verifyJobProgress } from './verifyJob';

/** The supervisor's access log: the view, verification, checkpoints, exports and retention. */
export function createAuditHandlers(deps: { config: AppConfigStore; ports: CorePorts; verify?: VerifyOptions }): HandlersFor<'audit'> {
  const audit = (session: Session) => new AuditService(session, deps.ports, deps.config, deps.verify);
  return {
    'audit:list': ({ filter, offset, limit }, session) => audit(session).list(filter, offset, limit),
    'audit:facets': (_input, session) => audit(session).facets(),
    'audit:verify': (_input, session) => audit(session).verify(),
    'audit:verifyStart': (_input, session) => startVerifyJob(session, audit(session)),
    'audit:verifyProgress': ({ jobId }, session) => verifyJobProgress(session, jobId),
    'audit:verifyCancel': ({ jobId }, session) => cancelVerifyJob(session, jobId),
    'audit:saveCheckpoint': (_input, session) => audit(session).saveCheckpoint(),
    'audit:verifyCheckpoint': (_input, session) => audit(session).verifyCheckpoint(),
    'audit:export': ({ filter, format }, session) => audit(session).export(filter, format),
    'audit:retention': (_input, session) => audit(session).retention(),
    'audit:setRetention': ({ months }, session) => audit(session).setRetention(months),
    'audit:archive': (_input, session) => audit(session).archive(),
  };
}
