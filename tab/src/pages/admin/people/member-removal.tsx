import { Button, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MemberRemove } from '../../../../../core/api/schemas';
import type { Member } from '../../../../../core/model';
import type {
  MemberRemovalConfirmationResponse,
  MemberRemovedResponse,
  ErasurePreview,
} from '../../../api/types';
import { ConfirmDialog } from '../../../components/confirm-dialog';
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
 * "Remove" for one member, in the server's two steps (useTwoStepConfirm and ConfirmDialog, shared
 * with deleting answers): the button asks for a preview and a confirmation code (nothing changes);
 * the dialog shows what goes and offers keeping (default) or erasing the member's answers (the code is bound
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
  const triggerRef = useRef<HTMLButtonElement>(null);
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
  /** What the dialog shows; set while it is in the page (closing included). */
  const [asked, setAsked] = useState<{ preview: ErasurePreview } | null>(null);
  /** Reported once the dialog is gone, so the focus can move and the result be announced. */
  const pending = useRef<RemovalOutcome | null>(null);

  /** Bumped by each outcome, so one from a dialog that never opened is reported too. */
  const [settled, setSettled] = useState(0);

  // Once the dialog is gone: the focus goes back to the button (the row stays), and the outcome is
  // told. After the render that enabled the button again, so it can take the focus.
  useEffect(() => {
    if (asked || open) return;
    const outcome = pending.current;
    pending.current = null;
    if (!outcome) return;
    if (outcome.kind !== 'removed') triggerRef.current?.focus();
    onOutcome(outcome);
  }, [asked, open, settled, onOutcome]);

  /** Closes the dialog (if open) and reports the outcome when it is gone. */
  const finish = (outcome: RemovalOutcome) => {
    pending.current = outcome;
    flow.cancel();
    setSettled((n) => n + 1);
  };
  const fail = (error: unknown) => finish({ kind: 'error', member, error });
  const start = async () => {
    setErase(false);
    try {
      setAsked({ preview: await flow.start(false) });
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
  const preview = asked?.preview ?? null;

  return (
    <>
      <Button
        size="small"
        ref={triggerRef}
        onClick={() => void start()}
        disabled={state.step !== 'idle' || asked !== null}
        aria-label={t('people.removeNamed', { name: member.name })}
        data-testid="member-remove"
      >
        {state.step === 'preparing' ? t('people.preparing') : t('admin.remove')}
      </Button>
      <ConfirmDialog
        open={open}
        working={state.step === 'working'}
        title={t('people.removeTitle', { name: member.name })}
        description={
          <>
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
          </>
        }
        cancelLabel={t('people.removeCancel')}
        confirmLabel={t(erase ? 'people.removeConfirmErase' : 'people.removeConfirm')}
        workingLabel={t('people.removing')}
        onCancel={cancel}
        onConfirm={() => void confirm()}
        onClosed={() => setAsked(null)}
        testId="member-remove"
      >
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
        {erase && preview && preview.meetings > 0 && (
          <p data-testid="member-remove-meetings">
            {t('people.removeMeetings', { meetings: preview.meetings })}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
