import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** How long a closed dialog stays in the page before it is removed (see below). */
const CLOSING_MS = 1000;

/**
 * The one dialog that asks before a destructive action (deleting answers, removing a member),
 * shown while useTwoStepConfirm holds a code. The safe button comes first and has the focus when
 * the dialog opens; closing it (Escape, the safe button) calls `onCancel`.
 *
 * After closing, the dialog stays mounted (closed) for a second and only then leaves the page and
 * calls `onClosed`: unmounting it at once (seen in Chromium) left #root aria-hidden, because
 * Fluent's focus trap (tabster) gives the page back to screen readers on a timer after the surface
 * is gone. It is not mounted before it first opens: a Dialog mounted closed adds focus sentinels.
 */
export function ConfirmDialog(props: {
  open: boolean;
  /** The second step is running: both buttons wait. */
  working: boolean;
  title: ReactNode;
  /** What will happen; the dialog's accessible description. */
  description: ReactNode;
  /** Choices between the description and the buttons. */
  children?: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  workingLabel: string;
  onCancel(): void;
  onConfirm(): void;
  /** The dialog has left the page after closing: the focus can move and a result be announced. */
  onClosed?(): void;
  /** `-dialog`, `-cancel` and `-confirm` are appended for tests. */
  testId: string;
}) {
  const { open, onClosed } = props;
  const descriptionId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [present, setPresent] = useState(open);
  const closed = useRef(onClosed);
  closed.current = onClosed;

  useEffect(() => {
    if (open) {
      setPresent(true);
      return;
    }
    if (!present) return;
    const timer = setTimeout(() => {
      setPresent(false);
      closed.current?.();
    }, CLOSING_MS);
    return () => clearTimeout(timer);
  }, [open, present]);
  // Runs after the Dialog's own "focus the first element" effect (a parent's effects run last).
  useEffect(() => {
    if (open) cancelRef.current?.focus();
  }, [open]);

  if (!open && !present) return null;
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) props.onCancel();
      }}
    >
      <DialogSurface aria-describedby={descriptionId} data-testid={`${props.testId}-dialog`}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            <div id={descriptionId}>{props.description}</div>
            {props.children}
          </DialogContent>
          <DialogActions>
            <Button
              ref={cancelRef}
              onClick={props.onCancel}
              disabled={props.working}
              data-testid={`${props.testId}-cancel`}
            >
              {props.cancelLabel}
            </Button>
            <Button
              appearance="primary"
              onClick={props.onConfirm}
              disabled={props.working}
              data-testid={`${props.testId}-confirm`}
            >
              {props.working ? props.workingLabel : props.confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
