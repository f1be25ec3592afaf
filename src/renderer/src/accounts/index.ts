export { AccountsPage } from './AccountsPage';
export { FirstPassphraseScreen } from './FirstPassphraseScreen';
