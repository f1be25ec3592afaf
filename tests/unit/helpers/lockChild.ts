import { writeSync } from 'node:fs';
import { createChildCore } from './childCore';

/**
 * Child of vaultLock.test.ts: a second Fallbuch process (another workstation on the same share, or
 * a second instance on a terminal server). It tries to unlock the vault, prints `unlocked` or the
 * error code, and then holds whatever it got until it is killed or its stdin closes.
 */
const [configDir, vaultDir, account, passphrase] = process.argv.slice(2);
if (!configDir || !vaultDir || !account || !passphrase) process.exit(2);

const core = createChildCore(configDir, vaultDir);

async function main(): Promise<void> {
  const result = await core.invoke('vault:unlock', { account, passphrase });
  writeSync(1, `${result.ok ? 'unlocked' : result.error.code}\n`);
  process.stdin.on('data', () => undefined);
  process.stdin.on('end', () => {
    void core.dispose().then(() => process.exit(0));
  });
}

void main();
