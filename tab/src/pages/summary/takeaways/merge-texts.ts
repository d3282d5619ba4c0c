/**
 * Merges two edits of the same text after a save conflict, losing nothing:
 * - if one side did not change the common base, the other side wins;
 * - otherwise the stored text ("theirs") comes first, followed by the paragraphs of "mine"
 *   that it does not already contain (in their order).
 * Paragraphs are separated by blank lines; comparison ignores surrounding whitespace.
 */
export function mergeTexts(base: string, mine: string, theirs: string): string {
  if (mine === theirs) return mine;
  if (mine === base) return theirs;
  if (theirs === base) return mine;
  const theirParagraphs = paragraphs(theirs);
  const seen = new Set(theirParagraphs.map(normalize));
  const added = paragraphs(mine).filter((p) => {
    const key = normalize(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (added.length === 0) return theirs;
  return [...theirParagraphs, ...added].join('\n\n');
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\s+|\s+$/g, ''))
    .filter((p) => p.length > 0);
}

function normalize(p: string): string {
  return p.replace(/\s+/g, ' ').trim();
}
