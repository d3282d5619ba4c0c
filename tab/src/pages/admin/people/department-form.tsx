import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { DepartmentCreate } from '../../../../../core/api/schemas';
import type { Department } from '../../../../../core/model';
import { useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';
import { FormFrame, SaveCancel, useFormErrors, useFormStyles } from '../form-frame';

/** Add or edit a department; server messages appear at their fields. */
export function DepartmentForm(props: {
  department: Department | null;
  onSubmit(body: DepartmentCreate): Promise<void>;
  onCancel(): void;
}) {
  const styles = useFormStyles();
  const t = useT(adminMessages);
  const d = props.department;
  const [nameDa, setNameDa] = useState(d?.name.da ?? '');
  const [nameEn, setNameEn] = useState(d?.name.en ?? '');
  const [meeting, setMeeting] = useState(d?.facilitatorMeetingDate ?? '');
  const [recap, setRecap] = useState(d?.recap ?? '');
  const [assignment, setAssignment] = useState(d?.chosenAssignment ?? '');
  const { error, err, state, fail } = useFormErrors();
  const submit = async () => {
    try {
      await props.onSubmit({
        name: { da: nameDa, en: nameEn },
        facilitatorMeetingDate: meeting || null,
        recap,
        chosenAssignment: assignment,
      });
    } catch (x) {
      fail(x);
    }
  };
  return (
    <FormFrame testId="department-form" error={error} onSubmit={submit}>
      <div className={styles.grid}>
        <Field
          label={t('people.nameDa')}
          required
          validationMessage={err('name.da')}
          validationState={state('name.da')}
        >
          <Input value={nameDa} onChange={(_, v) => setNameDa(v.value)} />
        </Field>
        <Field
          label={t('people.nameEn')}
          validationMessage={err('name.en')}
          validationState={state('name.en')}
        >
          <Input value={nameEn} onChange={(_, v) => setNameEn(v.value)} />
        </Field>
        <Field
          label={t('people.facilitatorMeeting')}
          validationMessage={err('facilitatorMeetingDate')}
          validationState={state('facilitatorMeetingDate')}
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
      <SaveCancel onCancel={props.onCancel} />
    </FormFrame>
  );
}
