export { PrivacyModeProvider, usePrivacyMode, isPrivacyShortcut } from './PrivacyModeProvider';
export { PersonName, usePersonLabel } from './PersonName';
export { foldText, maskNames } from './maskNames';
