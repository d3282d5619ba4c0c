import type { SubjectExport } from '../api/downloads';
import type { RoutePath } from '../api/http-client';
import { DownloadButtons } from '../components/download-buttons';
import { useT } from '../i18n/i18n-context';
import { privacyMessages } from './privacy-messages';

const KINDS: SubjectExport[] = ['json', 'docx'];

/** JSON (machine-readable) and Word (readable) downloads of a person's data. */
export function DataDownloads(props: {
  pathOf(kind: SubjectExport): RoutePath;
  baseName: string;
  testId: string;
}) {
  const t = useT(privacyMessages);
  return (
    <DownloadButtons
      kinds={KINDS}
      pathOf={props.pathOf}
      baseName={props.baseName}
      groupLabel={t('privacy.download')}
      labelOf={(kind) => t(kind === 'json' ? 'privacy.downloadJson' : 'privacy.downloadDocx')}
      working={t('privacy.downloading')}
      testIdOf={(kind) => `${props.testId}-${kind}`}
    />
  );
}
