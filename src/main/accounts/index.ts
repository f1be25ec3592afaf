export { createAccountsHandlers } from './app';
