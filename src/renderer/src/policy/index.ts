export { usePassphraseRule, usePolicy } from './usePolicy';
export { PinnedNote } from './PinnedNote';
export { PolicySummary } from './PolicySummary';
