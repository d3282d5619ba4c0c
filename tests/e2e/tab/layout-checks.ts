import type { Page } from 'playwright-core';

/**
 * Layout checks for a rendered page, run inside the browser:
 * - overlap: two text elements whose glyph boxes (the client rects of their own text nodes,
 *   not their block boxes) intersect;
 * - clipped: a text element whose text is cut off by its own box (scrollWidth/scrollHeight beyond
 *   the client box with overflow hidden/clip), by an ancestor that hides or scrolls it sideways,
 *   or by the viewport's left/right edge. An ellipsis is allowed only where the element or an
 *   ancestor carries a title attribute holding the full text.
 * Invisible text (display none, visibility hidden, opacity 0, the visually-hidden pattern, text moved
 * wholly off the page's left or top edge like a skip link) is skipped.
 */
export interface LayoutCheckOptions {
  /** CSS selector of the part of the page to check (default: the whole body). */
  scope?: string;
  /** CSS selector of elements whose text is left out (e.g. a third-party widget's own layout). */
  ignore?: string;
  /** Pixels two boxes may share before they count as overlapping (default 2). */
  tolerance?: number;
}

export interface LayoutReport {
  overlaps: string[];
  clipped: string[];
  /** How many text elements were looked at (a check of nothing proves nothing). */
  textElements: number;
}

export async function layoutProblems(page: Page, options: LayoutCheckOptions = {}): Promise<LayoutReport> {
  return page.evaluate(inspectLayout, {
    scope: options.scope ?? 'body',
    ignore: options.ignore ?? '',
    tolerance: options.tolerance ?? 2,
  });
}

/** Overlaps and clipped text as one list of readable problems (empty when the layout is sound). */
export async function layoutFailures(page: Page, options: LayoutCheckOptions = {}): Promise<string[]> {
  const report = await layoutProblems(page, options);
  if (report.textElements === 0) return [`no text found in ${options.scope ?? 'body'}`];
  return [...report.overlaps.map((o) => `overlap: ${o}`), ...report.clipped.map((c) => `clipped: ${c}`)];
}

/** Runs in the page: keep it self-contained (no closures over Node values). */
function inspectLayout(args: { scope: string; ignore: string; tolerance: number }): LayoutReport {
  const root = document.querySelector(args.scope);
  if (!root) return { overlaps: [], clipped: [`scope ${args.scope} not found`], textElements: 0 };
  const tol = args.tolerance;

  const describe = (el: Element): string => {
    const testId = el.closest('[data-testid]')?.getAttribute('data-testid');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `<${el.tagName.toLowerCase()}${testId ? ` in ${testId}` : ''}> "${text}"`;
  };

  const hiddenCache = new Map<Element, boolean>();
  const invisible = (el: Element): boolean => {
    const cached = hiddenCache.get(el);
    if (cached !== undefined) return cached;
    let result = false;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) result = true;
    else {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const clippedAway =
        (style.clip !== 'auto' && style.clip !== '') ||
        (style.clipPath !== 'none' && style.clipPath !== '') ||
        (box.width <= 1 && box.height <= 1 && style.overflow !== 'visible');
      result = clippedAway || (el.parentElement ? invisible(el.parentElement) : false);
    }
    hiddenCache.set(el, result);
    return result;
  };

  interface TextBox {
    el: Element;
    rects: DOMRect[];
  }
  const boxes: TextBox[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const byElement = new Map<Element, TextBox>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !node.textContent?.trim()) continue;
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'OPTION', 'TITLE', 'TEXTAREA'].includes(el.tagName)) continue;
    if (args.ignore && el.closest(args.ignore)) continue;
    if (invisible(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
    if (rects.length === 0) continue;
    // Moved wholly off the page's left or top on purpose (a skip link until it gets focus).
    if (rects.every((r) => r.right + window.scrollX <= 0 || r.bottom + window.scrollY <= 0)) continue;
    let box = byElement.get(el);
    if (!box) {
      box = { el, rects: [] };
      byElement.set(el, box);
      boxes.push(box);
    }
    box.rects.push(...rects);
  }

  // Overlap: any two rects of different elements sharing more than `tol` px in both directions.
  const overlaps: string[] = [];
  const all = boxes.flatMap((b) => b.rects.map((r) => ({ box: b, r })));
  all.sort((a, b) => a.r.top - b.r.top);
  const reported = new Set<string>();
  for (let i = 0; i < all.length; i++) {
    const a = all[i]!;
    for (let j = i + 1; j < all.length; j++) {
      const b = all[j]!;
      if (b.r.top >= a.r.bottom - tol) break;
      if (a.box === b.box) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w <= tol || h <= tol) continue;
      const key = [boxes.indexOf(a.box), boxes.indexOf(b.box)].sort().join('-');
      if (reported.has(key)) continue;
      reported.add(key);
      overlaps.push(
        `${describe(a.box.el)} and ${describe(b.box.el)} share ${Math.round(w)}×${Math.round(h)} px`,
      );
    }
  }

  // Clipping.
  const fullTextShown = (el: Element): boolean => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    for (let e: Element | null = el; e; e = e.parentElement) {
      const title = e.getAttribute('title');
      if (title && title.replace(/\s+/g, ' ').trim().includes(text)) return true;
    }
    return false;
  };
  const hides = (v: string) => v === 'hidden' || v === 'clip';
  const clipped: string[] = [];
  const viewportWidth = document.documentElement.clientWidth;
  for (const { el, rects } of boxes) {
    const style = getComputedStyle(el);
    const ellipsisAllowed = style.textOverflow === 'ellipsis' && fullTextShown(el);
    const html = el as HTMLElement;
    if (!(el instanceof SVGElement) && !ellipsisAllowed) {
      if (hides(style.overflowX) && html.scrollWidth > html.clientWidth + 1) {
        clipped.push(`${describe(el)} is ${html.scrollWidth - html.clientWidth} px wider than its box`);
        continue;
      }
      if (hides(style.overflowY) && html.scrollHeight > html.clientHeight + 1) {
        clipped.push(`${describe(el)} is ${html.scrollHeight - html.clientHeight} px taller than its box`);
        continue;
      }
    }
    const problem = (() => {
      for (const r of rects) {
        if (r.left < -tol || r.right > viewportWidth + tol) return 'runs past the viewport edge';
      }
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        const clipsX =
          hides(s.overflowX) ||
          ((s.overflowX === 'auto' || s.overflowX === 'scroll') && a.scrollWidth > a.clientWidth + 1);
        const clipsY = hides(s.overflowY);
        if (!clipsX && !clipsY) continue;
        if (ellipsisAllowed && a === el.parentElement) continue;
        const box = a.getBoundingClientRect();
        for (const r of rects) {
          if (clipsX && (r.left < box.left - tol || r.right > box.right + tol))
            return `is cut sideways by ${describe(a).split(' "')[0]}`;
          if (clipsY && (r.top < box.top - tol || r.bottom > box.bottom + tol))
            return `is cut at top or bottom by ${describe(a).split(' "')[0]}`;
        }
      }
      return null;
    })();
    if (problem) clipped.push(`${describe(el)} ${problem}`);
  }
  return { overlaps, clipped, textElements: boxes.length };
}
