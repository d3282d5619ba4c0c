import { diff3Merge } from 'node-diff3';

/** Lines put around a place where both people changed the same lines differently. */
export interface ConflictMarkers {
  mine: string;
  theirs: string;
  end: string;
}

export interface MergedText {
  text: string;
  /** Places where both changed the same lines; each is marked for the person to resolve. */
  conflicts: number;
}

const PLAIN: ConflictMarkers = { mine: '▶ Din version:', theirs: '▶ Gemt version:', end: '◀' };

/**
 * Three-way merge of two edits of the same text (line by line, diff3 against the common base):
 * changes to different lines are combined; lines only one side touched take that side; text both
 * added at the same place is kept, the stored text first; where both changed the same lines
 * differently, both versions are kept between markers so nothing is lost and the person decides.
 */
export function mergeTexts(base: string, mine: string, theirs: string, markers = PLAIN): MergedText {
  if (mine === theirs || theirs === base) return { text: mine, conflicts: 0 };
  if (mine === base) return { text: theirs, conflicts: 0 };
  const out: string[] = [];
  let conflicts = 0;
  for (const region of diff3Merge(mine.split('\n'), base.split('\n'), theirs.split('\n'), {
    excludeFalseConflicts: true,
  })) {
    if (region.ok) {
      out.push(...region.ok);
    } else if (region.conflict) {
      const { a: mineLines, b: theirLines, o: baseLines } = region.conflict;
      if (baseLines.every((line) => line.trim() === '')) {
        out.push(...theirLines, ...mineLines);
      } else {
        conflicts++;
        out.push(markers.mine, ...mineLines, markers.theirs, ...theirLines, markers.end);
      }
    }
  }
  return { text: out.join('\n'), conflicts };
}
