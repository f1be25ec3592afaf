export { CasePrivacySection } from './CasePrivacySection';
export { DataProtectionPage } from './DataProtectionPage';
export { ReleaseCheck, type ReleaseStatus } from './consent/ReleaseCheck';
export { useConsents, useWithPartners } from './consent/useConsents';
