export { DeadlinesPage } from './DeadlinesPage';
