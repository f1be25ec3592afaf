import type { vaultDe } from './de';

/** English texts, same keys as German. */
export const vaultEn = {
  'setup.title': 'Set up Fallbuch',
  'setup.intro': 'Fallbuch keeps everything encrypted in a vault. Setting it up takes four steps.',
  'setup.stepsLabel': 'Set-up steps',
  'setup.progress': 'Step {current} of {total}',
  'setup.stepDone': 'done',
  'setup.step.location': 'Location',
  'setup.step.supervisor': 'Supervisor account',
  'setup.step.counsellor': 'Counsellor account',
  'setup.step.recovery': 'Store the key',
  'setup.location.heading': 'Where should the vault live?',
  'setup.location.explain': 'Choose an empty folder that only authorised people can access. If the folder does not exist, it is created.',
  'setup.location.label': 'Vault folder',
  'setup.location.choose': 'Choose folder …',
  'setup.location.networkSuggested':
    'This folder is on a network drive or in a folder synchronised with a server. The vault file can be damaged there; Fallbuch creates the vault there only if your IT allows it. Please choose a folder on this computer.',
  'setup.location.chosen': 'Folder selected: {vaultDir}',
  'setup.together':
    'The supervisor and the first counsellor set Fallbuch up together: the supervisor’s keys protect the access log from its first entry, so it can later be checked that nobody has altered it.',
  'setup.supervisor.heading': 'Supervisor account',
  'setup.supervisor.explain':
    'The supervisor manages accounts and checks the access log. They do not see case contents. The supervisor types their own passphrase.',
  'setup.counsellor.heading': 'First counsellor account',
  'setup.counsellor.explain':
    'This account keeps the case files; after set-up you are signed in with it. The counsellor types their own passphrase.',
  'setup.create': 'Create vault',
  'setup.creating': 'The vault is being created. This takes a few seconds …',
  'setup.recovery.heading': 'Your recovery key',
  'setup.recovery.explain': 'This key reopens an account when a passphrase has been forgotten. It is shown only now, this one time.',
  'setup.recovery.instructions':
    'Print the key or copy it by hand and keep it locked away, for example in the office safe. Do not save it as a file on this computer.',
  'setup.recovery.keyLabel': 'Recovery key',
  'setup.recovery.print': 'Print',
  'setup.recovery.copy': 'Copy',
  'setup.recovery.copied': 'The key is on the clipboard. Copy something else afterwards so that it does not stay there.',
  'setup.recovery.copyFailed': 'Copying was not possible. Please print the key or copy it by hand.',
  'setup.recovery.confirm': 'I have stored the recovery key safely.',
  'setup.recovery.confirmNeeded': '“Next” becomes available once you confirm that the key is stored safely.',
  'setup.recovery.printTitle': 'Fallbuch – recovery key',
  'setup.recovery.printVault': 'Vault: {vaultDir}',
  'setup.recovery.printDate': 'Created on {date}',
  'setup.recovery.printUsage':
    'How to use it: open Fallbuch, choose “Unlock with recovery key”, select the account, enter this key and set a new passphrase.',
  'setup.recovery.printKeep':
    'Keep this sheet locked away, for example in the office safe: whoever has it can open every account of this vault.',
  'unlock.title': 'Unlock Fallbuch',
  'unlock.account': 'Account',
  'unlock.accountTyped': 'Account name',
  'unlock.submit': 'Unlock',
  'unlock.working': 'Checking the passphrase …',
  'unlock.opening': 'Opening and checking the vault …',
  'unlock.countdown': 'Too many failed attempts. The next attempt is possible in {seconds} seconds.',
  'unlock.ready': 'You can try again now.',
  'unlock.autoLocked': 'Fallbuch was locked because nothing was entered for a while. Unsaved input was discarded.',
  'unlock.locked': 'Fallbuch is locked.',
  'unlock.useRecovery': 'Unlock with recovery key',
  'unlock.problemHeading': 'The vault cannot be opened',
  'unlock.problemHelp': 'Please contact your supervisor or IT support. No data was changed.',
  'unlock.vaultDir': 'Vault: {vaultDir}',
  'recovery.title': 'Unlock with recovery key',
  'recovery.explain': 'Enter the recovery key from the set-up and choose a new passphrase for the account.',
  'recovery.key': 'Recovery key',
  'recovery.keyHint': '13 groups of 4 characters. Case, spaces and dashes do not matter.',
  'recovery.newPassphrase': 'New passphrase',
  'recovery.newPassphraseConfirm': 'Repeat new passphrase',
  'recovery.submit': 'Unlock and set passphrase',
  'recovery.back': 'Back to unlocking with a passphrase',
  'error.VAULT_ON_NETWORK':
    'The folder {vaultDir} is on a network drive, a network share or in a folder synchronised with a server (roaming profile, OneDrive). The vault file can be damaged there. Please choose a folder on this computer. Only your IT can allow network drives in the policy.',
  'error.VAULT_IN_USE':
    'The vault is open at another workstation or in another Fallbuch window right now. It can be open in one place only. Please lock it there or close Fallbuch there, then try again. Nothing was changed.',
  'error.VAULT_DAMAGED':
    'The vault file is damaged and cannot be opened. It was put aside unchanged (folder “{quarantine}”). Please restore the newest backup.',
  'vault.location.local': 'Location: a local drive of this computer.',
  'vault.location.removable':
    'Location: a removable drive (e.g. a USB stick). Do not remove it while Fallbuch is open, and back up regularly.',
  'vault.location.unknown': 'The kind of location could not be determined. Please keep the vault on a local drive if possible.',
  'vault.location.network':
    'Location: a network drive. Your organisation allows this; Fallbuch therefore opens the vault exclusively (one workstation at a time) and without a write-ahead log.',
  'vault.location.exclusiveNote': 'Network drive: the vault is open exclusively – no other workstation can open it at the same time.',
  'vault.damaged.heading': 'The vault file is damaged',
  'vault.damaged.explain':
    'When opening, Fallbuch found that the vault file is damaged (for example after a power cut or a disk error). The file was not changed: it lies unchanged in the folder “{quarantine}” (put aside on {date}), so that your IT can examine it.',
  'vault.damaged.restoreNewest': 'Restore the newest backup',
  'vault.damaged.newest': 'Newest known backup: {file}',
  'vault.damaged.noNewest': 'Fallbuch knows no backup on this computer. Please choose the backup file yourself.',
  'vault.damaged.chooseOther': 'Choose another backup …',
  'vault.damaged.help':
    'Everything entered after the backup will be missing. Your supervisor or IT can try to rescue entries from the file put aside, using the recovery key.',
} as const satisfies Record<keyof typeof vaultDe, string>;
