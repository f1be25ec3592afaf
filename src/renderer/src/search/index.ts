export { SearchPage } from './SearchPage';
export { SearchField } from './SearchField';
export { useSearchShortcut } from './useSearchShortcut';
