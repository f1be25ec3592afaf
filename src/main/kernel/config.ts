import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGUAGES, type Language } from '@shared/kernel/language';
import { readTextFile, writeFileAtomic } from './files';

/**
 * The device configuration outside the vault: where the vault lives and the UI language (needed
 * before unlock). It holds nothing sensitive.
 */
const configSchema = z.object({
  version: z.literal(1),
  vaultDir: z.string().nullable(),
  language: z.enum(LANGUAGES),
  /** Full path of the last backup made on this device: offered first when the vault is damaged. */
  lastBackupFile: z.string().nullable().default(null),
});
export type AppConfig = z.infer<typeof configSchema>;

const DEFAULT_CONFIG: AppConfig = { version: 1, vaultDir: null, language: 'de', lastBackupFile: null };

export class AppConfigStore {
  private readonly file: string;
  private current: AppConfig;

  constructor(private readonly configDir: string) {
    this.file = join(configDir, 'fallbuch-config.json');
    this.current = this.read();
  }

  get(): AppConfig {
    return this.current;
  }

  update(change: Partial<Omit<AppConfig, 'version'>>): AppConfig {
    const next = configSchema.parse({ ...this.current, ...change });
    mkdirSync(this.configDir, { recursive: true, mode: 0o700 });
    writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.current = next;
    return next;
  }

  setLanguage(language: Language): AppConfig {
    return this.update({ language });
  }

  private read(): AppConfig {
    const text = readTextFile(this.file);
    if (text === null) return DEFAULT_CONFIG;
    try {
      const parsed = configSchema.safeParse(JSON.parse(text));
      // A damaged config only loses the language and the folder pointer, never data: the vault
      // folder can be chosen again and the vault inside it is untouched.
      return parsed.success ? parsed.data : DEFAULT_CONFIG;
    } catch {
      return DEFAULT_CONFIG;
    }
  }
}
