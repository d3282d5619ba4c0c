import { Link } from '@fluentui/react-components';
import { localize } from '../../../core/i18n';
import { useSession } from '../auth/session-context';
import { commonMessages } from '../i18n/catalog-common';
import { useLocale, useT } from '../i18n/i18n-context';
import { routeHref } from '../routing/route';

/** Start page: the person's forum(s) and the departments they belong to. */
export function HomePage() {
  const t = useT(commonMessages);
  const { locale } = useLocale();
  const { me } = useSession();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      {me.memberships.map((m) => (
        <div key={m.forumId}>
          <h2>{localize(m.forumName, locale)}</h2>
          <p>{t(`role.${m.role}`)}</p>
          {m.departments.length > 0 && <h3>{t('home.pick')}</h3>}
          <ul>
            {m.departments.map((d) => (
              <li key={d.id}>
                <Link href={routeHref({ name: 'department', id: d.id })}>{localize(d.name, locale)}</Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
