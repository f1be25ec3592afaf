/** Case notebook screens (issue 3): German source texts. Keys start with the screen or feature name. */
export const casesDe = {} as const;
