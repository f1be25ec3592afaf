export { createHomeHandlers } from './app';
