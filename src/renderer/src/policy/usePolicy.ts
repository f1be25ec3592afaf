import { useEffect, useState } from 'react';
import type { PolicyInfo } from '@shared/policy/domain';
import type { Result } from '@shared/kernel/result';
import { callCore } from '../kernel/bridge';
import { useT } from '../kernel/i18n';

/**
 * The machine policy as the core read it at start. It cannot change while the app runs, so it is
 * asked once per window and shared by every screen that shows a pinned value.
 */
let pending: Promise<Result<PolicyInfo>> | null = null;

function readPolicy(): Promise<Result<PolicyInfo>> {
  pending ??= callCore((api) => api.policy.get({})).then((result) => {
    // A failed read is asked again next time rather than remembered.
    if (!result.ok) pending = null;
    return result;
  });
  return pending;
}

/** The policy, or null until it is known (screens then show their ordinary state). */
export function usePolicy(): PolicyInfo | null {
  const [policy, setPolicy] = useState<PolicyInfo | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void readPolicy().then((result) => {
      if (isCurrent && result.ok) setPolicy(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return policy;
}

/** The passphrase rule in words when the organisation sets a longer minimum; undefined otherwise. */
export function usePassphraseRule(): string | undefined {
  const policy = usePolicy();
  const t = useT();
  return policy?.minPassphraseLengthPinned ? t('policy.passphraseRule', { min: policy.minPassphraseLength }) : undefined;
}
