import { useId } from 'react';
import type { PolicyInfo } from '@shared/policy/domain';
import { useT } from '../kernel/i18n';
import { FactList, type Fact } from '../ui/FactList';
import { PinnedNote } from './PinnedNote';

/**
 * Everything the machine policy pins, in one place on the settings screen: users see what their IT
 * decided and why a value cannot be changed. Nothing is shown when there is no policy file.
 */
export function PolicySummary({ policy }: { policy: PolicyInfo }) {
  const t = useT();
  const headingId = useId();
  if (policy.file === null) return null;
  const allowed = (isAllowed: boolean) => t(isAllowed ? 'policy.value.allowed' : 'policy.value.forbidden');
  const facts: Fact[] = [
    policy.vaultFolder ? [t('policy.term.vaultFolder'), policy.vaultFolder] : null,
    policy.vaultAllowedRoots ? [t('policy.term.vaultRoots'), policy.vaultAllowedRoots.join(', ')] : null,
    [t('policy.term.network'), allowed(policy.allowNetworkVault)],
    policy.backupFolder ? [t('policy.term.backupFolder'), policy.backupFolder] : null,
    policy.autoLockMaxMinutes !== null
      ? [t('policy.term.autoLock'), t('policy.value.minutes', { minutes: policy.autoLockMaxMinutes })]
      : null,
    policy.minPassphraseLengthPinned
      ? [t('policy.term.passphrase'), t('policy.value.characters', { count: policy.minPassphraseLength })]
      : null,
    policy.exportFolders ? [t('policy.term.exportFolders'), policy.exportFolders.join(', ')] : null,
    [t('policy.term.import'), allowed(policy.allowImport)],
    [t('policy.term.combine'), allowed(policy.allowCombine)],
    policy.letterhead
      ? [t('policy.term.letterhead'), [policy.letterhead.organisation, ...(policy.letterhead.addressLines ?? [])].join(', ')]
      : null,
    policy.caseCodePrefix ? [t('policy.term.prefix'), policy.caseCodePrefix] : null,
  ];
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('policy.summary.heading')} <PinnedNote />
      </h2>
      <p>{t('policy.summary.intro', { file: policy.file })}</p>
      <FactList facts={facts} />
    </section>
  );
}
