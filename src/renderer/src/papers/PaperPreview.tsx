import type { Paper } from '@shared/papers/domain';
import { useT } from '../kernel/i18n';

/**
 * The paper as it will be written (the same model the core renders as PDF and DOCX), laid out like a
 * letter. Names in Arabic script are isolated (`bdi`) so they read right to left inside German text.
 */
export function PaperPreview({ paper, label }: { paper: Paper; label?: string }) {
  const t = useT();
  return (
    // Focusable: the sheet scrolls, and keyboard users must be able to scroll it too.
    <article className="paper-preview" aria-label={label ?? t('papers.preview')} dir="ltr" lang="de" tabIndex={0}>
      <header className="paper-letterhead">
        {paper.letterhead.organisation ? <p className="paper-organisation">{paper.letterhead.organisation}</p> : null}
        {paper.letterhead.addressLines.map((line, index) => (
          <p key={index} className="paper-small">
            {line}
          </p>
        ))}
      </header>
      {paper.recipientLines.length > 0 ? (
        <address className="paper-address">
          {paper.recipientLines.map((line, index) => (
            <span key={index}>
              <bdi>{line}</bdi>
              <br />
            </span>
          ))}
        </address>
      ) : null}
      {paper.dateLine ? <p className="paper-date">{paper.dateLine}</p> : null}
      <p className="paper-small">{paper.title}</p>
      {paper.subject ? (
        <p className="paper-subject">
          <bdi>{paper.subject}</bdi>
        </p>
      ) : null}
      {paper.salutation ? <p>{paper.salutation}</p> : null}
      {paper.blocks.map((block, index) => {
        if (block.kind === 'heading') return <h3 key={index}>{block.text}</h3>;
        if (block.kind === 'paragraph')
          return (
            <p key={index} className={block.free ? 'paper-free' : undefined}>
              <bdi>{block.text}</bdi>
            </p>
          );
        if (block.kind === 'facts')
          return (
            <dl key={index} className="paper-facts">
              {block.rows.map((row) => (
                <div key={row.label}>
                  <dt>{row.label}</dt>
                  <dd>
                    <bdi>{row.value}</bdi>
                  </dd>
                </div>
              ))}
            </dl>
          );
        if (block.kind === 'table')
          return (
            <table key={index} className="paper-table">
              <thead>
                <tr>
                  {block.header.map((cell) => (
                    <th key={cell} scope="col">
                      {cell}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((cell, cellIndex) => (
                      <td key={cellIndex}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        return (
          <div key={index} className="paper-signatures">
            {block.labels.map((signer) => (
              <p key={signer} className="paper-signature-line">
                <bdi>{signer}</bdi>
              </p>
            ))}
          </div>
        );
      })}
      {paper.closing ? <p>{paper.closing}</p> : null}
      {paper.signature.map((line, index) => (
        <p key={index} className={index === 0 ? 'paper-signer' : 'paper-small'}>
          {line}
        </p>
      ))}
    </article>
  );
}
