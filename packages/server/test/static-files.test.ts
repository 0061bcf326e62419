/** Caching of the drop-in files: hashed chunks for a year, copro.js revalidated on every use. */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import { staticRoutes } from '../src/routes/static-files.ts';

describe('static files: cache headers', () => {
  let root: string;
  let app: Hono;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'copro-cache-'));
    await mkdir(join(root, 'dist/chunks'), { recursive: true });
    await mkdir(join(root, 'public'));
    await writeFile(join(root, 'dist/copro.js'), 'import("./chunks/define-BjkmJOBT.js")');
    await writeFile(join(root, 'dist/copro.all.js'), 'export {}');
    await writeFile(join(root, 'dist/chunks/define-BjkmJOBT.js'), 'export const a = 1');
    await writeFile(join(root, 'dist/chunks/messages.cy-_Vd-Liku.js'), 'export default {}');
    await writeFile(join(root, 'dist/chunks/notes.txt'), 'not a chunk');
    await writeFile(join(root, 'public/index.html'), '<h1>page</h1>');
    app = new Hono();
    staticRoutes(app, { publicDir: join(root, 'public'), extraStatic: { '/copro/': join(root, 'dist') } });
  });
  after(() => rm(root, { recursive: true, force: true }));

  test('hashed chunks below a mount are public for a year and immutable', async () => {
    for (const path of ['/copro/chunks/define-BjkmJOBT.js', '/copro/chunks/messages.cy-_Vd-Liku.js']) {
      const answer = await app.request(path);
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers.get('cache-control'), 'public, max-age=31536000, immutable', path);
    }
  });

  test('copro.js, copro.all.js, other files and pages are revalidated on every use, with an ETag and 304', async () => {
    for (const path of ['/copro/copro.js', '/copro/copro.all.js', '/copro/chunks/notes.txt', '/']) {
      const answer = await app.request(path);
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers.get('cache-control'), 'no-cache', path);
      const etag = answer.headers.get('etag');
      assert.match(etag ?? '', /^"[0-9a-z]+-[0-9a-z]+"$/, path);
      const again = await app.request(path, { headers: { 'If-None-Match': etag! } });
      assert.equal(again.status, 304, path);
      assert.equal(await again.text(), '', path);
      assert.equal((await app.request(path, { headers: { 'If-None-Match': '"other"' } })).status, 200, path);
    }
  });

  test('a file changed in place gets a new ETag', async () => {
    const first = (await app.request('/copro/copro.js')).headers.get('etag');
    await writeFile(join(root, 'dist/copro.js'), 'import("./chunks/define-NEWHASH1.js"); // rebuilt, longer');
    const second = (await app.request('/copro/copro.js')).headers.get('etag');
    assert.notEqual(first, second);
  });
});
