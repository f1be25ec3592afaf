/** The channels of the feature "audit" (plain strings: the preload bundle reads them). */
export const AUDIT_CHANNELS = [
  'audit:list',
  'audit:facets',
  'audit:verify',
  'audit:verifyStart',
  'audit:verifyProgress',
  'audit:verifyCancel',
  'audit:saveCheckpoint',
  'audit:verifyCheckpoint',
  'audit:export',
  'audit:retention',
  'audit:setRetention',
  'audit:archive',
] as const;
