export { CasePrivacySection } from './CasePrivacySection';
export { DataProtectionPage } from './DataProtectionPage';
