import { Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { QuietHours } from '../../../../../core/model';
import { useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';

const useStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
  },
});

/** Quiet hours on/off with start and end times; server messages appear at each time. */
export function QuietHoursFields(props: {
  value: QuietHours | null;
  onChange(value: QuietHours | null): void;
  errorOf(path: string): string | undefined;
}) {
  const styles = useStyles();
  const t = useT(adminMessages);
  const startError = props.errorOf('settings.quietHours.start');
  const endError = props.errorOf('settings.quietHours.end');
  const value = props.value;
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('settings.quietHours')}</legend>
      <Checkbox
        label={t('settings.quietHours')}
        checked={value !== null}
        onChange={(_, d) => props.onChange(d.checked ? { start: '17:00', end: '08:00' } : null)}
      />
      {value && (
        <div className={styles.grid}>
          <Field
            label={t('settings.quietStart')}
            validationMessage={startError}
            validationState={startError ? 'error' : undefined}
          >
            <Input
              type="time"
              value={value.start}
              onChange={(_, d) => props.onChange({ ...value, start: d.value })}
            />
          </Field>
          <Field
            label={t('settings.quietEnd')}
            validationMessage={endError}
            validationState={endError ? 'error' : undefined}
          >
            <Input
              type="time"
              value={value.end}
              onChange={(_, d) => props.onChange({ ...value, end: d.value })}
            />
          </Field>
        </div>
      )}
    </fieldset>
  );
}
