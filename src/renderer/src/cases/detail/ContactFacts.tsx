import type { CaseDetail } from '@shared/cases/domain';
import { useT } from '../../kernel/i18n';
import { FactList } from '../../ui/FactList';
import { usePrivacyMode } from '../../ui/privacyMode';

/**
 * Phone, e-mail and postal address: shown here, in the case, and nowhere else. In privacy mode they
 * are hidden like the name (they identify the person as much as it does).
 */
export function ContactFacts({ contact }: { contact: CaseDetail['contact'] }) {
  const t = useT();
  const { isPrivate } = usePrivacyMode();
  const hasContact = Boolean(contact.phone || contact.email || contact.postalAddress);
  return (
    <section aria-labelledby="overview-contact">
      <h2 id="overview-contact">{t('caseDetail.contact')}</h2>
      {isPrivate ? (
        <p className="muted" data-testid="contact-hidden">
          {t('privacy.nameHidden')}
        </p>
      ) : hasContact ? (
        <FactList
          facts={[
            contact.phone ? [t('caseForm.phone'), contact.phone] : null,
            contact.email ? [t('caseForm.email'), <span className="contact-value">{contact.email}</span>] : null,
            contact.postalAddress
              ? [t('caseForm.postalAddress'), <span className="contact-value postal-address">{contact.postalAddress}</span>]
              : null,
          ]}
        />
      ) : (
        <p>{t('caseDetail.noContact')}</p>
      )}
    </section>
  );
}
