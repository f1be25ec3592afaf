/** The channels of the feature "exit" (no lock-in: the data key for the DPO, the Gesamtexport). Plain strings: the preload reads them. */
export const EXIT_CHANNELS = ['exit:revealDataKey', 'exit:export'] as const;
