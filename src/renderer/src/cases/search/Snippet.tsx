import { useT } from '../../kernel/i18n';
import { maskNames, usePrivacyMode } from '../../ui/privacyMode';
import { parseSnippet } from './snippet';

/**
 * A search snippet with its matches in `<mark>`, built as elements from the core's markers — the
 * text is never parsed as HTML.
 *
 * Privacy mode (decided here, used the same way by the case detail for journal text):
 * - journal snippets stay, with the matched person's names replaced by "[Name]" (`maskNames`): the
 *   counsellor still sees why the note matched, an onlooker does not learn who it is about;
 * - case-data snippets are not shown at all: that text is made of the names, languages and
 *   certificates of the person, so masking the names alone would still show a profile.
 */
export function Snippet({
  snippet,
  source,
  names,
}: {
  snippet: string;
  source: 'case' | 'journal' | 'document';
  names: readonly string[];
}) {
  const t = useT();
  const { isPrivate } = usePrivacyMode();
  if (isPrivate && source === 'case') return <p className="snippet snippet-hidden">{t('search.snippetHidden')}</p>;
  const replacement = t('privacy.nameMasked');
  return (
    <p className="snippet">
      {parseSnippet(snippet).map((part, index) => {
        const text = isPrivate ? maskNames(part.text, names, replacement) : part.text;
        return part.isMatch ? <mark key={index}>{text}</mark> : <span key={index}>{text}</span>;
      })}
    </p>
  );
}
