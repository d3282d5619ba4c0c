import { Badge, Button, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { localize } from '../../../core/i18n';
import type { HttpClient } from '../api/http-client';
import type { DevUser } from '../api/types';
import { ErrorView } from '../components/error-view';
import { commonMessages } from '../i18n/catalog-common';
import { useLocale, useT } from '../i18n/i18n-context';
import { devTokenStore } from './dev-token-store';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
  },
  meta: { color: tokens.colorNeutralForeground2 },
  badge: { marginLeft: tokens.spacingHorizontalS },
});

/** Dev mode only: pick a demo person; the server issues a local token for them. */
export function DevSignIn(props: { http: HttpClient; users: DevUser[]; onSignedIn(): void }) {
  const t = useT(commonMessages);
  const { locale } = useLocale();
  const styles = useStyles();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const signIn = async (user: DevUser) => {
    setBusy(true);
    try {
      const { token } = await props.http.call('devToken', { body: { aadObjectId: user.aadObjectId } });
      devTokenStore.set(token, user.aadObjectId);
      props.onSignedIn();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="dev-sign-in-title">
      <h1 id="dev-sign-in-title">{t('dev.signInTitle')}</h1>
      <p>{t('dev.signInIntro')}</p>
      {error !== null && <ErrorView error={error} />}
      <ul className={styles.list}>
        {props.users.map((user) => (
          <li key={user.aadObjectId}>
            <Card>
              <CardHeader
                header={
                  <Text weight="semibold">
                    {user.name}
                    {user.inPlayground && (
                      <Badge appearance="tint" className={styles.badge}>
                        {t('dev.inPlayground')}
                      </Badge>
                    )}
                  </Text>
                }
                description={
                  <Text className={styles.meta} size={200}>
                    {user.memberships
                      .map((m) =>
                        [t(`role.${m.role}`), ...m.departmentNames.map((d) => localize(d, locale))].join(
                          ' · ',
                        ),
                      )
                      .join('; ')}
                  </Text>
                }
              />
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => void signIn(user)}
                data-testid={`dev-user-${user.aadObjectId}`}
              >
                {t('dev.signInAs', { name: user.name })}
              </Button>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
