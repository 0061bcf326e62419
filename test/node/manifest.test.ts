/**
 * The custom elements manifest (what Storybook's docs and the editor data are built from) must say
 * what the code does: each public element has a one-line summary, documents every `copro-*` event
 * its code emits and every CSS part its templates render, and carries no fake member picked up
 * from the base class (the `name` "event" of `emit`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain JavaScript script without type declarations.
import { generatedDocs } from '../../scripts/doc-tables.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  events?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
  members?: { name: string; privacy?: string }[];
  attributes?: { name: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

let manifest: Manifest;
let outdir: string;

before(() => {
  // The analyzer treats --outdir as relative to the working directory: build into a fresh folder there.
  outdir = relative(root, mkdtempSync(join(root, '.test-results-manifest-')));
  execFileSync(join(root, 'node_modules/.bin/custom-elements-manifest'), ['analyze', '--outdir', outdir], { cwd: root, stdio: 'pipe' });
  manifest = JSON.parse(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8')) as Manifest;
});

after(() => rmSync(join(root, outdir), { recursive: true, force: true }));

function elements(): { path: string; element: Declaration }[] {
  return manifest.modules.flatMap((module) => (module.declarations ?? []).filter((each) => each.customElement && each.tagName).map((element) => ({ path: module.path, element })));
}

/**
 * The element's module and every module of its package it imports (statically or on demand), up to
 * another element's module or a file that defines another tag (that element documents its own).
 */
function sourcesOf(path: string): string[] {
  const file = join(root, path);
  const packageSrc = file.slice(0, file.indexOf('/src/') + '/src/'.length);
  const otherElements = new Set(elements().map((each) => join(root, each.path)).filter((each) => each !== file));
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current) || !current.startsWith(packageSrc) || !existsSync(current)) return;
    if (otherElements.has(current) || /\/define[^/]*\.ts$/.test(current)) return;
    seen.add(current);
    const text = readFileSync(current, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) visit(resolve(dirname(current), spec));
  };
  visit(file);
  return [...seen];
}

/** Every `copro-*` event with a `detail` type in core's event map (declared by each package). */
function eventMap(): Set<string> {
  const names = new Set<string>();
  const files = execFileSync('git', ['ls-files', 'packages/*/src/*.ts', 'packages/*/src/**/*.ts'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const block of text.matchAll(/interface CoproEventDetails \{([\s\S]*?)\n\s*\}/g)) {
      for (const [, name] of block[1].matchAll(/'(copro-[a-z-]+)':/g)) names.add(name);
    }
  }
  return names;
}

test('the manifest lists every public element', () => {
  const tags = elements().map(({ element }) => element.tagName).sort();
  for (const tag of ['copro-clarity-question', 'copro-clarity-report', 'copro-feedback-board', 'copro-ladder', 'copro-plain-language', 'copro-plain-text', 'copro-room-checklist', 'copro-term']) {
    assert.ok(tags.includes(tag), `${tag} is in the manifest`);
  }
});

test('each element has a one-line summary, then its description', () => {
  for (const { element } of elements()) {
    const summary = element.summary?.trim() ?? '';
    assert.ok(summary, `${element.tagName} has a summary`);
    assert.ok(!summary.includes('\n') && summary.length <= 240, `${element.tagName}'s summary is one line, not the whole description: ${JSON.stringify(summary.slice(0, 300))}`);
  }
});

test('each element documents every event its code emits, and each is in core’s event map', () => {
  const typed = eventMap();
  for (const { path, element } of elements()) {
    const documented = new Set((element.events ?? []).map((event) => event.name));
    const emitted = new Set<string>();
    for (const file of sourcesOf(path)) {
      const text = readFileSync(file, 'utf8');
      for (const [, name] of text.matchAll(/\bemit\(\s*'(copro-[a-z-]+)'/g)) emitted.add(name);
      // The base class's reportError emits copro-error.
      if (/\breportError\(/.test(text) && !file.endsWith('/core/src/element.ts')) emitted.add('copro-error');
    }
    for (const name of emitted) {
      assert.ok(typed.has(name), `${name} (emitted by ${element.tagName}) has a detail type in core's event map`);
      assert.ok(documented.has(name), `${element.tagName} documents the ${name} event it emits`);
    }
  }
});

test('each element documents the CSS parts its templates render', () => {
  for (const { path, element } of elements()) {
    const documented = new Set((element.cssParts ?? []).map((part) => part.name));
    for (const file of sourcesOf(path)) {
      const text = readFileSync(file, 'utf8');
      const parts = [...text.matchAll(/\bpart="([a-z][a-z0-9-]*)"/g), ...text.matchAll(/\bpart: '([a-z][a-z0-9-]*)'/g)].map(([, name]) => name);
      for (const part of parts) assert.ok(documented.has(part), `${element.tagName} documents the "${part}" part (rendered in ${relative(root, file)})`);
    }
  }
});

test('no element carries a fake member: every event is a copro-* event with a description, no private member is listed', () => {
  for (const { element } of elements()) {
    for (const event of element.events ?? []) {
      assert.match(event.name, /^copro-[a-z-]+$/, `${element.tagName} lists an event named ${JSON.stringify(event.name)}`);
      assert.ok(event.description?.trim(), `${element.tagName}'s ${event.name} event says what it means`);
    }
    for (const member of element.members ?? []) {
      assert.notEqual(member.privacy, 'private', `${element.tagName} lists its private member ${member.name}`);
    }
  }
});

test('the attribute and event tables in docs/accessibility are the manifest’s (node scripts/doc-tables.mjs)', () => {
  const docs = generatedDocs(manifest) as Map<string, { now: string; wanted: string }>;
  assert.ok(docs.size >= 4, 'every accessibility doc has generated tables');
  for (const [file, { now, wanted }] of docs) assert.equal(now, wanted, `${relative(root, file)} matches the manifest`);
});
