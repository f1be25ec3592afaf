import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { ErrorAlert } from './Alert';
import { PageHeading } from './PageHeading';

/** "Bitte warten …" where data is still on its way; `aria-busy` tells screen readers so. */
export function PleaseWait() {
  const t = useT();
  return <p aria-busy="true">{t('common.pleaseWait')}</p>;
}

/** A page whose data has not arrived: its heading, then the error that stopped it or "Bitte warten". */
export function PageNotReady({ title, error }: { title: string; error: AppErrorData | null }) {
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {error ? <ErrorAlert error={error} /> : <PleaseWait />}
    </>
  );
}
