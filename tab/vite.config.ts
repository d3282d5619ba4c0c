import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

/**
 * Builds the Teams tab into tab/dist. The server serves it at /tab/ (index.html fallback for
 * every unknown path below /tab/); routes live in the hash so any deep link works.
 */
/**
 * A build is always a production build: under NODE_ENV=test (Jest, `npm test`'s pretest) Vite
 * would otherwise bundle React's development build (~70 KB gzipped more).
 */
if (process.argv.includes('build')) process.env.NODE_ENV = 'production';

export default defineConfig({
  root: resolve(__dirname),
  base: '/tab/',
  plugins: [react()],
  build: {
    outDir: resolve(__dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // In `vite dev`, forward API calls to a locally running server (npm run serve).
    proxy: { '/api': 'http://127.0.0.1:3978' },
    fs: { allow: [resolve(__dirname, '..')] },
  },
});
