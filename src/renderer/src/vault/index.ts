export { SetupScreen } from './SetupScreen';
export { UnlockScreen } from './UnlockScreen';
