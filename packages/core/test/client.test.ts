import { expect } from '@open-wc/testing';
import { CoproRequestError, EndpointClient, endpointUrl, errorMessageKey, newId, participantId, resolveEndpoint, routePath } from '@copro/core';
import { createPost, getBoard, getRoom, health, respondToPost, updateGroup } from '@copro/protocol';
import { api, flakyEndpoint, freshId, serverDown, serverUp, staffToken, testEndpoint } from '../../../test/support/index.ts';

describe('EndpointClient, against the real server', () => {
  const client = () => new EndpointClient(testEndpoint(), 3000);

  it('reads health and a board, checked against the schemas', async () => {
    expect((await client().call(health, {})).ok).to.equal(true);
    const board = await client().getBoard(freshId('client'));
    expect(board.open).to.equal(true);
    expect(board.moderation).to.be.oneOf(['before', 'after']);
  });

  it('a read whose signal is aborted (a superseded @lit/task run) is cancelled and rejects with the abort, not as a network failure', async () => {
    const superseded = new AbortController();
    superseded.abort();
    const early = await client().getBoard(freshId('client'), superseded.signal).catch((caught: unknown) => caught);
    expect(early, 'aborted before it was sent').to.be.instanceOf(DOMException);
    expect((early as DOMException).name).to.equal('AbortError');

    const midway = new AbortController();
    const reading = client().listPosts(freshId('client'), {}, undefined, midway.signal).catch((caught: unknown) => caught);
    midway.abort();
    const late = await reading;
    expect(late, 'aborted while under way').to.be.instanceOf(DOMException);
    expect((late as DOMException).name).to.equal('AbortError');
  });

  it('refuses to send a body that fails the schema, and says which field', async () => {
    const error = await client()
      .call(createPost, { params: { board: freshId('client') }, body: { id: newId(), participant: newId(), body: '' } })
      .catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(CoproRequestError);
    expect((error as CoproRequestError).kind).to.equal('invalid-request');
    expect((error as CoproRequestError).issues[0].path).to.deep.equal(['body']);
    expect(errorMessageKey(error)).to.equal('error.validation');
  });

  it('maps a staff call without the token to a plain "unauthorized" message', async () => {
    const board = freshId('client');
    const post = await client().call(createPost, { params: { board }, body: { id: newId(), participant: newId(), body: 'More benches in the park' } });
    const error = await client()
      .call(respondToPost, { params: { board, post: post.id }, body: { status: 'heard', message: 'Thank you' }, token: 'wrong-token' })
      .catch((caught: unknown) => caught);
    expect((error as CoproRequestError).status).to.equal(401);
    expect(errorMessageKey(error)).to.equal('error.unauthorized');
    const answered = await client().call(respondToPost, { params: { board, post: post.id }, body: { status: 'planned', message: 'In the spring' }, token: staffToken() });
    expect(answered.response?.status).to.equal('planned');
  });

  it('reports an unreachable server as offline, retryable', async () => {
    await serverDown();
    try {
      const error = (await new EndpointClient(flakyEndpoint(), 3000).call(health, {}).catch((caught: unknown) => caught)) as CoproRequestError;
      expect(error.kind).to.equal('network');
      expect(error.retryable).to.equal(true);
      expect(errorMessageKey(error)).to.equal('error.offline');
    } finally {
      await serverUp();
    }
  });

  it('keeps the current group from a 409 so the widget can show what changed', async () => {
    const room = freshId('client');
    // Anyone may edit this room (room writes need an editor link or staff otherwise).
    await api('PUT', `/v1/rooms/${room}`, { publicEditing: true }, staffToken());
    const loaded = await client().call(getRoom, { params: { room } });
    const group = loaded.groups[0];
    await client().call(updateGroup, { params: { room, group: group.id }, body: { status: 'invited', note: 'Asked the youth council', revision: group.revision } });
    const error = (await client()
      .call(updateGroup, { params: { room, group: group.id }, body: { status: 'missing', note: 'Nobody yet', revision: group.revision } })
      .catch((caught: unknown) => caught)) as CoproRequestError;
    expect(error.status).to.equal(409);
    expect((error.body as { current: { note: string } }).current.note).to.equal('Asked the youth council');
  });

  it('builds each path from the route table, encoding every parameter', () => {
    expect(routePath(getBoard, { board: 'town-plan' })).to.equal('/v1/boards/town-plan');
    expect(routePath(updateGroup, { room: 'r', group: 'a b/c' })).to.equal('/v1/rooms/r/groups/a%20b%2Fc');
  });

  it('resolves relative endpoints against the page and joins paths without doubling slashes', () => {
    expect(resolveEndpoint('https://api.example.org/copro')).to.equal('https://api.example.org/copro/');
    expect(endpointUrl('https://api.example.org/copro/', '/v1/health')).to.equal('https://api.example.org/copro/v1/health');
    expect(endpointUrl('/', '/v1/boards/a/posts', { sort: 'newest', cursor: undefined })).to.equal(`${location.origin}/v1/boards/a/posts?sort=newest`);
  });

  it('keeps one anonymous participant id per endpoint', () => {
    const a = participantId('https://one.example/copro');
    expect(a).to.match(/^[0-9a-f-]{36}$/);
    expect(participantId('https://one.example/copro/')).to.equal(a);
    expect(participantId('https://two.example/copro')).not.to.equal(a);
  });
});
