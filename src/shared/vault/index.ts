export { sessionSchema, vaultStatusSchema, type SessionInfo, type VaultStatus } from './contract';
