import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DepartmentCreate } from '../../../../../core/api/schemas';
import type { Department } from '../../../../../core/model';
import { isApiError } from '../../../api/api-error';
import { ErrorView } from '../../../components/error-view';
import { useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';
import { fieldError } from '../settings/settings-draft';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Add or edit a department; server messages appear at their fields. */
export function DepartmentForm(props: {
  department: Department | null;
  onSubmit(body: DepartmentCreate): Promise<void>;
  onCancel(): void;
}) {
  const styles = useStyles();
  const t = useT(adminMessages);
  const d = props.department;
  const [nameDa, setNameDa] = useState(d?.name.da ?? '');
  const [nameEn, setNameEn] = useState(d?.name.en ?? '');
  const [meeting, setMeeting] = useState(d?.facilitatorMeetingDate ?? '');
  const [recap, setRecap] = useState(d?.recap ?? '');
  const [assignment, setAssignment] = useState(d?.chosenAssignment ?? '');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const err = (p: string) => fieldError(fields, p);
  const submit = async (e: { preventDefault(): void }) => {
    e.preventDefault();
    try {
      await props.onSubmit({
        name: { da: nameDa, en: nameEn },
        facilitatorMeetingDate: meeting || null,
        recap,
        chosenAssignment: assignment,
      });
    } catch (x) {
      if (isApiError(x) && Object.keys(x.fields).length > 0) setFields(x.fields);
      else setError(x);
    }
  };
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate data-testid="department-form">
      {error !== null && <ErrorView error={error} />}
      <div className={styles.grid}>
        <Field
          label={t('people.nameDa')}
          required
          validationMessage={err('name.da')}
          validationState={err('name.da') ? 'error' : undefined}
        >
          <Input value={nameDa} onChange={(_, v) => setNameDa(v.value)} />
        </Field>
        <Field
          label={t('people.nameEn')}
          validationMessage={err('name.en')}
          validationState={err('name.en') ? 'error' : undefined}
        >
          <Input value={nameEn} onChange={(_, v) => setNameEn(v.value)} />
        </Field>
        <Field
          label={t('people.facilitatorMeeting')}
          validationMessage={err('facilitatorMeetingDate')}
          validationState={err('facilitatorMeetingDate') ? 'error' : undefined}
        >
          <Input type="date" value={meeting} onChange={(_, v) => setMeeting(v.value)} />
        </Field>
      </div>
      <Field label={t('people.recap')} validationMessage={err('recap')}>
        <Textarea value={recap} onChange={(_, v) => setRecap(v.value)} />
      </Field>
      <Field label={t('people.assignment')} validationMessage={err('chosenAssignment')}>
        <Textarea value={assignment} onChange={(_, v) => setAssignment(v.value)} />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          {t('admin.save')}
        </Button>
        <Button onClick={props.onCancel}>{t('admin.cancel')}</Button>
      </div>
    </form>
  );
}
