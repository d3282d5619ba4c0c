import { useCallback, useState } from 'react';

/** What the first step gives back: a single-use code and what the action would do. */
export interface Asked<P> {
  code: string;
  preview: P;
}

export type TwoStepState<C, P> =
  | { step: 'idle' | 'preparing' }
  /** `boundTo`: the choice the code was issued for (a code confirms only that choice). */
  | { step: 'confirming' | 'working'; code: string; boundTo: C; preview: P };

export interface TwoStepFlow<C, P, D> {
  /** First step: asks the server for a preview and a code; changes nothing. */
  ask(choice: C): Promise<Asked<P>>;
  /** Second step: sends the code back; the server acts. */
  commit(choice: C, code: string): Promise<D>;
}

/**
 * The tab's one confirmation flow for destructive actions (deleting answers, removing a member),
 * matching the server's: the first call returns a single-use code and a preview, and only the
 * second call, carrying that code, acts. There is no other way to confirm. When the person changes
 * their choice after the code was issued, a code for the new choice is asked for first (still
 * nothing changes). Both steps throw on failure and leave the flow idle.
 */
export function useTwoStepConfirm<C, P, D>(flow: TwoStepFlow<C, P, D>) {
  const [state, setState] = useState<TwoStepState<C, P>>({ step: 'idle' });

  const start = useCallback(
    async (choice: C): Promise<P> => {
      setState({ step: 'preparing' });
      try {
        const asked = await flow.ask(choice);
        setState({ step: 'confirming', code: asked.code, boundTo: choice, preview: asked.preview });
        return asked.preview;
      } catch (error) {
        setState({ step: 'idle' });
        throw error;
      }
    },
    [flow],
  );

  const confirm = async (choice: C): Promise<D | undefined> => {
    if (state.step !== 'confirming') return undefined;
    setState({ ...state, step: 'working' });
    try {
      const code = Object.is(state.boundTo, choice) ? state.code : (await flow.ask(choice)).code;
      const done = await flow.commit(choice, code);
      setState({ step: 'idle' });
      return done;
    } catch (error) {
      setState({ step: 'idle' });
      throw error;
    }
  };

  const cancel = useCallback(() => setState({ step: 'idle' }), []);
  return { state, start, confirm, cancel };
}

/** The server broke the two-step contract (e.g. acted on a first call): shown as an error. */
export class UnexpectedStepError extends Error {
  constructor(readonly status: string) {
    super(`unexpected step: ${status}`);
  }
}

/** The first step's response must ask for confirmation; anything else is refused. */
export function expectCode<R extends { status: string }, P>(
  response: R,
  read: (r: Extract<R, { status: 'confirmationRequired' }>) => Asked<P>,
): Asked<P> {
  if (response.status !== 'confirmationRequired') throw new UnexpectedStepError(response.status);
  return read(response as Extract<R, { status: 'confirmationRequired' }>);
}

/** The second step's response must report the action done. */
export function expectDone<R extends { status: string }, S extends R['status']>(
  response: R,
  status: S,
): Extract<R, { status: S }> {
  if (response.status !== status) throw new UnexpectedStepError(response.status);
  return response as Extract<R, { status: S }>;
}
