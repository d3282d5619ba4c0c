import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { API, BodyInput, ResponseOf } from '../../../core/api/routes';

type ErasureBody = BodyInput<typeof API.eraseMyData>;
type ErasureStep = ResponseOf<typeof API.eraseMyData>;
import type { ErasurePreview, ErasureReport } from '../api/types';
import { ErrorView } from '../components/error-view';
import { useT } from '../i18n/i18n-context';
import { privacyMessages } from './privacy-messages';
import { expectCode, expectDone, useTwoStepConfirm } from './use-two-step-confirm';

type Outcome = { step: 'none' | 'cancelled' } | { step: 'done'; reports: ErasureReport[] };

/**
 * Deleting answers in two steps (useTwoStepConfirm, shared with removing a member): the button
 * asks the server for a preview and a confirmation code (nothing is deleted); a dialog shows what
 * will go; only "Yes, delete" sends the code back. The result (or "nothing was deleted") is
 * announced, and `onDone` lets the page refresh what it shows.
 */
export function EraseFlow(props: {
  label: string;
  request(body: ErasureBody): Promise<ErasureStep>;
  onDone?(): void;
  testId: string;
}) {
  const t = useT(privacyMessages);
  const bodyId = useId();
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

  const start = async () => {
    setError(null);
    setOutcome({ step: 'none' });
    await flow.start(null).catch(setError);
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
  const preview: ErasurePreview | null = open ? state.preview : null;

  return (
    <div>
      <Button
        onClick={() => void start()}
        disabled={state.step === 'preparing' || open}
        data-testid={`${props.testId}-start`}
      >
        {state.step === 'preparing' ? t('privacy.preparing') : props.label}
      </Button>
      {/* Mounted only while asking: a closed Dialog would leave focus sentinels in the page. */}
      {open && (
        <Dialog
          open
          modalType="alert"
          onOpenChange={(_, data) => {
            if (!data.open) cancel();
          }}
        >
          <DialogSurface aria-describedby={bodyId} data-testid={`${props.testId}-dialog`}>
            <DialogBody>
              <DialogTitle>{t('erase.title')}</DialogTitle>
              <DialogContent id={bodyId}>
                {preview && (
                  <p>
                    {t('erase.body', {
                      answers: preview.answers,
                      revisions: preview.revisions,
                      forums: preview.forums,
                    })}
                  </p>
                )}
                <p>{t('erase.expires')}</p>
              </DialogContent>
              <DialogActions>
                {/* The safe choice first, so it has the focus when the dialog opens. */}
                <Button onClick={cancel} data-testid={`${props.testId}-cancel`}>
                  {t('erase.cancel')}
                </Button>
                <Button
                  appearance="primary"
                  onClick={() => void confirm()}
                  disabled={state.step === 'working'}
                  data-testid={`${props.testId}-confirm`}
                >
                  {state.step === 'working' ? t('erase.working') : t('erase.confirm')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
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
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('erase.doneTitle')}</MessageBarTitle>
        {answers === 0 ? t('erase.nothing') : t('erase.done', { answers, revisions })}
        {kept > 0 && <> {t('erase.takeawaysKept', { count: kept })}</>}
      </MessageBarBody>
    </MessageBar>
  );
}
