// Lint enforces the layers of ARCHITECTURE.md §1/§7:
// - src/shared is pure TypeScript: no electron, no node:*, no DOM libraries, no imports of other layers;
// - only the shell files import electron;
// - the renderer imports only @shared/* and itself;
// - the preload maps names to channels and must not pull in zod (type-only imports of the contract).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import fallbuch from './eslint/boundaries.mjs';

const SHELL_FILES = ['src/main/shell/**/*.ts'];

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const otherLayers = (...layers) =>
  layers.map((layer) => ({
    group: [`**/${layer}/**`, `**/${layer}`],
    message: `Layer rule: this folder must not import from src/${layer} (ARCHITECTURE.md §1).`,
  }));

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'build/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Folder rules per floor (eslint/boundaries.mjs), no import cycles (also through index files), and
    // no source file over 400 lines. The i18n tables are exempt from the length: they are one flat
    // list of texts per feature, and splitting a table by line count would scatter a screen's texts.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { fallbuch, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'fallbuch/boundaries': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    files: ['src/**/i18n/*.ts', 'src/shared/i18n/**/*.ts', 'src/shared/kernel/vocabulary.*.ts'],
    rules: { 'max-lines': 'off' },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['electron', 'react', 'react-dom', 'better-sqlite3-multiple-ciphers', 'argon2'].map((name) => ({
              name,
              message: 'src/shared is pure TypeScript used by all layers: no runtime-specific modules.',
            })),
            ...nodeBuiltins.map((name) => ({ name, message: 'src/shared must not use Node built-ins.' })),
          ],
          patterns: otherLayers('main', 'renderer', 'preload'),
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: SHELL_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only the shell files import electron; the core must run without it.' },
            { name: 'react', message: 'The main process has no UI.' },
          ],
          patterns: otherLayers('renderer', 'preload'),
        },
      ],
    },
  },
  {
    files: SHELL_FILES,
    rules: {
      'no-restricted-imports': ['error', { patterns: otherLayers('renderer', 'preload') }],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'The preload bundle must stay free of zod: import contract types only.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'A sandboxed preload has no Node built-ins.' })),
          ],
          patterns: [
            ...otherLayers('main', 'renderer'),
            {
              group: ['**/contract/contract', '@shared/contract/contract'],
              allowTypeImports: true,
              message: 'Only type imports of the contract (its runtime part is zod).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to nothing but window.fallbuch.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is sandboxed: no Node built-ins.' })),
            ...['better-sqlite3-multiple-ciphers', 'argon2'].map((name) => ({ name, message: 'Core-only module.' })),
          ],
          patterns: [
            ...otherLayers('main', 'preload'),
            { group: ['**/shared/**'], message: 'Import shared code through the @shared alias.' },
          ],
        },
      ],
    },
  },
  {
    // electron-builder hooks are loaded with require(); CommonJS is their format.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-console': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{mjs,ts}', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
