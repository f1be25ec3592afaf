export declare const STAMP_FIELDS: readonly string[];
export declare function stampMismatch(stamp: unknown, expected: Record<string, string>): string | null;
export declare function createStamp(fields: Record<string, string>, source: 'prebuilt' | 'source'): Record<string, string>;
