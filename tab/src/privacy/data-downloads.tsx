import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SubjectExport } from '../api/privacy-endpoints';
import { useSession } from '../auth/session-context';
import { downloadFile } from '../components/download';
import { ErrorView } from '../components/error-view';
import { useT } from '../i18n/i18n-context';
import { privacyMessages } from './privacy-messages';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const KINDS: SubjectExport[] = ['json', 'docx'];

/** JSON (machine-readable) and Word (readable) downloads of a person's data. */
export function DataDownloads(props: {
  pathOf(kind: SubjectExport): string;
  baseName: string;
  testId: string;
}) {
  const styles = useStyles();
  const t = useT(privacyMessages);
  const { http } = useSession();
  const [busy, setBusy] = useState<SubjectExport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (kind: SubjectExport) => {
    setBusy(kind);
    setError(null);
    try {
      await downloadFile(http, props.pathOf(kind), `${props.baseName}.${kind}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div>
      <div className={styles.row} role="group" aria-label={t('privacy.download')}>
        {KINDS.map((kind) => (
          <Button
            key={kind}
            onClick={() => void run(kind)}
            disabled={busy !== null}
            data-testid={`${props.testId}-${kind}`}
          >
            {busy === kind
              ? t('privacy.downloading')
              : t(kind === 'json' ? 'privacy.downloadJson' : 'privacy.downloadDocx')}
          </Button>
        ))}
      </div>
      {error !== null && <ErrorView error={error} />}
    </div>
  );
}
