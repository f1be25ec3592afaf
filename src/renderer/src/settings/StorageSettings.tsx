import { useId } from 'react';
import type { FallbuchApi } from '@shared/contract/api';
import { useT } from '../kernel/i18n';
import { useCoreValue } from '../kernel/session';

function readStatus(api: FallbuchApi) {
  return api.vault.status({});
}

/**
 * Where the vault lives and how it is opened. On a network drive the policy allowed, the vault is
 * open exclusively — the screen says so, because a colleague at another workstation will be refused.
 */
export function StorageSettings() {
  const t = useT();
  const headingId = useId();
  const { value: status } = useCoreValue(readStatus);
  const storage = status?.storage;
  if (!status || !storage) return null;
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('policy.storage.heading')}</h2>
      <p>{status.vaultDir}</p>
      <p>{t(`vault.location.${storage.kind}`)}</p>
      {storage.mode === 'exclusive' ? <p>{t('vault.location.exclusiveNote')}</p> : null}
    </section>
  );
}
