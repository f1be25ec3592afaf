/** What other features use of privacy's shared model: the consent categories and the release check (papers). */
export { CONSENT_DATA_CATEGORIES, SPECIAL_CATEGORIES, type ConsentDataCategory, type ReleaseCheck, type SpecialCategory } from './consent';
