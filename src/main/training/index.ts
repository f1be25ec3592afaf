export { createTrainingHandlers } from './app';
export { TRAINING_CASE_PREFIX } from './service';
export { createRandom, type Random } from './random';
export { seedCases, type SeedOptions, type SeedResult } from './synthetic';
