/**
 * Debugging switches a packaged Fallbuch refuses to start with. `--remote-debugging-port` opens a
 * DevTools endpoint on a TCP port that every user of a shared terminal server (RDS, Citrix) can
 * reach, and no Electron fuse turns it off; `--inspect*` is covered by a fuse too, refused here as
 * well. Either one would hand the open vault (keys in memory, case data) to whoever connects.
 */
const FORBIDDEN_EXACT = new Set(['debug', 'debug-brk', 'debug-port']);
const FORBIDDEN_PREFIXES = ['remote-debugging-', 'inspect'];

/**
 * Chromium reads `--name`, `-name` and (Windows only) `/name`, with an optional `=value`, and treats
 * switch names case-insensitively on Windows; everything after a lone `--` is an argument, not a
 * switch. Returns the name of the switch, or null when the word is not one.
 */
export function switchName(word: string, platform: NodeJS.Platform): string | null {
  let rest: string;
  if (word.startsWith('--')) rest = word.slice(2);
  else if (word.startsWith('-')) rest = word.slice(1);
  else if (platform === 'win32' && word.startsWith('/')) rest = word.slice(1);
  else return null;
  const name = rest.split('=', 1)[0] ?? '';
  if (name === '') return null;
  return platform === 'win32' ? name.toLowerCase() : name;
}

export function isForbiddenSwitch(name: string): boolean {
  const lower = name.toLowerCase();
  return FORBIDDEN_EXACT.has(lower) || FORBIDDEN_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** Names asked of Chromium's own parsed command line as well (it may know switches argv does not show). */
export const KNOWN_DEBUG_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-brk-node',
] as const;

/** The forbidden switches among the process arguments (argv[0] is the executable and is skipped). */
export function findForbiddenSwitches(argv: readonly string[], platform: NodeJS.Platform): string[] {
  const found: string[] = [];
  for (const word of argv.slice(1)) {
    if (word === '--') break;
    const name = switchName(word, platform);
    if (name !== null && isForbiddenSwitch(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

/** The message of the refusal, German first: it is shown before any language setting is read. */
export function forbiddenSwitchesMessage(found: readonly string[]): string {
  const list = found.map((name) => `--${name}`).join(', ');
  return [
    `Fallbuch startet nicht mit Debug-Schaltern (${list}).`,
    'Sie würden anderen Benutzern dieses Rechners Zugriff auf den geöffneten Tresor geben. Bitte Fallbuch ohne diese Schalter starten; Verknüpfungen prüft Ihre IT.',
    '',
    `Fallbuch does not start with debugging switches (${list}): they would give other users of this computer access to the open vault.`,
  ].join('\n');
}
