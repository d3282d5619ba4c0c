import {
  CO_MODE_LABELS,
  CO_MODES,
  KNOWS_OTHERS_LABELS,
  KNOWS_OTHERS_VALUES,
  LEADERSHIP_STYLE_LABELS,
  LEADERSHIP_STYLES,
  VALUE_TYPE_LABELS,
  VALUE_TYPES,
} from '../../../core/answers/labels';
import { localize } from '../../../core/i18n';
import { addDays } from '../../../core/time/calendar-days';
import type { AnswerValue, Locale, Principle, Question } from '../../../core/model';
import { t } from '../messages';
import { inputId } from './card-data';
import type { CardElement } from './card-kit';

interface FormContext {
  question: Question;
  principles: Principle[];
  locale: Locale;
  /** Prefills the inputs when editing. */
  current: AnswerValue | null;
  /** The dates an action's deadline may take (from the kickoff on). */
  actionDates?: DatePeriod;
}

export interface DatePeriod {
  from: string;
  to: string;
}

/** Action deadlines: from the forum's kickoff until a year after its final meeting. */
export function actionDatePeriod(forum: { kickoffDate: string; finalMeetingDate: string }): DatePeriod {
  return { from: forum.kickoffDate, to: addDays(forum.finalMeetingDate, 365) };
}

/** The inputs for one question's answer shape, with client-side validation (isRequired, maxLength, errorMessage). */
export function answerInputs(ctx: FormContext): CardElement[] {
  const { question, locale } = ctx;
  const shape = question.shape;
  const id = (field: string) => inputId(question.number, field);
  const current = ctx.current?.kind === shape.kind ? ctx.current : null;
  const mainText = (): CardElement =>
    textInput(id('text'), t(locale, 'field.text'), shape.maxLength, locale, {
      required: true,
      value: current && 'text' in current ? current.text : '',
    });

  switch (shape.kind) {
    case 'text':
      return [mainText()];
    case 'textWithPrinciples':
      return [
        mainText(),
        choiceInput(
          id('principles'),
          t(locale, 'field.principles', { max: shape.maxPrinciples }),
          ctx.principles.map((p) => [String(p.number), `${p.number}. ${localize(p.title, locale)}`]),
          locale,
          {
            multi: true,
            required: true,
            value: current?.kind === 'textWithPrinciples' ? current.principles.join(',') : '',
          },
        ),
      ];
    case 'textWithLeadershipStyle':
      return [
        mainText(),
        choiceInput(
          id('style'),
          t(locale, 'field.style'),
          LEADERSHIP_STYLES.map((s) => [s, localize(LEADERSHIP_STYLE_LABELS[s], locale)]),
          locale,
          {
            required: true,
            value: current?.kind === 'textWithLeadershipStyle' ? current.style : '',
          },
        ),
      ];
    case 'textWithKnowsOthers':
      return [
        mainText(),
        choiceInput(
          id('knows'),
          t(locale, 'field.knows'),
          KNOWS_OTHERS_VALUES.map((k) => [k, localize(KNOWS_OTHERS_LABELS[k], locale)]),
          locale,
          {
            required: true,
            value: current?.kind === 'textWithKnowsOthers' ? current.knowsOthers : '',
          },
        ),
      ];
    case 'textWithRating': {
      const choices: Array<[string, string]> = [];
      for (let n = 1; n <= shape.scale; n++) {
        const label =
          n === 1
            ? ` (${localize(shape.lowLabel, locale)})`
            : n === shape.scale
              ? ` (${localize(shape.highLabel, locale)})`
              : '';
        choices.push([String(n), `${n}${label}`]);
      }
      return [
        mainText(),
        choiceInput(id('rating'), t(locale, 'field.rating'), choices, locale, {
          required: true,
          value: current?.kind === 'textWithRating' ? String(current.rating) : '',
        }),
      ];
    }
    case 'improvements': {
      const items = current?.kind === 'improvements' ? current.items : [];
      const out: CardElement[] = [];
      for (let i = 1; i <= shape.maxItems; i++) {
        const item = items[i - 1];
        out.push(
          textInput(id(`i${i}`), t(locale, 'field.improvement', { n: i }), shape.maxLength, locale, {
            required: i === 1,
            value: item?.improvement ?? '',
            multiline: false,
            separator: i > 1,
          }),
        );
        for (let a = 1; a <= shape.maxActionsPerItem; a++) {
          const action = item?.actions[a - 1];
          out.push(actionRow(id(`i${i}a${a}`), a, shape.maxLength, locale, action ?? null, ctx.actionDates));
        }
      }
      return out;
    }
    case 'indicators': {
      const items = current?.kind === 'indicators' ? current.items : [];
      const out: CardElement[] = [];
      for (let i = 1; i <= shape.maxItems; i++) {
        const item = items[i - 1];
        out.push(
          textInput(id(`n${i}`), t(locale, 'field.indicator', { n: i }), shape.maxLength, locale, {
            required: i === 1,
            value: item?.indicator ?? '',
            multiline: false,
            separator: i > 1,
          }),
          {
            type: 'ColumnSet',
            columns: [
              column([
                choiceInput(
                  id(`n${i}_type`),
                  t(locale, 'field.valueType'),
                  VALUE_TYPES.map((v) => [v, localize(VALUE_TYPE_LABELS[v], locale)]),
                  locale,
                  {
                    required: i === 1,
                    value: item?.valueType ?? '',
                    compact: true,
                  },
                ),
              ]),
              column([
                choiceInput(
                  id(`n${i}_mode`),
                  t(locale, 'field.mode'),
                  CO_MODES.map((m) => [m, localize(CO_MODE_LABELS[m], locale)]),
                  locale,
                  {
                    required: i === 1,
                    value: item?.mode ?? '',
                    compact: true,
                  },
                ),
              ]),
            ],
          },
        );
      }
      return out;
    }
  }
}

function actionRow(
  prefix: string,
  n: number,
  maxLength: number,
  locale: Locale,
  current: { what: string; who: string; byWhen: string } | null,
  period: DatePeriod | undefined,
): CardElement {
  // "What" gets the card's full width; "who" and "by when" share the line below it.
  return {
    type: 'Container',
    spacing: 'Small',
    items: [
      textInput(`${prefix}_what`, t(locale, 'field.action', { n }), maxLength, locale, {
        value: current?.what ?? '',
        multiline: false,
      }),
      {
        type: 'ColumnSet',
        spacing: 'Small',
        columns: [
          column(
            [
              textInput(`${prefix}_who`, t(locale, 'field.who'), Math.min(maxLength, 200), locale, {
                value: current?.who ?? '',
                multiline: false,
              }),
            ],
            'stretch',
          ),
          column(
            [
              {
                type: 'Input.Date',
                id: `${prefix}_when`,
                label: t(locale, 'field.when'),
                value: current?.byWhen ?? '',
                ...(period ? { min: period.from, max: period.to } : {}),
                errorMessage: t(locale, 'card.date'),
              },
            ],
            'stretch',
          ),
        ],
      },
    ],
  };
}

function column(items: CardElement[], width: string = 'auto'): CardElement {
  return { type: 'Column', width, items };
}

function textInput(
  id: string,
  label: string,
  maxLength: number,
  locale: Locale,
  options: { required?: boolean; value?: string; multiline?: boolean; separator?: boolean },
): CardElement {
  return {
    type: 'Input.Text',
    id,
    label,
    isMultiline: options.multiline ?? true,
    maxLength,
    isRequired: options.required ?? false,
    errorMessage: options.required
      ? `${t(locale, 'card.required')} ${t(locale, 'card.tooLong', { max: maxLength })}`
      : t(locale, 'card.tooLong', { max: maxLength }),
    ...(options.value ? { value: options.value } : {}),
    ...(options.separator ? { separator: true, spacing: 'Medium' } : {}),
  };
}

function choiceInput(
  id: string,
  label: string,
  choices: Array<[string, string]>,
  locale: Locale,
  options: { required?: boolean; multi?: boolean; value?: string; compact?: boolean },
): CardElement {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    style: options.compact ? 'compact' : 'expanded',
    isMultiSelect: options.multi ?? false,
    isRequired: options.required ?? false,
    errorMessage: t(locale, 'card.choose'),
    choices: choices.map(([value, title]) => ({ title, value })),
    ...(options.value ? { value: options.value } : {}),
  };
}

/**
 * The same inputs showing what the person submitted for this question (a refused answer), so
 * nothing typed is lost: texts as typed (cut at the field's length), choices that exist, dates.
 * A field the person left empty shows empty. Inputs of other questions are left as they are.
 */
export function prefillInputs(
  elements: CardElement[],
  questionNumber: number,
  submitted: Record<string, unknown>,
): CardElement[] {
  const prefix = inputId(questionNumber, '');
  const fill = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(fill);
    if (!node || typeof node !== 'object') return node;
    const element = node as CardElement;
    const out: CardElement = {};
    for (const [key, value] of Object.entries(element)) out[key] = key === 'choices' ? value : fill(value);
    const id = element.id;
    const type = element.type;
    if (
      typeof id !== 'string' ||
      !id.startsWith(prefix) ||
      typeof type !== 'string' ||
      !type.startsWith('Input.')
    )
      return out;
    const raw = submitted[id];
    const typed = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : undefined;
    delete out.value;
    if (typed === undefined || typed.trim() === '') return out;
    if (type === 'Input.Text') {
      const max = typeof element.maxLength === 'number' ? element.maxLength : 4000;
      const cut = typed.slice(0, max);
      out.value = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
    } else if (type === 'Input.ChoiceSet') {
      const allowed = new Set(
        ((element.choices as Array<{ value: string }> | undefined) ?? []).map((c) => c.value),
      );
      const chosen = typed
        .split(',')
        .map((v) => v.trim())
        .filter((v) => allowed.has(v));
      const values = element.isMultiSelect ? [...new Set(chosen)] : chosen.slice(0, 1);
      if (values.length) out.value = values.join(',');
    } else if (type === 'Input.Date') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(typed.trim())) out.value = typed.trim();
    }
    return out;
  };
  return elements.map((e) => fill(e) as CardElement);
}
