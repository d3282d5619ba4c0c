import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Question, Round } from '../../../../../core/model';
import { formatLocalDate } from '../../../format/format';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';
import { useOutsideHoursConfirm } from './outside-hours-confirm';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', alignItems: 'center' },
  input: { width: '150px' },
});

/** One round in the schedule table: preview, move (inline date/time) and cancel. */
export function RoundRow(props: {
  round: Round;
  audience: string;
  questions: Question[];
  onPreview(): void;
  /** The forum's period: kickoff to final meeting. */
  period: { from: string; to: string };
  onMove(localDate: string, localTime: string, acceptOutsideHours: boolean): Promise<void>;
  onCancel(): Promise<void>;
}) {
  const styles = useStyles();
  const t = useT(adminMessages);
  const { locale } = useLocale();
  const r = props.round;
  const [moving, setMoving] = useState(false);
  // The timeline shows other errors above the table.
  const confirm = useOutsideHoursConfirm(() => undefined);
  const [date, setDate] = useState(r.localDate);
  const [time, setTime] = useState(r.localTime);
  const when = t('schedule.dateTime', { date: formatLocalDate(r.localDate, locale), time: r.localTime });
  const numbers = r.questionIds
    .map((id) => props.questions.find((q) => q.id === id)?.number ?? '?')
    .join(', ');
  const editable = r.state === 'planned';
  return (
    <tr data-testid="round-row" data-round-id={r.id}>
      <td>{when}</td>
      <td>{t(`schedule.kind.${r.kind}`)}</td>
      <td>{props.audience}</td>
      <td>{numbers}</td>
      <td>{t(`schedule.state.${r.state}`)}</td>
      <td>
        <div className={styles.actions}>
          <Button
            size="small"
            onClick={props.onPreview}
            aria-label={t('schedule.previewNamed', { when })}
            data-testid="round-preview"
          >
            {t('schedule.preview')}
          </Button>
          {editable && !moving && (
            <Button
              size="small"
              onClick={() => setMoving(true)}
              aria-label={t('schedule.moveNamed', { when })}
            >
              {t('schedule.move')}
            </Button>
          )}
          {editable && moving && (
            <>
              <Input
                className={styles.input}
                type="date"
                value={date}
                min={props.period.from}
                max={props.period.to}
                onChange={(_, d) => setDate(d.value)}
                aria-label={t('schedule.date')}
              />
              <Input
                className={styles.input}
                type="time"
                value={time}
                onChange={(_, d) => setTime(d.value)}
                aria-label={t('schedule.time')}
              />
              <Button
                size="small"
                appearance="primary"
                onClick={() =>
                  void confirm.run(
                    (accept) => props.onMove(date, time, accept),
                    () => setMoving(false),
                  )
                }
              >
                {t('admin.save')}
              </Button>
              <Button size="small" onClick={() => setMoving(false)}>
                {t('admin.cancel')}
              </Button>
            </>
          )}
          {editable && (
            <Button
              size="small"
              onClick={() => void props.onCancel()}
              aria-label={t('schedule.cancelNamed', { when })}
            >
              {t('schedule.cancelRound')}
            </Button>
          )}
        </div>
        {confirm.bar}
      </td>
    </tr>
  );
}
