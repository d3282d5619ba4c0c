import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RoundCreate } from '../../../../../core/api/schemas';
import { localize } from '../../../../../core/i18n';
import type { Department, Question, RoundKind } from '../../../../../core/model';
import { isApiError } from '../../../api/api-error';
import { ErrorView } from '../../../components/error-view';
import { useLocale, useT } from '../../../i18n/i18n-context';
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
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const err = (p: string) => fieldError(fields, p);
  const submit = async (e: { preventDefault(): void }) => {
    e.preventDefault();
    setError(null);
    try {
      await props.onSubmit({
        departmentId: departmentId || null,
        kind,
        questionIds,
        localDate: date,
        localTime: time,
      });
      setFields({});
      setQuestionIds([]);
    } catch (x) {
      if (isApiError(x) && Object.keys(x.fields).length > 0) setFields(x.fields);
      else setError(x);
    }
  };
  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="add-round-title"
      data-testid="add-round"
    >
      <h3 id="add-round-title">{t('schedule.add')}</h3>
      {error !== null && <ErrorView error={error} />}
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
          validationState={err('localDate') ? 'error' : undefined}
        >
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Field
          label={t('schedule.time')}
          validationMessage={err('localTime')}
          validationState={err('localTime') ? 'error' : undefined}
        >
          <Input type="time" value={time} onChange={(_, d) => setTime(d.value)} />
        </Field>
      </div>
      <Field
        label={t('schedule.questions')}
        validationMessage={err('questionIds')}
        validationState={err('questionIds') ? 'error' : undefined}
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
      <div>
        <Button type="submit" appearance="primary">
          {t('schedule.add')}
        </Button>
      </div>
    </form>
  );
}
