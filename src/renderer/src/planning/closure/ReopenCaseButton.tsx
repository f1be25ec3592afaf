import type { CaseDetail } from '@shared/cases/domain';
import { useT } from '../../kernel/i18n';
import { useSession } from '../../kernel/session';
import { useAnnounce } from '../../ui/Announcer';
import { useConfirmation } from '../../ui/ConfirmDialog';

/**
 * "Fall wieder öffnen …" with its question: the main action of a closed case (in its header) and
 * of its Abschluss section. The closure stays in the history.
 */
export function ReopenCaseButton({
  detail,
  className = 'button',
  onReopened,
}: {
  detail: Pick<CaseDetail, 'id' | 'code'>;
  className?: string;
  onReopened: () => Promise<void> | void;
}) {
  const t = useT();
  const { call } = useSession();
  const announce = useAnnounce();
  const reopening = useConfirmation({
    title: t('closure.reopenTitle'),
    text: t('closure.reopenText'),
    confirmLabel: t('closure.reopen'),
    keepLabel: t('closure.keepClosed'),
    confirmClassName: 'button',
    run: (caseId: string) => call((api) => api.closure.reopen({ caseId })),
    onConfirmed: async () => {
      announce(t('closure.reopenedAnnounce', { code: detail.code }));
      await onReopened();
    },
  });
  return (
    <>
      <button type="button" className={className} onClick={() => reopening.ask(detail.id)}>
        {t('closure.reopenAsk')}
      </button>
      {reopening.dialog}
    </>
  );
}
