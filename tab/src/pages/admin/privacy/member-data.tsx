import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { subjectDataRoutes } from '../../../api/downloads';
import { useResource } from '../../../api/use-resource';
import { useSession } from '../../../auth/session-context';
import { ErrorView } from '../../../components/error-view';
import { Loading } from '../../../components/loading';
import { useT } from '../../../i18n/i18n-context';
import { DataDownloads } from '../../../privacy/data-downloads';
import { EraseFlow } from '../../../privacy/erase-flow';
import { privacyMessages } from '../../../privacy/privacy-messages';
import { SubjectSummary } from '../../../privacy/subject-summary';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalM },
  pick: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

/** Organizers, for a member who leaves: their stored data, downloads and two-step deletion. */
export function MemberData(props: { forumId: string }) {
  const styles = useStyles();
  const t = useT(privacyMessages);
  const { http } = useSession();
  const members = useResource(
    () => http.call('members', { params: { forumId: props.forumId } }),
    [http, props.forumId],
  );
  const [choice, setChoice] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  if (members.error) return <ErrorView error={members.error} onRetry={members.reload} />;
  if (!members.data) return <Loading />;
  return (
    <section className={styles.root} aria-labelledby="member-data-title" data-testid="member-data">
      <h2 id="member-data-title">{t('member.title')}</h2>
      <p>{t('member.intro')}</p>
      <div className={styles.pick}>
        <Field label={t('member.pick')}>
          <Select value={choice} onChange={(_, d) => setChoice(d.value)} data-testid="member-data-pick">
            <option value="">{t('member.choose')}</option>
            {members.data.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => setShown(choice || null)} disabled={!choice} data-testid="member-data-show">
          {t('member.show')}
        </Button>
      </div>
      {shown && <ShownMember key={shown} memberId={shown} />}
    </section>
  );
}

function ShownMember(props: { memberId: string }) {
  const t = useT(privacyMessages);
  const { http } = useSession();
  const { memberId } = props;
  const data = useResource(() => http.call('memberData', { params: { memberId } }), [http, memberId]);
  if (data.error) return <ErrorView error={data.error} onRetry={data.reload} />;
  if (!data.data) return <Loading />;
  const name = data.data.memberships[0]?.member.name ?? memberId;
  return (
    <div>
      <SubjectSummary data={data.data} caption={name} testId="member-data-table" />
      <DataDownloads
        pathOf={(kind) => http.path(subjectDataRoutes.member[kind], { params: { memberId } })}
        baseName="samskab-member-data"
        testId="member-data-download"
      />
      <EraseFlow
        label={t('privacy.deleteMember')}
        request={(body) => http.call('eraseMemberData', { params: { memberId }, body })}
        onDone={data.reload}
        testId="member-data-erase"
      />
    </div>
  );
}
