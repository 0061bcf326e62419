import { resolveEndpoint } from './client.ts';

/**
 * The staff token lives in `sessionStorage` only: it is gone when the tab closes, is never
 * written to `localStorage` or a cookie, and is sent only as `Authorization: Bearer`. Every staff
 * element for the same endpoint (the board's moderation, the clarity report) finds it, so staff type it once per tab.
 */
const keyFor = (endpoint: string) => `copro:staff-token:${resolveEndpoint(endpoint)}`;

export function readStaffToken(endpoint: string): string {
  try {
    return sessionStorage.getItem(keyFor(endpoint)) ?? '';
  } catch {
    return '';
  }
}

export function saveStaffToken(endpoint: string, token: string): void {
  try {
    sessionStorage.setItem(keyFor(endpoint), token);
  } catch {
    // Storage blocked: the token still works until the page is reloaded.
  }
}

export function forgetStaffToken(endpoint: string): void {
  try {
    sessionStorage.removeItem(keyFor(endpoint));
  } catch {
    // nothing stored
  }
}
