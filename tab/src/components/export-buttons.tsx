import type { ExportFormat } from '../api/downloads';
import type { RoutePath } from '../api/http-client';
import { summaryMessages } from '../i18n/catalog-summary';
import { useT } from '../i18n/i18n-context';
import { DownloadButtons } from './download-buttons';

const FORMATS: ExportFormat[] = ['docx', 'pptx', 'csv'];

/** Word, PowerPoint and CSV downloads of a summary (department or forum). */
export function ExportButtons(props: { pathOf(format: ExportFormat): RoutePath; baseName: string }) {
  const t = useT(summaryMessages);
  return (
    <DownloadButtons
      kinds={FORMATS}
      pathOf={props.pathOf}
      baseName={props.baseName}
      groupLabel={t('export.title')}
      labelOf={(format) => t(`export.${format}`)}
      working={t('export.working')}
      testIdOf={(format) => `export-${format}`}
    />
  );
}
