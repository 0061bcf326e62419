/**
 * Measures what a reader actually gets from copro's elements on a host page: every visible text
 * (in nested shadow roots and slotted light DOM too) with its computed size, font family and its
 * contrast against the colour really painted behind it, every control's size, and sideways scroll.
 *
 * The painted background is found by walking up the composed (flattened) tree (a slotted node's
 * parent is its slot, a shadow root's parent its host) and compositing each background colour's
 * alpha until an opaque one is met; where none is, the canvas colour of the page's colour scheme.
 */

export type Rgba = [number, number, number, number];

/** One visible run of text and what the reader gets from it. */
export interface TextMeasure {
  text: string;
  /** A readable path to the text's element, e.g. `copro-ladder > .chart > text`. */
  where: string;
  fontSize: number;
  fontWeight: number;
  fontFamily: string;
  contrast: number;
  /** WCAG large text: at least 24 px, or at least 18.66 px and bold. */
  large: boolean;
  color: string;
  background: string;
}

export interface ControlMeasure {
  where: string;
  label: string;
  width: number;
  height: number;
}

/** The parent of a node in the flattened tree: a slotted node's slot, a shadow root's host. */
export function composedParent(node: Node): Node | null {
  if (node instanceof Element || node instanceof Text) {
    const slot = (node as Element | Text).assignedSlot;
    if (slot) return slot;
  }
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent;
}

/** Parses a computed colour (`rgb()`, `rgba()`, `color(srgb …)`); transparent for anything else. */
export function parseColor(value: string): Rgba {
  const rgb = value.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)/);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]) / (rgb[5] ? 100 : 1);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  const srgb = value.match(/color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)/);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  return [0, 0, 0, 0];
}

/** `top` painted over `bottom` (bottom opaque). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const show = ([r, g, b, a]: Rgba) => `rgb(${Math.round(r)} ${Math.round(g)} ${Math.round(b)}${a < 1 ? ` / ${a.toFixed(2)}` : ''})`;

/** What the browser paints under a page with no background: dark where the root's used scheme is dark. */
function canvasColour(): Rgba {
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const metaScheme = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
  const declared = scheme && scheme !== 'normal' ? scheme : metaScheme;
  const dark = /\bdark\b/.test(declared) && (!/\blight\b/.test(declared) || matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
}

/** The opaque colour painted behind an element: its own background and its ancestors', composited. */
export function paintedBackground(element: Element): Rgba {
  const layers: Rgba[] = [];
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const colour = parseColor(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    node = composedParent(node);
  }
  let painted = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop()! : canvasColour();
  for (const layer of layers.reverse()) painted = composite(layer, painted);
  return painted;
}

/** The product of `opacity` from an element up the flattened tree. */
function opacityOf(element: Element): number {
  let opacity = 1;
  for (let node: Node | null = element; node; node = composedParent(node)) {
    if (node instanceof Element) opacity *= Number(getComputedStyle(node).opacity);
  }
  return opacity;
}

/** A short path such as `copro-feedback-board > li.post > p.meta`. */
export function describe(element: Element): string {
  const parts: string[] = [];
  for (let node: Node | null = element; node && parts.length < 6; node = composedParent(node)) {
    if (!(node instanceof Element)) continue;
    const name = node.localName + (node.id ? `#${node.id}` : '') + [...node.classList].slice(0, 2).map((c) => `.${c}`).join('');
    parts.unshift(name);
    if (node.localName.startsWith('copro-')) break;
  }
  return parts.join(' > ');
}

/** Every node below `root` in the flattened tree: shadow roots entered, slots replaced by what they show. */
function* flattened(root: Node): Generator<Node> {
  yield root;
  const children = root instanceof Element && root.shadowRoot
    ? root.shadowRoot.childNodes
    : root instanceof HTMLSlotElement && root.getRootNode() instanceof ShadowRoot
      ? (root.assignedNodes({ flatten: false }).length ? root.assignedNodes({ flatten: false }) : root.childNodes)
      : root.childNodes;
  for (const child of children) yield* flattened(child);
}

/** Whether a text node is painted somewhere a reader can see (not hidden, clipped to 1 px, or transparent). */
function isVisible(text: Text, parent: Element): boolean {
  const range = document.createRange();
  range.selectNodeContents(text);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  if (!rects.length) return false;
  return isInSight(parent);
}

/**
 * Whether an element is where a sighted reader can meet it: not hidden, not in a 1 px clipped box
 * (the visually hidden pattern, and a form's spam trap), not moved off the page, not transparent.
 */
function isInSight(element: Element): boolean {
  const own = element.getBoundingClientRect();
  if (own.right + scrollX <= 0 || own.bottom + scrollY <= 0) return false;
  for (let node: Node | null = element; node; node = composedParent(node)) {
    if (!(node instanceof Element)) continue;
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    const box = node.getBoundingClientRect();
    // The visually hidden pattern: a 1 px clipped box, for screen readers only.
    if ((box.width <= 1 || box.height <= 1) && (style.overflow === 'hidden' || style.clipPath !== 'none')) return false;
  }
  return opacityOf(element) > 0;
}

/** Every visible text inside `element` (its shadow roots, nested ones and slotted text included). */
export function measureTexts(element: Element): TextMeasure[] {
  const found: TextMeasure[] = [];
  for (const node of flattened(element)) {
    if (!(node instanceof Text) || !node.data.trim()) continue;
    const parent = composedParent(node);
    if (!(parent instanceof Element)) continue;
    if (['style', 'script', 'template', 'title'].includes(parent.localName)) continue;
    if (!isVisible(node, parent)) continue;
    const style = getComputedStyle(parent);
    const background = paintedBackground(parent);
    // SVG text is painted with `fill`; everything else with `color`.
    const paint = parent instanceof SVGElement ? style.fill : style.color;
    const ink = parseColor(paint);
    const seen = composite([ink[0], ink[1], ink[2], ink[3] * opacityOf(parent)], background);
    const fontSize = parseFloat(style.fontSize);
    const fontWeight = Number(style.fontWeight) || 400;
    found.push({
      text: node.data.trim().replace(/\s+/g, ' ').slice(0, 40),
      where: describe(parent),
      fontSize,
      fontWeight,
      fontFamily: style.fontFamily,
      contrast: contrastRatio(seen, background),
      large: fontSize >= 24 || (fontSize >= 18.66 && fontWeight >= 700),
      color: show(seen),
      background: show(background),
    });
  }
  return found;
}

const controlSelector = 'button, input, select, textarea, summary, [role="button"], [role="radio"], [role="checkbox"], [role="switch"], [tabindex="0"]';

/**
 * Every visible control's target size. A checkbox or radio counts with its label (clicking the
 * label works the control, which is how WCAG 2.5.8 is met for them).
 */
export function measureControls(element: Element): ControlMeasure[] {
  const found: ControlMeasure[] = [];
  for (const node of flattened(element)) {
    if (!(node instanceof HTMLElement) || !node.matches(controlSelector)) continue;
    if (node instanceof HTMLInputElement && node.type === 'hidden') continue;
    let box = node.getBoundingClientRect();
    if ((box.width === 0 && box.height === 0) || !isInSight(node)) continue;
    // WCAG 2.5.8's inline exception: a word in a sentence (a glossary term) keeps the text's line height.
    if ((node.getRootNode() as ShadowRoot).host?.localName === 'copro-term') continue;
    if (node instanceof HTMLInputElement && ['checkbox', 'radio'].includes(node.type)) {
      // The whole label clicks the control: count the union of the input and its labels.
      for (const label of node.labels ?? []) {
        const l = label.getBoundingClientRect();
        const left = Math.min(box.left, l.left);
        const top = Math.min(box.top, l.top);
        box = new DOMRect(left, top, Math.max(box.right, l.right) - left, Math.max(box.bottom, l.bottom) - top);
      }
    }
    const label = (node.getAttribute('aria-label') ?? node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
    found.push({ where: describe(node), label, width: box.width, height: box.height });
  }
  return found;
}

/** The family list names a serif face first, or only the browser's default (which is a serif everywhere). */
export function isSerifFallback(fontFamily: string): boolean {
  const families = fontFamily.split(',').map((name) => name.trim().replace(/^["']|["']$/g, '').toLowerCase());
  const first = families[0] ?? '';
  return first === 'serif' || first === 'times new roman' || first === 'times' || first === '-webkit-standard' || first === 'liberation serif' || first === 'dejavu serif';
}

export interface LegibilityProblems {
  texts: TextMeasure[];
  controls: ControlMeasure[];
  problems: string[];
  smallest: TextMeasure | undefined;
  lowestContrast: TextMeasure | undefined;
}

/**
 * Measures `elements` and lists every failure of the legibility floors: text under 14 px, body text
 * under 16 px (`bodySelector` says which element's text is body copy), serif fallback, contrast under
 * 4.5:1 (3:1 for large text), controls under 24×24 px.
 */
export function legibilityProblems(elements: Element[]): LegibilityProblems {
  const texts = elements.flatMap(measureTexts);
  const controls = elements.flatMap(measureControls);
  const problems: string[] = [];
  for (const text of texts) {
    const at = `"${text.text}" at ${text.where}`;
    if (text.fontSize < 14 - 0.01) problems.push(`${at}: ${text.fontSize.toFixed(1)} px text (under 14 px)`);
    if (isSerifFallback(text.fontFamily)) problems.push(`${at}: serif fallback font (${text.fontFamily})`);
    const needed = text.large ? 3 : 4.5;
    if (text.contrast < needed - 0.005) problems.push(`${at}: contrast ${text.contrast.toFixed(2)}:1 (${text.color} on ${text.background}, needs ${needed}:1)`);
  }
  for (const control of controls) {
    if (control.width < 24 - 0.5 || control.height < 24 - 0.5) {
      problems.push(`control "${control.label}" at ${control.where}: ${control.width.toFixed(0)}×${control.height.toFixed(0)} px (under 24×24)`);
    }
  }
  const smallest = [...texts].sort((a, b) => a.fontSize - b.fontSize)[0];
  const lowestContrast = [...texts].sort((a, b) => a.contrast - b.contrast)[0];
  return { texts, controls, problems, smallest, lowestContrast };
}

/** The computed size of body copy: the text of an element's own `:host` (what a paragraph inherits). */
export function bodyTextSize(element: Element): number {
  return parseFloat(getComputedStyle(element).fontSize);
}

/** Whether the page scrolls sideways (content wider than the viewport). */
export function scrollsSideways(): boolean {
  return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;
}
