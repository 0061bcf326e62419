#!/usr/bin/env node
/**
 * `npm run staff -- add "Priya Shah" --role moderator [--expires 2027-06-30]`
 * `npm run staff -- list`
 * `npm run staff -- revoke <id>`
 *
 * Talks to the running server's admin API when one answers at PORT/HOST (then an admin token is
 * needed in COPRO_ADMIN_TOKEN or COPRO_STAFF_TOKEN); otherwise opens the database itself
 * (COPRO_DATA_DIR or DATABASE_URL), since PGlite allows one process per data folder.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminApi, fail, withDatabase } from './admin-api.mjs';

process.chdir(dirname(dirname(fileURLToPath(import.meta.url))));
const [command, ...rest] = process.argv.slice(2);
const usage = 'Use: npm run staff -- add "Name" --role viewer|moderator|admin [--expires YYYY-MM-DD] | list | revoke ID';

function option(name) {
  const at = rest.indexOf(`--${name}`);
  return at >= 0 ? rest[at + 1] : undefined;
}

const show = (member) =>
  `${member.id}  ${member.role.padEnd(9)}  ${member.name}${member.revokedAt ? `  (revoked ${member.revokedAt})` : member.expiresAt ? `  (expires ${member.expiresAt})` : ''}`;

if (!['add', 'list', 'revoke'].includes(command)) fail(usage);

const api = await adminApi();
if (command === 'add') {
  const name = rest.find((arg, i) => !arg.startsWith('--') && !rest[i - 1]?.startsWith('--'));
  const role = option('role');
  const expires = option('expires');
  if (!name || !['viewer', 'moderator', 'admin'].includes(role)) fail(usage);
  const input = { name, role, ...(expires ? { expiresAt: new Date(expires).toISOString() } : {}) };
  let created;
  if (api) created = await api.call('POST', '/v1/staff', input);
  else created = await withDatabase((db, server) => server.addStaffMember(db, input));
  console.log(`Added ${created.name} (${created.role}). Their token, shown only now:\n\n  ${created.token}\n\nGive it to them privately; it works until revoked (npm run staff -- revoke ${created.id}).`);
} else if (command === 'list') {
  const items = api ? (await api.call('GET', '/v1/staff')).items : await withDatabase((db, server) => server.listStaffMembers(db));
  if (!items.length) console.log('No named staff yet.');
  for (const member of items) console.log(show(member));
} else {
  const id = rest[0];
  if (!id) fail(usage);
  const revoked = api ? await api.call('DELETE', `/v1/staff/${id}`) : await withDatabase((db, server) => server.revokeStaffMember(db, id));
  console.log(`Revoked: ${show(revoked)}`);
}
