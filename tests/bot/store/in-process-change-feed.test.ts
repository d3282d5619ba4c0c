import { InProcessChangeFeed } from '../../../bot/store/change-feed/in-process-change-feed';
import type { ChangeNotice } from '../../../bot/store/store';

describe('in-process change feed', () => {
  const notice: ChangeNotice = { forumId: 'f', departmentId: 'd', topic: 'answer' };

  test('every subscriber hears a published notice, after publish returns', async () => {
    const feed = new InProcessChangeFeed();
    const heard: string[] = [];
    feed.subscribe((n) => heard.push(`a:${n.topic}`));
    feed.subscribe((n) => heard.push(`b:${n.topic}`));
    await feed.publish(notice);
    await new Promise((r) => setImmediate(r));
    expect(heard).toEqual(['a:answer', 'b:answer']);
  });

  test('a throwing listener does not keep others from hearing; unsubscribe and close stop delivery', async () => {
    const errors: unknown[] = [];
    const feed = new InProcessChangeFeed((e) => errors.push(e));
    const heard: ChangeNotice[] = [];
    feed.subscribe(() => {
      throw new Error('boom');
    });
    const unsubscribe = feed.subscribe((n) => heard.push(n));
    await feed.publish(notice);
    await new Promise((r) => setImmediate(r));
    expect(heard).toEqual([notice]);
    expect(errors).toHaveLength(1);

    unsubscribe();
    await feed.publish(notice);
    await feed.close();
    await feed.publish(notice);
    await new Promise((r) => setImmediate(r));
    expect(heard).toEqual([notice]);
  });
});
