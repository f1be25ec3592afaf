/** The channels of the feature "vault" (plain strings: the preload bundle reads them). */
export const VAULT_CHANNELS = [
  'app:info',
  'app:setLanguage',
  'vault:status',
  'vault:suggestLocation',
  'vault:chooseFolder',
  'vault:setup',
  'vault:unlock',
  'vault:unlockWithRecoveryKey',
  'vault:lock',
  'vault:changePassphrase',
  'session:touch',
] as const;
