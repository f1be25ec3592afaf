export { createPrivacyHandlers } from './app';
/** For papers: the release that covers a recipient (read in the caller's transaction). */
export { bestRelease } from './consentService';
