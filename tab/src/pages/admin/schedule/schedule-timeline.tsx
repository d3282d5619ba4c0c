import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useState } from 'react';
import { localize } from '../../../../../core/i18n';
import type { Department, Forum, Question } from '../../../../../core/model';
import type { PlanProposalResponse } from '../../../api/types';
import { useLiveEvents, type ChangeNotice } from '../../../api/use-live-events';
import { useResource } from '../../../api/use-resource';
import { useSession } from '../../../auth/session-context';
import { ErrorView } from '../../../components/error-view';
import { Loading } from '../../../components/loading';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';
import { AdminTable } from '../admin-table';
import { AddRoundForm } from './add-round-form';
import { isOutsideHoursRefusal } from './outside-hours-confirm';
import { RoundRow } from './round-row';
import { TimelineBar } from './timeline-bar';

// The Adaptive Cards renderer is large: it loads only when a preview is opened.
const CardPreview = lazy(() => import('./card-preview'));

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalL },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  proposal: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** The schedule between the two meetings: proposed plan, rounds, add/move/cancel, card preview. */
export function ScheduleTimeline(props: { forum: Forum; departments: Department[]; questions: Question[] }) {
  const styles = useStyles();
  const t = useT(adminMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const forumId = props.forum.id;
  const period = { from: props.forum.kickoffDate, to: props.forum.finalMeetingDate };
  const rounds = useResource(() => http.call('rounds', { params: { forumId } }), [http, forumId]);
  const meetings = useResource(() => http.call('forumMeetings', { params: { forumId } }), [http, forumId]);
  const [proposal, setProposal] = useState<PlanProposalResponse | null>(null);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState('');
  const reload = rounds.reload;
  const reloadMeetings = meetings.reload;
  useLiveEvents(
    http,
    { forumId, topics: ['round', 'forum'] },
    useCallback(
      (notice: ChangeNotice) => (notice.topic === 'forum' ? reloadMeetings() : reload()),
      [reload, reloadMeetings],
    ),
  );

  /** Runs a change; a refusal that asks for "send anyway" is left to the form that made it. */
  const act = async (action: () => Promise<unknown>, done = '') => {
    setError(null);
    try {
      const result = (await action()) as { warnings?: unknown } | undefined;
      const warnings = Array.isArray(result?.warnings)
        ? result.warnings.filter((w) => typeof w === 'string')
        : [];
      setNote([done, ...warnings].filter(Boolean).join(' '));
      reload();
    } catch (e) {
      if (!isOutsideHoursRefusal(e)) setError(e);
      throw e;
    }
  };
  const audience = (id: string | null) => {
    const d = id ? props.departments.find((x) => x.id === id) : null;
    return d ? localize(d.name, locale) : t('schedule.allDepartments');
  };

  if (rounds.error) return <ErrorView error={rounds.error} onRetry={reload} />;
  if (!rounds.data) return <Loading />;
  const list = [...rounds.data.rounds].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return (
    <section className={styles.root} aria-labelledby="schedule-title" data-testid="schedule">
      <h2 id="schedule-title">{t('schedule.title')}</h2>
      <TimelineBar
        forum={props.forum}
        rounds={list}
        departments={props.departments}
        meetings={meetings.data?.meetings ?? null}
      />
      {error !== null && <ErrorView error={error} />}
      <span role="status" aria-live="polite">
        {note}
      </span>
      <div className={styles.row}>
        <Button
          onClick={() => void http.call('planProposal', { params: { forumId } }).then(setProposal, setError)}
          data-testid="show-proposal"
        >
          {t('schedule.showProposal')}
        </Button>
      </div>
      {proposal && (
        <div className={styles.proposal} data-testid="proposal">
          <h3>{t('schedule.proposed')}</h3>
          {proposal.warnings.map((w, i) => (
            <MessageBar
              key={i}
              intent={w.severity === 'error' ? 'error' : w.severity === 'warning' ? 'warning' : 'info'}
            >
              <MessageBarBody>
                {t('schedule.warnings')}: {localize(w.message, locale)}
              </MessageBarBody>
            </MessageBar>
          ))}
          <ul>
            {proposal.rounds.map((r) => (
              <li key={r.id}>
                {r.localDate} {r.localTime} · {t(`schedule.kind.${r.kind}`)} · {audience(r.departmentId)}
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={() =>
                void act(() => http.call('acceptPlan', { params: { forumId } }), t('schedule.accepted')).then(
                  () => setProposal(null),
                  () => undefined,
                )
              }
              data-testid="accept-plan"
            >
              {t('schedule.accept')}
            </Button>
            <Button onClick={() => setProposal(null)}>{t('admin.cancel')}</Button>
          </div>
        </div>
      )}
      {list.length === 0 ? (
        <p>{t('schedule.empty')}</p>
      ) : (
        <AdminTable
          testId="rounds"
          caption={t('schedule.title')}
          headings={[
            t('schedule.when'),
            t('schedule.kind'),
            t('schedule.audience'),
            t('schedule.questions'),
            t('schedule.state'),
            t('schedule.actions'),
          ]}
        >
          {list.map((r) => (
            <RoundRow
              key={r.id}
              round={r}
              audience={audience(r.departmentId)}
              questions={props.questions}
              period={period}
              onPreview={() => setPreviewId(r.id)}
              onMove={(date, time, accept) =>
                act(() =>
                  http.call('moveRound', {
                    params: { roundId: r.id },
                    body: { localDate: date, localTime: time, acceptOutsideHours: accept },
                  }),
                )
              }
              onCancel={() =>
                act(() => http.call('cancelRound', { params: { roundId: r.id } })).catch(() => undefined)
              }
            />
          ))}
        </AdminTable>
      )}
      {previewId && (
        <Suspense fallback={<Loading />}>
          <CardPreview key={previewId} roundId={previewId} onClose={() => setPreviewId(null)} />
        </Suspense>
      )}
      <AddRoundForm
        departments={props.departments}
        questions={props.questions}
        defaultDate={props.forum.kickoffDate}
        period={period}
        sendTime={props.forum.settings.sendTime}
        onSubmit={(body) => act(() => http.call('createRound', { params: { forumId }, body }))}
      />
    </section>
  );
}
