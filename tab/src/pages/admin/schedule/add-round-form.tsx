import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RoundCreate } from '../../../../../core/api/schemas';
import { localize } from '../../../../../core/i18n';
import type { Department, Question, RoundKind } from '../../../../../core/model';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';
import { FormFrame, useFormErrors } from '../form-frame';
import { useOutsideHoursConfirm } from './outside-hours-confirm';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
  },
  fieldset: {
    border: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});

export function AddRoundForm(props: {
  departments: Department[];
  questions: Question[];
  defaultDate: string;
  /** The forum's period: kickoff to final meeting (rounds lie inside it). */
  period: { from: string; to: string };
  sendTime: string;
  onSubmit(body: RoundCreate): Promise<void>;
}) {
  const styles = useStyles();
  const t = useT(adminMessages);
  const { locale } = useLocale();
  const [departmentId, setDepartmentId] = useState('');
  const [kind, setKind] = useState<RoundKind>('prompt');
  const [questionIds, setQuestionIds] = useState<string[]>([]);
  const [date, setDate] = useState(props.defaultDate);
  const [time, setTime] = useState(props.sendTime);
  const { error, setError, setFields, err, state, fail } = useFormErrors();
  const confirm = useOutsideHoursConfirm(fail);
  const submit = async () => {
    setError(null);
    setFields({});
    await confirm.run(
      (accept) =>
        props.onSubmit({
          departmentId: departmentId || null,
          kind,
          questionIds,
          localDate: date,
          localTime: time,
          acceptOutsideHours: accept,
        }),
      () => setQuestionIds([]),
    );
  };
  return (
    <FormFrame
      testId="add-round"
      error={error}
      onSubmit={submit}
      labelledBy="add-round-title"
      heading={<h3 id="add-round-title">{t('schedule.add')}</h3>}
    >
      <div className={styles.grid}>
        <Field label={t('schedule.audience')} validationMessage={err('departmentId')}>
          <Select value={departmentId} onChange={(_, d) => setDepartmentId(d.value)}>
            <option value="">{t('schedule.allDepartments')}</option>
            {props.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {localize(d.name, locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('schedule.kind')} validationMessage={err('kind')}>
          <Select value={kind} onChange={(_, d) => setKind(d.value as RoundKind)}>
            <option value="prompt">{t('schedule.kind.prompt')}</option>
            <option value="reminder">{t('schedule.kind.reminder')}</option>
            <option value="finalCall">{t('schedule.kind.finalCall')}</option>
          </Select>
        </Field>
        <Field
          label={t('schedule.date')}
          validationMessage={err('localDate')}
          validationState={state('localDate')}
        >
          <Input
            type="date"
            value={date}
            min={props.period.from}
            max={props.period.to}
            onChange={(_, d) => setDate(d.value)}
          />
        </Field>
        <Field
          label={t('schedule.time')}
          validationMessage={err('localTime')}
          validationState={state('localTime')}
        >
          <Input type="time" value={time} onChange={(_, d) => setTime(d.value)} />
        </Field>
      </div>
      <Field
        label={t('schedule.questions')}
        validationMessage={err('questionIds')}
        validationState={state('questionIds')}
      >
        <fieldset className={styles.fieldset}>
          {props.questions.map((q) => (
            <Checkbox
              key={q.id}
              label={`${q.number}. ${localize(q.text, locale).slice(0, 60)}`}
              checked={questionIds.includes(q.id)}
              onChange={(_, d) =>
                setQuestionIds(d.checked ? [...questionIds, q.id] : questionIds.filter((x) => x !== q.id))
              }
            />
          ))}
        </fieldset>
      </Field>
      {confirm.bar}
      <div>
        <Button type="submit" appearance="primary">
          {t('schedule.add')}
        </Button>
      </div>
    </FormFrame>
  );
}
