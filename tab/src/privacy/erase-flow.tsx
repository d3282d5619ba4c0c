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
import { useId, useState } from 'react';
import type { ErasureBody, ErasureStep } from '../api/privacy-endpoints';
import type { ErasurePreview, ErasureReport } from '../api/types';
import { ErrorView } from '../components/error-view';
import { useT } from '../i18n/i18n-context';
import { privacyMessages } from './privacy-messages';

type State =
  | { step: 'idle' | 'preparing' | 'cancelled' }
  | { step: 'confirming' | 'working'; token: string; preview: ErasurePreview }
  | { step: 'done'; reports: ErasureReport[] };

/**
 * Deleting answers in two steps: the button asks the server for a preview and a confirmation
 * code (nothing is deleted); a dialog shows what will go; only "Yes, delete" sends the code back.
 * The result (or "nothing was deleted") is announced.
 */
export function EraseFlow(props: {
  label: string;
  request(body: ErasureBody): Promise<ErasureStep>;
  onDone?(): void;
  testId: string;
}) {
  const t = useT(privacyMessages);
  const bodyId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [error, setError] = useState<unknown>(null);

  const start = async () => {
    setError(null);
    setState({ step: 'preparing' });
    try {
      const first = await props.request({});
      if (first.status === 'deleted') setState({ step: 'done', reports: first.reports });
      else setState({ step: 'confirming', token: first.confirmToken, preview: first.preview });
    } catch (e) {
      setError(e);
      setState({ step: 'idle' });
    }
  };
  const confirm = async () => {
    if (state.step !== 'confirming') return;
    setState({ ...state, step: 'working' });
    try {
      const done = await props.request({ confirmToken: state.token });
      setState(done.status === 'deleted' ? { step: 'done', reports: done.reports } : { step: 'idle' });
      props.onDone?.();
    } catch (e) {
      setError(e);
      setState({ step: 'idle' });
    }
  };
  const open = state.step === 'confirming' || state.step === 'working';
  const preview = open ? state.preview : null;

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
            if (!data.open) setState({ step: 'cancelled' });
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
                <Button
                  onClick={() => setState({ step: 'cancelled' })}
                  data-testid={`${props.testId}-cancel`}
                >
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
        {state.step === 'cancelled' && <p>{t('erase.cancelled')}</p>}
        {state.step === 'done' && <EraseResult reports={state.reports} />}
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
