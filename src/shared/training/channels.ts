/**
 * The channels of the feature "training" (the Schulungstresor; plain strings: the preload bundle
 * reads them). The area is `trainingVault`: `training:` already names the training starts of a case.
 */
export const TRAINING_CHANNELS = ['trainingVault:create', 'trainingVault:leave'] as const;
