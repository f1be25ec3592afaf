import { useState } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { StatusMessage } from '../ui/StatusMessage';
import { WrittenFiles } from '../ui/WrittenFiles';

type Written = Extract<ChannelOutput<'disclosure:create'>, { cancelled: false }>;

/** "Auskunft erstellen" (Art. 15 DSGVO): everything about the person as PDF and JSON, with checksums. */
export function DisclosureSection({ caseId }: { caseId: string }) {
  const t = useT();
  const { call } = useSession();
  const [written, setWritten] = useState<Written | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [isWorking, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  async function create() {
    setWorking(true);
    setError(null);
    setMessage(null);
    const result = await call((api) => api.disclosure.create({ caseId }));
    setWorking(false);
    if (!result.ok) setError(result.error);
    else if (result.value.cancelled) setMessage(t('rightsUi.cancelled'));
    else {
      setWritten(result.value);
      setMessage(t('rightsUi.disclosure.done'));
    }
  }
  return (
    <section className="privacy-block" aria-labelledby="disclosure-heading">
      <h2 id="disclosure-heading">{t('rightsUi.disclosure.heading')}</h2>
      <p>{t('rightsUi.disclosure.intro')}</p>
      <button type="button" className="button" disabled={isWorking} onClick={() => void create()}>
        {t('rightsUi.disclosure.create')}
      </button>
      <StatusMessage tone={written ? 'success' : 'info'} message={isWorking ? t('rightsUi.working') : message} />
      <ErrorAlert error={error} />
      {written ? (
        <WrittenFiles
          files={[
            written.pdf,
            written.json,
            ...written.documents.map((document) => ({ fileName: document.savedAs, sha256: document.sha256, bytes: document.byteLength })),
          ]}
        />
      ) : null}
    </section>
  );
}
