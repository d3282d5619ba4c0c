import { makeStyles, tokens } from '@fluentui/react-components';
import { localize } from '../../../../../core/i18n';
import type { Department, Forum, Round } from '../../../../../core/model';
import type { AgreedMeeting } from '../../../../../core/api';
import { formatLocalDate } from '../../../format/format';
import { meetingWhen } from '../../../format/meeting-when';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';
import { timelinePercent } from './timeline-position';

const useStyles = makeStyles({
  wrap: { display: 'grid', gap: tokens.spacingVerticalXS },
  track: {
    position: 'relative',
    height: '28px',
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
    margin: `0 ${tokens.spacingHorizontalS}`,
  },
  marker: {
    position: 'absolute',
    bottom: '-7px',
    width: '12px',
    height: '12px',
    marginLeft: '-6px',
    borderRadius: '50%',
    border: `2px solid ${tokens.colorNeutralForeground1}`,
  },
  prompt: { backgroundColor: tokens.colorBrandBackground },
  reminder: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: '2px' },
  finalCall: { backgroundColor: tokens.colorNeutralForeground1, transform: 'rotate(45deg)', borderRadius: 0 },
  cancelled: { opacity: 0.35 },
  meeting: {
    bottom: '8px',
    width: '14px',
    height: '14px',
    marginLeft: '-7px',
    borderRadius: '2px',
    backgroundColor: tokens.colorPaletteGreenBackground3,
  },
  meetings: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase300 },
  ends: { display: 'flex', justifyContent: 'space-between', fontSize: tokens.fontSizeBase200 },
});

/**
 * The rounds between the two meetings as markers on a line, and each department's facilitator
 * meeting above it. The line is decorative (the table below lists the same rounds, the list under
 * the line the meetings); marker shapes differ by kind so colour is not the only cue.
 */
export function TimelineBar(props: {
  forum: Forum;
  rounds: Round[];
  departments: Department[];
  /**
   * Every department's meeting with its agreed times (GET /api/forums/:forumId/meetings, reloaded
   * live when one is recorded); null until loaded, when the departments' own dates stand in.
   */
  meetings: readonly AgreedMeeting[] | null;
}) {
  const styles = useStyles();
  const t = useT(adminMessages);
  const { locale } = useLocale();
  const { kickoffDate, finalMeetingDate } = props.forum;
  const agreed = new Map(props.meetings?.map((m) => [m.departmentId, m]));
  const dateOf = (d: Department) =>
    props.meetings ? (agreed.get(d.id)?.date ?? null) : d.facilitatorMeetingDate;
  const whenOf = (d: Department) => {
    const date = dateOf(d);
    if (!date) return null;
    const m = agreed.get(d.id);
    return meetingWhen({ date, startTime: m?.startTime ?? null, endTime: m?.endTime ?? null }, locale);
  };
  return (
    <div className={styles.wrap}>
      <div className={styles.track} aria-hidden="true">
        {props.rounds.map((r) => (
          <span
            key={r.id}
            className={`${styles.marker} ${styles[r.kind]} ${r.state === 'cancelled' ? styles.cancelled : ''}`}
            style={{ left: `${timelinePercent(r.localDate, kickoffDate, finalMeetingDate)}%` }}
            title={t('schedule.dateTime', { date: formatLocalDate(r.localDate, locale), time: r.localTime })}
          />
        ))}
        {props.departments.map((d) =>
          dateOf(d) ? (
            <span
              key={d.id}
              className={`${styles.marker} ${styles.meeting}`}
              style={{ left: `${timelinePercent(dateOf(d)!, kickoffDate, finalMeetingDate)}%` }}
              title={`${localize(d.name, locale)}: ${whenOf(d)}`}
            />
          ) : null,
        )}
      </div>
      <div className={styles.ends}>
        <span>{t('schedule.kickoff', { date: formatLocalDate(kickoffDate, locale) })}</span>
        <span>{t('schedule.final', { date: formatLocalDate(finalMeetingDate, locale) })}</span>
      </div>
      <h3>{t('schedule.facilitatorMeetings')}</h3>
      <ul className={styles.meetings} data-testid="facilitator-meetings">
        {[...props.departments]
          .sort((a, b) => a.sortOrder - b.sortOrder)
          .map((d) => (
            <li key={d.id}>
              {localize(d.name, locale)}: {whenOf(d) ?? t('schedule.noFacilitatorMeeting')}
            </li>
          ))}
      </ul>
    </div>
  );
}
