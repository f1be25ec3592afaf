import type { ReactNode } from 'react';
import type { CaseSection } from '../kernel/navigation';
import { PersonName } from '../ui/privacyMode';
import { HomeLink } from './HomeLink';

/**
 * One case on "Heute": code and name (hidden in privacy mode, like everywhere), what is due, and
 * the case section where it is dealt with as the link's target.
 */
export function CaseItem({
  caseId,
  caseCode,
  familyName,
  givenNames,
  section,
  badge,
  children,
}: {
  caseId: string;
  caseCode: string;
  familyName: string;
  givenNames: string;
  section: CaseSection;
  badge?: ReactNode;
  children: ReactNode;
}) {
  return (
    <li className="home-item" data-case-code={caseCode}>
      <HomeLink to={{ page: 'case', caseId, section }}>
        <span className="home-item-case">
          <span className="case-code">{caseCode}</span> <PersonName familyName={familyName} givenNames={givenNames} />
        </span>
        <span className="home-item-text">{children}</span>
      </HomeLink>
      {badge}
    </li>
  );
}
