export { CasePrivacySection } from './CasePrivacySection';
export { DataProtectionPage } from './DataProtectionPage';
export { ReleaseCheck } from './consent/ReleaseCheck';
