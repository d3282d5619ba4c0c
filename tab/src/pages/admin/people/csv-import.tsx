import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import type { MemberImportResult } from '../../../api/types';
import { useSession } from '../../../auth/session-context';
import { saveBlob } from '../../../components/download';
import { ErrorView } from '../../../components/error-view';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { useTableStyles } from '../../summary/table-styles';
import { adminMessages } from '../admin-messages';
import { importTemplateCsv } from './import-template';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  bad: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** CSV import: preview (dry run) with per-row errors, then an all-or-nothing import. */
export function CsvImport(props: { forumId: string }) {
  const styles = useStyles();
  const table = useTableStyles();
  const t = useT(adminMessages);
  const { http } = useSession();
  const [csv, setCsv] = useState('');
  const [result, setResult] = useState<MemberImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { locale } = useLocale();

  const downloadTemplate = async () => {
    const departments = await http.call('departments', { params: { forumId: props.forumId } }).then(
      (r) => r.departments,
      () => [],
    );
    const csvText = importTemplateCsv(locale, departments);
    saveBlob(new Blob([csvText], { type: 'text/csv;charset=utf-8' }), t('import.templateFile'));
  };

  const run = async (dryRun: boolean) => {
    setBusy(true);
    setError(null);
    try {
      setResult(
        await http.call('importMembers', { params: { forumId: props.forumId }, body: { csv, dryRun } }),
      );
    } catch (e) {
      const preview = isApiError(e) ? (e.body as { import?: MemberImportResult } | null)?.import : undefined;
      if (preview) setResult(preview);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setCsv(await file.text());
    setResult(null);
  };

  const okRows = result ? result.rows.filter((r) => r.ok).length : 0;
  const unresolved = result ? result.rows.filter((r) => r.unresolved) : [];
  return (
    <section className={styles.root} aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.help')}</p>
      <div>
        <Button onClick={() => void downloadTemplate()} data-testid="csv-template">
          {t('import.template')}
        </Button>
      </div>
      <div>
        <label htmlFor="csv-file">{t('import.file')}</label>{' '}
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          data-testid="csv-file"
        />
      </div>
      <Field label={t('import.text')}>
        <Textarea
          value={csv}
          onChange={(_, d) => {
            setCsv(d.value);
            setResult(null);
          }}
          rows={8}
          resize="vertical"
          data-testid="csv-text"
        />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void run(true)} disabled={busy || csv.trim() === ''} data-testid="csv-preview">
          {t('import.preview')}
        </Button>
        <Button
          appearance="primary"
          onClick={() => void run(false)}
          disabled={busy || !result || !result.dryRun || result.errorRows > 0 || okRows === 0}
          data-testid="csv-apply"
        >
          {t('import.apply', { count: okRows })}
        </Button>
      </div>
      {error !== null && <ErrorView error={error} />}
      {result && (
        <>
          <MessageBar
            intent={result.errorRows > 0 ? 'error' : result.applied ? 'success' : 'info'}
            role="status"
            data-testid="csv-result"
          >
            <MessageBarBody>
              {result.applied
                ? t('import.done', { created: result.created, updated: result.updated })
                : `${t('import.summary', { ok: okRows, errors: result.errorRows })}${result.errorRows > 0 ? ` ${t('import.blocked')}` : ''}`}
            </MessageBarBody>
          </MessageBar>
          {unresolved.length > 0 && (
            <MessageBar intent="warning" data-testid="csv-unresolved">
              <MessageBarBody>
                {t('import.unresolved', { count: unresolved.length })}
                <ul className={styles.errors}>
                  {unresolved.map((row) => (
                    <li key={row.line}>
                      {row.name} {row.email && `(${row.email})`}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={table.wrap}>
            <table className={table.table} data-testid="csv-rows">
              <thead>
                <tr>
                  <th scope="col">{t('import.line')}</th>
                  <th scope="col">{t('people.name')}</th>
                  <th scope="col">{t('import.email')}</th>
                  <th scope="col">{t('people.role')}</th>
                  <th scope="col">{t('import.action')}</th>
                  <th scope="col">{t('import.errors')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => (
                  <tr key={row.line} data-row-ok={row.ok ? 'true' : 'false'}>
                    <td>{row.line}</td>
                    <td>{row.name}</td>
                    <td>{row.email}</td>
                    <td>{row.member ? t(`role.${row.member.role}`) : ''}</td>
                    <td>
                      {row.action === 'create'
                        ? t('import.create')
                        : row.action === 'update'
                          ? t('import.update')
                          : ''}
                    </td>
                    <td>
                      {row.ok ? (
                        t('import.ok')
                      ) : (
                        <ul className={styles.errors}>
                          {Object.entries(row.errors).map(([column, message]) => (
                            <li key={column}>
                              <span className={styles.bad}>✗ {t('import.rowError')}</span> {column}: {message}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
