import type { Locale } from '@/utils/i18n/translate';
import type { PromptLibrary, SavedPrompt } from './library';

type DefaultText = Pick<SavedPrompt, 'name' | 'command' | 'text'>;

/** The prompts a new library starts with, and "Reset to defaults" brings back. */
const TEXTS: Record<Locale, Record<DefaultId, DefaultText>> = {
  en: {
    explain: { name: 'Explain', command: 'explain', text: 'Explain this clearly and concisely.' },
    summarize: {
      name: 'Summarize',
      command: 'summarize',
      text: 'Summarize this in a few bullet points.',
    },
    translate: {
      name: 'Translate',
      command: 'translate',
      text: 'Translate this into {{translate_to}}. Keep the meaning and tone.',
    },
    'summarize-page': {
      name: 'Summarize this page',
      command: 'tldr',
      text: 'Summarize {{page}} in five bullet points, then list anything it asks the reader to do.',
    },
    rewrite: {
      name: 'Rewrite',
      command: 'rewrite',
      text: 'Rewrite the text below in a {{input:Tone}} tone. Keep its meaning and its language.\n\n{{selection}}',
    },
  },
  zh_CN: {
    explain: { name: '解释', command: 'explain', text: '请清楚、简洁地解释这段内容。' },
    summarize: { name: '总结', command: 'summarize', text: '请用几个要点总结这段内容。' },
    translate: {
      name: '翻译',
      command: 'translate',
      text: '请把这段内容翻译成{{translate_to}}，保留原意和语气。',
    },
    'summarize-page': {
      name: '总结此页',
      command: 'tldr',
      text: '请用五个要点总结{{page}}，然后列出它要求读者做的事情。',
    },
    rewrite: {
      name: '改写',
      command: 'rewrite',
      text: '请用{{input:语气}}的语气改写下面的文字，保留原意和原来的语言。\n\n{{selection}}',
    },
  },
};

const DEFAULT_IDS = ['explain', 'summarize', 'translate', 'summarize-page', 'rewrite'] as const;
type DefaultId = (typeof DEFAULT_IDS)[number];

/** Where each default appears: the three selection actions of old, and the page summary. */
const PLACES: Record<DefaultId, Pick<SavedPrompt, 'sendAtOnce' | 'onSelection' | 'onPage'>> = {
  explain: { sendAtOnce: true, onSelection: true, onPage: false },
  summarize: { sendAtOnce: true, onSelection: true, onPage: false },
  translate: { sendAtOnce: true, onSelection: true, onPage: false },
  'summarize-page': { sendAtOnce: true, onSelection: false, onPage: true },
  rewrite: { sendAtOnce: false, onSelection: false, onPage: false },
};

/** The default prompts in the UI language. */
export function defaultPrompts(locale: Locale): SavedPrompt[] {
  return DEFAULT_IDS.map((id) => ({
    id,
    ...TEXTS[locale][id],
    personaId: null,
    model: '',
    ...PLACES[id],
  }));
}

/**
 * The library of an install that never saved one: the defaults, with the texts of the
 * Explain / Summarize / Translate templates a user had customised before prompts existed.
 */
export function firstLibrary(
  locale: Locale,
  legacy: Partial<Record<'explainTemplate' | 'summarizeTemplate' | 'translateTemplate', unknown>>,
): PromptLibrary {
  const prompts = defaultPrompts(locale).map((prompt) => {
    const own = legacy[`${prompt.id}Template` as keyof typeof legacy];
    return typeof own === 'string' && own.trim() ? { ...prompt, text: own.trim() } : prompt;
  });
  return { prompts, translateTo: '' };
}
