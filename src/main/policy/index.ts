export { createPolicyHandlers } from './app';
export { PolicyRules, POLICY_GATED_CHANNELS, type PolicyFeature } from './rules';
export {
  loadMachinePolicy,
  machinePolicyPath,
  parseMachinePolicy,
  policyProblemMessage,
  POLICY_FILE_NAME,
  type PolicyLoadResult,
} from './load';
