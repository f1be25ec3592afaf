import { empty, type AreaContract } from '../kernel/spec';
import { type POLICY_CHANNELS } from './channels';
import { policyInfoSchema } from './domain';

export const policyContract = {
  // Public: the set-up and unlock screens need the pinned folder and passphrase length.
  'policy:get': { access: 'public', input: empty, output: policyInfoSchema },
} as const satisfies AreaContract<(typeof POLICY_CHANNELS)[number]>;
