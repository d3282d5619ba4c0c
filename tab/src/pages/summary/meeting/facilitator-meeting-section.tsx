import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { AgreedMeeting, DepartmentMeetingResponse } from '../../../../../core/api';
import { isApiError } from '../../../api/api-error';
import { meetingWhen } from '../../../format/meeting-when';
import { useResource } from '../../../api/use-resource';
import { useSession } from '../../../auth/session-context';
import { ErrorView } from '../../../components/error-view';
import { Loading } from '../../../components/loading';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { facilitatorMeetingMessages } from './facilitator-meeting-messages';
import { meetingZoneHint } from './meeting-time-zone';

const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  form: { display: 'grid', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  fields: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

interface Draft {
  date: string;
  startTime: string;
  endTime: string;
}

const draftOf = (m: AgreedMeeting | null): Draft => ({
  date: m?.date ?? '',
  startTime: m?.startTime ?? '',
  endTime: m?.endTime ?? '',
});

/**
 * The department's facilitator meeting: the agreed date and time, and for those the rule lets
 * record it (the same rule and checks as the booking card) a form in the forum's time zone. The
 * server's messages appear at each field; a refused entry changes nothing.
 */
export function FacilitatorMeetingSection(props: { departmentId: string; liveKey: number }) {
  const styles = useStyles();
  const t = useT(facilitatorMeetingMessages);
  const { locale } = useLocale();
  const { http } = useSession();
  const resource = useResource(
    () => http.call('departmentMeeting', { params: { departmentId: props.departmentId } }),
    [http, props.departmentId, props.liveKey],
  );
  const data = resource.data;
  const [draft, setDraft] = useState<Draft>(draftOf(null));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'invalid'>('idle');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    // The draft follows what is stored (a live change from the booking card, another person).
    if (data) setDraft(draftOf(data.meeting));
  }, [data]);

  if (!data)
    return resource.error ? <ErrorView error={resource.error} onRetry={resource.reload} /> : <Loading />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('saving');
    setError(null);
    try {
      const saved: DepartmentMeetingResponse = await http.call('recordMeeting', {
        params: { departmentId: props.departmentId },
        body: { date: draft.date, startTime: draft.startTime || null, endTime: draft.endTime || null },
      });
      resource.setData(saved);
      setDraft(draftOf(saved.meeting));
      setFields({});
      setStatus('saved');
    } catch (e) {
      if (isApiError(e) && Object.keys(e.fields).length > 0) {
        setFields(e.fields);
        setStatus('invalid');
      } else {
        setError(e);
        setStatus('idle');
      }
    }
  };

  const hint = meetingZoneHint(draft.date, draft.startTime, data.timeZone, locale);
  const field = (name: keyof Draft, label: string, type: 'date' | 'time', testId: string) => (
    <Field
      label={label}
      required={name === 'date'}
      validationMessage={fields[name]}
      validationState={fields[name] ? 'error' : undefined}
    >
      <Input
        type={type}
        value={draft[name]}
        min={type === 'date' ? data.period.from : undefined}
        max={type === 'date' ? data.period.to : undefined}
        onChange={(_, d) => setDraft({ ...draft, [name]: d.value })}
        aria-describedby="meeting-zone"
        data-testid={testId}
      />
    </Field>
  );

  return (
    <section className={styles.section} aria-labelledby="meeting-title" data-testid="facilitator-meeting">
      <h2 id="meeting-title" className={styles.h2}>
        {t('fm.title')}
      </h2>
      <p data-testid="meeting-agreed">
        {data.meeting ? t('fm.agreed', { when: meetingWhen(data.meeting, locale) }) : t('fm.notAgreed')}
      </p>
      {data.canRecord ? (
        <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate data-testid="meeting-form">
          {status === 'invalid' && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{t('fm.invalid')}</MessageBarBody>
            </MessageBar>
          )}
          {error !== null && <ErrorView error={error} />}
          <div className={styles.fields}>
            {field('date', t('fm.date'), 'date', 'meeting-date')}
            {field('startTime', t('fm.start'), 'time', 'meeting-start')}
            {field('endTime', t('fm.end'), 'time', 'meeting-end')}
          </div>
          <p id="meeting-zone" className={styles.hint} data-testid="meeting-zone">
            {t('fm.zone', { zone: hint.zone, offset: hint.offsetName })}
            {hint.startHere && ` ${t('fm.startHere', { when: hint.startHere })}`}
          </p>
          <div className={styles.row}>
            <Button
              type="submit"
              appearance="primary"
              disabled={status === 'saving'}
              data-testid="meeting-save"
            >
              {status === 'saving' ? t('fm.saving') : t('fm.save')}
            </Button>
            <span role="status" aria-live="polite" data-testid="meeting-status">
              {status === 'saved' ? t('fm.saved') : ''}
            </span>
          </div>
        </form>
      ) : (
        <p className={styles.hint}>{t('fm.readOnly')}</p>
      )}
    </section>
  );
}
