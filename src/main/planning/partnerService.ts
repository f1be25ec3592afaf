import { randomUUID } from 'node:crypto';
import type { Partner, PartnerInput } from '@shared/planning/plan';
import { AppError } from '../kernel/errors';
import * as repository from './partnerRepository';
import { changedKeys } from './planService';
import { fieldError, type VaultWork } from '../session/vaultWork';

/**
 * The partner directory: organisations a counsellor refers to. Partners are archived, never deleted,
 * because referrals keep naming them. Log entries carry field names only.
 */
export class PartnerService {
  constructor(private readonly work: VaultWork) {}

  listPartners(includeArchived: boolean): Partner[] {
    return this.work.transaction((db) => {
      this.work.vault.record('partners.list');
      return repository.listPartners(db, { includeArchived });
    });
  }

  addPartner(partner: PartnerInput): { id: string } {
    return this.work.transaction((db) => {
      if (repository.findPartnerByName(db, partner.name, null)) throw fieldError('partner.name', 'validation.partnerExists');
      const id = randomUUID();
      repository.insertPartner(db, { id, partner, at: this.work.at() });
      this.work.vault.record('partner.add', { object: id, details: { kind: partner.kind } });
      return { id };
    });
  }

  updatePartner(id: string, partner: PartnerInput): void {
    this.work.transaction((db) => {
      const before = repository.findPartner(db, id);
      if (!before) throw new AppError('NOT_FOUND');
      if (repository.findPartnerByName(db, partner.name, id)) throw fieldError('partner.name', 'validation.partnerExists');
      const changed = changedKeys({ name: before.name, kind: before.kind, contact: before.contact }, partner);
      if (changed.length === 0) return;
      repository.updatePartner(db, id, partner);
      this.work.vault.record('partner.update', { object: id, details: { fields: changed } });
    });
  }

  setArchived(id: string, archived: boolean): void {
    this.work.transaction((db) => {
      const partner = repository.findPartner(db, id);
      if (!partner) throw new AppError('NOT_FOUND');
      if (partner.archived === archived) return;
      repository.setPartnerArchived(db, id, archived);
      this.work.vault.record(archived ? 'partner.archive' : 'partner.restore', { object: id });
    });
  }
}
