import * as AC from 'adaptivecards';
import { safeMarkdownToHtml } from './safe-markdown';

/** Teams-like colours with enough contrast on the white card surface. */
const HOST_CONFIG = {
  fontFamily: "'Segoe UI', system-ui, sans-serif",
  supportsInteractivity: true,
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: { default: '#242424', subtle: '#5C5C5C' },
        accent: { default: '#4F52B2', subtle: '#4F52B2' },
        good: { default: '#0E700E', subtle: '#0E700E' },
        warning: { default: '#835C00', subtle: '#835C00' },
        attention: { default: '#B10E1C', subtle: '#B10E1C' },
        dark: { default: '#242424', subtle: '#424242' },
        light: { default: '#FFFFFF', subtle: '#F5F5F5' },
      },
    },
    emphasis: {
      backgroundColor: '#F5F5F5',
      foregroundColors: {
        default: { default: '#242424', subtle: '#575757' },
        accent: { default: '#444791', subtle: '#444791' },
        good: { default: '#0E700E', subtle: '#0E700E' },
        warning: { default: '#6E4D00', subtle: '#6E4D00' },
        attention: { default: '#A10E1A', subtle: '#A10E1A' },
        dark: { default: '#242424', subtle: '#424242' },
        light: { default: '#FFFFFF', subtle: '#F5F5F5' },
      },
    },
  },
  actions: { maxActions: 6, actionsOrientation: 'horizontal', buttonSpacing: 8 },
};

let markdownInstalled = false;

/** Renders an Adaptive Card JSON as the bot sends it, with safe Markdown and no live actions. */
export function renderCard(json: unknown, onAction: (title: string) => void): HTMLElement {
  if (!markdownInstalled) {
    // Global hook of the library: our escaping processor replaces any markdown-it it might find.
    AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
      result.outputHtml = safeMarkdownToHtml(text);
      result.didProcess = true;
    };
    markdownInstalled = true;
  }
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(HOST_CONFIG);
  // A preview never submits or navigates (Action.OpenUrl with any URL stays inert here).
  card.onExecuteAction = (action) => onAction(action.title ?? '');
  card.parse(json);
  const element = card.render();
  if (!element) throw new Error('the card did not render');
  repairAccessibility(element);
  return element;
}

/**
 * Fills gaps in the renderer's markup: "heading" text blocks get a level (below the preview's
 * own h3), inputs rendered without a label get a name from their placeholder or id.
 */
function repairAccessibility(root: HTMLElement): void {
  root
    .querySelectorAll<HTMLElement>('[role="heading"]:not([aria-level])')
    .forEach((el) => el.setAttribute('aria-level', '4'));
  root.querySelectorAll<HTMLElement>('input, textarea, select').forEach((el) => {
    if (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')) return;
    if (el.id && root.querySelector(`label[for="${CSS.escape(el.id)}"]`)) return;
    const name = el.getAttribute('placeholder') || el.getAttribute('title') || el.id || 'input';
    el.setAttribute('aria-label', name);
  });
}
