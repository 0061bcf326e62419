import type { Context } from 'hono';
import type { Channel } from '@copro/protocol';
import { invalid } from '../store/errors.ts';

/** How a write arrived, as stored with it: `event` is the event's name (null unless the channel is `event`). */
export interface Arrival {
  channel: Channel;
  event: string | null;
  /** Anyone may have typed it (a kiosk at an event): the board's moderation applies, as to residents' own posts. */
  moderated?: boolean;
}

/**
 * The channel of a post or rating (CONTRACT.md "Channels"). A resident's write (no staff token) is
 * `online`: asking for another channel, or naming an event, is refused with 400, so a client that
 * means to type something up on someone's behalf learns that it needs a staff token instead of
 * having its channel silently dropped. A kiosk's write (a kiosk link's key, checked by the route
 * guard) is `event`, with the link's event name. A staff write (the route guard has checked the role) must say
 * how it arrived, and that is never `online`: that word means a resident typed it in the element.
 * Records the channel, never the words, for the audit entry.
 */
export function arrival(c: Context, input: { channel?: Channel; event?: string }, target: string): Arrival {
  const staff = c.get('staff');
  const event = input.event ? input.event : null;
  const kiosk = c.get('kiosk');
  if (kiosk) {
    // A shared tablet at an event (a kiosk link's key): the link says the channel and the event.
    if (input.channel !== undefined && input.channel !== 'event') {
      throw invalid('Words typed on a kiosk are stored as said at its event.', [{ path: ['channel'], message: 'Leave the channel out.' }]);
    }
    if (event !== null && event !== kiosk.event) throw invalid('A kiosk link names its own event.', [{ path: ['event'], message: 'Leave the event out.' }]);
    return { channel: 'event', event: kiosk.event, moderated: true };
  }
  if (!staff) {
    if (input.channel !== undefined && input.channel !== 'online') {
      throw invalid('Only staff can type something up on someone’s behalf: send a moderator’s token with a channel.', [
        { path: ['channel'], message: 'Leave the channel out: what you write here is "online".' },
      ]);
    }
    if (event !== null) throw invalid('Only staff can name an event.', [{ path: ['event'], message: 'Leave the event out.' }]);
    return { channel: 'online', event: null };
  }
  if (input.channel === undefined || input.channel === 'online') {
    throw invalid('Say how the words arrived: paper, event, phone, email or other.', [
      { path: ['channel'], message: 'Choose paper, event, phone, email or other ("online" is what residents type themselves).' },
    ]);
  }
  if (event !== null && input.channel !== 'event') {
    throw invalid('An event name goes with the "event" channel.', [{ path: ['event'], message: 'Leave the event out, or choose the event channel.' }]);
  }
  c.set('auditTarget', target);
  c.set('auditChanges', { channel: input.channel, ...(event ? { event } : {}) });
  return { channel: input.channel, event };
}
