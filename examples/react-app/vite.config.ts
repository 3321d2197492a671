import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const packages = fileURLToPath(new URL('../../packages/', import.meta.url));

/**
 * `@valine/*` resolves to the packages' sources, so the example (and the
 * browser test that builds it) needs no prior `npm run build`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@valine\/([a-z]+)\/([a-z]+)$/, replacement: `${packages}$1/src/$2/index.ts` },
      { find: /^@valine\/([a-z]+)$/, replacement: `${packages}$1/src/index.ts` },
    ],
  },
});
