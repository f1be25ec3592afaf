import { z } from 'zod';
import { ANY_ROLE, type AreaContract } from '../kernel/spec';
import { homeTodaySchema } from './domain';
import { type HOME_CHANNELS } from './channels';

export const homeContract = {
  /** Everything "Heute" shows, for the signed-in role, in one call (logged once, without names). */
  'home:today': { access: ANY_ROLE, input: z.strictObject({}), output: homeTodaySchema },
} as const satisfies AreaContract<(typeof HOME_CHANNELS)[number]>;
