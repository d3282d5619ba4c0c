import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { Loading } from '../../components/loading';
import { useT } from '../../i18n/i18n-context';
import { adminMessages } from './admin-messages';
import { AuditLog } from './audit/audit-log';
import { ChatLinks } from './chats/chat-links';
import { DeliveryStatus } from './deliveries/delivery-status';
import { CsvImport } from './people/csv-import';
import { PeoplePanel } from './people/people-panel';
import { MemberData } from './privacy/member-data';
import { RetentionStatus } from './privacy/retention-status';
import { ScheduleTimeline } from './schedule/schedule-timeline';
import { SettingsForm } from './settings/settings-form';

type Section = 'settings' | 'people' | 'import' | 'chats' | 'schedule' | 'deliveries' | 'privacy' | 'audit';
const SECTIONS: Section[] = [
  'settings',
  'people',
  'import',
  'chats',
  'schedule',
  'deliveries',
  'privacy',
  'audit',
];

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL },
  sections: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  panel: {
    display: 'grid',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
  },
});

/** The organizers' Administration page (personal tab). Loaded on demand. */
export default function AdminPage() {
  const styles = useStyles();
  const t = useT(adminMessages);
  const { http, me } = useSession();
  const forumId = me.memberships.find((m) => m.canAdminister)?.forumId ?? '';
  const forum = useResource(() => http.call('forum', { params: { forumId } }), [http, forumId]);
  const [section, setSection] = useState<Section>(() => initialSection());

  if (forum.error) return <ErrorView error={forum.error} onRetry={forum.reload} />;
  if (!forum.data) return <Loading />;
  const data = forum.data;
  return (
    <article className={styles.page} aria-labelledby="admin-title" data-testid="admin-page">
      <h1 id="admin-title">{t('admin.title')}</h1>
      {/* Plain buttons (not a Tabster-managed TabList): every section is one Tab stop away. */}
      <nav aria-label={t('admin.sections')}>
        <ul className={styles.sections}>
          {SECTIONS.map((s) => (
            <li key={s}>
              <Button
                appearance={s === section ? 'primary' : 'secondary'}
                aria-current={s === section ? 'true' : undefined}
                aria-controls="admin-panel"
                onClick={() => setSection(s)}
                data-testid={`admin-tab-${s}`}
              >
                {t(`admin.tab.${s}`)}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
      <section id="admin-panel" aria-label={t(`admin.tab.${section}`)} className={styles.panel}>
        {section === 'settings' && <SettingsForm forumId={forumId} onSaved={forum.reload} />}
        {section === 'people' && <PeoplePanel forumId={forumId} />}
        {section === 'import' && <CsvImport forumId={forumId} />}
        {section === 'chats' && <ChatLinks forumId={forumId} departments={data.departments} />}
        {section === 'schedule' && (
          <ScheduleTimeline forum={data.forum} departments={data.departments} questions={data.questions} />
        )}
        {section === 'deliveries' && <DeliveryStatus forumId={forumId} departments={data.departments} />}
        {section === 'privacy' && (
          <>
            <RetentionStatus forumId={forumId} />
            <MemberData forumId={forumId} />
          </>
        )}
        {section === 'audit' && <AuditLog forumId={forumId} timeZone={data.forum.timeZone} />}
      </section>
    </article>
  );
}

/** ?section=schedule in the URL hash query opens a section directly (deep links, tests). */
function initialSection(): Section {
  const query = window.location.hash.split('?')[1] ?? '';
  const wanted = new URLSearchParams(query).get('section');
  return SECTIONS.includes(wanted as Section) ? (wanted as Section) : 'settings';
}
