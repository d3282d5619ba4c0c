import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { localize } from '../../../../core/i18n';
import { endpoints } from '../../api/endpoints';
import { useLiveEvents } from '../../api/use-live-events';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { ExportButtons } from '../../components/export-buttons';
import { Loading } from '../../components/loading';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { ParticipationBar } from '../summary/participation-bar';
import { DepartmentCard } from './department-card';
import { asOverviewData } from './overview-data';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL },
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'center', flexWrap: 'wrap' },
});

/** All departments side by side, for the final meeting. */
export function OverviewPage(props: { forumId: string | null }) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const api = useMemo(() => endpoints(http), [http]);
  const forumId = props.forumId ?? '';
  const resource = useResource(() => api.overview(forumId).then(asOverviewData), [api, forumId]);
  const reload = resource.reload;
  const onNotice = useCallback(() => reload(), [reload]);
  useLiveEvents(http, { forumId, topics: ['answer', 'takeaways', 'forum', 'member'] }, onNotice);
  if (!resource.data)
    return resource.error ? <ErrorView error={resource.error} onRetry={reload} /> : <Loading />;
  const { forum, overview, takeaways } = resource.data;
  return (
    <article className={styles.page} aria-labelledby="overview-title" data-testid="overview-page">
      <h1 id="overview-title">
        {t('overview.title')}: {localize(forum.name, locale)}
      </h1>
      <div className={styles.row}>
        <Link href="#/present/1" data-testid="start-presentation">
          {t('overview.present')}
        </Link>
      </div>
      <ParticipationBar
        answered={overview.participation.respondents}
        members={overview.participation.members}
      />
      <ExportButtons
        pathOf={(f) => api.overviewExportPath(forum.id, f, locale)}
        baseName={localize(forum.name, locale)}
      />
      <div className={styles.grid}>
        {overview.departments.map((d) => (
          <DepartmentCard
            key={d.departmentId}
            summary={d}
            takeaways={takeaways.find((x) => x.departmentId === d.departmentId)}
          />
        ))}
      </div>
    </article>
  );
}
