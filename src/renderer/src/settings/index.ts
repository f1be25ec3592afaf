export { SettingsPage } from './SettingsPage';
export { PassphraseChangeForm } from './PassphraseChangeForm';
