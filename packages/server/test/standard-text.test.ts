/**
 * `?lang=` on room and ladder reads: the default groups, rungs and roles come in the reader's
 * language with `standard: true`; an organisation's own wording comes as written, `standard: false`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as z from 'zod/mini';
import { Group, Ladder, defaultGroupIds, defaultGroups, defaultRoles, defaultRungs } from '@copro/protocol';
import { TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

const memory = memoryDatabase();
const young = defaultGroups.find((group) => group.id === 'young-people')!;
const informing = defaultRungs.find((rung) => rung.id === 'informing')!;

describe('?lang= on room reads and group answers', () => {
  test('a new room answers its default groups in Welsh for lang=cy (and cy-GB), in English otherwise, each standard', async () => {
    const app = await memory.app();
    const room = slug('r');
    for (const lang of ['cy', 'cy-GB', 'CY']) {
      const welsh = await call(app, 'GET', `/v1/rooms/${room}?lang=${lang}`);
      assert.equal(welsh.status, 200);
      const group = welsh.body.groups.find((each: Group) => each.id === 'young-people');
      assert.equal(group.label, young.label.cy, lang);
      assert.equal(group.hint, young.hint.cy, lang);
      assert.equal(group.standard, true, lang);
    }
    for (const path of [`/v1/rooms/${room}`, `/v1/rooms/${room}?lang=en`, `/v1/rooms/${room}?lang=fr`]) {
      const english = await call(app, 'GET', path);
      const group = english.body.groups.find((each: Group) => each.id === 'young-people');
      assert.equal(group.label, young.label.en, path);
      assert.equal(group.standard, true, path);
    }
  });

  test("a room's own group is answered as written, standard false; group writes answer in the asked language", async () => {
    const app = await memory.app();
    const room = slug('r');
    const id = uid();
    const added = await call(app, 'POST', `/v1/rooms/${room}/groups?lang=cy`, { token: TOKEN, body: { id, label: 'Pigeon fanciers', hint: 'The club meets on Tuesdays.' } });
    assert.equal(added.status, 201);
    assert.equal(added.body.label, 'Pigeon fanciers');
    assert.equal(added.body.standard, false);
    const read = await call(app, 'GET', `/v1/rooms/${room}?lang=cy`);
    const own = read.body.groups.find((each: Group) => each.id === id);
    assert.equal(own.label, 'Pigeon fanciers');
    assert.equal(own.standard, false);
    // Stored now (the first write stored the room): still Welsh and standard.
    assert.equal(read.body.groups.find((each: Group) => each.id === 'young-people').label, young.label.cy);
    const changed = await call(app, 'PUT', `/v1/rooms/${room}/groups/young-people?lang=cy`, { token: TOKEN, body: { status: 'present', note: '', revision: 0 } });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.label, young.label.cy);
    assert.equal(changed.body.standard, true);
    const stale = await call(app, 'PUT', `/v1/rooms/${room}/groups/young-people?lang=cy`, { token: TOKEN, body: { status: 'missing', note: '', revision: 0 } });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.label, young.label.cy);
    const english = await call(app, 'PUT', `/v1/rooms/${room}/groups/young-people`, { token: TOKEN, body: { status: 'invited', note: '', revision: 1 } });
    assert.equal(english.body.label, young.label.en);
  });
});

describe('?lang= on ladder reads', () => {
  test('default rungs and roles in Welsh, standard; a reworded rung as the organisation wrote it, not standard', async () => {
    const app = await memory.app();
    const ladder = slug('l');
    const fresh = await call(app, 'GET', `/v1/ladders/${ladder}?lang=cy`);
    assert.deepEqual(fresh.body.rungs.map((rung: { label: string }) => rung.label), defaultRungs.map((rung) => rung.label.cy));
    assert.deepEqual(fresh.body.roles.map((role: { label: string }) => role.label), defaultRoles.map((role) => role.label.cy));
    assert.ok(fresh.body.rungs.every((rung: { standard: boolean }) => rung.standard === true));
    const rungs = defaultRungs.map((rung) => ({ id: rung.id, label: rung.id === 'informing' ? 'Telling people' : rung.label.en, description: rung.description.en, standard: true }));
    const saved = await call(app, 'PUT', `/v1/ladders/${ladder}?lang=cy`, { token: TOKEN, body: { rungs } });
    assert.equal(saved.status, 200);
    const read = await call(app, 'GET', `/v1/ladders/${ladder}?lang=cy`);
    const own = read.body.rungs.find((rung: { id: string }) => rung.id === 'informing');
    assert.equal(own.label, 'Telling people');
    assert.equal(own.standard, false, 'a standard flag sent by staff is not believed');
    // Its description is still the default English: it comes in Welsh.
    assert.equal(own.description, informing.description.cy);
    assert.equal(read.body.rungs.find((rung: { id: string }) => rung.id === 'coercion').label, defaultRungs[0].label.cy);
    const english = await call(app, 'GET', `/v1/ladders/${ladder}`);
    assert.equal(english.body.rungs.find((rung: { id: string }) => rung.id === 'coercion').label, defaultRungs[0].label.en);
    assert.equal(english.body.rungs.find((rung: { id: string }) => rung.id === 'coercion').standard, true);
  });
});

describe('an endpoint that does not know ?lang=', () => {
  test('answers without `standard` still parse: every item reads as not standard', () => {
    const group = z.parse(Group, { id: 'carers', label: 'Unpaid carers', hint: '', status: 'unknown', note: '', revision: 0, updatedAt: new Date(0).toISOString() });
    assert.equal(group.standard, false);
    const ladder = z.parse(Ladder, { id: 'l', title: 'L', rungs: [{ id: 'coercion', label: 'Coercion', description: '' }], roles: [{ id: 'staff', label: 'Staff' }], principles: false });
    assert.equal(ladder.rungs[0].standard, false);
    assert.equal(ladder.roles[0].standard, false);
  });
});

test('defaultGroupIds, which elements ship instead of every default group, are the ids of defaultGroups in order', () => {
  assert.deepEqual(defaultGroupIds, defaultGroups.map((group) => group.id));
});
