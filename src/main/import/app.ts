import { translate } from '@shared/i18n';
import type { AppConfigStore } from '../kernel/config';
import type { CorePorts } from '../kernel/ports';
import { DONE, type HandlersFor } from '../session/handlers';
import { commitImport } from './commit';
import * as repository from './repository';
import * as imports from './service';
import { previewUndo, undoBatch } from './undo';

/** Taking over a caseload from an Excel or CSV list: every step, the batches and their undo, the profiles. */
export function createImportHandlers(deps: { config: AppConfigStore; ports: CorePorts }): HandlersFor<'import'> {
  const { config, ports } = deps;
  return {
    'import:open': (_input, session) => imports.openList(session, ports),
    'import:preview': (input, session) => imports.previewSheet(session, input),
    'import:values': (input, session) => imports.listValues(session, input),
    'import:dryRun': ({ plan }, session) => imports.dryRun(session, plan),
    // The remark's journal entry is headed in the app's language, like every text the core writes.
    'import:commit': ({ plan }, session) => commitImport(session, plan, translate(config.get().language, 'import.journalHeading')),
    'import:discard': (_input, session) => {
      imports.discardList(session);
      return DONE;
    },
    'import:deleteSource': (_input, session) => imports.deleteSourceFile(session),
    'import:batches': (_input, session) => repository.listBatches(session.db, session.actor.userId),
    'import:undoPreview': ({ batchId }, session) => previewUndo(session, batchId),
    'import:undo': ({ batchId, keepChanged }, session) => undoBatch(session, batchId, keepChanged),
    'import:profiles': (_input, session) => imports.listProfiles(session),
    'import:saveProfile': ({ name, mapping }, session) => imports.saveProfile(session, name, mapping),
    'import:deleteProfile': ({ id }, session) => {
      imports.deleteProfile(session, id);
      return DONE;
    },
  };
}
