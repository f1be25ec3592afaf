import type { Account } from '@shared/accounts/domain';
import type { FallbuchApi } from '@shared/contract/api';
import { useCoreValue, type CoreValue } from '../kernel/session';

function readAccounts(api: FallbuchApi) {
  return api.accounts.list({});
}

/** The vault's accounts as the core lists them; `reload` after every change. */
export function useAccounts(): CoreValue<Account[]> {
  return useCoreValue(readAccounts);
}
