import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { localize } from '../../../../core/i18n';
import { endpoints } from '../../api/endpoints';
import { useLiveEvents, type ChangeNotice } from '../../api/use-live-events';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { ExportButtons } from '../../components/export-buttons';
import { Loading } from '../../components/loading';
import { formatLocalDate } from '../../format/format';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { ActionPlanTable } from './action-plan-table';
import { IndicatorsTable } from './indicators-table';
import { ParticipationBar } from './participation-bar';
import { QuestionSection } from './question-section';
import { asSummaryData, nameResolver } from './summary-view-model';
import { TakeawaysEditor } from './takeaways/takeaways-editor';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalXL },
  block: { display: 'grid', gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  meta: { color: tokens.colorNeutralForeground2, margin: 0 },
  questions: { display: 'grid', gap: tokens.spacingVerticalL },
});

/** The department's shared, live summary. */
export function SummaryPage(props: { departmentId: string }) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const api = useMemo(() => endpoints(http), [http]);
  const resource = useResource(
    () => api.summary(props.departmentId).then(asSummaryData),
    [api, props.departmentId],
  );
  const [liveNote, setLiveNote] = useState('');
  const data = resource.data;

  const onNotice = useCallback(
    (notice: ChangeNotice) => {
      if (notice.departmentId && notice.departmentId !== props.departmentId) return;
      resource.reload();
      if (notice.topic === 'answer') setLiveNote(t('summary.updated'));
    },
    [props.departmentId, resource, t],
  );
  useLiveEvents(
    http,
    { forumId: data?.forum.id, topics: ['answer', 'takeaways', 'member', 'forum'] },
    onNotice,
  );

  if (!data)
    return resource.error ? <ErrorView error={resource.error} onRetry={resource.reload} /> : <Loading />;
  const { forum, department, summary } = data;
  const nameOf = nameResolver(data, t('summary.unknownMember'));
  const departmentName = localize(department.name, locale);
  return (
    <article className={styles.page} aria-labelledby="summary-title" data-testid="summary-page">
      <header className={styles.block}>
        <h1 id="summary-title">{t('summary.title', { department: departmentName })}</h1>
        <p className={styles.meta}>{t('summary.live')}</p>
        <p className="visually-hidden" role="status" aria-live="polite" data-testid="live-note">
          {liveNote}
        </p>
        <ParticipationBar
          answered={summary.participation.respondents}
          members={summary.participation.members}
          testId="participation-overall"
        />
        <ExportButtons pathOf={(f) => api.exportPath(department.id, f, locale)} baseName={departmentName} />
      </header>

      <section className={styles.block} aria-labelledby="recap-title">
        <h2 id="recap-title" className={styles.h2}>
          {t('summary.recap')}
        </h2>
        <p className={styles.text}>{department.recap || t('summary.recapEmpty')}</p>
        {department.chosenAssignment && (
          <>
            <h3>{t('summary.assignment')}</h3>
            <p className={styles.text}>{department.chosenAssignment}</p>
          </>
        )}
        {department.facilitatorMeetingDate && (
          <p>
            {t('summary.facilitatorMeeting', {
              date: formatLocalDate(department.facilitatorMeetingDate, locale),
            })}
          </p>
        )}
      </section>

      <section className={styles.block} aria-labelledby="takeaways-title">
        <h2 id="takeaways-title" className={styles.h2}>
          {t('takeaways.title')}
        </h2>
        <TakeawaysEditor
          departmentId={department.id}
          takeaways={data.takeaways}
          canEdit={data.canEditTakeaways}
          timeZone={forum.timeZone}
          nameOf={(id) => nameOf(id)}
        />
      </section>

      <section className={styles.block} aria-labelledby="actions-title">
        <h2 id="actions-title" className={styles.h2}>
          {t('actions.title')}
        </h2>
        <ActionPlanTable items={summary.actionPlan} nameOf={nameOf} />
        {summary.actionPlanTotal > summary.actionPlan.length && (
          <p className={styles.meta}>
            {t('actions.shownOf', { shown: summary.actionPlan.length, total: summary.actionPlanTotal })}
          </p>
        )}
      </section>

      <section className={styles.block} aria-labelledby="indicators-title">
        <h2 id="indicators-title" className={styles.h2}>
          {t('indicators.title')}
        </h2>
        <IndicatorsTable items={summary.indicators} nameOf={nameOf} />
        {summary.indicatorTotal > summary.indicators.length && (
          <p className={styles.meta}>
            {t('indicators.shownOf', { shown: summary.indicators.length, total: summary.indicatorTotal })}
          </p>
        )}
      </section>

      <section className={styles.block} aria-labelledby="questions-title">
        <h2 id="questions-title" className={styles.h2}>
          {t('summary.questions')}
        </h2>
        <div className={styles.questions}>
          {summary.questions.map((q) => (
            <QuestionSection
              key={q.questionId}
              api={api}
              departmentId={department.id}
              refreshKey={summary.generatedAt}
              summary={q}
              question={data.questions.find((x) => x.id === q.questionId)}
              principles={data.principles}
              timeZone={forum.timeZone}
              nameOf={nameOf}
            />
          ))}
        </div>
      </section>
    </article>
  );
}
