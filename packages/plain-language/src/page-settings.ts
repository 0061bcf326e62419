/**
 * What the page's switch says for every block on the page: the endpoint for "Was this clear?",
 * the page id answers are filed under, and author mode. Read from the switches in the document,
 * so blocks follow a switch wherever it is on the page and in whatever order they load.
 */
export interface PageSettings {
  /** Where "Was this clear?" answers go; without one, blocks do not ask. */
  endpoint: string;
  /** The page id answers are filed under: the switch's `page` attribute, or the page's path. */
  page: string;
  /** Author mode: every block shows its reading age and flags. */
  author: boolean;
}

const SWITCH = 'copro-plain-language';

export function pageSettings(): PageSettings {
  const withEndpoint = document.querySelector(`${SWITCH}[endpoint]`);
  return {
    endpoint: withEndpoint?.getAttribute('endpoint') ?? '',
    page: document.querySelector(`${SWITCH}[page]`)?.getAttribute('page') || location.pathname,
    author: !!document.querySelector(`${SWITCH}[author]`),
  };
}

/** Settings for one block: its own attributes win over the page's. */
export function blockSettings(block: Element): PageSettings {
  const page = pageSettings();
  return {
    endpoint: block.getAttribute('endpoint') ?? page.endpoint,
    page: block.getAttribute('page') || page.page,
    author: block.hasAttribute('author') || page.author,
  };
}
