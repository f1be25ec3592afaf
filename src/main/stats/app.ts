import type { HandlersFor } from '../session/handlers';
import type { StatsService } from './service';

export function createStatsHandlers(stats: StatsService): HandlersFor<'stats'> {
  return {
    'stats:profiles': () => stats.listProfiles(),
    'stats:saveProfile': ({ profile }) => stats.saveProfile(profile),
    'stats:deleteProfile': ({ id }) => {
      stats.deleteProfile(id);
      return { done: true };
    },
    'stats:saveSettings': ({ consentRule }) => stats.saveSettings(consentRule),
    'stats:preview': ({ period, profileId }) => stats.preview(period, profileId),
    'stats:export': (input) => stats.exportFiles(input),
    'stats:history': () => stats.history(),
    'stats:combine': () => stats.combine(),
    'stats:combineExport': ({ combineId, csvLayout }) => stats.exportCombined(combineId, csvLayout),
  };
}
