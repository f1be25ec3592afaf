// Types of electron.mjs for the TypeScript scripts (npm run demo).
export const projectRoot: string;
export function electronExecutable(): string | null;
export function electronEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
export function run(command: string, args: string[], options?: { env?: NodeJS.ProcessEnv }): Promise<number>;
export function runPackageBin(packageName: string, binName: string, args: string[]): Promise<number>;
export function prepareElectronBuild(): Promise<number>;
