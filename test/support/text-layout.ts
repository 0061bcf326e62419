/**
 * Layout checks for any language: text clipped by an element or pushed outside the widget, lines
 * of text that overlap, and reading order (right to left under `dir="rtl"`). They read the layout
 * the browser made, text line by text line (Range rects), inside every shadow root.
 */

interface Line {
  node: Text;
  rect: DOMRect;
  /** Index of the text node in document order. */
  order: number;
}

function isVisuallyHidden(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    const style = getComputedStyle(at);
    if (style.clip !== 'auto' || style.clipPath !== 'none') {
      const box = at.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2) return true;
    }
    if (at instanceof HTMLElement && at.classList.contains('visually-hidden')) return true;
  }
  return false;
}

/** Every visible line of text below `host`, in document order (slotted light DOM included where it shows). */
export function textLines(host: Element): Line[] {
  const lines: Line[] = [];
  let order = 0;
  const visit = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
      if (!(node instanceof Text) || !node.data.trim()) continue;
      const parent = node.parentElement;
      if (!parent || ['STYLE', 'SCRIPT', 'OPTION', 'TEXTAREA', 'TITLE'].includes(parent.tagName)) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || isVisuallyHidden(parent)) continue;
      // The content of a closed <details> is skipped, not removed, in Chromium: its text keeps
      // stale rects that "overlap" each other. checkVisibility() knows it is not rendered.
      if (parent.checkVisibility && !parent.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      order += 1;
      for (const rect of range.getClientRects()) {
        // Far off-screen is the other way of hiding text from sight (a honeypot field for bots).
        const offScreen = rect.right < -1000 || rect.bottom < -1000;
        if (rect.width > 1 && rect.height > 1 && !offScreen) lines.push({ node, rect, order });
      }
    }
  };
  visit(host.shadowRoot ?? host);
  return lines;
}

const describe = (line: Line) => `"${line.node.data.trim().slice(0, 40)}"`;

/**
 * Text outside the widget's box (or `bounds`: the viewport for a pop-over, which floats over the
 * page), or cut off by an ancestor that hides overflow.
 */
export function clippedText(host: Element, bounds: { left: number; right: number } = host.getBoundingClientRect()): string[] {
  const problems: string[] = [];
  const outer = bounds;
  for (const line of textLines(host)) {
    if (line.rect.left < outer.left - 1 || line.rect.right > outer.right + 1) {
      problems.push(`${describe(line)} runs outside the widget (${Math.round(line.rect.left)}–${Math.round(line.rect.right)} of ${Math.round(outer.left)}–${Math.round(outer.right)})`);
      continue;
    }
    for (let at: Element | null = line.node.parentElement; at && at !== host; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
      const style = getComputedStyle(at);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const box = at.getBoundingClientRect();
      if (line.rect.left < box.left - 1 || line.rect.right > box.right + 1 || line.rect.top < box.top - 1 || line.rect.bottom > box.bottom + 1) {
        problems.push(`${describe(line)} is cut off by <${at.tagName.toLowerCase()} class="${at.className}"> (overflow ${style.overflowX}/${style.overflowY})`);
        break;
      }
    }
  }
  return problems;
}

const overlap = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;

/** Lines of different text that sit on top of each other. */
export function overlappingText(host: Element): string[] {
  const lines = textLines(host);
  const problems: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[i]!.node !== lines[j]!.node && overlap(lines[i]!.rect, lines[j]!.rect)) problems.push(`${describe(lines[i]!)} overlaps ${describe(lines[j]!)}`);
    }
  }
  return problems;
}

/**
 * Text that reads in the wrong direction: of two pieces of text on the same line, the one that
 * comes first in the document must be to the right under `rtl` (to the left under `ltr`).
 */
export function readingOrderProblems(host: Element, direction: 'ltr' | 'rtl'): string[] {
  const lines = textLines(host);
  const problems: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const [a, b] = [lines[i]!, lines[j]!];
      if (a.node === b.node) continue;
      const shared = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (shared < 0.5 * Math.min(a.rect.height, b.rect.height)) continue;
      const wrong = direction === 'rtl' ? a.rect.right < b.rect.right - 1 : a.rect.left > b.rect.left + 1;
      if (wrong) problems.push(`${describe(a)} comes before ${describe(b)} but is to their ${direction === 'rtl' ? 'left' : 'right'}`);
    }
  }
  return problems;
}

/**
 * Under `dir="rtl"`, a border or padding heavier on the left than on the right: a start-edge
 * accent or indent written with a physical property (`border-left`) instead of a logical one
 * (`border-inline-start`), so it stays on the left when it should follow the text to the right.
 */
export function physicalSideProblems(host: Element): string[] {
  const problems: string[] = [];
  const visit = (root: Element | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      if (!element.getClientRects().length) continue;
      const style = getComputedStyle(element);
      const px = (value: string) => parseFloat(value) || 0;
      const name = `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}>`;
      if (px(style.borderLeftWidth) > px(style.borderRightWidth) + 1) problems.push(`${name} has its start border on the left (${style.borderLeftWidth} left, ${style.borderRightWidth} right)`);
      if (px(style.paddingLeft) > px(style.paddingRight) + 1) problems.push(`${name} has its start padding on the left (${style.paddingLeft} left, ${style.paddingRight} right)`);
    }
  };
  visit(host.shadowRoot ?? host);
  return problems;
}
