import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ForumUpdate } from '../../../../../core/api/schemas';
import type { Locale } from '../../../../../core/model';
import { isApiError } from '../../../api/api-error';
import { useResource } from '../../../api/use-resource';
import { useSession } from '../../../auth/session-context';
import { ErrorView } from '../../../components/error-view';
import { Loading } from '../../../components/loading';
import { useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';
import { BlackoutList } from './blackout-list';
import { MeetingSettingsFields } from './meeting-settings-fields';
import { QuietHoursFields } from './quiet-hours-fields';
import { draftFromForum, fieldError, toNumber } from './settings-draft';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** Forum settings; the server validates and its localized messages appear at each field. */
export function SettingsForm(props: { forumId: string; onSaved(): void }) {
  const styles = useStyles();
  const t = useT(adminMessages);
  const { http } = useSession();
  const loaded = useResource(
    () => http.call('settings', { params: { forumId: props.forumId } }),
    [http, props.forumId],
  );
  const [draft, setDraft] = useState<ForumUpdate | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'invalid'>('idle');
  /** Planned rounds the last save gave a new time (time zone, send time or quiet hours changed). */
  const [retimed, setRetimed] = useState(0);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (loaded.data) setDraft(draftFromForum(loaded.data.forum));
  }, [loaded.data]);

  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!draft) return <Loading />;

  const set = (patch: Partial<ForumUpdate>) => setDraft({ ...draft, ...patch });
  const setSettings = (patch: Partial<ForumUpdate['settings']>) =>
    setDraft({ ...draft, settings: { ...draft.settings, ...patch } });
  const err = (path: string) => fieldError(fields, path);
  const state = (path: string) => (err(path) ? ('error' as const) : undefined);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setStatus('saving');
    setError(null);
    try {
      const saved = await http.call('updateSettings', { params: { forumId: props.forumId }, body: draft });
      setDraft(draftFromForum(saved.forum));
      setRetimed(saved.retimedRounds ?? 0);
      setWarnings(saved.warnings ?? []);
      setFields({});
      setStatus('saved');
      props.onSaved();
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

  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="settings-title"
      data-testid="settings-form"
    >
      <h2 id="settings-title">{t('settings.title')}</h2>
      {status === 'invalid' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('admin.fixErrors')}</MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ErrorView error={error} />}
      <div className={styles.grid}>
        <Field
          label={t('settings.nameDa')}
          validationMessage={err('name.da')}
          validationState={state('name.da')}
          required
        >
          <Input value={draft.name.da} onChange={(_, d) => set({ name: { ...draft.name, da: d.value } })} />
        </Field>
        <Field
          label={t('settings.nameEn')}
          validationMessage={err('name.en')}
          validationState={state('name.en')}
        >
          <Input value={draft.name.en} onChange={(_, d) => set({ name: { ...draft.name, en: d.value } })} />
        </Field>
      </div>
      <Field
        label={t('settings.assignmentDa')}
        validationMessage={err('assignment.da')}
        validationState={state('assignment.da')}
      >
        <Textarea
          value={draft.assignment.da}
          onChange={(_, d) => set({ assignment: { ...draft.assignment, da: d.value } })}
        />
      </Field>
      <Field
        label={t('settings.assignmentEn')}
        validationMessage={err('assignment.en')}
        validationState={state('assignment.en')}
      >
        <Textarea
          value={draft.assignment.en}
          onChange={(_, d) => set({ assignment: { ...draft.assignment, en: d.value } })}
        />
      </Field>
      <div className={styles.grid}>
        <Field
          label={t('settings.kickoffDate')}
          validationMessage={err('kickoffDate')}
          validationState={state('kickoffDate')}
        >
          <Input
            type="date"
            value={draft.kickoffDate}
            onChange={(_, d) => set({ kickoffDate: d.value })}
            data-testid="settings-kickoff"
          />
        </Field>
        <Field
          label={t('settings.finalMeetingDate')}
          validationMessage={err('finalMeetingDate')}
          validationState={state('finalMeetingDate')}
        >
          <Input
            type="date"
            value={draft.finalMeetingDate}
            onChange={(_, d) => set({ finalMeetingDate: d.value })}
            data-testid="settings-final"
          />
        </Field>
        <Field
          label={t('settings.timeZone')}
          validationMessage={err('timeZone')}
          validationState={state('timeZone')}
        >
          <Input
            value={draft.timeZone}
            onChange={(_, d) => set({ timeZone: d.value })}
            data-testid="settings-timezone"
          />
        </Field>
        <Field
          label={t('settings.defaultLocale')}
          validationMessage={err('defaultLocale')}
          validationState={state('defaultLocale')}
        >
          <Select value={draft.defaultLocale} onChange={(_, d) => set({ defaultLocale: d.value as Locale })}>
            <option value="da">Dansk</option>
            <option value="en">English</option>
          </Select>
        </Field>
        <Field
          label={t('settings.sendTime')}
          validationMessage={err('settings.sendTime')}
          validationState={state('settings.sendTime')}
        >
          <Input
            type="time"
            data-testid="settings-send-time"
            value={draft.settings.sendTime}
            onChange={(_, d) => setSettings({ sendTime: d.value })}
          />
        </Field>
      </div>
      <QuietHoursFields
        value={draft.settings.quietHours}
        onChange={(quietHours) => setSettings({ quietHours })}
        errorOf={err}
      />
      <BlackoutList
        periods={draft.settings.blackoutPeriods}
        onChange={(blackoutPeriods) => setSettings({ blackoutPeriods })}
        errorOf={err}
      />
      <div className={styles.grid}>
        <Field
          label={t('settings.reminderAfter')}
          validationMessage={err('settings.reminderAfterWorkingDays')}
          validationState={state('settings.reminderAfterWorkingDays')}
        >
          <Input
            type="number"
            value={numberText(draft.settings.reminderAfterWorkingDays)}
            onChange={(_, d) => setSettings({ reminderAfterWorkingDays: toNumber(d.value) })}
          />
        </Field>
        <Field
          label={t('settings.finalCallBefore')}
          validationMessage={err('settings.finalCallWorkingDaysBefore')}
          validationState={state('settings.finalCallWorkingDaysBefore')}
        >
          <Input
            type="number"
            value={numberText(draft.settings.finalCallWorkingDaysBefore)}
            onChange={(_, d) => setSettings({ finalCallWorkingDaysBefore: toNumber(d.value) })}
          />
        </Field>
        <Field
          label={t('settings.retention')}
          validationMessage={err('settings.retentionDays')}
          validationState={state('settings.retentionDays')}
        >
          <Input
            type="number"
            value={numberText(draft.settings.retentionDays)}
            onChange={(_, d) => setSettings({ retentionDays: toNumber(d.value) })}
            data-testid="settings-retention"
          />
        </Field>
      </div>
      <Checkbox
        label={t('settings.shareSummaries')}
        checked={draft.settings.shareSummaries}
        onChange={(_, d) => setSettings({ shareSummaries: d.checked === true })}
      />
      <Checkbox
        label={t('settings.shareAnswers')}
        checked={draft.settings.shareAnswersInGroupChat}
        onChange={(_, d) => setSettings({ shareAnswersInGroupChat: d.checked === true })}
      />
      <MeetingSettingsFields
        settings={draft.settings}
        onChange={(meetings) => setSettings({ meetings })}
        errorOf={err}
      />
      {status === 'saved' &&
        warnings.map((warning) => (
          <MessageBar key={warning} intent="warning" data-testid="settings-warning">
            <MessageBarBody>{warning}</MessageBarBody>
          </MessageBar>
        ))}
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={status === 'saving'} data-testid="settings-save">
          {status === 'saving' ? t('admin.saving') : t('admin.save')}
        </Button>
        <span role="status" aria-live="polite">
          {status === 'saved' ? t('admin.saved') : ''}
          {status === 'saved' && retimed > 0 && (
            <span data-testid="settings-retimed"> {t('settings.retimed', { count: retimed })}</span>
          )}
        </span>
      </div>
    </form>
  );
}

function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : '';
}
