/**
 * Host pages built from the CSS real sites use, for tests and screenshots of copro's elements in
 * place: GOV.UK Frontend (with copro's GOV.UK theme, the one line such a site adds), Bootstrap 5,
 * a WordPress-style theme (62.5% root, a margin reset, unset buttons, tight line height, no font
 * of its own), and dark pages that declare `color-scheme: dark` in CSS or in a `<meta>`.
 */
export interface HostPage {
  name: string;
  /** Stylesheets the page links, from the test server's root. */
  stylesheets: string[];
  /** The page's own CSS, if any. */
  css?: string;
  /** `<meta name="color-scheme">` content, if the page has one. */
  metaColorScheme?: string;
  htmlClass?: string;
  bodyClass?: string;
  /** The page around the elements; `<div data-host-content></div>` is where they go. */
  frame: string;
  /** The class the page gives its paragraphs. */
  paragraphClass: string;
}

export const hostPages: HostPage[] = [
  {
    name: 'GOV.UK Frontend',
    stylesheets: ['/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css', '/packages/copro/themes/govuk.css'],
    htmlClass: 'govuk-template govuk-frontend-supported',
    bodyClass: 'govuk-template__body',
    frame: `<header class="govuk-header"><div class="govuk-header__container govuk-width-container"><span class="govuk-header__logo">Example Council</span></div></header>
      <div class="govuk-width-container"><main class="govuk-main-wrapper">
        <h1 class="govuk-heading-l">Youth fund 2026: have your say</h1>
        <div data-host-content></div>
      </main></div>`,
    paragraphClass: 'govuk-body',
  },
  {
    name: 'Bootstrap 5',
    stylesheets: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
    frame: `<nav class="navbar bg-body-tertiary"><div class="container"><span class="navbar-brand">Riverside Community Trust</span></div></nav>
      <main class="container py-4"><h1>Our youth fund</h1><div data-host-content></div></main>`,
    paragraphClass: 'lead',
  },
  {
    name: 'WordPress-style theme',
    stylesheets: [],
    css: `html { font-size: 62.5%; }
      * { margin: 0; padding: 0; }
      button { all: unset; }
      body { line-height: 1; font-size: 1.6rem; }
      .site-content { max-width: 72rem; margin: 0 auto; padding: 2rem; }
      h1 { font-size: 3.2rem; margin-bottom: 2rem; }`,
    frame: `<header class="site-header"><p class="site-title">Hilltop Residents’ Association</p></header>
      <main class="site-content"><h1 class="entry-title">Have your say</h1><div class="entry-content" data-host-content></div></main>`,
    paragraphClass: '',
  },
  {
    name: 'dark page (CSS color-scheme)',
    stylesheets: [],
    css: `:root { color-scheme: dark; background: #121212; color: #e8e8e8; font-family: system-ui, sans-serif; }
      body { margin: 0; } main { max-width: 60rem; margin: 0 auto; padding: 1rem; } a { color: #8fc3ff; }`,
    frame: `<main><h1>Neighbourhood forum</h1><div data-host-content></div></main>`,
    paragraphClass: '',
  },
  {
    name: 'dark page (meta color-scheme)',
    stylesheets: [],
    metaColorScheme: 'dark',
    css: `body { margin: 0; font-family: Verdana, sans-serif; } main { max-width: 60rem; margin: 0 auto; padding: 1rem; }`,
    frame: `<main><h1>Tenants’ voice</h1><div data-host-content></div></main>`,
    paragraphClass: '',
  },
];

/**
 * Turns the current document into `host`'s page (its stylesheets loaded, its classes, its frame)
 * and calls `fill` with the content area. Returns a function that puts the document back.
 */
export async function mountHostPage(host: HostPage, fill: (content: HTMLElement) => void): Promise<() => void> {
  const added: Element[] = [];
  await Promise.all(
    host.stylesheets.map(
      (href) =>
        new Promise<void>((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.onload = () => resolve();
          link.onerror = () => reject(new Error(`${host.name}: ${href} did not load`));
          document.head.append(link);
          added.push(link);
        }),
    ),
  );
  if (host.css) {
    const style = document.createElement('style');
    style.textContent = host.css;
    document.head.append(style);
    added.push(style);
  }
  if (host.metaColorScheme) {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = host.metaColorScheme;
    document.head.append(meta);
    added.push(meta);
  }
  const htmlClasses = (host.htmlClass ?? '').split(' ').filter(Boolean);
  const bodyClasses = (host.bodyClass ?? '').split(' ').filter(Boolean);
  document.documentElement.classList.add(...htmlClasses);
  document.body.classList.add(...bodyClasses);
  const page = document.createElement('div');
  page.innerHTML = host.frame;
  document.body.prepend(page);
  added.push(page);
  fill(page.querySelector<HTMLElement>('[data-host-content]')!);
  return () => {
    for (const element of added) element.remove();
    document.documentElement.classList.remove(...htmlClasses);
    document.body.classList.remove(...bodyClasses);
  };
}

/** The board, room and ladder a host page's elements show. */
export interface HostData {
  board: string;
  room: string;
  ladder: string;
}

/**
 * Fills a fresh board (two posts, one answered), room and ladder (five answers per role, the fewest
 * public results show) on the server at `endpoint`, through its HTTP API. Runs in a browser or Node.
 */
export async function seedHostData(endpoint: string, staffToken: string): Promise<HostData> {
  const base = endpoint.replace(/\/?$/, '/');
  const call = async <T>(method: string, path: string, body?: unknown, token?: string): Promise<T> => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(new URL(path.replace(/^\//, ''), base), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  const suffix = crypto.randomUUID().slice(0, 8);
  const ids = { board: `youth-fund-${suffix}`, room: `steering-group-${suffix}`, ladder: `youth-fund-project-${suffix}` };
  const newId = () => crypto.randomUUID();
  const first = await call<{ id: string }>('POST', `/v1/boards/${ids.board}/posts`, { id: newId(), participant: newId(), body: 'More evening sessions, please: many of us work in the day.' });
  await call('POST', `/v1/boards/${ids.board}/posts`, { id: newId(), participant: newId(), body: 'Could the forms come in large print?', displayName: 'Sam' });
  await call('PUT', `/v1/boards/${ids.board}/posts/${first.id}/response`, { status: 'planned', message: 'From March, two sessions a month start at 6pm.' }, staffToken);
  const shape = await call<{ rungs: { id: string }[]; roles: { id: string }[] }>('GET', `/v1/ladders/${ids.ladder}`);
  for (const role of shape.roles) {
    for (let index = 0; index < 5; index += 1) {
      const now = shape.rungs[index % shape.rungs.length].id;
      const aim = shape.rungs[shape.rungs.length - 1].id;
      await call('POST', `/v1/ladders/${ids.ladder}/ratings`, { id: newId(), participant: newId(), role: role.id, now, aim });
    }
  }
  return ids;
}

/** Every element, as a site would paste them into `host`'s content area. */
export function elementsMarkup(host: HostPage, endpoint: string, { board, room, ladder }: HostData): string {
  return `
    <p class="${host.paragraphClass}">What we heard about the youth fund, and what
      <copro-term definition="Working together as equals, sharing power and decisions.">co-production</copro-term> means here.</p>
    <copro-plain-language></copro-plain-language>
    <copro-plain-text>
      <p slot="standard" class="${host.paragraphClass}">The council will consider submissions received before the closing date.</p>
      <p slot="plain" class="${host.paragraphClass}">Tell us what you think before the closing date.</p>
    </copro-plain-text>
    <copro-feedback-board endpoint="${endpoint}" board="${board}"></copro-feedback-board>
    <copro-room-checklist endpoint="${endpoint}" room="${room}"></copro-room-checklist>
    <copro-ladder endpoint="${endpoint}" ladder="${ladder}" principles></copro-ladder>
    <copro-ladder endpoint="${endpoint}" ladder="${ladder}" results-only></copro-ladder>`;
}
