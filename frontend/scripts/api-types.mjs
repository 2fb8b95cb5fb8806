/**
 * src/lib/api-types.ts from the backend's OpenAPI document (written by the backend's compile):
 *
 *   node/node scripts/api-types.mjs ../backend/target/classes/META-INF/swagger/medley-api-0.1.yml
 *
 * With --check it writes nothing and exits 1 when the committed file differs from what the
 * document gives; the backend's ApiTypesTest runs that, so a changed API fails until this is rerun.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format } from 'prettier';

const [document, flag] = process.argv.slice(2);
if (!document) {
  console.error('usage: node scripts/api-types.mjs <openapi.yml> [--check]');
  process.exit(2);
}
const frontend = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(frontend, 'src/lib/api-types.ts');

const ast = await openapiTS(pathToFileURL(document));
const header =
  '// Generated from the backend OpenAPI document by scripts/api-types.mjs: do not edit by hand.\n';
const prettierrc = JSON.parse(readFileSync(join(frontend, '.prettierrc.json'), 'utf8'));
const text = await format(header + astToString(ast), { ...prettierrc, parser: 'typescript' });

if (flag === '--check') {
  const committed = readFileSync(target, 'utf8');
  if (committed !== text) {
    console.error(
      'src/lib/api-types.ts does not match the OpenAPI document: run node/node scripts/api-types.mjs <document>',
    );
    process.exit(1);
  }
  console.log('src/lib/api-types.ts matches the OpenAPI document');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
