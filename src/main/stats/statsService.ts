import type { Period } from '@shared/stats/period';
import type { ConsentRule, CsvLayout, ProfileInput } from '@shared/stats/schemas';
import type { HandlerOutput } from '../core/handlers';
import { AppError } from '../core/errors';
import type { CorePorts } from '../core/createCore';
import type { VaultService } from '../vault/vaultService';

/** Statistics use cases; being built (issue 5) — the contract above is final. */
export class StatsService {
  constructor(
    private readonly vault: VaultService,
    private readonly ports: CorePorts,
    private readonly now: () => Date,
  ) {}

  private pending(): never {
    void this.vault;
    void this.ports;
    void this.now;
    throw new AppError('INTERNAL');
  }

  listProfiles(): HandlerOutput<'stats:profiles'> {
    return this.pending();
  }
  saveProfile(profile: ProfileInput): HandlerOutput<'stats:saveProfile'> {
    void profile;
    return this.pending();
  }
  deleteProfile(id: string): void {
    void id;
    this.pending();
  }
  saveSettings(consentRule: ConsentRule): HandlerOutput<'stats:saveSettings'> {
    void consentRule;
    return this.pending();
  }
  preview(period: Period, profileId: string): Promise<HandlerOutput<'stats:preview'>> {
    void period;
    void profileId;
    return this.pending();
  }
  exportFiles(input: { period: Period; profileId: string; previewHash: string; csvLayout: CsvLayout }): Promise<HandlerOutput<'stats:export'>> {
    void input;
    return this.pending();
  }
  history(): HandlerOutput<'stats:history'> {
    return this.pending();
  }
  combine(): Promise<HandlerOutput<'stats:combine'>> {
    return this.pending();
  }
  exportCombined(combineId: string, csvLayout: CsvLayout): Promise<HandlerOutput<'stats:combineExport'>> {
    void combineId;
    void csvLayout;
    return this.pending();
  }
}
