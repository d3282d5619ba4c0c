import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { localize } from '../../../../../core/i18n';
import { useResource } from '../../../api/use-resource';
import { useSession } from '../../../auth/session-context';
import { ErrorView } from '../../../components/error-view';
import { Loading } from '../../../components/loading';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';
import { AdminTable } from '../admin-table';
import { DepartmentForm } from './department-form';
import { MemberForm } from './member-form';
import { RemoveMember, type RemovalOutcome } from './member-removal';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalL },
  block: { display: 'grid', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Editing = { kind: 'department' | 'member'; id: string | null } | null;

/** Departments and members: lists with add and edit. */
export function PeoplePanel(props: { forumId: string }) {
  const styles = useStyles();
  const t = useT(adminMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const departments = useResource(
    () => http.call('departments', { params: { forumId: props.forumId } }),
    [http, props.forumId],
  );
  const members = useResource(
    () => http.call('members', { params: { forumId: props.forumId } }),
    [http, props.forumId],
  );
  const [editing, setEditing] = useState<Editing>(null);
  const [removal, setRemoval] = useState<RemovalOutcome | null>(null);
  // After a removal the row is gone: move the focus to the members heading, not to the page's body.
  useEffect(() => {
    if (removal?.kind === 'removed') document.getElementById('members-title')?.focus();
  }, [removal]);
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
  /** Saves the open form (update when editing one, else create), closes it and reloads the list. */
  const save = async (
    update: (id: string) => Promise<unknown>,
    create: () => Promise<unknown>,
    reload: () => void,
  ) => {
    if (editing?.id) await update(editing.id);
    else await create();
    setEditing(null);
    reload();
  };
  return (
    <div className={styles.root}>
      <EditableList
        id="departments"
        title={t('people.departments')}
        headings={[t('people.name'), t('people.facilitatorMeeting'), t('schedule.actions')]}
        addLabel={t('people.addDepartment')}
        onAdd={() => setEditing({ kind: 'department', id: null })}
        form={
          editing?.kind === 'department' && (
            <DepartmentForm
              key={editing.id ?? 'new'}
              department={editDepartment}
              onCancel={() => setEditing(null)}
              onSubmit={(body) =>
                save(
                  (departmentId) => http.call('updateDepartment', { params: { departmentId }, body }),
                  () => http.call('createDepartment', { params: { forumId: props.forumId }, body }),
                  departments.reload,
                )
              }
            />
          )
        }
      >
        {deps.map((d) => (
          <tr key={d.id}>
            <td>{localize(d.name, locale)}</td>
            <td>{d.facilitatorMeetingDate ?? t('admin.none')}</td>
            <td>
              <EditButton
                name={localize(d.name, locale)}
                onClick={() => setEditing({ kind: 'department', id: d.id })}
              />
            </td>
          </tr>
        ))}
      </EditableList>
      <EditableList
        id="members"
        title={t('people.members')}
        testId="members-table"
        headings={[
          t('people.name'),
          t('people.role'),
          t('people.department'),
          t('people.email'),
          t('schedule.actions'),
        ]}
        addLabel={t('people.addMember')}
        after={<RemovalResult outcome={removal} />}
        onAdd={() => setEditing({ kind: 'member', id: null })}
        form={
          editing?.kind === 'member' && (
            <MemberForm
              key={editing.id ?? 'new'}
              member={editMember}
              departments={deps}
              onCancel={() => setEditing(null)}
              onSubmit={(body) =>
                save(
                  (memberId) => http.call('updateMember', { params: { memberId }, body }),
                  () => http.call('createMember', { params: { forumId: props.forumId }, body }),
                  members.reload,
                )
              }
            />
          )
        }
      >
        {members.data.members.map((m) => (
          <tr key={m.id}>
            <td>{m.name}</td>
            <td>{t(`role.${m.role}`)}</td>
            <td>{m.departmentIds.map(nameOfDepartment).join(', ')}</td>
            <td>{m.email ?? ''}</td>
            <td>
              <div className={styles.actions}>
                <EditButton name={m.name} onClick={() => setEditing({ kind: 'member', id: m.id })} />
                <RemoveMember
                  member={m}
                  request={(body) => http.call('deleteMember', { params: { memberId: m.id }, body })}
                  onOutcome={(outcome) => {
                    setRemoval(outcome);
                    if (outcome.kind === 'removed') members.reload();
                  }}
                />
              </div>
            </td>
          </tr>
        ))}
      </EditableList>
    </div>
  );
}

/** The last removal's outcome, announced politely; errors as a localized alert. */
function RemovalResult(props: { outcome: RemovalOutcome | null }) {
  const t = useT(adminMessages);
  const { outcome } = props;
  const name = outcome?.member.name ?? '';
  return (
    <>
      <div role="status" aria-live="polite" data-testid="member-remove-result">
        {outcome?.kind === 'cancelled' && <p>{t('people.removeCancelled', { name })}</p>}
        {outcome?.kind === 'removed' && (
          <p>
            {outcome.erasedAnswers === null
              ? t('people.removedKept', { name })
              : t('people.removedErased', { name, answers: outcome.erasedAnswers })}
          </p>
        )}
      </div>
      {outcome?.kind === 'error' && <ErrorView error={outcome.error} />}
    </>
  );
}

/** A titled list with its rows, and below it the open form or an add button. */
function EditableList(props: {
  id: string;
  title: string;
  headings: readonly string[];
  testId?: string;
  /** The add or edit form while one is open, else false. */
  form: ReactNode;
  addLabel: string;
  onAdd(): void;
  /** The table rows. */
  children: ReactNode;
  /** Shown below the table (e.g. an announcement). */
  after?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.block} aria-labelledby={`${props.id}-title`}>
      {/* Focusable by script (tabIndex -1), e.g. after the row that had the focus was removed. */}
      <h2 id={`${props.id}-title`} tabIndex={-1}>
        {props.title}
      </h2>
      <AdminTable headings={props.headings} testId={props.testId}>
        {props.children}
      </AdminTable>
      {props.after}
      {props.form || (
        <div>
          <Button onClick={props.onAdd}>{props.addLabel}</Button>
        </div>
      )}
    </section>
  );
}

function EditButton(props: { name: string; onClick(): void }) {
  const t = useT(adminMessages);
  return (
    <Button size="small" onClick={props.onClick} aria-label={t('admin.editNamed', { name: props.name })}>
      {t('admin.edit')}
    </Button>
  );
}
