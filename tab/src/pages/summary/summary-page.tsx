import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useState } from 'react';
import { localize } from '../../../../core/i18n';
import { departmentGlance } from '../../../../core/summary/department-glance';
import { useLiveEvents, type ChangeNotice } from '../../api/use-live-events';
import { exportRoutes } from '../../api/downloads';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { ExportButtons } from '../../components/export-buttons';
import { Loading } from '../../components/loading';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { GlanceBand } from './glance/glance-band';
import { Tile } from './glance/tile';
import { asSummaryData, nameResolver } from './summary-view-model';
import { TakeawaysEditor } from './takeaways/takeaways-editor';

// Below the band and collapsed: the details (disclosures, tables, charts) load after the first screen.
const SummaryDetails = lazy(() => import('./details/summary-details'));
// Voices from outside the forum, at the end of the page: loaded after the first screen too.
const VoicesSection = lazy(() => import('../voices/voices-section'));
// The meeting section reads dates with luxon: kept out of the first download like the details.
const FacilitatorMeetingSection = lazy(() =>
  import('./meeting/facilitator-meeting-section').then((m) => ({ default: m.FacilitatorMeetingSection })),
);

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalXL },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingVerticalS,
  },
  titles: { display: 'grid', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  h1: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  meta: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** The department's shared, live summary. */
export function SummaryPage(props: { departmentId: string }) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const resource = useResource(
    () =>
      http.call('departmentSummary', { params: { departmentId: props.departmentId } }).then(asSummaryData),
    [http, props.departmentId],
  );
  const [liveNote, setLiveNote] = useState('');
  const [voicesKey, setVoicesKey] = useState(0);
  const [meetingKey, setMeetingKey] = useState(0);
  const data = resource.data;

  const onNotice = useCallback(
    (notice: ChangeNotice) => {
      if (notice.departmentId && notice.departmentId !== props.departmentId) return;
      if (notice.topic === 'voice') {
        setVoicesKey((n) => n + 1);
        return;
      }
      resource.reload();
      if (notice.topic === 'forum') setMeetingKey((n) => n + 1);
      if (notice.topic === 'answer') setLiveNote(t('summary.updated'));
    },
    [props.departmentId, resource, t],
  );
  useLiveEvents(
    http,
    { forumId: data?.forum.id, topics: ['answer', 'takeaways', 'member', 'forum', 'voice'] },
    onNotice,
  );

  if (!data)
    return resource.error ? <ErrorView error={resource.error} onRetry={resource.reload} /> : <Loading />;
  const { forum, department, summary } = data;
  const nameOf = nameResolver(data, t('summary.unknownMember'), t('summary.anonymousAuthor'));
  const departmentName = localize(department.name, locale);
  const glance = departmentGlance(summary);
  return (
    <article className={styles.page} aria-labelledby="summary-title" data-testid="summary-page">
      <header className={styles.head}>
        <div className={styles.titles}>
          <h1 id="summary-title" className={styles.h1}>
            {t('summary.title', { department: departmentName })}
          </h1>
          <p className={styles.meta}>{t('summary.live')}</p>
        </div>
        <p className="visually-hidden" role="status" aria-live="polite" data-testid="live-note">
          {liveNote}
        </p>
        <ExportButtons
          pathOf={(f) =>
            http.path(exportRoutes.department[f], {
              params: { departmentId: department.id },
              query: { locale },
            })
          }
          baseName={departmentName}
        />
      </header>

      <GlanceBand
        glance={glance}
        takeaways={
          <Tile id="takeaways-title" title={t('takeaways.title')} testId="glance-takeaways">
            <TakeawaysEditor
              departmentId={department.id}
              takeaways={data.takeaways}
              canEdit={data.canEditTakeaways}
              timeZone={forum.timeZone}
              nameOf={(id) => nameOf(id)}
            />
          </Tile>
        }
      />

      <Suspense fallback={<Loading />}>
        <FacilitatorMeetingSection departmentId={department.id} liveKey={meetingKey} />
      </Suspense>

      <Suspense fallback={<Loading />}>
        <SummaryDetails http={http} data={data} glance={glance} nameOf={nameOf} />
      </Suspense>

      <Suspense fallback={<Loading />}>
        <VoicesSection departmentId={department.id} timeZone={forum.timeZone} liveKey={voicesKey} />
      </Suspense>
    </article>
  );
}
