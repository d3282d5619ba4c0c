/** Where a key takes the presentation: clickers send PageUp/PageDown, keyboards arrows, Space, Home/End. */
export type SlideMove = 'next' | 'previous' | 'first' | 'last';

export function slideMoveOf(key: string, shift: boolean): SlideMove | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
      return shift ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The slide (1-based) a move leads to, within 1..count. */
export function slideAfter(move: SlideMove, index: number, count: number): number {
  const target = move === 'next' ? index + 1 : move === 'previous' ? index - 1 : move === 'first' ? 1 : count;
  return Math.min(Math.max(1, target), Math.max(1, count));
}

/** Keys a focused control keeps for itself (a button's Space, a link's Enter, typing in a field). */
export function controlKeepsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) return true;
  return key === ' ' && /^(BUTTON|A)$/.test(target.tagName);
}
