import { z } from 'zod';
import type { AppConfigStore } from '../kernel/config';
import type { CorePorts } from '../app/createCore';
import { AppError } from '../kernel/errors';
import type { HandlersFor } from '../kernel/handlers';
import { AccountService } from '../accounts/service';
import type { VaultService } from '../vault/vaultService';
import { AuditService } from './service';

const done = { done: true } as const;

/** Channels of issue 4: accounts, the access log and the break-the-glass look-up. */
export function createAuditHandlers(deps: {
  vault: VaultService;
  config: AppConfigStore;
  ports: CorePorts;
  now: () => Date;
}): HandlersFor<'accounts' | 'audit' | 'access'> {
  const { vault } = deps;
  const accounts = new AccountService(vault, deps.now);
  const audit = new AuditService(vault, deps.ports, deps.config, deps.now);
  return {
    'accounts:list': () => accounts.list(),
    'accounts:create': ({ name, role, initialPassphrase }) => accounts.create(name, role, initialPassphrase),
    'accounts:disable': ({ userId }) => {
      accounts.disable(userId);
      return done;
    },
    'accounts:enable': async ({ userId, initialPassphrase }) => {
      await accounts.enable(userId, initialPassphrase);
      return done;
    },
    'accounts:resetAccess': async ({ userId, recoveryKey, initialPassphrase }) => {
      await accounts.resetAccess(userId, recoveryKey, initialPassphrase);
      return done;
    },
    'accounts:cases': ({ includeClosed }) => accounts.cases(includeClosed ?? false),
    'accounts:assignCases': ({ caseIds, counsellorId }) => accounts.assign(caseIds, counsellorId),
    'accounts:handOver': ({ fromUserId, toUserId }) => accounts.handOver(fromUserId, toUserId),
    'audit:list': ({ filter, offset, limit }) => audit.list(filter, offset, limit),
    'audit:facets': () => audit.facets(),
    'audit:verify': () => audit.verify(),
    'audit:saveCheckpoint': () => audit.saveCheckpoint(),
    'audit:verifyCheckpoint': () => audit.verifyCheckpoint(),
    'audit:export': ({ filter, format }) => audit.export(filter, format),
    'audit:retention': () => audit.retention(),
    'audit:setRetention': ({ months }) => audit.setRetention(months),
    'audit:archive': () => audit.archive(),
    'access:lookupCase': ({ code }) => lookupCase(vault, code),
  };
}

const lookupRowSchema = z.object({ caseId: z.string(), code: z.string(), counsellorId: z.string(), counsellorName: z.string() });

/** A counsellor finds a colleague's case by its code; only the code and who holds it are shown. */
function lookupCase(vault: VaultService, code: string) {
  const open = vault.requireOpen();
  return open.db.transaction(() => {
    const row = open.db
      .prepare(
        `SELECT c.id AS caseId, c.code, c.counsellor_id AS counsellorId, u.name AS counsellorName
         FROM cases c JOIN users u ON u.id = c.counsellor_id WHERE c.code = ?`,
      )
      .get(code.toUpperCase());
    if (row === undefined) throw new AppError('NOT_FOUND');
    const found = lookupRowSchema.parse(row);
    vault.record('case.lookup', { object: found.code });
    const isOwn = found.counsellorId === open.actor.userId;
    return {
      caseId: found.caseId,
      code: found.code,
      counsellorName: found.counsellorName,
      isOwn,
      needsReason: !isOwn && !open.breakGlass.has(found.code),
    };
  })();
}
