export { HomePage } from './HomePage';
export { NoContactWeeksSettings } from './NoContactWeeksSettings';
