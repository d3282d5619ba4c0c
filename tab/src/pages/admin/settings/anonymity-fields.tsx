import { Checkbox, Field, Input } from '@fluentui/react-components';
import type { AnonymitySettings } from '../../../../../core/model';
import { DEFAULT_ANONYMITY, MIN_ANSWERS_RANGE } from '../../../../../core/summary/anonymity';
import { useT } from '../../../i18n/i18n-context';
import { adminMessages } from '../admin-messages';
import { toNumber } from './settings-draft';

/**
 * The forum's anonymity (core/summary/anonymity.ts): the fewest answers before a question's
 * results show to anyone but each author, and names hidden in shared views. Server messages
 * appear at each field.
 */
export function AnonymityFields(props: {
  value: Partial<AnonymitySettings> | undefined;
  onChange(value: AnonymitySettings): void;
  errorOf(path: string): string | undefined;
}) {
  const t = useT(adminMessages);
  const value = { ...DEFAULT_ANONYMITY, ...props.value };
  const minError = props.errorOf('settings.anonymity.minAnswers');
  return (
    <>
      <Field
        label={t('settings.minAnswers')}
        hint={t('settings.minAnswersHint')}
        validationMessage={minError}
        validationState={minError ? 'error' : undefined}
      >
        <Input
          type="number"
          min={MIN_ANSWERS_RANGE.min}
          max={MIN_ANSWERS_RANGE.max}
          value={Number.isFinite(value.minAnswers) ? String(value.minAnswers) : ''}
          onChange={(_, d) => props.onChange({ ...value, minAnswers: toNumber(d.value) })}
          data-testid="settings-min-answers"
        />
      </Field>
      <Checkbox
        label={t('settings.hideNames')}
        checked={value.hideNamesInSharedViews}
        onChange={(_, d) => props.onChange({ ...value, hideNamesInSharedViews: d.checked === true })}
        data-testid="settings-hide-names"
      />
    </>
  );
}
