export { createPrivacyHandlers } from './app';
export { findRelease } from './consentService';
