export { PrivacyProvider, usePrivacy, isPrivacyShortcut } from './PrivacyProvider';
export { PersonName, usePersonLabel } from './PersonName';
