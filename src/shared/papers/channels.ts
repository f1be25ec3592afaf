/** The channels of the feature "papers" (plain strings: the preload bundle reads them). */
export const PAPERS_CHANNELS = [
  'papers:templates',
  'papers:preview',
  'papers:create',
  'papers:list',
  'letterhead:get',
  'letterhead:update',
  'letterhead:chooseLogo',
  'letterhead:removeLogo',
  'paperTemplates:upload',
  'paperTemplates:preview',
  'paperTemplates:remove',
  'vignette:draft',
  'vignette:check',
  'vignette:write',
] as const;
