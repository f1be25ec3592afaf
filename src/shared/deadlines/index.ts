export * from './domain';
export * from './rules';
