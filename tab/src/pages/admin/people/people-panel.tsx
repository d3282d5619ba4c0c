import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { localize } from '../../../../../core/i18n';
import { endpoints } from '../../../api/endpoints';
import { useResource } from '../../../api/use-resource';
import { useSession } from '../../../auth/session-context';
import { ErrorView } from '../../../components/error-view';
import { Loading } from '../../../components/loading';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { useTableStyles } from '../../summary/table-styles';
import { adminMessages } from '../admin-messages';
import { DepartmentForm } from './department-form';
import { MemberForm } from './member-form';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalL },
  block: { display: 'grid', gap: tokens.spacingVerticalS },
});

type Editing = { kind: 'department' | 'member'; id: string | null } | null;

/** Departments and members: lists with add and edit. */
export function PeoplePanel(props: { forumId: string }) {
  const styles = useStyles();
  const table = useTableStyles();
  const t = useT(adminMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const api = useMemo(() => endpoints(http), [http]);
  const departments = useResource(() => api.departments(props.forumId), [api, props.forumId]);
  const members = useResource(() => api.members(props.forumId), [api, props.forumId]);
  const [editing, setEditing] = useState<Editing>(null);
  if (departments.error || members.error)
    return (
      <ErrorView
        error={departments.error ?? members.error}
        onRetry={() => {
          departments.reload();
          members.reload();
        }}
      />
    );
  if (!departments.data || !members.data) return <Loading />;
  const deps = departments.data.departments;
  const nameOfDepartment = (id: string) => {
    const d = deps.find((x) => x.id === id);
    return d ? localize(d.name, locale) : id;
  };
  const editDepartment =
    editing?.kind === 'department' ? (deps.find((d) => d.id === editing.id) ?? null) : null;
  const editMember =
    editing?.kind === 'member' ? (members.data.members.find((m) => m.id === editing.id) ?? null) : null;
  return (
    <div className={styles.root}>
      <section className={styles.block} aria-labelledby="departments-title">
        <h2 id="departments-title">{t('people.departments')}</h2>
        <div className={table.wrap}>
          <table className={table.table}>
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('people.facilitatorMeeting')}</th>
                <th scope="col">{t('schedule.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {deps.map((d) => (
                <tr key={d.id}>
                  <td>{localize(d.name, locale)}</td>
                  <td>{d.facilitatorMeetingDate ?? t('admin.none')}</td>
                  <td>
                    <Button
                      size="small"
                      onClick={() => setEditing({ kind: 'department', id: d.id })}
                      aria-label={t('admin.editNamed', { name: localize(d.name, locale) })}
                    >
                      {t('admin.edit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {editing?.kind === 'department' ? (
          <DepartmentForm
            key={editing.id ?? 'new'}
            department={editDepartment}
            onCancel={() => setEditing(null)}
            onSubmit={async (body) => {
              if (editing.id) await api.updateDepartment(editing.id, body);
              else await api.createDepartment(props.forumId, body);
              setEditing(null);
              departments.reload();
            }}
          />
        ) : (
          <div>
            <Button onClick={() => setEditing({ kind: 'department', id: null })}>
              {t('people.addDepartment')}
            </Button>
          </div>
        )}
      </section>
      <section className={styles.block} aria-labelledby="members-title">
        <h2 id="members-title">{t('people.members')}</h2>
        <div className={table.wrap}>
          <table className={table.table} data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('people.role')}</th>
                <th scope="col">{t('people.department')}</th>
                <th scope="col">{t('people.email')}</th>
                <th scope="col">{t('schedule.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.data.members.map((m) => (
                <tr key={m.id}>
                  <td>{m.name}</td>
                  <td>{t(`role.${m.role}`)}</td>
                  <td>{m.departmentIds.map(nameOfDepartment).join(', ')}</td>
                  <td>{m.email ?? ''}</td>
                  <td>
                    <Button
                      size="small"
                      onClick={() => setEditing({ kind: 'member', id: m.id })}
                      aria-label={t('admin.editNamed', { name: m.name })}
                    >
                      {t('admin.edit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {editing?.kind === 'member' ? (
          <MemberForm
            key={editing.id ?? 'new'}
            member={editMember}
            departments={deps}
            onCancel={() => setEditing(null)}
            onSubmit={async (body) => {
              if (editing.id) await api.updateMember(editing.id, body);
              else await api.createMember(props.forumId, body);
              setEditing(null);
              members.reload();
            }}
          />
        ) : (
          <div>
            <Button onClick={() => setEditing({ kind: 'member', id: null })}>{t('people.addMember')}</Button>
          </div>
        )}
      </section>
    </div>
  );
}
