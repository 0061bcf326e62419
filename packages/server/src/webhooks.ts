import { createHmac, randomUUID } from 'node:crypto';
import type { Post, WebhookDelivery, WebhookEventName } from '@copro/protocol';

export interface WebhookOptions {
  /** Where to POST events; no webhook when unset. */
  url?: string;
  /** Signs each body with HMAC-SHA256: header `X-Copro-Signature: sha256=<hex>`. */
  secret?: string;
  log?: (line: string) => void;
  timeoutMs?: number;
  /** Delays before the second and third attempts. */
  retryDelaysMs?: number[];
}

export interface Webhook {
  /** Queues a delivery and returns at once: a slow or failing receiver never delays or fails the write. */
  notify(event: WebhookEventName, board: string, post: Post): void;
  /** Resolves when every queued delivery has finished (for tests and a graceful shutdown). */
  idle(): Promise<void>;
}

/** The signature header value for a raw body: what a receiver recomputes with the shared secret. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref?.());

/**
 * The optional webhook (`COPRO_WEBHOOK_URL`, `COPRO_WEBHOOK_SECRET`). Routes call `notify` after the
 * store has committed, so a receiver never hears of a write that was rolled back.
 */
export function createWebhook(options: WebhookOptions): Webhook {
  const { url, secret } = options;
  const log = options.log ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 5000;
  const retryDelaysMs = options.retryDelaysMs ?? [1000, 10000];
  const inFlight = new Set<Promise<void>>();

  async function deliver(delivery: WebhookDelivery): Promise<void> {
    const body = JSON.stringify(delivery);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'User-Agent': 'copro-webhook/1',
      'X-Copro-Event': delivery.event,
      'X-Copro-Delivery': delivery.id,
    };
    if (secret) headers['X-Copro-Signature'] = webhookSignature(secret, body);
    for (let attempt = 0; attempt <= retryDelaysMs.length; attempt++) {
      if (attempt > 0) await sleep(retryDelaysMs[attempt - 1]);
      try {
        const response = await fetch(url!, { method: 'POST', headers, body, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
        await response.body?.cancel();
        if (response.ok) return;
        // A 4xx other than a rate limit will not get better by sending again.
        if (response.status < 500 && response.status !== 429) break;
        log(`webhook ${delivery.event} answered ${response.status}`);
      } catch (error) {
        log(`webhook ${delivery.event} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    log(`webhook ${delivery.event} ${delivery.id} given up`);
  }

  return {
    notify(event, board, post) {
      if (!url) return;
      const delivery: WebhookDelivery = { id: randomUUID(), event, board, sentAt: new Date().toISOString(), post };
      const running: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => deliver(delivery))
        .catch(() => {})
        .finally(() => inFlight.delete(running));
      inFlight.add(running);
    },
    async idle() {
      while (inFlight.size) await Promise.all([...inFlight]);
    },
  };
}
