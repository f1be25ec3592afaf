import { z } from 'zod';

/** The two roles of DOMAIN.md. Supervisors audit and manage accounts; counsellors keep case files. */
export const ROLES = ['supervisor', 'counsellor'] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES);
