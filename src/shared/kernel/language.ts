import { z } from 'zod';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const AUTO_LOCK_MINUTES = { min: 1, max: 120, default: 5 } as const;

export const languageSchema = z.enum(LANGUAGES);
