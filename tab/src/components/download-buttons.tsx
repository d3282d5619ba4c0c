import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RoutePath } from '../api/http-client';
import { useSession } from '../auth/session-context';
import { downloadFile } from './download';
import { ErrorView } from './error-view';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * A row of download buttons, one per kind (file extension): while one downloads, all are
 * disabled and it shows `working`; a failure shows below the row.
 */
export function DownloadButtons<K extends string>(props: {
  kinds: readonly K[];
  pathOf(kind: K): RoutePath;
  baseName: string;
  groupLabel: string;
  labelOf(kind: K): string;
  working: string;
  testIdOf(kind: K): string;
}) {
  const styles = useStyles();
  const { http } = useSession();
  const [busy, setBusy] = useState<K | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (kind: K) => {
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
      <div className={styles.row} role="group" aria-label={props.groupLabel}>
        {props.kinds.map((kind) => (
          <Button
            key={kind}
            onClick={() => void run(kind)}
            disabled={busy !== null}
            data-testid={props.testIdOf(kind)}
          >
            {busy === kind ? props.working : props.labelOf(kind)}
          </Button>
        ))}
      </div>
      {error !== null && <ErrorView error={error} />}
    </div>
  );
}
