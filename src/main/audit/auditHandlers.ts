import type { HandlersFor } from '../core/handlers';
import { AppError } from '../core/errors';

/** Channels of issue 4 (accounts, access log, break-the-glass look-up). Filled in step by step. */
export function createAuditHandlers(): HandlersFor<'accounts' | 'audit' | 'access'> {
  const pending = (): never => {
    throw new AppError('INTERNAL');
  };
  return {
    'accounts:list': pending,
    'accounts:create': pending,
    'accounts:disable': pending,
    'accounts:enable': pending,
    'accounts:resetAccess': pending,
    'accounts:cases': pending,
    'accounts:assignCases': pending,
    'accounts:handOver': pending,
    'audit:list': pending,
    'audit:facets': pending,
    'audit:verify': pending,
    'audit:saveCheckpoint': pending,
    'audit:verifyCheckpoint': pending,
    'audit:export': pending,
    'audit:retention': pending,
    'audit:setRetention': pending,
    'audit:archive': pending,
    'access:lookupCase': pending,
  };
}
