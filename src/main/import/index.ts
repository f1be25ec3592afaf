export { createImportHandlers } from './app';
