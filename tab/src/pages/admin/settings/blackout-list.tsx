import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { DateRange } from '../../../../../core/model';
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
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
});

/** Blackout periods (from–to local dates) with add and remove. */
export function BlackoutList(props: {
  periods: DateRange[];
  onChange(periods: DateRange[]): void;
  errorOf(path: string): string | undefined;
}) {
  const styles = useStyles();
  const t = useT(adminMessages);
  const update = (i: number, patch: Partial<DateRange>) =>
    props.onChange(props.periods.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <fieldset className={styles.fieldset} data-testid="blackouts">
      <legend>{t('settings.blackouts')}</legend>
      {props.periods.map((p, i) => {
        const fromErr = props.errorOf(`settings.blackoutPeriods.${i}.from`);
        const toErr =
          props.errorOf(`settings.blackoutPeriods.${i}.to`) ??
          (fromErr ? undefined : props.errorOf(`settings.blackoutPeriods.${i}`));
        return (
          <div key={i} className={styles.row}>
            <Field
              label={`${t('settings.blackoutFrom')} (${i + 1})`}
              validationMessage={fromErr}
              validationState={fromErr ? 'error' : undefined}
            >
              <Input type="date" value={p.from} onChange={(_, d) => update(i, { from: d.value })} />
            </Field>
            <Field
              label={`${t('settings.blackoutTo')} (${i + 1})`}
              validationMessage={toErr}
              validationState={toErr ? 'error' : undefined}
            >
              <Input type="date" value={p.to} onChange={(_, d) => update(i, { to: d.value })} />
            </Field>
            <Button onClick={() => props.onChange(props.periods.filter((_, j) => j !== i))}>
              {t('settings.removeBlackout', { n: i + 1 })}
            </Button>
          </div>
        );
      })}
      <div>
        <Button onClick={() => props.onChange([...props.periods, { from: '', to: '' }])}>
          {t('settings.addBlackout')}
        </Button>
      </div>
    </fieldset>
  );
}
