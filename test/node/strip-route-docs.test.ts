/**
 * The drop-in bundle keeps of each route only what the endpoint client reads (method, path, body,
 * the successful answers' schemas): the server-only fields go (packages/copro/build/strip-route-docs.mjs).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SERVER_ONLY_FIELDS, stripRouteDocs } from '../../packages/copro/build/strip-route-docs.mjs';

// Every route module (one per resource), as one text: each is stripped on its own in the bundle.
const folder = new URL('../../packages/protocol/src/routes/', import.meta.url);
const sources = readdirSync(folder).filter((name) => name.endsWith('.ts')).map((name) => readFileSync(new URL(name, folder), 'utf8'));
const source = sources.join('\n');
const routeLines = (text: string) => text.split('\n').filter((line) => /^export const \w+ = \{.*\} satisfies RouteSpec;$/.test(line));

test('every route keeps method, path and its 2xx answers, and loses every server-only field', () => {
  const stripped = sources.map((text) => stripRouteDocs(text) ?? text).join('\n');
  const before = routeLines(source);
  const after = routeLines(stripped);
  assert.ok(before.length >= 50, 'the table is one route per line');
  assert.equal(after.length, before.length);
  for (const [index, line] of after.entries()) {
    for (const field of SERVER_ONLY_FIELDS) assert.doesNotMatch(line, new RegExp(`\\b${field}:`), `${field} left in: ${line}`);
    assert.doesNotMatch(line, /\b[3-5]\d\d:/, `a refusal left in: ${line}`);
    assert.match(line, /method: '\w+', path: '\/v1\/[^']*'/);
    const answers = before[index].match(/\b2\d\d: \{[^}]*schema: (\w+)/g) ?? [];
    for (const answer of answers) assert.ok(line.includes(`schema: ${answer.split('schema: ')[1]}`), `answer schema lost: ${line}`);
    assert.doesNotMatch(line, /,\s*,|\{\s*,/, `a dangling comma: ${line}`);
  }
  // Outside the routes nothing changes (the shared error sets are just no longer referenced).
  assert.equal(stripped.split('\n').filter((line) => !routeLines(line).length).join('\n'), source.split('\n').filter((line) => !routeLines(line).length).join('\n'));
});
