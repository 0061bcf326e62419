/**
 * The endpoint every story talks to: the reference server that `npm start` runs.
 * Change the `endpoint` control to point a story at another server.
 */
export const ENDPOINT = 'http://127.0.0.1:8787';

export const endpointNote =
  'The stories talk to a real endpoint: run `npm start` first (it serves on http://127.0.0.1:8787), or set the `endpoint` control to your own server. Storybook runs on another origin, so start the server allowing it: `COPRO_ALLOWED_ORIGINS=http://127.0.0.1:6006,http://localhost:6006 npm start`.';

/**
 * Kiosk stories: makes a kiosk link for `path` (`boards/<id>` or `ladders/<id>`) with a staff token
 * and puts its key in the address, as opening the link on a tablet would.
 */
export async function openKioskLink(endpoint: string, path: string, token: string): Promise<void> {
  const response = await fetch(`${endpoint.replace(/\/$/, '')}/v1/${path}/kiosk-links`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ event: 'Storybook fair', expiresAt: new Date(Date.now() + 86_400_000).toISOString() }),
  });
  if (!response.ok) return;
  const { key } = (await response.json()) as { key: string };
  history.replaceState(history.state, '', `${location.pathname}${location.search}#copro-key=${encodeURIComponent(key)}`);
}
