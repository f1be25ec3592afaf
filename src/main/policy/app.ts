import type { HandlersFor } from '../session/handlers';
import type { PolicyRules } from './rules';

/** What the machine policy pins, for every screen that shows „von Ihrer Organisation festgelegt“. */
export function createPolicyHandlers(deps: { policy: PolicyRules }): HandlersFor<'policy'> {
  return {
    'policy:get': () => deps.policy.info(),
  };
}
