export { PrivacyProvider, usePrivacy, isPrivacyShortcut } from './PrivacyProvider';
export { PersonName, usePersonLabel } from './PersonName';
export { foldText, maskNames } from './maskNames';
