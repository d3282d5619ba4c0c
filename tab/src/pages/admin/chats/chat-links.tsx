import { localize } from '../../../../../core/i18n';
import type { Department } from '../../../../../core/model';
import { useResource } from '../../../api/use-resource';
import { useSession } from '../../../auth/session-context';
import { ErrorView } from '../../../components/error-view';
import { Loading } from '../../../components/loading';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { useTableStyles } from '../../summary/table-styles';
import { adminMessages } from '../admin-messages';

/** Which departments have a reachable group chat / channel with the bot; 1:1 reachability. */
export function ChatLinks(props: { forumId: string; departments: Department[] }) {
  const table = useTableStyles();
  const t = useT(adminMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const links = useResource(
    () => http.call('conversations', { params: { forumId: props.forumId } }),
    [http, props.forumId],
  );
  if (links.error) return <ErrorView error={links.error} onRetry={links.reload} />;
  if (!links.data) return <Loading />;
  const { departments, unlinked, personal } = links.data;
  return (
    <section aria-labelledby="chats-title">
      <h2 id="chats-title">{t('chats.title')}</h2>
      <div className={table.wrap}>
        <table className={table.table} data-testid="chat-links">
          <thead>
            <tr>
              <th scope="col">{t('chats.department')}</th>
              <th scope="col">{t('chats.status')}</th>
            </tr>
          </thead>
          <tbody>
            {props.departments.map((d) => {
              const link = departments.find((x) => x.departmentId === d.id);
              const broken = link?.conversations.find((c) => !c.reachable && !c.removedAt);
              return (
                <tr key={d.id}>
                  <td>{localize(d.name, locale)}</td>
                  <td>
                    {link?.linked
                      ? t('chats.linked')
                      : broken
                        ? t('chats.unreachable', { error: broken.lastError ?? '' })
                        : t('chats.notLinked')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>{t('chats.unlinked', { count: unlinked.length })}</p>
      <p>
        {t('chats.personal', {
          count: personal.filter((p) => p.installed && p.reachable).length,
          total: personal.length,
        })}
      </p>
    </section>
  );
}
