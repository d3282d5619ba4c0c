import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { MemberRemove } from '../../../../../core/api/schemas';
import type { Member } from '../../../../../core/model';
import type {
  MemberRemovalConfirmationResponse,
  MemberRemovedResponse,
  ErasurePreview,
} from '../../../api/types';
import { useT } from '../../../i18n/i18n-context';
import { expectCode, expectDone, useTwoStepConfirm } from '../../../privacy/use-two-step-confirm';
import { adminMessages } from '../admin-messages';

export type RemovalStep = MemberRemovalConfirmationResponse | MemberRemovedResponse;

/** What a removal ended with, for the panel to announce (the row may be gone by then). */
export type RemovalOutcome =
  | { kind: 'cancelled'; member: Member }
  | { kind: 'removed'; member: Member; erasedAnswers: number | null }
  | { kind: 'error'; member: Member; error: unknown };

/**
 * "Remove" for one member, in the server's two steps (useTwoStepConfirm, shared with deleting
 * answers): the button asks for a preview and a confirmation code (nothing changes); a dialog
 * shows what goes and offers keeping (default) or erasing the member's answers (the code is bound
 * to the choice; a changed choice asks for a new code); only the confirm button sends the code
 * back. The safe button has the focus when the dialog opens.
 */
export function RemoveMember(props: {
  member: Member;
  request(body: MemberRemove): Promise<RemovalStep>;
  onOutcome(outcome: RemovalOutcome): void;
}) {
  const t = useT(adminMessages);
  const { member, request, onOutcome } = props;
  const bodyId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const flow = useTwoStepConfirm(
    useMemo(
      () => ({
        ask: async (eraseAnswers: boolean) =>
          expectCode(await request({ eraseAnswers }), (r) => ({ code: r.confirmToken, preview: r.preview })),
        commit: async (eraseAnswers: boolean, confirmToken: string) =>
          expectDone(await request({ eraseAnswers, confirmToken }), 'removed'),
      }),
      [request],
    ),
  );
  const { state } = flow;
  const [erase, setErase] = useState(false);
  const open = state.step === 'confirming' || state.step === 'working';
  /** The Dialog stays mounted until its closing has finished, then leaves no trace in the page. */
  const [mounted, setMounted] = useState<{ preview: ErasurePreview } | null>(null);
  /** Reported once the dialog is gone, so the focus can move and the result be announced. */
  const pending = useRef<RemovalOutcome | null>(null);

  // Runs after the Dialog's own "focus the first element" effect (a parent's effects run last).
  useEffect(() => {
    if (open) cancelRef.current?.focus();
  }, [open]);
  // Closing: the Dialog first closes through `open` and unmounts a second later. Unmounting it at
  // once (seen in Chromium) left #root aria-hidden: Fluent's focus trap (tabster) had not yet given
  // the page back to screen readers (it does so on a timer after the surface is gone).
  useEffect(() => {
    if (open || !mounted) return;
    const timer = setTimeout(() => setMounted(null), 1000);
    return () => clearTimeout(timer);
  }, [open, mounted]);
  // Once it is gone: the focus goes back to the button (the row stays), and the outcome is told.
  useEffect(() => {
    if (mounted || open) return;
    const outcome = pending.current;
    pending.current = null;
    if (!outcome) return;
    if (outcome.kind !== 'removed') triggerRef.current?.focus();
    onOutcome(outcome);
  }, [mounted, open, onOutcome]);

  /** Closes the dialog (if open) and reports the outcome when it is gone. */
  const finish = (outcome: RemovalOutcome) => {
    pending.current = outcome;
    flow.cancel();
  };
  const fail = (error: unknown) => finish({ kind: 'error', member, error });
  const start = async () => {
    setErase(false);
    try {
      setMounted({ preview: await flow.start(false) });
    } catch (e) {
      fail(e);
    }
  };
  const cancel = () => finish({ kind: 'cancelled', member });
  const confirm = async () => {
    try {
      const done = await flow.confirm(erase);
      if (done)
        finish({ kind: 'removed', member, erasedAnswers: done.erasure ? done.erasure.answers : null });
    } catch (e) {
      fail(e);
    }
  };
  const preview = mounted?.preview ?? null;

  return (
    <>
      <Button
        size="small"
        ref={triggerRef}
        onClick={() => void start()}
        disabled={state.step !== 'idle' || mounted !== null}
        aria-label={t('people.removeNamed', { name: member.name })}
        data-testid="member-remove"
      >
        {state.step === 'preparing' ? t('people.preparing') : t('admin.remove')}
      </Button>
      {/* Mounted only around asking: a Dialog mounted closed adds focus sentinels to the page. */}
      {mounted && (
        <Dialog
          open={open}
          modalType="alert"
          onOpenChange={(_, data) => {
            if (!data.open) cancel();
          }}
        >
          <DialogSurface aria-describedby={bodyId} data-testid="member-remove-dialog">
            <DialogBody>
              <DialogTitle>{t('people.removeTitle', { name: member.name })}</DialogTitle>
              <DialogContent>
                <div id={bodyId}>
                  {preview && (
                    <p data-testid="member-remove-preview">
                      {t('people.removePreview', {
                        name: member.name,
                        answers: preview.answers,
                        revisions: preview.revisions,
                      })}
                    </p>
                  )}
                  <p>{t('people.removeExpires')}</p>
                </div>
                <Field label={t('people.removeChoice')}>
                  <RadioGroup
                    value={erase ? 'erase' : 'keep'}
                    onChange={(_, d) => setErase(d.value === 'erase')}
                    disabled={state.step === 'working'}
                    data-testid="member-remove-choice"
                  >
                    <Radio value="keep" label={t('people.keepAnswers')} data-testid="member-remove-keep" />
                    <Radio value="erase" label={t('people.eraseAnswers')} data-testid="member-remove-erase" />
                  </RadioGroup>
                </Field>
              </DialogContent>
              <DialogActions>
                <Button
                  ref={cancelRef}
                  onClick={cancel}
                  disabled={state.step === 'working'}
                  data-testid="member-remove-cancel"
                >
                  {t('people.removeCancel')}
                </Button>
                <Button
                  appearance="primary"
                  onClick={() => void confirm()}
                  disabled={state.step === 'working'}
                  data-testid="member-remove-confirm"
                >
                  {state.step === 'working'
                    ? t('people.removing')
                    : t(erase ? 'people.removeConfirmErase' : 'people.removeConfirm')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}
