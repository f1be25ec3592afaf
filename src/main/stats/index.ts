export { createStatsHandlers, type StatsDeps } from './app';
