import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Post, WebhookDelivery, WebhookEventName } from '@copro/protocol';

export interface WebhookOptions {
  /** Where to POST events; no webhook when unset. */
  url?: string;
  /** Signs each delivery with HMAC-SHA256 of its timestamp and body: header `X-Copro-Signature: t=<unix seconds>,v1=<hex>`. */
  secret?: string;
  log?: (line: string) => void;
  timeoutMs?: number;
  /** Delays before the second and third attempts. */
  retryDelaysMs?: number[];
}

export interface Webhook {
  /** Whether deliveries go anywhere (a URL is set). */
  readonly enabled: boolean;
  /** Queues a delivery and returns at once: a slow or failing receiver never delays or fails the write. */
  notify(event: WebhookEventName, board: string, post: Post, extra?: { waiting?: number }): void;
  /** Resolves when every queued delivery has finished (for tests and a graceful shutdown). */
  idle(): Promise<void>;
}

/**
 * The `X-Copro-Signature` value for a raw body sent at `timestamp` (Unix seconds): `t=<timestamp>,v1=<hex>`,
 * where `<hex>` is HMAC-SHA256, keyed with the shared secret, of `<timestamp>.<body>` (as Stripe does).
 * Signing the time with the body lets a receiver refuse a captured delivery sent again later.
 */
export function webhookSignature(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/**
 * What a receiver does (docs/reference-server.md shows the same in a few lines): recompute the HMAC
 * of `t.body` with the secret, compare in constant time, and refuse a timestamp more than
 * `toleranceSeconds` from its own clock.
 */
export function verifyWebhookSignature(secret: string, header: string | undefined, body: string, toleranceSeconds = 300, now = Date.now()): boolean {
  const parts = new Map((header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds || !/^[0-9a-f]{64}$/.test(given)) return false;
  const expected = webhookSignature(secret, body, timestamp).split('v1=')[1];
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(given, 'hex'));
}

/** Host names that never leave the machine: plain http there is not a risk on the wire. */
const LOOPBACK = /^(localhost|127(?:\.\d+){3}|\[::1\])$/i;

/** Warnings for a webhook that would travel unsigned or unencrypted (logged once, at start). */
export function webhookWarnings(url: string | undefined, secret: string | undefined): string[] {
  if (!url) return [];
  const warnings: string[] = [];
  if (!secret) {
    warnings.push('warning: COPRO_WEBHOOK_URL is set without COPRO_WEBHOOK_SECRET: deliveries are unsigned, so the receiver cannot tell them from forgeries. Set a long random secret.');
  }
  const target = new URL(url);
  if (target.protocol !== 'https:' && !LOOPBACK.test(target.hostname)) {
    warnings.push(`warning: COPRO_WEBHOOK_URL is not https (${target.protocol}//${target.host}): posts and answers cross the network readable by anyone on the way. Use an https address.`);
  }
  return warnings;
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
  for (const warning of webhookWarnings(url, secret)) log(warning);

  async function deliver(delivery: WebhookDelivery): Promise<void> {
    const body = JSON.stringify(delivery);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'User-Agent': 'copro-webhook/1',
      'X-Copro-Event': delivery.event,
      'X-Copro-Delivery': delivery.id,
    };
    for (let attempt = 0; attempt <= retryDelaysMs.length; attempt++) {
      if (attempt > 0) await sleep(retryDelaysMs[attempt - 1]);
      // Signed at each attempt: a retry carries its own time.
      if (secret) headers['X-Copro-Signature'] = webhookSignature(secret, body);
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
    enabled: Boolean(url),
    notify(event, board, post, extra = {}) {
      if (!url) return;
      const delivery: WebhookDelivery = { id: randomUUID(), event, board, sentAt: new Date().toISOString(), post, ...extra };
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
