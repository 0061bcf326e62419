import { expect } from '@open-wc/testing';
import { api, freshId, staffToken, until } from '../../../test/support/index.ts';
import { makeBoard, postItem, seedPost } from './helpers.ts';

/** Every element holding a text node that contains `typed`, in document order. */
function holders(root: Node, typed: string): Element[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes(typed)) found.push(node.parentElement!);
  return found;
}

/**
 * What people typed sits alone in an element that isolates its direction (`<bdi>` or
 * `dir="auto"`), so a right-to-left name or a U+202E in it cannot reorder the words around it.
 */
function expectIsolated(root: Node, typed: string, what: string) {
  const found = holders(root, typed);
  expect(found, `${what} is shown`).to.not.be.empty;
  for (const holder of found) {
    expect(holder.localName === 'bdi' || holder.getAttribute('dir') === 'auto', `${what} in <${holder.localName}> is isolated`).to.equal(true);
    expect(holder.textContent!.trim(), `${what}: only the typed text is inside the isolated element`).to.equal(typed);
  }
}

describe('<copro-feedback-board> right-to-left text people typed, through the real server', () => {
  it('isolates a post body with a right-to-left override, an Arabic display name and staff answers from the words around them', async () => {
    const board = freshId('bidi');
    const body = 'Open the hall at 9 \u202Eon Saturdays';
    const name = 'ليلى';
    const post = await seedPost(board, body, { displayName: name });
    const answers = ['شكرا \u202Ewe heard you', 'The hall opens \u202Eat 9 from May'];
    for (const message of answers) {
      const { status } = await api('PUT', `/v1/boards/${board}/posts/${post.id}/response`, { status: 'planned', message }, staffToken());
      expect(status).to.equal(200);
    }

    const element = await makeBoard(board);
    await until(() => postItem(element, body), 'the post');
    const item = postItem(element, body)!;
    expectIsolated(item, body, 'the post body');
    expectIsolated(item, name, 'the display name');
    const heading = item.querySelector('.post-heading')!;
    expect(heading.textContent).to.contain('Post by');
    const nameHolder = holders(heading, name)[0]!;
    expect(nameHolder.textContent).to.not.contain('Post by');
    for (const message of answers) expectIsolated(item, message, 'a staff answer');
    const historyEntry = item.querySelector('.history li')!;
    expect(historyEntry.textContent).to.match(/Planned on/);
    expect(holders(historyEntry, answers[0]!)[0]!.textContent).to.not.contain('Planned on');
  });
});
