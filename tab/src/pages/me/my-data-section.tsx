import { makeStyles, tokens } from '@fluentui/react-components';
import { subjectDataRoutes } from '../../api/downloads';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { Loading } from '../../components/loading';
import { useLocale, useT } from '../../i18n/i18n-context';
import { DataDownloads } from '../../privacy/data-downloads';
import { EraseFlow } from '../../privacy/erase-flow';
import { privacyMessages } from '../../privacy/privacy-messages';
import { SubjectSummary } from '../../privacy/subject-summary';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalXXL,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

/**
 * "Mine data / My data" on the My answers page (GDPR art. 15, 17, 20): what is stored, when it
 * is deleted, downloads (JSON, Word), and deleting one's answers in two steps. Loaded on demand.
 */
export default function MyDataSection(props: { onErased(): void; version: number }) {
  const styles = useStyles();
  const t = useT(privacyMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const data = useResource(() => http.call('myData'), [http, props.version]);
  return (
    <section className={styles.root} aria-labelledby="my-data-title" data-testid="my-data">
      <h2 id="my-data-title" className={styles.h2}>
        {t('privacy.title')}
      </h2>
      <p>{t('privacy.intro')}</p>
      {data.error !== null && <ErrorView error={data.error} onRetry={data.reload} />}
      {data.error === null && !data.data && <Loading />}
      {data.data && <SubjectSummary data={data.data} caption={t('privacy.title')} testId="my-data-table" />}
      <DataDownloads
        pathOf={(kind) => http.path(subjectDataRoutes.self[kind])}
        baseName={locale === 'da' ? 'samskab-mine-data' : 'samskab-my-data'}
        testId="my-data-download"
      />
      <EraseFlow
        label={t('privacy.delete')}
        request={(body) => http.call('eraseMyData', { body })}
        testId="my-data-erase"
        onDone={props.onErased}
      />
    </section>
  );
}
