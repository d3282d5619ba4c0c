import type { AppDeps } from '../../app-deps';
import type { ChangeNotice } from '../../store/store';

/**
 * Publishes a change notice after a successful write. A failed publish is logged, not
 * thrown: the write is stored, and live views catch up on their next fetch.
 */
export async function publishChange(
  deps: Pick<AppDeps, 'changes' | 'log'>,
  notice: ChangeNotice,
): Promise<void> {
  try {
    await deps.changes.publish(notice);
  } catch (error) {
    deps.log.warn(
      { err: { message: (error as Error).message }, topic: notice.topic },
      'api: could not publish a change notice',
    );
  }
}
