import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useState } from 'react';
import { localize } from '../../../../core/i18n';
import { useLiveEvents } from '../../api/use-live-events';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../auth/session-context';
import { ErrorView } from '../../components/error-view';
import { Loading } from '../../components/loading';
import { formatInstant } from '../../format/format';
import { summaryMessages } from '../../i18n/catalog-summary';
import { useLocale, useT } from '../../i18n/i18n-context';
import { AnswerValueView } from '../summary/answer-value-view';

// The privacy section (downloads, two-step deletion) loads on demand, keeping the first download small.
const MyDataSection = lazy(() => import('./my-data-section'));

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, display: 'grid', gap: tokens.spacingVerticalL },
  item: {
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  h2: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400 },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * Personal tab "My answers": each question with the person's own answer. It follows the change
 * feed, so an answer given or erased elsewhere (a card in Teams, "slet mine data" to the bot)
 * shows at once; an erasure from this page refreshes it right away too.
 */
export function MyAnswersPage() {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const { locale } = useLocale();
  const { http, me } = useSession();
  const forumId = me.memberships[0]?.forumId;
  const answers = useResource(() => http.call('myAnswers', { query: { forumId } }), [http, forumId]);
  const forum = useResource(
    () => (forumId ? http.call('forum', { params: { forumId } }) : Promise.resolve(null)),
    [http, forumId],
  );
  /** Bumped on every change of answers, so the data section (counts) reloads too. */
  const [version, setVersion] = useState(0);
  const { reload } = answers;
  const refresh = useCallback(() => {
    reload();
    setVersion((n) => n + 1);
  }, [reload]);
  useLiveEvents(http, { forumId, topics: ['answer'] }, refresh);
  if (answers.error) return <ErrorView error={answers.error} onRetry={answers.reload} />;
  if (!answers.data) return <Loading />;
  const timeZone = forum.data?.forum.timeZone ?? 'Europe/Copenhagen';
  const principles = forum.data?.principles ?? [];
  const questions = [...answers.data.questions].sort((a, b) => a.number - b.number);
  return (
    <section aria-labelledby="me-title">
      <h1 id="me-title">{t('me.title')}</h1>
      {answers.data.answers.length === 0 && <p data-testid="my-answers-empty">{t('me.empty')}</p>}
      <ol className={styles.list} data-testid="my-answers">
        {questions.map((q) => {
          const answer = answers.data?.answers.find((a) => a.questionId === q.id);
          return (
            <li key={q.id} className={styles.item}>
              <h2 className={styles.h2}>
                {t('summary.questionTitle', { number: q.number, text: localize(q.text, locale) })}
              </h2>
              {answer ? (
                <>
                  <AnswerValueView value={answer.value} principles={principles} shape={q.shape} />
                  <p className={styles.meta}>
                    {t('me.edited', {
                      time: formatInstant(answer.updatedAt, locale, timeZone),
                      revision: answer.revision,
                    })}
                  </p>
                </>
              ) : (
                <p className={styles.meta}>{t('me.notAnswered')}</p>
              )}
            </li>
          );
        })}
      </ol>
      <Suspense fallback={<Loading />}>
        <MyDataSection onErased={refresh} version={version} />
      </Suspense>
    </section>
  );
}
