import type { Takeaways } from '../../../../../core/model';
import { mergeTexts, type ConflictMarkers } from './merge-texts';

/**
 * The takeaways editor as a pure state machine (optimistic concurrency):
 * `base` is the stored version the draft started from; a save sends base.version as
 * expectedVersion; a 409 puts the stored text in `conflict` next to the unchanged draft.
 */
export interface TakeawaysState {
  base: Takeaways;
  draft: string;
  conflict: Takeaways | null;
  /** A newer version arrived live while the draft had unsaved changes. */
  remoteNewer: boolean;
  /** After a merge: places where both changed the same lines, marked in the draft. */
  mergeConflicts: number;
  status: 'idle' | 'saving' | 'saved' | 'error';
}

export type TakeawaysEvent =
  | { type: 'edit'; text: string }
  | { type: 'server'; takeaways: Takeaways }
  | { type: 'saving' }
  | { type: 'saved'; takeaways: Takeaways }
  | { type: 'conflict'; current: Takeaways }
  | { type: 'failed' }
  | { type: 'keepMine' }
  | { type: 'keepTheirs' }
  | { type: 'merge'; markers?: ConflictMarkers };

export function initialTakeaways(base: Takeaways): TakeawaysState {
  return { base, draft: base.text, conflict: null, remoteNewer: false, status: 'idle', mergeConflicts: 0 };
}

export function isDirty(state: TakeawaysState): boolean {
  return state.draft !== state.base.text;
}

export function takeawaysReducer(state: TakeawaysState, event: TakeawaysEvent): TakeawaysState {
  switch (event.type) {
    case 'edit':
      return { ...state, draft: event.text, status: state.status === 'saved' ? 'idle' : state.status };
    case 'server': {
      if (event.takeaways.version <= state.base.version) return state;
      // Clean editor: follow the server. Dirty editor: keep the draft, flag the newer version.
      if (!isDirty(state) && !state.conflict)
        return { ...state, base: event.takeaways, draft: event.takeaways.text, remoteNewer: false };
      return { ...state, remoteNewer: true };
    }
    case 'saving':
      return { ...state, status: 'saving' };
    case 'saved':
      return {
        base: event.takeaways,
        draft: event.takeaways.text,
        conflict: null,
        remoteNewer: false,
        status: 'saved',
        mergeConflicts: 0,
      };
    case 'conflict':
      return { ...state, conflict: event.current, status: 'idle', remoteNewer: false };
    case 'failed':
      return { ...state, status: 'error' };
    case 'keepMine':
      // Rebase the draft on the stored version; the next save overwrites it deliberately.
      return state.conflict ? { ...state, base: state.conflict, conflict: null } : state;
    case 'keepTheirs':
      return state.conflict
        ? { ...state, base: state.conflict, draft: state.conflict.text, conflict: null }
        : state;
    case 'merge': {
      if (!state.conflict) return state;
      const merged = mergeTexts(state.base.text, state.draft, state.conflict.text, event.markers);
      return {
        ...state,
        base: state.conflict,
        draft: merged.text,
        conflict: null,
        mergeConflicts: merged.conflicts,
      };
    }
    default:
      return state;
  }
}
