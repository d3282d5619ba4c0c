import { planMemberImport } from '../../bot/api/routes/member-import';
import { importTemplateCsv } from '../../tab/src/pages/admin/people/import-template';
import { example } from '../core/helpers';

/** The template the tab hands out is a file the import reads: Danish (or English) headers, one row per role. */
describe('member import template', () => {
  const { departments } = example();
  const ids = ['1', '2', '3'].map((n) => `6c6c6c6c-0000-4000-8000-00000000000${n}`);

  it.each(['da', 'en'] as const)('in %s imports cleanly once its people are known', (locale) => {
    const csv = importTemplateCsv(locale, departments);
    expect(csv.split('\r\n')[0]).toBe(
      locale === 'da'
        ? '\uFEFFnavn;e-mail;rolle;afdelinger;sprog'
        : '\uFEFFname;email;role;departments;language',
    );
    const emails = csv
      .split('\r\n')
      .slice(1, 4)
      .map((line) => line.split(';')[1]!);
    const known = new Map(emails.map((e, i) => [e, { aadObjectId: ids[i]!, name: '' }]));
    const plan = planMemberImport(csv, departments, [], known, locale);
    expect(plan.fatal).toBeUndefined();
    expect(plan.rows.map((r) => [r.ok, r.member?.role, r.member?.aadObjectId])).toEqual([
      [true, 'chef', ids[0]],
      [true, 'facilitator', ids[1]],
      [true, 'organizer', ids[2]],
    ]);
    expect(plan.rows[1]!.member!.departmentIds).toEqual([departments[0]!.id, departments[1]!.id]);
  });

  it('without known people every row is refused as unresolved, by name', () => {
    const plan = planMemberImport(importTemplateCsv('da', departments), departments, [], new Map(), 'da');
    expect(plan.rows.map((r) => [r.ok, r.unresolved, r.name])).toEqual([
      [false, true, 'Anne Eksempel'],
      [false, true, 'Bo Eksempel'],
      [false, true, 'Carla Eksempel'],
    ]);
  });
});
