export { POLICY_CHANNELS } from './channels';
export { policyContract } from './contract';
export * from './domain';
