// Bundled by checks/outbox.mjs and loaded in headless Chromium: the real Outbox from @copro/core,
// pointed at the fault proxy (this page's own origin), with short timeouts so retries come fast.
import { Outbox, type OutboxResult } from '../../packages/core/src/outbox.ts';

const outbox = new Outbox(location.origin, { timeoutMs: 700, baseDelayMs: 100, maxDelayMs: 400 });
const results: OutboxResult['state'][] = [];

declare global {
  interface Window {
    faults: {
      sendPosts(board: string, ids: string[]): Promise<string[]>;
      drain(limitMs: number): Promise<number>;
      results: string[];
    };
  }
}

window.faults = {
  results,
  /** Sends one post per id through the outbox; resolves with each first result (sent / queued / rejected). */
  async sendPosts(board, ids) {
    const participant = crypto.randomUUID();
    const states = await Promise.all(
      ids.map((id, n) =>
        outbox.send({ id, method: 'POST', path: `/v1/boards/${board}/posts`, body: { id, participant, body: `Fault test post ${n}` }, kind: 'post' }),
      ),
    );
    return states.map((result) => result.state);
  },
  /** Flushes until nothing is waiting (or `limitMs` passes); resolves with how many writes are still in the outbox. */
  async drain(limitMs) {
    const until = Date.now() + limitMs;
    for (;;) {
      const left = await outbox.pending();
      if (!left.length || Date.now() > until) return left.length;
      await outbox.flush({ force: true });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  },
};
