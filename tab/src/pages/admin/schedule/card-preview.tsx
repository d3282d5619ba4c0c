import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { formatDecimal } from '../../../../../core/i18n';
import type { Locale } from '../../../../../core/model';
import { useResource } from '../../../api/use-resource';
import { useSession } from '../../../auth/session-context';
import { renderCard } from '../../../cards/render-card';
import { ErrorView } from '../../../components/error-view';
import { Loading } from '../../../components/loading';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  card: {
    backgroundColor: '#FFFFFF',
    color: '#242424',
    maxWidth: '560px',
    border: '1px solid #D1D1D1',
    borderRadius: '8px',
    overflow: 'hidden',
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
});

/** The round's card exactly as the bot will send it (GET /api/rounds/:id/preview), rendered live. */
export default function CardPreview(props: { roundId: string; onClose(): void }) {
  const styles = useStyles();
  const t = useT(adminMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const [cardLocale, setCardLocale] = useState<Locale>(locale);
  const preview = useResource(
    () => http.call('cardPreview', { params: { roundId: props.roundId }, query: { locale: cardLocale } }),
    [http, props.roundId, cardLocale],
  );
  const host = useRef<HTMLDivElement>(null);
  const [renderError, setRenderError] = useState<unknown>(null);
  const [clicked, setClicked] = useState('');

  useEffect(() => {
    const target = host.current;
    if (!target || !preview.data) return;
    target.replaceChildren();
    try {
      target.appendChild(renderCard(preview.data.card, setClicked));
      setRenderError(null);
    } catch (e) {
      setRenderError(e);
    }
  }, [preview.data]);

  return (
    <section className={styles.root} aria-labelledby="preview-title" data-testid="card-preview">
      <h3 id="preview-title">{t('preview.title')}</h3>
      <div className={styles.row}>
        <Field label={t('preview.locale')}>
          <Select value={cardLocale} onChange={(_, d) => setCardLocale(d.value as Locale)}>
            <option value="da">Dansk</option>
            <option value="en">English</option>
          </Select>
        </Field>
        <Button onClick={props.onClose} data-testid="preview-close">
          {t('preview.close')}
        </Button>
      </div>
      {preview.error !== null && <ErrorView error={preview.error} onRetry={preview.reload} />}
      {!preview.data && preview.error === null && <Loading />}
      {preview.data && (
        <Text size={200}>{t('preview.size', { kb: formatDecimal(preview.data.bytes / 1024, locale) })}</Text>
      )}
      {renderError !== null && <Text role="alert">{t('preview.failed')}</Text>}
      <div ref={host} className={styles.card} data-testid="card-host" />
      <span className="visually-hidden" aria-live="polite">
        {clicked}
      </span>
    </section>
  );
}
