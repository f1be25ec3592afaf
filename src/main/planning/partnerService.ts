import { randomUUID } from 'node:crypto';
import type { Partner, PartnerInput } from '@shared/planning/plan';
import { AppError, fieldError } from '../kernel/errors';
import * as repository from './partnerRepository';
import { changedKeys } from './planService';
import type { Session } from '../session/session';

/**
 * The partner directory: organisations a counsellor refers to. Partners are archived, never deleted,
 * because referrals keep naming them. Log entries carry field names only.
 */
export class PartnerService {
  constructor(private readonly session: Session) {}

  listPartners(includeArchived: boolean): Partner[] {
    return this.session.transaction((db) => {
      this.session.record('partners.list');
      return repository.listPartners(db, { includeArchived });
    });
  }

  addPartner(partner: PartnerInput): { id: string } {
    return this.session.transaction((db) => {
      if (repository.findPartnerByName(db, partner.name, null)) throw fieldError('partner.name', 'validation.partnerExists');
      const id = randomUUID();
      repository.insertPartner(db, { id, partner, at: this.session.at() });
      this.session.record('partner.add', { object: id, details: { kind: partner.kind } });
      return { id };
    });
  }

  updatePartner(id: string, partner: PartnerInput): void {
    this.session.transaction((db) => {
      const before = repository.findPartner(db, id);
      if (!before) throw new AppError('NOT_FOUND');
      if (repository.findPartnerByName(db, partner.name, id)) throw fieldError('partner.name', 'validation.partnerExists');
      const changed = changedKeys({ name: before.name, kind: before.kind, contact: before.contact }, partner);
      if (changed.length === 0) return;
      repository.updatePartner(db, id, partner);
      this.session.record('partner.update', { object: id, details: { fields: changed } });
    });
  }

  setArchived(id: string, archived: boolean): void {
    this.session.transaction((db) => {
      const partner = repository.findPartner(db, id);
      if (!partner) throw new AppError('NOT_FOUND');
      if (partner.archived === archived) return;
      repository.setPartnerArchived(db, id, archived);
      this.session.record(archived ? 'partner.archive' : 'partner.restore', { object: id });
    });
  }
}
