/**
 * The web application's build: root src/web, output dist/web (served by src/server/static.ts).
 * `npm start` builds through ensureWebBuilt() when dist/web is missing or older than its sources.
 * For development with hot reload: `npx vite` (proxies /api to the server on port 3000).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: path('./src/web'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: path('./dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    // ECharts is loaded on demand with the first chart; the entry stays small.
    chunkSizeWarningLimit: 800,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
