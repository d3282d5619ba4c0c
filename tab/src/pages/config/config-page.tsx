import { Field, Select, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { localize } from '../../../../core/i18n';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { Loading } from '../../components/loading';
import { departmentTabUrl, registerConfigSave, setConfigValid, type TabChoice } from '../../host/teams-host';
import { commonMessages } from '../../i18n/catalog-common';
import { useLocale, useT } from '../../i18n/i18n-context';

/** The select's value for the final meeting's view (department ids never start with a colon). */
const MEETING_CHOICE = ':meeting';

/** The configurable tab's configuration page: pick the department the tab shows, or the final meeting's view. */
export function ConfigPage() {
  const t = useT(commonMessages);
  const { locale } = useLocale();
  const { http, host, me } = useSession();
  const forumId = me.memberships[0]?.forumId ?? '';
  const forum = useResource(() => http.call('forum', { params: { forumId } }), [http, forumId]);
  const [departmentId, setDepartmentId] = useState('');
  const chosen = useRef<TabChoice | null>(null);
  const departments = forum.data?.departments ?? [];
  const department = departments.find((d) => d.id === departmentId) ?? null;
  const meeting = departmentId === MEETING_CHOICE;
  chosen.current = meeting
    ? { kind: 'meeting', name: t('config.meetingName') }
    : department
      ? { kind: 'department', id: department.id, name: localize(department.name, locale) }
      : null;

  useEffect(() => {
    if (host.inTeams) registerConfigSave(() => chosen.current);
  }, [host.inTeams]);
  useEffect(() => {
    if (host.inTeams) setConfigValid(department !== null || meeting);
  }, [host.inTeams, department, meeting]);

  if (forum.error) return <ErrorView error={forum.error} onRetry={forum.reload} />;
  if (!forum.data) return <Loading />;
  return (
    <section aria-labelledby="config-title">
      <h1 id="config-title">{t('config.title')}</h1>
      <Field label={t('config.label')} hint={t('config.hint')}>
        <Select
          value={departmentId}
          onChange={(_, d) => setDepartmentId(d.value)}
          data-testid="config-department"
        >
          <option value="">{t('config.choose')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {localize(d.name, locale)}
            </option>
          ))}
          <option value={MEETING_CHOICE}>{t('config.meeting')}</option>
        </Select>
      </Field>
      {!host.inTeams && department && (
        <Text as="p">
          {t('config.outsideTeams', { url: departmentTabUrl(window.location.origin, department.id) })}
        </Text>
      )}
    </section>
  );
}
