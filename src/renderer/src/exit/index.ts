export { ExitPage } from './ExitPage';
