/** Statistics (issue 5): German source texts. Keys start with the screen or feature name. */
export const statsDe = {} as const;
