import * as z from 'zod/mini';
import { Timestamp, limits, text } from './common.ts';

/**
 * Kiosk links (issue 20, CONTRACT.md "Kiosk"): a shared tablet at an event. Staff make a link for a
 * board and an event; writes sent with its key (`Authorization: Bearer <key>`) are stored with
 * `channel: "event"` and the event's name. The key expires, can be revoked, and works only for
 * that board's new posts and supports: it is not a staff token.
 */

/** The longest a kiosk link may live: an event lasts a day or a few, not a season. */
export const KIOSK_LINK_MAX_DAYS = 31;

/** `POST /v1/boards/{board}/kiosk-links`: the event's name, and when the key stops working (in the future, at most 31 days ahead). */
export const NewKioskLink = z.object({
  event: text(limits.label),
  expiresAt: Timestamp,
});
export type NewKioskLink = z.infer<typeof NewKioskLink>;

/**
 * `201` of `POST /v1/boards/{board}/kiosk-links`: the only time the key is shown. `url` opens the
 * reference server's full-screen kiosk page for the board, the key in its fragment
 * (`#copro-key=<key>`), which browsers never send to a server.
 */
export const KioskLinkCreated = z.object({ id: z.string(), key: z.string(), url: z.string() });
export type KioskLinkCreated = z.infer<typeof KioskLinkCreated>;

/** One of a board's kiosk links, as staff list them (never the key). */
export const KioskLinkInfo = z.object({
  id: z.string(),
  event: z.string(),
  expiresAt: Timestamp,
  createdAt: Timestamp,
  createdBy: z.string(),
  /** The key has passed its `expiresAt` (revoked links are not listed). */
  expired: z.boolean(),
});
export type KioskLinkInfo = z.infer<typeof KioskLinkInfo>;

/** `GET /v1/boards/{board}/kiosk-links`: the links not revoked, newest first. */
export const KioskLinkList = z.object({ items: z.array(KioskLinkInfo) });
export type KioskLinkList = z.infer<typeof KioskLinkList>;
