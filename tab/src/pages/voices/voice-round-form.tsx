import { Button, Checkbox, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { VoiceRoundView } from '../../../../core/api/voices-types';
import { localize } from '../../../../core/i18n';
import { addDays } from '../../../../core/time/calendar-days';
import { localDateOf } from '../../../../core/time/zoned-time';
import {
  DEFAULT_VOICE_GROUPS,
  DEFAULT_VOICE_QUESTION,
  DEFAULT_VOICE_ROUND_DAYS,
  VOICE_LIMITS,
  type VoiceGroup,
} from '../../../../core/voices';
import { ApiError } from '../../api/api-error';
import type { VoiceApi } from '../../api/voice-endpoints';
import { useLocale, useT } from '../../i18n/i18n-context';
import { voiceGroupId } from './voice-group-id';
import { voicesMessages } from './voices-messages';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  groups: { border: 0, margin: 0, padding: 0, display: 'grid' },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** The last local day a round takes voices: the day before the local midnight it closes at. */
function lastDayOf(closesAt: string, timeZone: string): string {
  return addDays(localDateOf(new Date(closesAt), timeZone), -1);
}

/**
 * Opens a round (the example's question and groups to start from) or, with `round`, changes one:
 * its question in both languages, the groups asked (the example's, the round's own and new ones)
 * and its last day. The server checks everything and answers in the reader's language; a field's
 * message stands at the field.
 */
export function VoiceRoundForm(props: {
  api: VoiceApi;
  departmentId: string;
  timeZone: string;
  round?: VoiceRoundView;
  onDone(): void;
  onCancel?(): void;
}) {
  const styles = useStyles();
  const t = useT(voicesMessages);
  const { locale } = useLocale();
  const { round } = props;
  const [questionDa, setQuestionDa] = useState((round?.question ?? DEFAULT_VOICE_QUESTION).da);
  const [questionEn, setQuestionEn] = useState((round?.question ?? DEFAULT_VOICE_QUESTION).en);
  const [known, setKnown] = useState<VoiceGroup[]>(() => [
    ...(round?.groups ?? []),
    ...DEFAULT_VOICE_GROUPS.filter((g) => !round?.groups.some((r) => r.id === g.id)),
  ]);
  const [groupIds, setGroupIds] = useState<string[]>(
    (round?.groups ?? DEFAULT_VOICE_GROUPS).map((g) => g.id),
  );
  const [newGroup, setNewGroup] = useState('');
  const [closesOn, setClosesOn] = useState(() =>
    round
      ? lastDayOf(round.closesAt, props.timeZone)
      : addDays(localDateOf(new Date(), props.timeZone), DEFAULT_VOICE_ROUND_DAYS),
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const fieldError = (prefix: string) =>
    Object.entries(fields).find(([key]) => key === prefix || key.startsWith(`${prefix}.`))?.[1];

  const addGroup = () => {
    const label = newGroup.trim();
    const id = voiceGroupId(label);
    if (!id) return;
    if (!known.some((g) => g.id === id)) setKnown((list) => [...list, { id, label: { da: label, en: '' } }]);
    setGroupIds((ids) => (ids.includes(id) ? ids : [...ids, id]));
    setNewGroup('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure('');
    setFields({});
    const body = {
      question: { da: questionDa, en: questionEn },
      groups: known.filter((g) => groupIds.includes(g.id)),
      closesOn,
    };
    try {
      if (round) await props.api.updateRound(round.id, body);
      else await props.api.openRound(props.departmentId, body);
      props.onDone();
    } catch (error) {
      if (error instanceof ApiError) setFields(error.fields);
      const message = (error as Error).message;
      setFailure(round ? t('form.saveFailed', { message }) : t('form.failed', { message }));
    } finally {
      setBusy(false);
    }
  };

  const prefix = round ? `voice-round-${round.id}` : 'voice-round-new';
  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${prefix}-heading`}
      data-testid={round ? 'voice-round-edit' : 'voice-round-form'}
    >
      <h3 id={`${prefix}-heading`} className={styles.h3}>
        {t(round ? 'form.editHeading' : 'form.heading')}
      </h3>
      <Field label={t('form.questionDa')} required validationMessage={fieldError('question.da')}>
        <Textarea
          value={questionDa}
          maxLength={VOICE_LIMITS.questionMax}
          onChange={(_, d) => setQuestionDa(d.value)}
          data-testid="voice-question-da"
        />
      </Field>
      <Field label={t('form.questionEn')} validationMessage={fieldError('question.en')}>
        <Textarea
          value={questionEn}
          maxLength={VOICE_LIMITS.questionMax}
          onChange={(_, d) => setQuestionEn(d.value)}
        />
      </Field>
      <fieldset className={styles.groups}>
        <legend className={styles.legend}>{t('form.groups')}</legend>
        {known.map((g) => (
          <Checkbox
            key={g.id}
            label={localize(g.label, locale) || g.label.da}
            checked={groupIds.includes(g.id)}
            onChange={(_, d) =>
              setGroupIds((ids) => (d.checked ? [...ids, g.id] : ids.filter((id) => id !== g.id)))
            }
          />
        ))}
        {fieldError('groups') && <p role="alert">{fieldError('groups')}</p>}
      </fieldset>
      <div className={styles.row}>
        <Field label={t('form.newGroup')}>
          <Input
            value={newGroup}
            maxLength={VOICE_LIMITS.groupLabelMax}
            onChange={(_, d) => setNewGroup(d.value)}
            data-testid="voice-new-group"
          />
        </Field>
        <Button
          onClick={addGroup}
          disabled={voiceGroupId(newGroup) === '' || known.length >= VOICE_LIMITS.groupsMax}
        >
          {t('form.addGroup')}
        </Button>
      </div>
      <Field label={t('form.closesOn')} required validationMessage={fieldError('closesOn')}>
        <Input
          type="date"
          value={closesOn}
          onChange={(_, d) => setClosesOn(d.value)}
          data-testid="voice-closes-on"
        />
      </Field>
      {failure && <p role="alert">{failure}</p>}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy || groupIds.length === 0}>
          {t(round ? 'form.save' : 'form.submit')}
        </Button>
        {props.onCancel && <Button onClick={props.onCancel}>{t('form.cancel')}</Button>}
      </div>
    </form>
  );
}
