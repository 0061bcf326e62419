/**
 * Development warnings: the mistakes a site makes when it embeds copro, said in the console
 * with the fix. Loaded only through the `development` export condition of `@copro/copro/define`
 * (Vite's and web-test-runner's dev servers, Storybook); production builds and `copro.js` never
 * include this file, so readers pay nothing for it.
 *
 * Checks each copro element in the document when the warnings start, and every one added or
 * changed later: a required attribute missing or empty, an attribute value the element does not
 * know, an attribute the element does not have (a typo such as `boards=`), `strings` that are
 * not a JSON object. Elements inside other shadow roots are not watched.
 */

interface Rules {
  /** Attributes without which the element cannot work. */
  required?: string[];
  /** Attributes whose value must be one of these. */
  values?: Record<string, (value: string) => boolean>;
  /** Every attribute the element reads (for typos). */
  known: string[];
}

const oneOf = (...allowed: string[]) => Object.assign((value: string) => allowed.includes(value), { allowed });
const whole = (min: number, max: number) =>
  Object.assign((value: string) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, { allowed: [`a whole number from ${min} to ${max}`] });

export const ELEMENT_RULES: Record<string, Rules> = {
  'copro-feedback-board': {
    required: ['endpoint', 'board'],
    values: { mode: oneOf('read', 'moderate'), 'page-size': whole(1, 100), 'heading-level': whole(1, 5) },
    known: ['endpoint', 'board', 'mode', 'page-size', 'heading-level', 'strings'],
  },
  'copro-room-checklist': {
    required: ['endpoint', 'room'],
    values: { 'heading-level': whole(2, 6) },
    known: ['endpoint', 'room', 'readonly', 'replace-defaults', 'heading-level', 'strings'],
  },
  'copro-ladder': {
    required: ['endpoint', 'ladder'],
    known: ['endpoint', 'ladder', 'principles', 'show-results', 'results-only', 'staff-role', 'lived-role', 'participant', 'strings'],
  },
  'copro-you-said-we-did': {
    required: ['endpoint', 'board'],
    values: { 'heading-level': whole(1, 6) },
    known: ['endpoint', 'board', 'heading-level', 'strings'],
  },
  'copro-plain-language': { known: ['endpoint', 'page', 'author', 'strings'] },
  'copro-plain-text': { known: ['block', 'endpoint', 'page', 'author', 'strings'] },
  'copro-term': { required: ['definition'], known: ['definition', 'strings'] },
  'copro-staff-admin': { required: ['endpoint'], values: { 'heading-level': whole(1, 6) }, known: ['endpoint', 'board', 'room', 'heading-level', 'strings'] },
  'copro-clarity-report': { required: ['endpoint'], values: { 'heading-level': whole(1, 6) }, known: ['endpoint', 'page', 'heading-level', 'strings'] },
};

/** Attributes any HTML element may carry. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'lang', 'dir', 'hidden', 'title', 'slot', 'part', 'exportparts', 'tabindex', 'role', 'inert', 'translate', 'is', 'nonce']);
const isGlobal = (name: string) => GLOBAL_ATTRIBUTES.has(name) || /^(aria|data)-/.test(name) || name.startsWith('on');

/** The problems with one element, in words a site editor can act on. */
export function problemsOf(element: Element): string[] {
  const tag = element.localName;
  const rules = ELEMENT_RULES[tag];
  if (!rules) return [];
  const problems: string[] = [];
  for (const name of rules.required ?? []) {
    if (!element.getAttribute(name)?.trim()) problems.push(`<${tag}> needs a ${name} attribute${name === 'endpoint' ? ' (the address of your copro server)' : ''}.`);
  }
  for (const [name, valid] of Object.entries(rules.values ?? {})) {
    const value = element.getAttribute(name);
    if (value !== null && !valid(value)) {
      problems.push(`<${tag} ${name}="${value}">: use ${(valid as unknown as { allowed: string[] }).allowed.map((each) => `"${each}"`).join(' or ')}.`);
    }
  }
  for (const name of element.getAttributeNames()) {
    if (!rules.known.includes(name) && !isGlobal(name)) problems.push(`<${tag}> has no attribute "${name}" (it knows ${rules.known.join(', ')}).`);
  }
  const strings = element.getAttribute('strings');
  if (strings !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(strings);
    } catch {
      parsed = undefined;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) problems.push(`<${tag} strings>: give a JSON object of message keys to words, e.g. strings='{"submit": "Send"}'.`);
  }
  return problems;
}

const said = new WeakMap<Element, Set<string>>();

function check(element: Element): void {
  for (const problem of problemsOf(element)) {
    const seen = said.get(element) ?? new Set<string>();
    if (seen.has(problem)) continue;
    seen.add(problem);
    said.set(element, seen);
    console.warn(`copro (development): ${problem}`, element);
  }
}

const SELECTOR = Object.keys(ELEMENT_RULES).join(',');
const LOADED = Symbol.for('copro.dev.loaded');

/** Starts the warnings for this document (once, however many copies call it). */
export function startDevWarnings(root: Document = document): void {
  const global = globalThis as { [LOADED]?: boolean };
  if (global[LOADED]) {
    console.warn('copro (development): copro is loaded twice on this page. Load it once: two copies can be two versions, and the first one defines the elements.');
    return;
  }
  global[LOADED] = true;
  const checkAll = () => root.querySelectorAll(SELECTOR).forEach(check);
  if (root.readyState === 'loading') root.addEventListener('DOMContentLoaded', checkAll, { once: true });
  else checkAll();
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') check(record.target as Element);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(SELECTOR)) check(node);
        node.querySelectorAll(SELECTOR).forEach(check);
      }
    }
  }).observe(root, { subtree: true, childList: true, attributes: true });
}
