import type { VaultService } from '../vault/vaultService';
import { ClosureService } from './closureService';
import { createPlanHandlers } from './app';
import { PartnerService } from './partnerService';
import { PlanService } from './planService';
import { StructuralNotesService } from './structuralNotesService';
import { VaultWork } from '../session/vaultWork';

/** Handlers of planning, partners, closures and structural notes, wired to one vault and clock. */
export function createCasePlanningHandlers(vault: VaultService, now: () => Date) {
  const work = new VaultWork(vault, now);
  return createPlanHandlers({
    plan: new PlanService(work),
    partners: new PartnerService(work),
    closures: new ClosureService(work),
    structuralNotes: new StructuralNotesService(work),
  });
}
