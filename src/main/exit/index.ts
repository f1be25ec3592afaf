export { createExitHandlers } from './app';
export { ExitService, type ExitContributor, type ExitDependencies } from './service';
export type { ExitFile } from './archive';
