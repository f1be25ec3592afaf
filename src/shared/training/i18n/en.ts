import type { trainingDe } from './de';

/** English texts, same keys as German. */
export const trainingEn = {
  'training.banner': 'Training – no real data',
  'training.bannerLabel': 'Note: training vault',
  'training.bannerDetail': 'Every case is invented. Please do not enter real people here.',
  'training.account.supervisor': 'Practice supervisor',
  'training.account.counsellor': 'Practice counsellor',
  'training.entry.intro':
    'Want to try it first? A training vault holds invented cases to practise with. It lives in a folder of its own and can never be confused or combined with a real vault.',
  'training.entry.button': 'Create a training vault',
  'training.dialog.title': 'Create a training vault',
  'training.dialog.explain':
    'Fallbuch creates two practice accounts – “{supervisor}” and “{counsellor}” – and fills the vault with {count} invented cases. Both accounts get the passphrase you set here. Afterwards you are signed in as “{counsellor}”.',
  'training.dialog.passphrase': 'Passphrase for both practice accounts',
  'training.dialog.confirmation': 'Repeat the passphrase',
  'training.dialog.create': 'Create training vault',
  'training.dialog.creating': 'The training vault is being created and filled with invented cases. This takes a few seconds …',
  'training.leave.button': 'End training',
  'training.leave.question': 'End the training?',
  'training.leave.text':
    'Fallbuch forgets the training vault and then shows the set-up of a real vault. The folder with the invented cases stays: {vaultDir}',
  'training.leave.confirm': 'End training',
  'training.leave.done': 'The training has ended. The training folder is still at {vaultDir}.',
  'training.fileMarker': 'TRAINING – invented data, no real people',
  'training.fileNamePrefix': 'TRAINING',
  'error.NOT_TRAINING_VAULT': 'This is not a training vault. A real vault is not forgotten here.',
  'error.TRAINING_BACKUP_INTO_REAL':
    'This backup comes from a training vault (invented data). It is never restored in place of a real vault. Nothing was changed.',
  'error.REAL_BACKUP_INTO_TRAINING':
    'This backup comes from a real vault. It is never restored into a training vault; real data is never mixed with training data. Nothing was changed.',
  'error.TRAINING_MIXED':
    'Training data and real data are never mixed: a backup or file from a training vault does not fit a real vault, nor the other way round.',
} as const satisfies Record<keyof typeof trainingDe, string>;
