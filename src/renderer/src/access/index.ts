export { CaseAccessProvider, useCaseAccess } from './CaseAccessProvider';
export { OpenByCodeButton } from './OpenByCodeButton';
export { OpenByCodeDialog } from './OpenByCodeDialog';
export { useOpenCase } from './useOpenCase';
