import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { localize } from '../../../../core/i18n';
import { useLiveEvents } from '../../api/use-live-events';
import { exportRoutes } from '../../api/downloads';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { ExportButtons } from '../../components/export-buttons';
import { Loading } from '../../components/loading';
import { formatPercent } from '../../format/format';
import { useLocale, useT } from '../../i18n/i18n-context';
import { overviewMessages } from './overview-messages';
import { overviewRows } from './overview-rows';
import { OverviewTable } from './overview-table';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL },
  title: { margin: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'center', flexWrap: 'wrap' },
  scroll: { overflowX: 'auto' },
});

/** All departments side by side, for the organizer before and at the final meeting. */
export function OverviewPage(props: { forumId: string | null }) {
  const styles = useStyles();
  const t = useT(overviewMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const forumId = props.forumId ?? '';
  const resource = useResource(() => http.call('overview', { params: { forumId } }), [http, forumId]);
  const reload = resource.reload;
  const onNotice = useCallback(() => reload(), [reload]);
  useLiveEvents(http, { forumId, topics: ['answer', 'takeaways', 'forum', 'member', 'voice'] }, onNotice);
  const rows = useMemo(
    () => (resource.data ? overviewRows(resource.data, locale) : []),
    [resource.data, locale],
  );
  if (!resource.data)
    return resource.error ? <ErrorView error={resource.error} onRetry={reload} /> : <Loading />;
  const { forum, overview } = resource.data;
  return (
    <article className={styles.page} aria-labelledby="overview-title" data-testid="overview-page">
      <h1 id="overview-title" className={styles.title}>
        {t('overview.title')}: {localize(forum.name, locale)}
      </h1>
      <p className={styles.title} data-testid="overview-participation">
        {t('overview.forumParticipation', {
          answered: overview.participation.respondents,
          members: overview.participation.members,
          percent: formatPercent(overview.participation.rate),
        })}
      </p>
      <div className={styles.row}>
        <Link href="#/present/1" data-testid="start-presentation">
          {t('overview.present')}
        </Link>
        <ExportButtons
          pathOf={(f) =>
            http.path(exportRoutes.forum[f], { params: { forumId: forum.id }, query: { locale } })
          }
          baseName={localize(forum.name, locale)}
        />
      </div>
      <div className={styles.scroll}>
        <OverviewTable rows={rows} />
      </div>
    </article>
  );
}
