export { SessionProvider, useSession, type Session, type LockReason } from './SessionProvider';
export { useActivityTouch } from './useActivityTouch';
export { useLockedPoll } from './useLockedPoll';
export type { Loaded } from './loaded';
export { useCoreValue, type CoreValue } from './useCoreValue';
export { usePreference, type PreferenceState } from './usePreference';
