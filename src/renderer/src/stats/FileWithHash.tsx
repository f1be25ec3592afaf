import { useT } from '../kernel/i18n';

/** A written or read export file: its name and, below it, its SHA-256 (the figure the access log keeps). */
export function FileWithHash({ file }: { file: { fileName: string; sha256: string } }) {
  const t = useT();
  return (
    <>
      <code className="stats-file-name">{file.fileName}</code>
      <span className="stats-hash-line">
        <span className="stats-label">{t('statsUi.history.sha256')}</span> <code className="stats-hash">{file.sha256}</code>
      </span>
    </>
  );
}
