import path from 'node:path';

/** `path` or `path.win32`/`path.posix`, so Windows rules can be tested on Linux. */
export type PathApi = Pick<typeof path, 'resolve' | 'sep'>;

/** True when `candidate` lies strictly below `root` (both resolved; no symlinks followed). */
export function isPathInside(root: string, candidate: string, pathApi: PathApi = path): boolean {
  const base = pathApi.resolve(root);
  const target = pathApi.resolve(candidate);
  const prefix = base.endsWith(pathApi.sep) ? base : base + pathApi.sep;
  return target.startsWith(prefix);
}

/**
 * True when `candidate` is `root` or lies below it. Windows paths compare case-insensitively and
 * with either slash, as the file system does.
 */
export function isSameOrInsideFolder(root: string, candidate: string, platform: NodeJS.Platform = process.platform): boolean {
  const base = comparableFolder(root, platform);
  const target = comparableFolder(candidate, platform);
  return target === base || isPathInside(base, target, platform === 'win32' ? path.win32 : path.posix);
}

export function isSameFolder(first: string, second: string, platform: NodeJS.Platform = process.platform): boolean {
  return comparableFolder(first, platform) === comparableFolder(second, platform);
}

function comparableFolder(value: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? path.win32.resolve(value).toLowerCase() : path.posix.resolve(value);
}
