export { createPapersHandlers } from './app';
