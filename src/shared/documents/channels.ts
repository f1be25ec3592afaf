/** The channels of the feature "documents" (plain strings: the preload bundle reads them). */
export const DOCUMENTS_CHANNELS = [
  'documents:list',
  'documents:add',
  'documents:addFiles',
  'documents:open',
  'documents:saveCopy',
  'documents:update',
  'documents:replace',
  'documents:delete',
  'documents:storage',
] as const;
