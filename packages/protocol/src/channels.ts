import type { Channel } from './common.ts';

/*
 * Staff only: the channels staff type entries up from (a module of its own, so readers' bundles,
 * which hold common.ts, never carry the list).
 */
/** Every channel but `online`, which only residents write: how an entry typed up by staff reached them. */
export const assistedChannels = ['paper', 'event', 'phone', 'email', 'other'] as const satisfies readonly Channel[];
export type AssistedChannel = (typeof assistedChannels)[number];
