export { TrainingBanner } from './TrainingBanner';
export { TrainingVaultEntry } from './TrainingVaultEntry';
export { LeaveTrainingButton } from './LeaveTrainingButton';
