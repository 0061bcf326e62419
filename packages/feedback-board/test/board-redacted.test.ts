/**
 * Issue 15: staff can redact personal details from a post, and readers were not told the words had
 * been changed. A redacted post says so, in a short plain line under its words, in English and Welsh.
 * Against the real test server.
 */
import { expect } from '@open-wc/testing';
import { api, expectAccessible, freshId, staffToken, until } from '../../../test/support/index.ts';
import { makeBoard, postItem, seedPost, visibleText } from './helpers.ts';

async function redact(board: string, post: string, body: string) {
  const { status } = await api('PUT', `/v1/boards/${board}/posts/${post}/body`, { body }, staffToken());
  if (status !== 200) throw new Error(`redaction failed: ${status}`);
}

describe('<copro-feedback-board>: a post a moderator changed', () => {
  it('tells readers, under the words, that a moderator edited it to remove personal details; other posts say nothing', async () => {
    const board = freshId('fb-redacted');
    const changed = await seedPost(board, 'Fix the swings. Text me on 07700 900123');
    await seedPost(board, 'More benches by the pond');
    await redact(board, changed.id, 'Fix the swings.');
    const reader = await makeBoard(board);
    const item = (await until(() => postItem(reader, 'Fix the swings.'), 'the redacted post'))!;
    const line = (await until(() => item.querySelector('.redacted'), 'the line saying so'))!;
    expect(visibleText(line), 'a line saying so').to.equal('Edited by a moderator to remove personal details');
    expect(item.querySelector('.body')!.nextElementSibling === line, 'straight under the words').to.equal(true);
    expect(postItem(reader, 'More benches by the pond')!.querySelector('.redacted') === null, 'nothing on a post as its author wrote it').to.equal(true);
    expect(visibleText(reader.shadowRoot!.querySelector('ul.posts') as Element)).to.not.contain('07700');
    await expectAccessible(reader);
  });

  it('says it in Welsh when the page does', async () => {
    const board = freshId('fb-redacted');
    const changed = await seedPost(board, 'Trwsiwch y siglenni. Ffoniwch fi ar 07700 900123');
    await redact(board, changed.id, 'Trwsiwch y siglenni.');
    const reader = await makeBoard(board, { lang: 'cy' });
    const item = (await until(() => postItem(reader, 'Trwsiwch y siglenni.'), 'the redacted post'))!;
    expect(visibleText((await until(() => item.querySelector('.redacted'), 'the line'))!)).to.equal('Golygwyd gan gymedrolwr i dynnu manylion personol');
  });
});
