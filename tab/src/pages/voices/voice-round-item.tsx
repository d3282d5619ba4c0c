import { Button, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { VoiceRoundView } from '../../../../core/api/voices-types';
import { localize } from '../../../../core/i18n';
import type { VoiceApi } from '../../api/voice-endpoints';
import { useSession } from '../../auth/session-context';
import { saveBlob } from '../../components/download';
import { formatInstant } from '../../format/format';
import { useLocale, useT } from '../../i18n/i18n-context';
import { VoiceRoundForm } from './voice-round-form';
import { voicesMessages } from './voices-messages';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  question: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  link: { flexGrow: 1, minWidth: '16rem' },
  qr: { width: '160px', height: '160px', background: '#fff' },
});

/** One round: its status, the public link to copy, the QR code to download, sharing and revocation. */
export function VoiceRoundItem(props: {
  api: VoiceApi;
  round: VoiceRoundView;
  timeZone: string;
  onChanged(): void;
}) {
  const { round, api } = props;
  const styles = useStyles();
  const t = useT(voicesMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const [qr, setQr] = useState<{ url: string; blob: Blob } | null>(null);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState(false);
  const open = round.status === 'open';

  useEffect(() => {
    if (!open) return;
    let url: string | null = null;
    let live = true;
    http
      .blob(api.qrPath(round.id))
      .then(({ blob }) => {
        if (!live) return;
        url = URL.createObjectURL(blob);
        setQr({ url, blob });
      })
      .catch(() => setQr(null));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [http, api, round.id, open]);

  const act = async (work: () => Promise<unknown>) => {
    setNote('');
    try {
      await work();
      props.onChanged();
    } catch (error) {
      setNote(t('action.failed', { message: (error as Error).message }));
    }
  };
  const status =
    round.status === 'open'
      ? t('round.status.open', { date: formatInstant(round.closesAt, locale, props.timeZone) })
      : t(round.status === 'revoked' ? 'round.status.revoked' : 'round.status.closed');

  return (
    <li className={styles.item} data-testid="voice-round">
      <p className={styles.question}>{localize(round.question, locale)}</p>
      <p className={styles.meta} data-testid="voice-round-status">
        {status}
      </p>
      {open && round.link && (
        <>
          <div className={styles.row}>
            <Input
              className={styles.link}
              readOnly
              value={round.link}
              aria-label={t('round.link')}
              data-testid="voice-round-link"
            />
            <Button
              onClick={() =>
                void navigator.clipboard
                  .writeText(round.link!)
                  .then(() => setNote(t('round.copied')))
                  .catch(() => setNote(''))
              }
            >
              {t('round.copy')}
            </Button>
          </div>
          {qr && (
            <div className={styles.row}>
              <img className={styles.qr} src={qr.url} alt={t('round.qr')} />
              <Button onClick={() => saveBlob(qr.blob, `stemmer-qr-${round.id}.svg`)}>
                {t('round.qrDownload')}
              </Button>
            </div>
          )}
        </>
      )}
      <div className={styles.row}>
        <Switch
          checked={round.shared}
          disabled={round.status === 'revoked'}
          label={t('round.share')}
          onChange={(_, data) => void act(() => api.updateRound(round.id, { shared: data.checked }))}
        />
        {round.status !== 'revoked' && !editing && (
          <Button data-testid="voice-round-edit-open" onClick={() => setEditing(true)}>
            {t('round.edit')}
          </Button>
        )}
        {round.status !== 'revoked' && (
          <Button
            data-testid="voice-round-revoke"
            onClick={() => {
              if (window.confirm(t('round.revokeConfirm'))) void act(() => api.revokeRound(round.id));
            }}
          >
            {t('round.revoke')}
          </Button>
        )}
      </div>
      {editing && (
        <VoiceRoundForm
          api={api}
          departmentId={round.departmentId}
          timeZone={props.timeZone}
          round={round}
          onDone={() => {
            setEditing(false);
            setNote(t('round.saved'));
            props.onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      <p role="status" aria-live="polite" className={styles.meta}>
        {note}
      </p>
    </li>
  );
}
