export { createPrivacyHandlers } from './app';
