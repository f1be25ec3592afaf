export * from './domain';
export * from './access';
