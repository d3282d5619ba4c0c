import { loadDepartmentSummary, loadForumOverview } from '../../bot/api/summary-data';
import { RosterCache } from '../../bot/api/roster-cache';
import { largestDepartment, withSqliteDataset } from '../../bench/summary/databases';
import { CLOCK } from '../../bench/summary/dataset';
withSqliteDataset('x-', async (store, data) => {
  const forum = (await store.getForum(data.forumId))!;
  const dep = largestDepartment(data);
  const r = new RosterCache(store, 60000);
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    const s = await loadDepartmentSummary(store, CLOCK, forum, dep, r);
    const t1 = performance.now();
    const js = JSON.stringify(s);
    const t2 = performance.now();
    const o = await loadForumOverview(store, CLOCK, forum, r);
    const t3 = performance.now();
    const jo = JSON.stringify(o);
    const t4 = performance.now();
    console.log('summary build', (t1-t).toFixed(1), 'json', (t2-t1).toFixed(1), js.length, '| overview build', (t3-t2).toFixed(1), 'json', (t4-t3).toFixed(1), jo.length);
  }
});
