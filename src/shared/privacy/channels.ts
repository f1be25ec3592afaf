/** The channels of the feature "privacy" (plain strings: the preload bundle reads them). */
export const PRIVACY_CHANNELS = [
  'consents:list',
  'consents:record',
  'consents:update',
  'consents:withdraw',
  'consents:checkRelease',
  'history:list',
  'disclosure:create',
  'erasure:preview',
  'erasure:erase',
  'retention:getRules',
  'retention:setRules',
  'retention:preview',
  'retention:run',
  'processingRecord:get',
  'processingRecord:update',
  'processingRecord:export',
] as const;
