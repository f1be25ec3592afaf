import { DONE, type HandlersFor } from '../session/handlers';
import type { CorePorts } from '../kernel/ports';
import { combine, exportCombined, type CombinedDocuments } from './combineService';
import { exportFiles, preview } from './exportService';
import * as stats from './service';

export interface StatsDeps {
  /** Folder and file dialogs (tests and E2E pass fakes). */
  ports: CorePorts;
}

/** Channels of the anonymised statistics: profiles, counting rule, preview, export, history, combining. */
export function createStatsHandlers(deps: StatsDeps): HandlersFor<'stats'> {
  const combined: CombinedDocuments = new WeakMap();
  return {
    'stats:profiles': (_input, session) => stats.listProfiles(session),
    'stats:saveProfile': ({ profile }, session) => stats.saveProfile(session, profile),
    'stats:deleteProfile': ({ id }, session) => {
      stats.deleteProfile(session, id);
      return DONE;
    },
    'stats:saveSettings': ({ consentRule }, session) => stats.saveSettings(session, consentRule),
    'stats:preview': (input, session) => preview(session, input),
    'stats:export': (input, session) => exportFiles(session, deps.ports, input),
    'stats:history': (_input, session) => stats.history(session),
    'stats:combine': (_input, session) => combine(session, deps.ports, combined),
    'stats:combineExport': ({ combineId, csvLayout }, session) => exportCombined(session, deps.ports, combined, combineId, csvLayout),
  };
}
