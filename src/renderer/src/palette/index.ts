export { PaletteLauncher } from './PaletteLauncher';
export type { PalettePage } from './usePaletteEntries';
