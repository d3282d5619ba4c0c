import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { meetingSettingsOf } from '../../../../../core/meetings/meeting-settings';
import type { ForumSettings, MeetingSettings } from '../../../../../core/model';
import { useT } from '../../../i18n/i18n-context';
import { toNumber } from './settings-draft';
import { meetingSettingsMessages } from './meeting-settings-messages';

const useStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
  },
});

type NumberKey = Exclude<keyof MeetingSettings, 'meetingStartTime'>;

const NUMBERS: ReadonlyArray<[NumberKey, keyof typeof meetingSettingsMessages]> = [
  ['bookingAfterWorkingDays', 'ms.bookingAfter'],
  ['bookingRepeatWorkingDays', 'ms.bookingRepeat'],
  ['briefingWorkingDaysBefore', 'ms.briefingBefore'],
  ['meetingMinutes', 'ms.minutes'],
];

/**
 * The facilitator meeting's settings in the forum settings form: every value shown (the defaults of
 * core/meetings where the forum has none yet) and saved whole; the server validates and its
 * localized message appears at each field ("settings.meetings.meetingMinutes").
 */
export function MeetingSettingsFields(props: {
  settings: Pick<ForumSettings, 'meetings'>;
  onChange(meetings: MeetingSettings): void;
  errorOf(path: string): string | undefined;
}) {
  const styles = useStyles();
  const t = useT(meetingSettingsMessages);
  const value = meetingSettingsOf({ settings: props.settings as ForumSettings });
  const set = (patch: Partial<MeetingSettings>) => props.onChange({ ...value, ...patch });
  const field = (key: keyof MeetingSettings, label: string, input: React.ReactElement) => {
    const error = props.errorOf(`settings.meetings.${key}`);
    return (
      <Field key={key} label={label} validationMessage={error} validationState={error ? 'error' : undefined}>
        {input}
      </Field>
    );
  };
  return (
    <fieldset className={styles.fieldset} data-testid="meeting-settings">
      <legend>{t('ms.legend')}</legend>
      <p className={styles.intro}>{t('ms.intro')}</p>
      <div className={styles.grid}>
        {NUMBERS.map(([key, label]) =>
          field(
            key,
            t(label),
            <Input
              type="number"
              value={Number.isFinite(value[key]) ? String(value[key]) : ''}
              onChange={(_, d) => set({ [key]: toNumber(d.value) })}
              data-testid={`meeting-settings-${key}`}
            />,
          ),
        )}
        {field(
          'meetingStartTime',
          t('ms.startTime'),
          <Input
            type="time"
            value={value.meetingStartTime}
            onChange={(_, d) => set({ meetingStartTime: d.value })}
            data-testid="meeting-settings-meetingStartTime"
          />,
        )}
      </div>
    </fieldset>
  );
}
