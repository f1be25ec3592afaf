export { PaperDialog } from './PaperDialog';
export { VignetteDialog } from './VignetteDialog';
export { PapersSettingsSection } from './PapersSettingsSection';
