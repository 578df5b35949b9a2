import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../core/csp.js';

const here = path.dirname(fileURLToPath(import.meta.url));

// The CSP goes into index.html and print.html at build time from core/csp.ts, its one source.
const csp = (): Plugin => ({
  name: 'anskaff-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<!--CSP-->', `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
});

export default defineConfig({
  root: here,
  // Relative asset paths: the desktop app loads index.html from file://.
  base: './',
  plugins: [react(), csp()],
  build: {
    outDir: path.join(here, '..', 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // print.html is the report entry: the document alone, without the app's
    // component styles, so a pack of thousands of rows lays out and prints fast.
    rollupOptions: { input: { main: path.join(here, 'index.html'), print: path.join(here, 'print.html') } },
  },
  server: { host: '127.0.0.1', proxy: { '/rpc': 'http://127.0.0.1:5178' } },
});
