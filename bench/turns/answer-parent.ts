/**
 * The child's side of fork-child.ts: announces it is ready, answers the parent's requests with
 * its handlers, and exits once its 'stop' handler (which closes what it opened) has answered.
 */
export function answerParent(
  ready: Record<string, unknown>,
  handlers: Record<string, (message: Record<string, unknown>) => Promise<unknown>>,
): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('this file runs as a forked child of a bench (it needs an IPC channel)');
  process.on('message', (message: { id: number; type: string } & Record<string, unknown>) => {
    const handler = handlers[message.type];
    const done = handler ? handler(message) : Promise.reject(new Error(`no handler for '${message.type}'`));
    done.then(
      (result) => {
        const reply = { id: message.id, ok: true, result: result ?? null };
        if (message.type === 'stop') send(reply, undefined, {}, () => process.exit(0));
        else send(reply);
      },
      (error: unknown) =>
        send({ id: message.id, ok: false, error: (error as Error).message ?? String(error) }),
    );
  });
  send({ type: 'ready', ...ready });
}

/** Runs a child's start, or reports why it failed and exits non-zero. */
export function runChild(start: () => Promise<void>): void {
  start().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
