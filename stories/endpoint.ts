/**
 * The endpoint every story talks to: the reference server that `npm start` runs.
 * Change the `endpoint` control to point a story at another server.
 */
export const ENDPOINT = 'http://127.0.0.1:8787';

export const endpointNote =
  'The stories talk to a real endpoint: run `npm start` first (it serves on http://127.0.0.1:8787), or set the `endpoint` control to your own server. Storybook runs on another origin, so start the server allowing it: `COPRO_ALLOWED_ORIGINS=http://127.0.0.1:6006,http://localhost:6006 npm start`.';
