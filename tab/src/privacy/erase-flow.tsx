import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { API, BodyInput, ResponseOf } from '../../../core/api/routes';

type ErasureBody = BodyInput<typeof API.eraseMyData>;
type ErasureStep = ResponseOf<typeof API.eraseMyData>;
import type { ErasurePreview, ErasureReport } from '../api/types';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ErrorView } from '../components/error-view';
import { useT } from '../i18n/i18n-context';
import { privacyMessages } from './privacy-messages';
import { expectCode, expectDone, useTwoStepConfirm } from './use-two-step-confirm';

type Outcome = { step: 'none' | 'cancelled' } | { step: 'done'; reports: ErasureReport[] };

/**
 * Deleting answers in two steps (useTwoStepConfirm and ConfirmDialog, shared with removing a
 * member): the button asks the server for a preview and a confirmation code (nothing is deleted);
 * the dialog shows what will go; only "Yes, delete" sends the code back. The result (or "nothing was deleted") is
 * announced, and `onDone` lets the page refresh what it shows.
 */
export function EraseFlow(props: {
  label: string;
  request(body: ErasureBody): Promise<ErasureStep>;
  onDone?(): void;
  testId: string;
}) {
  const t = useT(privacyMessages);
  const { request } = props;
  const flow = useTwoStepConfirm(
    useMemo(
      () => ({
        ask: async () => expectCode(await request({}), (r) => ({ code: r.confirmToken, preview: r.preview })),
        commit: async (_: null, code: string) => expectDone(await request({ confirmToken: code }), 'deleted'),
      }),
      [request],
    ),
  );
  const { state } = flow;
  const [outcome, setOutcome] = useState<Outcome>({ step: 'none' });
  const [error, setError] = useState<unknown>(null);
  /** What the dialog shows, kept while it closes. */
  const [preview, setPreview] = useState<ErasurePreview | null>(null);

  const start = async () => {
    setError(null);
    setOutcome({ step: 'none' });
    await flow.start(null).then(setPreview, setError);
  };
  const confirm = async () => {
    try {
      const done = await flow.confirm(null);
      if (!done) return;
      setOutcome({ step: 'done', reports: done.reports });
      props.onDone?.();
    } catch (e) {
      setError(e);
    }
  };
  const cancel = () => {
    flow.cancel();
    setOutcome({ step: 'cancelled' });
  };
  const open = state.step === 'confirming' || state.step === 'working';

  return (
    <div>
      <Button
        onClick={() => void start()}
        disabled={state.step === 'preparing' || open}
        data-testid={`${props.testId}-start`}
      >
        {state.step === 'preparing' ? t('privacy.preparing') : props.label}
      </Button>
      <ConfirmDialog
        open={open}
        working={state.step === 'working'}
        title={t('erase.title')}
        description={
          <>
            {preview && (
              <p>
                {t('erase.body', {
                  answers: preview.answers,
                  revisions: preview.revisions,
                  forums: preview.forums,
                })}
              </p>
            )}
            {preview && preview.meetings > 0 && (
              <p data-testid={`${props.testId}-meetings`}>
                {t('erase.meetings', { meetings: preview.meetings })}
              </p>
            )}
            <p>{t('erase.expires')}</p>
          </>
        }
        cancelLabel={t('erase.cancel')}
        confirmLabel={t('erase.confirm')}
        workingLabel={t('erase.working')}
        onCancel={cancel}
        onConfirm={() => void confirm()}
        testId={props.testId}
      />
      <div role="status" aria-live="polite" data-testid={`${props.testId}-result`}>
        {outcome.step === 'cancelled' && <p>{t('erase.cancelled')}</p>}
        {outcome.step === 'done' && <EraseResult reports={outcome.reports} />}
      </div>
      {error !== null && <ErrorView error={error} />}
    </div>
  );
}

function EraseResult(props: { reports: ErasureReport[] }) {
  const t = useT(privacyMessages);
  const answers = props.reports.reduce((n, r) => n + r.answers, 0);
  const revisions = props.reports.reduce((n, r) => n + r.revisions, 0);
  const kept = new Set(props.reports.flatMap((r) => r.takeawaysKept.map((k) => k.departmentId))).size;
  const dates = props.reports.reduce((n, r) => n + r.meetings.datesRecorded, 0);
  const notes = props.reports.reduce((n, r) => n + r.meetings.notes, 0);
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('erase.doneTitle')}</MessageBarTitle>
        {answers === 0 && dates + notes === 0 ? t('erase.nothing') : t('erase.done', { answers, revisions })}
        {dates + notes > 0 && <> {t('erase.meetingsDone', { dates, notes })}</>}
        {kept > 0 && <> {t('erase.takeawaysKept', { count: kept })}</>}
      </MessageBarBody>
    </MessageBar>
  );
}
