import { useT } from '../kernel/i18n';

/** Files Fallbuch wrote where the user chose, each with its SHA-256 for the record. */
export function WrittenFiles({ files }: { files: readonly { fileName: string; sha256: string; bytes?: number }[] }) {
  const t = useT();
  return (
    <ul className="written-files">
      {files.map((file) => (
        <li key={file.fileName}>
          <span className="written-file-name">{file.fileName}</span>
          {file.bytes !== undefined ? (
            <span className="written-file-size"> ({t('rightsUi.kilobytes', { size: Math.max(1, Math.round(file.bytes / 1024)) })})</span>
          ) : null}
          <br />
          <span className="written-file-hash">
            {t('rightsUi.sha256')} <code>{file.sha256}</code>
          </span>
        </li>
      ))}
    </ul>
  );
}
