import type { FallbuchApi } from '@shared/contract/api';
import type { Result } from '@shared/kernel/result';

/**
 * The one door to the core. A call that throws (a broken bridge, a closed window) becomes the same
 * error envelope the core uses, so every screen handles failures in one way.
 */
export async function callCore<T>(call: (api: FallbuchApi) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call(window.fallbuch);
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'error.INTERNAL' } };
  }
}
