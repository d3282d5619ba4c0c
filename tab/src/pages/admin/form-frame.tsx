import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { isApiError } from '../../api/api-error';
import { ErrorView } from '../../components/error-view';
import { useT } from '../../i18n/i18n-context';
import { adminMessages } from './admin-messages';
import { fieldError } from './settings/settings-draft';

export const useFormStyles = makeStyles({
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/**
 * An admin form's errors from the server: field messages (by path, nested paths included) shown
 * at their fields, anything else above the form.
 */
export function useFormErrors() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const err = (path: string) => fieldError(fields, path);
  /** Field's validationState: 'error' when the server named it. */
  const state = (path: string) => (err(path) ? ('error' as const) : undefined);
  /** A failed submit: field errors go to their fields, any other error above the form. */
  const fail = (x: unknown) => {
    if (isApiError(x) && Object.keys(x.fields).length > 0) setFields(x.fields);
    else setError(x);
  };
  return { error, setError, setFields, err, state, fail };
}

/** The frame of an admin form: no browser validation, an optional heading, the form-level error. */
export function FormFrame(props: {
  testId: string;
  error: unknown;
  onSubmit(): Promise<void>;
  labelledBy?: string;
  heading?: ReactNode;
  children: ReactNode;
}) {
  const styles = useFormStyles();
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void props.onSubmit();
      }}
      noValidate
      aria-labelledby={props.labelledBy}
      data-testid={props.testId}
    >
      {props.heading}
      {props.error !== null && <ErrorView error={props.error} />}
      {props.children}
    </form>
  );
}

/** Save (submits) and Cancel. */
export function SaveCancel(props: { onCancel(): void }) {
  const styles = useFormStyles();
  const t = useT(adminMessages);
  return (
    <div className={styles.row}>
      <Button type="submit" appearance="primary">
        {t('admin.save')}
      </Button>
      <Button onClick={props.onCancel}>{t('admin.cancel')}</Button>
    </div>
  );
}
