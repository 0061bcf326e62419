import { endpointUrl, type RequestOptions } from './client.ts';
import { CoproRequestError } from './errors.ts';

/**
 * Saves `blob` as a download called `name`: a hidden link to an object URL, clicked, then freed
 * once the download has had time to start. Inside a shadow root the link goes there, so it never
 * touches the host page.
 */
export function saveFile(name: string, blob: Blob, root?: Node): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  (root instanceof ShadowRoot ? root : document.body).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Fetches a staff file (a CSV export) and saves it as `name`. A plain link cannot send the staff
 * token, which goes in a header, so this fetches and then saves. Refusals throw a
 * `CoproRequestError` with the code the staff session acts on (`unauthorized`, `forbidden_role`).
 */
export async function downloadStaffFile(endpoint: string, path: string, token: string, name: string, query: RequestOptions['query'] = {}, root?: Node): Promise<void> {
  let response: Response;
  try {
    response = await fetch(endpointUrl(endpoint, path, query), {
      headers: { Authorization: `Bearer ${token}` },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    throw new CoproRequestError('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const code = response.status === 401 ? 'unauthorized' : response.status === 403 ? 'forbidden_role' : '';
    throw new CoproRequestError('http', `HTTP ${response.status}`, response.status, code);
  }
  saveFile(name, await response.blob(), root);
}
