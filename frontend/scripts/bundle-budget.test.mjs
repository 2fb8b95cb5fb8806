import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure, PORTAL_BUDGET_BYTES } from './bundle-report.mjs';

// Builds its own copy (a few seconds) so the figures never come from a stale target/ folder.
const frontend = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = mkdtempSync(join(tmpdir(), 'medley-bundle-'));
let report;

beforeAll(() => {
  const vite = join(frontend, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    // Without Vitest's NODE_ENV=test, which would build React's development code.
    { cwd: frontend, encoding: 'utf8', env: productionEnv() },
  );
  expect(build.status, build.stderr).toBe(0);
  report = measure(outDir);
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function productionEnv() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'),
  );
  return { ...env, NODE_ENV: 'production' };
}

const group = (name) => report.groups.find((g) => g.group.startsWith(name));

describe('what the end-user portal downloads', () => {
  it('stays within its budget of gzipped JavaScript', () => {
    expect(group('portal home').missing).toEqual([]);
    expect(group('portal home').js).toBeLessThanOrEqual(PORTAL_BUDGET_BYTES);
  });

  it('leaves the coverage matrix, the charts, the marketplace and OIDC to their screens', () => {
    const portal = group('portal home').files;
    const lazyOnly =
      /^(CoveragePage|SlaCompliance|MarketplacePage|GoLivesPage|ScorecardsPage|ScorecardTrend|InsightsPage|AdminPage|oidc-client-ts)-/;
    expect(report.total.lazyChunks).toBeGreaterThan(5);
    expect(portal.filter((file) => lazyOnly.test(file))).toEqual([]);
    for (const other of report.groups) expect(other.missing, other.group).toEqual([]);
    expect(group('coverage matrix').files.some((file) => lazyOnly.test(file))).toBe(true);
  });
});
