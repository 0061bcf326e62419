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
