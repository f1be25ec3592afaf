import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve(__dirname, 'src/shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    // Only `npm run package:smoke` sets this: a packaged build Playwright can start (see docs/shell.md).
    define: { __FALLBUCH_SMOKE_TEST_BUILD__: JSON.stringify(process.env.FALLBUCH_SMOKE_TEST_BUILD === '1') },
    build: {
      // Native modules stay outside the bundle; they are loaded from node_modules (or, for the
      // Electron ABI, through better-sqlite3's `nativeBinding` option — see README). highs too:
      // its Emscripten loader finds highs.wasm next to its own script. sharp loads its prebuilt libvips
      // binary for the platform at run time; heic-decode carries libheif as a large WebAssembly bundle.
      // The shell is the main process's entry; it lives with the other Electron-only files.
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/shell/index.ts') },
        external: ['better-sqlite3-multiple-ciphers', 'argon2', 'highs', 'sharp', 'heic-decode'],
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload must be one CommonJS file that requires nothing but `electron`.
      rollupOptions: { output: { format: 'cjs', inlineDynamicImports: true } },
    },
  },
  renderer: {
    resolve: { alias },
    base: './',
    plugins: [react()],
    build: { sourcemap: false },
  },
});
