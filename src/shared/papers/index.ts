export * from './domain';
export * from './placeholders';
export * from './vignette';
