import type { Migration } from './types';

/**
 * Issue 10 (defect 7): a referral records whether it was saved without a valid release from
 * confidentiality (Schweigepflichtentbindung) for its partner — an explicit choice in the dialog.
 * 1 = saved without one, 0 = a valid release existed. Referrals from before have NULL: nobody was
 * asked then, and the vault must not claim either answer for them.
 */
export const migration0015: Migration = {
  version: 15,
  name: 'referral_release',
  up(db) {
    db.exec(`ALTER TABLE referrals ADD COLUMN without_release INTEGER CHECK (without_release IN (0, 1));`);
  },
};
