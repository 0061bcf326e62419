import { randomUUID } from 'node:crypto';
import { defaultGroups, evidenceThreshold, maxGroupsPerRoom, type EvidenceChannel, type Group, type GroupEvidence, type GroupEvidenceSources, type GroupConflict, type NewGroup, type Room, type RoomSettings, type UpdateGroup } from '@copro/protocol';
import { iso, isUniqueViolation, type Database, type Queryable, type Row } from '../db/database.ts';
import { conflict, notFound } from './errors.ts';
import { titleFromId } from './ids.ts';
import { localGroup, type TextLanguage } from './standard-text.ts';
import { setRetentionDays } from './retention-settings.ts';
import { databaseOnly, type ChangeRecorder } from '../changes.ts';

/** A stored group, in English (routes answer it in the reader's language: see standard-text.ts). */
function toGroup(row: Row): Group {
  return localGroup({
    id: row.id as string,
    label: row.label as string,
    hint: row.hint as string,
    status: row.status as Group['status'],
    note: row.note as string,
    revision: Number(row.revision),
    updatedAt: iso(row.updated_at),
  }, 'en');
}

const GROUP_COLUMNS = 'id, label, hint, status, note, revision, updated_at';

/** What an unknown room's default groups say they were last changed: never (the epoch). */
export const NEVER_UPDATED = new Date(0).toISOString();

/** A room not stored yet, as it reads: the default groups, none changed. */
export const defaultRoom = (id: string): Room => ({
  id,
  title: titleFromId(id),
  groups: defaultGroups.map((group) => ({ id: group.id, label: group.label.en, hint: group.hint.en, status: 'unknown', note: '', revision: 0, updatedAt: NEVER_UPDATED, standard: true })),
  publicEditing: false,
});

export class RoomStore {
  constructor(
    private readonly db: Database,
    private readonly autoCreate: boolean,
    /** Every committed write records a change (changes.ts). */
    private readonly changes: ChangeRecorder = databaseOnly,
  ) {}

  /** Makes sure the room exists (with the 26 default groups), creating it when allowed. */
  private async ensure(id: string, create = this.autoCreate, title?: string): Promise<{ title: string; created: boolean; publicEditing?: boolean }> {
    const found = await this.db.query<{ title: string; public_editing: boolean }>('SELECT title, public_editing FROM rooms WHERE id = $1', [id]);
    if (found.rows[0]) return { title: found.rows[0].title, created: false, publicEditing: found.rows[0].public_editing };
    if (!create) throw notFound('room');
    return this.db.transaction(async (tx) => {
      const inserted = await tx.query('INSERT INTO rooms (id, title) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [id, title ?? titleFromId(id)]);
      if (inserted.rowCount > 0) {
        const values: string[] = [];
        const params: unknown[] = [id];
        defaultGroups.forEach((group, position) => {
          values.push(`($1, $${params.push(group.id)}, $${params.push(group.label.en)}, $${params.push(group.hint.en)}, ${position})`);
        });
        await tx.query(`INSERT INTO room_groups (room_id, id, label, hint, position) VALUES ${values.join(', ')}`, params);
        await this.changes.record(tx, { kind: 'room', resource: id, event: 'settings' });
      }
      const row = (await tx.query<{ title: string }>('SELECT title FROM rooms WHERE id = $1', [id])).rows[0];
      return { title: row.title, created: inserted.rowCount > 0 };
    });
  }

  /**
   * The room, or its defaults when it is not stored yet: a read never writes (finding 4). The
   * default groups then carry a fixed `updatedAt` (never changed), so the answer is the same each time.
   */
  async get(id: string): Promise<Room> {
    const found = await this.db.query<{ title: string; public_editing: boolean | null; retention_days: number | null }>('SELECT title, public_editing, retention_days FROM rooms WHERE id = $1', [id]);
    const stored = found.rows[0];
    if (stored) {
      const retention = stored.retention_days == null ? {} : { retentionDays: Number(stored.retention_days) };
      return { id, title: stored.title, groups: await this.groups(this.db, id), publicEditing: stored.public_editing ?? false, ...retention };
    }
    if (!this.autoCreate) throw notFound('room');
    return defaultRoom(id);
  }

  private async groups(db: Queryable, roomId: string): Promise<Group[]> {
    const { rows } = await db.query(`SELECT ${GROUP_COLUMNS} FROM room_groups WHERE room_id = $1 AND removed_at IS NULL ORDER BY position, id`, [roomId]);
    return rows.map(toGroup);
  }

  /** Staff: create a room or change its title. */
  async configure(id: string, settings: RoomSettings): Promise<Room> {
    await this.ensure(id, true, settings.title);
    if (settings.title !== undefined) await this.db.query('UPDATE rooms SET title = $2 WHERE id = $1', [id, settings.title]);
    if (settings.publicEditing !== undefined) await this.db.query('UPDATE rooms SET public_editing = $2 WHERE id = $1', [id, settings.publicEditing]);
    if (settings.retentionDays !== undefined) await setRetentionDays(this.db, 'rooms', id, settings.retentionDays);
    await this.changes.record(this.db, { kind: 'room', resource: id, event: 'settings' });
    return this.get(id);
  }

  /**
   * Changes a group if `revision` is current, in one UPDATE ... WHERE revision = $n (race-free).
   * A stale write whose status and note already match is answered with the current group (a retry that landed).
   * The revision is compared as bigint: one past the integer column's range is stale (409), not a cast error (500).
   */
  async updateGroup(roomId: string, groupId: string, change: UpdateGroup, by = 'anonymous'): Promise<{ group: Group } | { conflict: GroupConflict }> {
    const stored = await this.db.query('SELECT 1 FROM rooms WHERE id = $1', [roomId]);
    // A change to a group a new room would not have creates nothing.
    if (!stored.rows[0] && !defaultGroups.some((group) => group.id === groupId)) throw notFound('group in this room');
    await this.ensure(roomId);
    const updated = await this.db.query(
      `UPDATE room_groups SET status = $3, note = $4, revision = revision + 1, updated_at = date_trunc('milliseconds', now()), updated_by = $6
       WHERE room_id = $1 AND id = $2 AND revision = $5::bigint AND (status <> $3 OR note <> $4) AND removed_at IS NULL
       RETURNING ${GROUP_COLUMNS}`,
      [roomId, groupId, change.status, change.note, change.revision, by],
    );
    if (updated.rows[0]) {
      await this.changes.record(this.db, { kind: 'room', resource: roomId, event: 'group', item: groupId });
      return { group: toGroup(updated.rows[0]) };
    }
    const current = (await this.db.query(`SELECT ${GROUP_COLUMNS} FROM room_groups WHERE room_id = $1 AND id = $2 AND removed_at IS NULL`, [roomId, groupId])).rows[0];
    if (!current) throw notFound('group in this room');
    const group = toGroup(current);
    if (group.status === change.status && group.note === change.note) return { group };
    return {
      conflict: {
        error: { code: 'conflict', message: 'Someone else changed this group first. Here is how it stands now.' },
        current: group,
      },
    };
  }

  /** Adds a custom group once per id: `created` is false when a group with that id is already in the room. */
  async addGroup(roomId: string, input: NewGroup, by = 'anonymous'): Promise<{ group: Group; created: boolean }> {
    await this.ensure(roomId);
    try {
      // The cap is checked in the INSERT itself, so concurrent adds cannot pass it together by much.
      const { rows } = await this.db.query(
        `INSERT INTO room_groups (room_id, id, label, hint, position, updated_by)
         SELECT $1, $2, $3, $4, COALESCE(MAX(position), -1) + 1, $5 FROM room_groups WHERE room_id = $1
         HAVING COUNT(*) < ${maxGroupsPerRoom}
         ON CONFLICT (room_id, id) DO NOTHING
         RETURNING ${GROUP_COLUMNS}`,
        [roomId, input.id, input.label, input.hint ?? '', by],
      );
      if (rows[0]) {
        await this.changes.record(this.db, { kind: 'room', resource: roomId, event: 'group', item: input.id });
        return { group: toGroup(rows[0]), created: true };
      }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = (await this.db.query(`SELECT ${GROUP_COLUMNS} FROM room_groups WHERE room_id = $1 AND id = $2`, [roomId, input.id])).rows[0];
    if (!existing) throw conflict(`This checklist already has ${maxGroupsPerRoom} groups, the most it can hold. Remove one first.`);
    return { group: toGroup(existing), created: false };
  }

  /** Staff: removes a group from the checklist (kept, so it can be restored); answers it as it was. */
  async setGroupRemoved(roomId: string, groupId: string, removed: boolean, by: string): Promise<Group> {
    await this.ensure(roomId);
    const { rows } = await this.db.query(
      `UPDATE room_groups SET removed_at = ${removed ? 'COALESCE(removed_at, now())' : 'NULL'}, revision = revision + 1,
         updated_at = date_trunc('milliseconds', now()), updated_by = $3
       WHERE room_id = $1 AND id = $2 RETURNING ${GROUP_COLUMNS}`,
      [roomId, groupId, by],
    );
    if (!rows[0]) throw notFound('group in this room');
    await this.changes.record(this.db, { kind: 'room', resource: roomId, event: 'group', item: groupId });
    return toGroup(rows[0]);
  }

  /** Staff: a new editor link for a room; only the key's hash is kept. */
  async addEditorLink(roomId: string, keyHash: string, by: string): Promise<string> {
    await this.ensure(roomId, true);
    const id = randomUUID();
    await this.db.query('INSERT INTO room_editor_links (id, room_id, key_hash, created_by) VALUES ($1, $2, $3, $4)', [id, roomId, keyHash, by]);
    return id;
  }

  async revokeEditorLink(roomId: string, id: string): Promise<void> {
    const { rowCount } = await this.db.query(
      'UPDATE room_editor_links SET revoked_at = COALESCE(revoked_at, now()) WHERE room_id = $1 AND id = $2',
      [roomId, id],
    );
    if (rowCount === 0) throw notFound('editor link for this room');
  }

  /**
   * Staff: every group of the room with what backs it (issue 19), in the checklist's order. Only
   * the stored tags are read here; a room not stored yet has none.
   */
  async evidence(roomId: string, lang: TextLanguage): Promise<GroupEvidence[]> {
    const room = await this.get(roomId);
    const { rows } = await this.db.query<{ id: string; evidence_channels: string[]; evidence_events: string[] }>(
      'SELECT id, evidence_channels, evidence_events FROM room_groups WHERE room_id = $1 AND removed_at IS NULL',
      [roomId],
    );
    const tags = new Map(rows.map((row) => [row.id, { channels: row.evidence_channels as EvidenceChannel[], events: row.evidence_events }]));
    return Promise.all(room.groups.map((group) => this.groupEvidence(localGroup(group, lang), tags.get(group.id) ?? { channels: [], events: [] })));
  }

  /** Staff (moderator): tags a group with the channels and events its evidence comes from; answers it with its counts. */
  async setEvidence(roomId: string, groupId: string, sources: GroupEvidenceSources, lang: TextLanguage): Promise<GroupEvidence> {
    const stored = await this.db.query('SELECT 1 FROM rooms WHERE id = $1', [roomId]);
    if (!stored.rows[0] && !defaultGroups.some((group) => group.id === groupId)) throw notFound('group in this room');
    await this.ensure(roomId);
    // One of each channel, and one of each event name (names differing only in case are one event).
    const channels = [...new Set(sources.channels)];
    const seen = new Set<string>();
    const events = sources.events.map((name) => name.trim()).filter((name) => name && !seen.has(name.toLocaleLowerCase()) && seen.add(name.toLocaleLowerCase()));
    const { rows } = await this.db.query(
      `UPDATE room_groups SET evidence_channels = $3, evidence_events = $4 WHERE room_id = $1 AND id = $2 AND removed_at IS NULL RETURNING ${GROUP_COLUMNS}`,
      [roomId, groupId, channels, events],
    );
    if (!rows[0]) throw notFound('group in this room');
    return this.groupEvidence(localGroup(toGroup(rows[0]), lang), { channels, events });
  }

  /** Counts the posts and ratings of the whole endpoint from `sources`; a count of 1 to 4 is hidden (null). */
  private async groupEvidence(group: Group, sources: GroupEvidenceSources): Promise<GroupEvidence> {
    const tagged = sources.channels.length > 0 || sources.events.length > 0;
    const base = { group: group.id, label: group.label, status: group.status, sources, tagged };
    if (!tagged) return { ...base, posts: null, ratings: null };
    // Only posts anyone can see back a group (hidden spam typed on a kiosk does not); both sides of
    // the event match are lower-cased by the database, so a Welsh name (Gŵyl) matches itself.
    const count = async (table: 'posts' | 'ratings') => {
      const { rows } = await this.db.query<{ n: number }>(
        `SELECT COUNT(*)::int AS n FROM ${table}
         WHERE ${table === 'posts' ? "visibility = 'visible' AND " : ''}(channel = ANY($1::text[]) OR lower(event) IN (SELECT lower(name) FROM unnest($2::text[]) AS name))`,
        [sources.channels, sources.events],
      );
      const n = Number(rows[0]?.n ?? 0);
      return n > 0 && n < evidenceThreshold ? null : n;
    };
    return { ...base, posts: await count('posts'), ratings: await count('ratings') };
  }
}
