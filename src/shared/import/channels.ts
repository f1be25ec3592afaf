/** The channels of the feature "import" (plain strings: the preload bundle reads them). */
export const IMPORT_CHANNELS = [
  'import:open',
  'import:preview',
  'import:values',
  'import:dryRun',
  'import:commit',
  'import:discard',
  'import:deleteSource',
  'import:batches',
  'import:undoPreview',
  'import:undo',
  'import:profiles',
  'import:saveProfile',
  'import:deleteProfile',
] as const;
