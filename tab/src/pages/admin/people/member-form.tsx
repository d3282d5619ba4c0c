import { Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { MemberCreate } from '../../../../../core/api/schemas';
import { localize } from '../../../../../core/i18n';
import type { Department, Locale, Member, Role } from '../../../../../core/model';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';
import { FormFrame, SaveCancel, useFormErrors, useFormStyles } from '../form-frame';

/** Add or edit a member (a chef belongs to exactly one department; the server checks). */
export function MemberForm(props: {
  member: Member | null;
  departments: Department[];
  onSubmit(body: MemberCreate): Promise<void>;
  onCancel(): void;
}) {
  const styles = useFormStyles();
  const t = useT(adminMessages);
  const { locale } = useLocale();
  const m = props.member;
  const [name, setName] = useState(m?.name ?? '');
  const [email, setEmail] = useState(m?.email ?? '');
  const [aad, setAad] = useState(m?.aadObjectId ?? '');
  const [role, setRole] = useState<Role>(m?.role ?? 'chef');
  const [departmentIds, setDepartmentIds] = useState<string[]>(m?.departmentIds ?? []);
  const [memberLocale, setMemberLocale] = useState<Locale>(m?.locale ?? 'da');
  const [pausedUntil, setPausedUntil] = useState(m?.pausedUntil ?? '');
  const { error, err, state, fail } = useFormErrors();
  const submit = async () => {
    try {
      await props.onSubmit({
        name,
        email: email.trim() || null,
        aadObjectId: aad,
        role,
        departmentIds,
        locale: memberLocale,
        pausedUntil: pausedUntil || null,
      });
    } catch (x) {
      fail(x);
    }
  };
  return (
    <FormFrame testId="member-form" error={error} onSubmit={submit}>
      <div className={styles.grid}>
        <Field
          label={t('people.name')}
          required
          validationMessage={err('name')}
          validationState={state('name')}
        >
          <Input value={name} onChange={(_, v) => setName(v.value)} />
        </Field>
        <Field label={t('people.email')} validationMessage={err('email')} validationState={state('email')}>
          <Input type="email" value={email} onChange={(_, v) => setEmail(v.value)} />
        </Field>
        <Field
          label={t('people.aadObjectId')}
          required
          validationMessage={err('aadObjectId')}
          validationState={state('aadObjectId')}
        >
          <Input value={aad} onChange={(_, v) => setAad(v.value)} />
        </Field>
        <Field label={t('people.role')} validationMessage={err('role')} validationState={state('role')}>
          <Select value={role} onChange={(_, v) => setRole(v.value as Role)}>
            <option value="chef">{t('role.chef')}</option>
            <option value="facilitator">{t('role.facilitator')}</option>
            <option value="organizer">{t('role.organizer')}</option>
          </Select>
        </Field>
        <Field
          label={t('people.department')}
          validationMessage={err('departmentIds')}
          validationState={state('departmentIds')}
        >
          <select
            multiple
            value={departmentIds}
            onChange={(e) => setDepartmentIds([...e.currentTarget.selectedOptions].map((o) => o.value))}
            size={Math.min(6, Math.max(2, props.departments.length))}
          >
            {props.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {localize(d.name, locale)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('people.locale')} validationMessage={err('locale')} validationState={state('locale')}>
          <Select value={memberLocale} onChange={(_, v) => setMemberLocale(v.value as Locale)}>
            <option value="da">Dansk</option>
            <option value="en">English</option>
          </Select>
        </Field>
        <Field
          label={t('people.pausedUntil')}
          validationMessage={err('pausedUntil')}
          validationState={state('pausedUntil')}
        >
          <Input type="date" value={pausedUntil} onChange={(_, v) => setPausedUntil(v.value)} />
        </Field>
      </div>
      <SaveCancel onCancel={props.onCancel} />
    </FormFrame>
  );
}
