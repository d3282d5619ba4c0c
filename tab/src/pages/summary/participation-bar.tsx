import { Field, ProgressBar } from '@fluentui/react-components';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useT } from '../../i18n/i18n-context';

/** Answered / members as a bar with the numbers in text (the bar is not the only carrier). */
export function ParticipationBar(props: {
  answered: number;
  members: number;
  label?: string;
  testId?: string;
}) {
  const t = useT(summaryMessages);
  const text = t('summary.participationCount', { answered: props.answered, members: props.members });
  const value = props.members > 0 ? props.answered / props.members : 0;
  return (
    <Field label={props.label ?? t('summary.participation')} hint={text} data-testid={props.testId}>
      <ProgressBar value={value} max={1} thickness="large" aria-valuetext={text} />
    </Field>
  );
}
