import { Button, Checkbox, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { localize } from '../../../../core/i18n';
import { addDays, localDateOf } from '../../../../core/time';
import {
  DEFAULT_VOICE_GROUPS,
  DEFAULT_VOICE_QUESTION,
  DEFAULT_VOICE_ROUND_DAYS,
  VOICE_LIMITS,
} from '../../../../core/voices';
import type { VoiceApi } from '../../api/voice-endpoints';
import { useLocale, useT } from '../../i18n/i18n-context';
import { voicesMessages } from './voices-messages';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  groups: { border: 0, margin: 0, padding: 0, display: 'grid' },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

/** Opens a round: the example's question and groups to start from, both editable, and the last day. */
export function VoiceRoundForm(props: {
  api: VoiceApi;
  departmentId: string;
  timeZone: string;
  onOpened(): void;
}) {
  const styles = useStyles();
  const t = useT(voicesMessages);
  const { locale } = useLocale();
  const [questionDa, setQuestionDa] = useState(DEFAULT_VOICE_QUESTION.da);
  const [questionEn, setQuestionEn] = useState(DEFAULT_VOICE_QUESTION.en);
  const [groupIds, setGroupIds] = useState<string[]>(DEFAULT_VOICE_GROUPS.map((g) => g.id));
  const [closesOn, setClosesOn] = useState(() =>
    addDays(localDateOf(new Date(), props.timeZone), DEFAULT_VOICE_ROUND_DAYS),
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure('');
    try {
      await props.api.openRound(props.departmentId, {
        question: { da: questionDa, en: questionEn },
        groups: DEFAULT_VOICE_GROUPS.filter((g) => groupIds.includes(g.id)),
        closesOn,
      });
      props.onOpened();
    } catch (error) {
      setFailure(t('form.failed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} data-testid="voice-round-form">
      <h3 className={styles.h3}>{t('form.heading')}</h3>
      <Field label={t('form.questionDa')} required>
        <Textarea
          value={questionDa}
          maxLength={VOICE_LIMITS.questionMax}
          onChange={(_, d) => setQuestionDa(d.value)}
        />
      </Field>
      <Field label={t('form.questionEn')}>
        <Textarea
          value={questionEn}
          maxLength={VOICE_LIMITS.questionMax}
          onChange={(_, d) => setQuestionEn(d.value)}
        />
      </Field>
      <fieldset className={styles.groups}>
        <legend className={styles.legend}>{t('form.groups')}</legend>
        {DEFAULT_VOICE_GROUPS.map((g) => (
          <Checkbox
            key={g.id}
            label={localize(g.label, locale)}
            checked={groupIds.includes(g.id)}
            onChange={(_, d) =>
              setGroupIds((ids) => (d.checked ? [...ids, g.id] : ids.filter((id) => id !== g.id)))
            }
          />
        ))}
      </fieldset>
      <Field label={t('form.closesOn')} required>
        <Input
          type="date"
          value={closesOn}
          onChange={(_, d) => setClosesOn(d.value)}
          data-testid="voice-closes-on"
        />
      </Field>
      {failure && <p role="alert">{failure}</p>}
      <div>
        <Button appearance="primary" type="submit" disabled={busy || groupIds.length === 0}>
          {t('form.submit')}
        </Button>
      </div>
    </form>
  );
}
