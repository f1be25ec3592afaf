export { EXIT_CHANNELS } from './channels';
export { EXPORT_CONFIRMATION_WORD, exitContract } from './contract';
