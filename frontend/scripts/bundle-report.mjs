/**
 * What each screen of the built SPA downloads, gzipped: index.html's scripts, modulepreloads and
 * stylesheets, every chunk those import statically, and the lazy chunks a route loads on first
 * render together with their own static imports. Counts bytes, not time, so it is deterministic.
 *
 *   node/node node_modules/.bin/vite build --outDir /tmp/bundle-out
 *   node/node scripts/bundle-report.mjs /tmp/bundle-out        (default: target/classes/public)
 *
 * scripts/bundle-budget.test.mjs holds the portal's budget with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The end-user portal's first screen may download at most this much JavaScript, gzipped: issue
 * #16's goal. It measured 145.8 KB when set (docs/benchmarks.md).
 */
export const PORTAL_BUDGET_BYTES = 150 * 1024;
export const PORTAL_GOAL_BYTES = 150 * 1024;

/**
 * Route groups and the lazy chunks (named after the module the route imports) their first screen
 * loads on top of index.html's. Keep in step with src/app/route-table.tsx and the lazy modules of
 * the features.
 */
export const ROUTE_GROUPS = {
  'sign-in (/login)': ['LoginPage'],
  'portal home (/portal)': ['pages'],
  'portal new ticket': ['pages', 'ReportForm'],
  'portal ticket': ['pages', 'PortalTicket'],
  'workspace / partner queue': ['pages', 'Workspace'],
  'workspace / partner ticket': ['pages', 'TicketDetail'],
  'coverage matrix': ['CoveragePage'],
  marketplace: ['MarketplacePage'],
  'marketplace: go-lives': ['GoLivesPage'],
  'marketplace: scorecards': ['ScorecardsPage'],
  'marketplace: scorecard trend chart': ['ScorecardsPage', 'ScorecardTrend'],
  'admin (calendars, SLAs)': ['AdminPage'],
  'admin: SLA compliance charts': ['AdminPage', 'SlaCompliance'],
  'admin: PHI compliance': ['AdminPage', 'CompliancePage'],
  insights: ['InsightsPage'],
};

const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\b[^"'`();]*?["'`]\.\/([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;

export function measure(outDir) {
  const assets = join(outDir, 'assets');
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`No build in ${outDir}: run vite build first.`);
  }
  const files = readdirSync(assets);
  const gz = new Map();
  const gzipped = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(assets, file))).length);
    return gz.get(file);
  };
  const staticClosure = (roots) => {
    const seen = new Set();
    const stack = [...roots];
    while (stack.length) {
      const file = stack.pop();
      if (seen.has(file)) continue;
      seen.add(file);
      if (!file.endsWith('.js')) continue;
      const code = readFileSync(join(assets, file), 'utf8');
      for (const [, dep] of code.matchAll(STATIC_IMPORT)) stack.push(dep);
    }
    return seen;
  };
  // null when no chunk has that name: a build before route splitting, or a renamed module.
  const chunkNamed = (name) =>
    files.find((file) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(file)) ?? null;

  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const htmlAssets = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]);
  const initial = staticClosure(htmlAssets);
  const sum = (set, ext) =>
    [...set].filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzipped(f), 0);

  const groups = Object.entries(ROUTE_GROUPS).map(([group, chunks]) => {
    const lazy = chunks.map(chunkNamed).filter(Boolean);
    const missing = chunks.filter((name) => !chunkNamed(name));
    const all = staticClosure([...initial, ...lazy]);
    const extra = new Set([...all].filter((f) => !initial.has(f)));
    return { group, js: sum(all, '.js'), extraJs: sum(extra, '.js'), files: [...all], missing };
  });
  const allJs = files.filter((f) => f.endsWith('.js'));
  const lazyTargets = new Set(
    allJs.flatMap((f) =>
      [...readFileSync(join(assets, f), 'utf8').matchAll(DYNAMIC_IMPORT)].map((m) => m[1]),
    ),
  );
  return {
    initial: { js: sum(initial, '.js'), css: sum(initial, '.css'), files: [...initial] },
    groups,
    total: {
      js: allJs.reduce((n, f) => n + gzipped(f), 0),
      chunks: allJs.length,
      lazyChunks: lazyTargets.size,
    },
    largest: allJs
      .map((f) => ({ file: f, gz: gzipped(f) }))
      .sort((a, b) => b.gz - a.gz)
      .slice(0, 8),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir =
    process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'target/classes/public');
  const report = measure(outDir);
  console.log(`Built SPA in ${outDir} (gzip, zlib default level)\n`);
  console.log(
    `Every screen (index.html and its static imports): ${kb(report.initial.js)} JS + ${kb(report.initial.css)} CSS`,
  );
  console.log('\nFirst screen of each route group, JS (of which loaded on top of index.html):');
  for (const g of report.groups)
    console.log(`  ${g.group.padEnd(32)} ${kb(g.js).padStart(9)}  (+${kb(g.extraJs)})`);
  console.log(
    `\nAll JS: ${kb(report.total.js)} in ${report.total.chunks} chunks (${report.total.lazyChunks} loaded lazily)`,
  );
  console.log('Largest chunks:');
  for (const c of report.largest) console.log(`  ${c.file.padEnd(40)} ${kb(c.gz).padStart(9)}`);
  const portal = report.groups.find((g) => g.group.startsWith('portal home'));
  console.log(
    `\nPortal home: ${kb(portal.js)} (budget ${kb(PORTAL_BUDGET_BYTES)}, goal ${kb(PORTAL_GOAL_BYTES)})`,
  );
}
