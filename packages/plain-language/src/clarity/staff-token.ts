import { resolveEndpoint } from '@copro/core';

/**
 * The staff token for an endpoint, kept in `sessionStorage`: it lasts while the tab is open and
 * is never written to `localStorage` or a cookie. Any staff element for the same endpoint finds it.
 */
const keyFor = (endpoint: string) => `copro:staff-token:${resolveEndpoint(endpoint)}`;

export function storedStaffToken(endpoint: string): string {
  try {
    return sessionStorage.getItem(keyFor(endpoint)) ?? '';
  } catch {
    return '';
  }
}

export function rememberStaffToken(endpoint: string, token: string): void {
  try {
    if (token) sessionStorage.setItem(keyFor(endpoint), token);
    else sessionStorage.removeItem(keyFor(endpoint));
  } catch {
    // Blocked storage: the token is used for this request and asked for again next time.
  }
}
