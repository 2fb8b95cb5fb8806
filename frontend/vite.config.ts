/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The backend (java -jar backend/target/medley.jar) listens on 8080 and owns these paths.
const backend = process.env.MEDLEY_BACKEND_URL ?? 'http://localhost:8080';
// /login is both the SPA's sign-in page (a browser navigation, GET text/html) and the backend's
// POST /login: page loads stay with Vite, everything else goes to the backend.
const proxy = {
  '/api': { target: backend, changeOrigin: true },
  '/health': { target: backend, changeOrigin: true },
  '/login': {
    target: backend,
    changeOrigin: true,
    bypass: (req: { method?: string; headers: { accept?: string } }) =>
      req.method === 'GET' && req.headers.accept?.includes('text/html') ? '/index.html' : undefined,
  },
};

/**
 * The app's own modules that src/main.tsx imports statically, i.e. the shell every screen needs.
 * They and what they use (after tree-shaking) form one `shell` chunk: left alone, Rolldown cut the
 * shell into a dozen small chunks wherever a lazy page shared a module with it, each compressed on
 * its own, about 8 KB more gzip for the same code (docs/benchmarks.md). Walks src only: following
 * a library's barrel (@mantine/core's index) would list every component it re-exports.
 */
const shellModules = new Set<string>();
function shellChunk(): Plugin {
  return {
    name: 'medley-shell-chunk',
    apply: 'build',
    buildStart() {
      shellModules.clear();
    },
    buildEnd() {
      const stack = [...this.getModuleIds()].filter((id) => id.endsWith('/src/main.tsx'));
      while (stack.length) {
        const id = stack.pop()!;
        if (shellModules.has(id)) continue;
        shellModules.add(id);
        const imported = this.getModuleInfo(id)?.importedIds ?? [];
        stack.push(...imported.filter((dep) => !dep.includes('/node_modules/')));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), shellChunk()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // Maven packages target/classes; the backend serves classpath public/ at /.
    outDir: 'target/classes/public',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'shell',
              test: (id: string) => shellModules.has(id),
              includeDependenciesRecursively: true,
            },
          ],
        },
      },
    },
    // No vendor chunk: one held every library, so each role downloaded the charts, the virtual
    // list and OIDC before its first screen. Besides the shell chunk, chunks follow the import
    // graph of the lazy routes; scripts/bundle-report.mjs measures them and
    // bundle-budget.test.mjs holds the portal's budget.
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
    css: false,
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
