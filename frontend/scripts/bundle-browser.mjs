/**
 * Cross-check of bundle-report.mjs in a real browser: signs in as a user, reloads a screen with
 * the cache off, and lists the JavaScript it downloaded with the bytes on the wire.
 *
 *   MEDLEY_URL=http://127.0.0.1:8080 node/node scripts/bundle-browser.mjs enduser /portal
 */
import { gzipSync } from 'node:zlib';
import { launch, signIn } from '../e2e/helpers.mjs';

const [username = 'enduser', path = '/portal'] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await signIn(page, username);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Bytes on the wire (compressed body and headers), as Chromium's network panel counts them.
  const urls = new Map();
  const transferred = new Map();
  cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
  cdp.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId);
    if (url?.endsWith('.js')) transferred.set(new URL(url).pathname, event.encodedDataLength);
  });
  await cdp.send('Network.enable');
  const bodies = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    // Read each body as it arrives; a body Chromium already dropped counts on the wire only.
    const path = new URL(response.url()).pathname;
    const encoding = response.headers()['content-encoding'] ?? 'identity';
    bodies.push(
      response.body().then(
        (body) => ({ path, encoding, gzipped: gzipSync(body).length }),
        () => ({ path, encoding, gzipped: null }),
      ),
    );
  });
  await page.goto(new URL(path, process.env.MEDLEY_URL).href, { waitUntil: 'networkidle' });
  const files = (await Promise.all(bodies)).map((f) => ({
    ...f,
    wire: transferred.get(f.path) ?? 0,
  }));
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const f of files) console.log(`${f.path.padEnd(48)} ${f.wire} B (${f.encoding})`);
  const wire = files.reduce((n, f) => n + f.wire, 0);
  const unread = files.filter((f) => f.gzipped === null).length;
  const gzipped = files.reduce((n, f) => n + (f.gzipped ?? 0), 0);
  console.log(
    `\n${username} ${path}: ${files.length} JS files, ${kb(wire)} on the wire, ` +
      `${kb(gzipped)} gzipped${unread ? ` (${unread} bodies not readable)` : ''}`,
  );
} finally {
  await browser.close();
}
