import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from '../db/database.ts';

/** Supports from one network within a day, as a share of a post's supports, above which staff are told. */
export const ONE_ADDRESS_SHARE = 0.5;
/** Fewer supports than this say nothing either way. */
export const ONE_ADDRESS_MIN_SUPPORTS = 5;
/** Days a day's key is kept; after that its hashes cannot be checked against any address. */
const KEEP_DAYS = 7;

/**
 * The network a support came from, as staff may know it: not the address, but a truncated
 * HMAC-SHA256 of its rate-limit key (IPv4 address or IPv6 /64) with a random key for that UTC day.
 * Supports from one network on one day share a tag; nothing links days; once the day's key is
 * deleted (after a week) the tag cannot be tested against a guessed address. See
 * docs/data-protection.md.
 */
export class SupportSources {
  readonly #keys = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async tag(network: string): Promise<string> {
    const day = this.now().toISOString().slice(0, 10);
    const key = await this.#key(day);
    return createHmac('sha256', key).update(network, 'utf8').digest('hex').slice(0, 16);
  }

  #key(day: string): Promise<Buffer> {
    let key = this.#keys.get(day);
    if (!key) {
      key = (async () => {
        const name = `support-source:${day}`;
        await this.db.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, randomBytes(32).toString('hex')]);
        const oldest = new Date(Date.parse(`${day}T00:00:00Z`) - KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
        await this.db.query(`DELETE FROM server_secrets WHERE name LIKE 'support-source:%' AND name < $1`, [`support-source:${oldest}`]);
        const { rows } = await this.db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [name]);
        return Buffer.from(rows[0].value, 'hex');
      })().catch((error) => {
        this.#keys.delete(day);
        throw error;
      });
      this.#keys.clear();
      this.#keys.set(day, key);
    }
    return key;
  }
}
