import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ExportFormat } from '../api/endpoints';
import { useSession } from '../auth/session-context';
import { summaryMessages } from '../i18n/catalog-summary';
import { useT } from '../i18n/i18n-context';
import { downloadFile } from './download';
import { ErrorView } from './error-view';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const FORMATS: ExportFormat[] = ['docx', 'pptx', 'csv'];

/** Word, PowerPoint and CSV downloads of a summary (department or forum). */
export function ExportButtons(props: { pathOf(format: ExportFormat): string; baseName: string }) {
  const styles = useStyles();
  const t = useT(summaryMessages);
  const { http } = useSession();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      await downloadFile(http, props.pathOf(format), `${props.baseName}.${format}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div>
      <div className={styles.row} role="group" aria-label={t('export.title')}>
        {FORMATS.map((format) => (
          <Button
            key={format}
            onClick={() => void run(format)}
            disabled={busy !== null}
            data-testid={`export-${format}`}
          >
            {busy === format ? t('export.working') : t(`export.${format}`)}
          </Button>
        ))}
      </div>
      {error !== null && <ErrorView error={error} />}
    </div>
  );
}
