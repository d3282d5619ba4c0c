import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { precompress } from './build/precompress';

/**
 * Builds the Teams tab into tab/dist. The server serves it at /tab/ (index.html fallback for
 * every unknown path below /tab/); routes live in the hash so any deep link works. Every file
 * under assets/ carries a content hash in its name (so it may be cached for good), and every
 * compressible file gets brotli and gzip copies beside it (precompress).
 */
/**
 * A build is always a production build: under NODE_ENV=test (Jest, `npm test`'s pretest) Vite
 * would otherwise bundle React's development build (~70 KB gzipped more).
 */
if (process.argv.includes('build')) process.env.NODE_ENV = 'production';

export default defineConfig({
  root: resolve(__dirname),
  base: '/tab/',
  plugins: [react(), precompress()],
  build: {
    outDir: resolve(__dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    assetsDir: 'assets',
    rollupOptions: {
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: {
    // In `vite dev`, forward API calls to a locally running server (npm run serve).
    proxy: { '/api': 'http://127.0.0.1:3978' },
    fs: { allow: [resolve(__dirname, '..')] },
  },
});
