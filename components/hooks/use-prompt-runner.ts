import { useState } from 'preact/hooks';
import type { Locale } from '@/utils/i18n/translate';
import { t } from '@/utils/i18n/translate';
import type { Quote } from '@/utils/page/quote';
import type { PromptSources } from '@/utils/panel/prompt-values';
import { optionsInView, type ChatState } from '@/utils/panel/chat-state';
import { pageFacts, readClipboard } from '@/utils/panel/prompt-sources';
import type { ChatSession } from '@/utils/panel/session';
import type { PromptLibrary, SavedPrompt } from '@/utils/prompts/library';
import { variablesIn } from '@/utils/prompts/variables';
import type { Settings } from '@/utils/settings/model';
import type { PageContext } from './use-page-context';

export type { PromptSources };

/** A prompt waiting for the answers to its `{{input:…}}` fields. */
export interface PromptForm {
  prompt: SavedPrompt;
  labels: string[];
  before: string;
  sources: PromptSources;
}

interface RunnerParts {
  session: ChatSession;
  state: ChatState;
  settings: Settings | null;
  library: PromptLibrary | null;
  locale: Locale;
  pageQuote: {
    attach(quote: Quote): void;
    readSelection(emptyText: 'promptNoSelection'): Promise<Quote | null>;
  };
  pageContext: Pick<PageContext, 'pageBeside'>;
  /** Puts the prompt's text in the message box; `send` also sends it once it is there. */
  fill(text: string, send: boolean): void;
}

/**
 * Runs a saved prompt: asks for its inputs, reads only the sources its variables use, and
 * fills the message box (or sends). A source that is missing is said, and nothing is sent.
 */
export function usePromptRunner(parts: RunnerParts) {
  const [form, setForm] = useState<PromptForm | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = (
    prompt: SavedPrompt,
    before: string,
    sources: PromptSources = {},
    inputs?: Record<string, string>,
  ): void => {
    const used = variablesIn(prompt.text);
    setNotice(null);
    if (used.inputs.length > 0 && !inputs) {
      setForm({ prompt, labels: used.inputs, before, sources });
      return;
    }
    // The browser asks for a permission only inside the click or key press: before any await.
    const clipboard = used.names.has('clipboard') ? readClipboard() : null;
    void import('@/utils/panel/prompt-values')
      .then(({ expandPrompt }) =>
        expandPrompt(
          prompt,
          sources,
          {
            selection: () => parts.pageQuote.readSelection('promptNoSelection'),
            page: (handed) => parts.pageContext.pageBeside(handed),
            facts: pageFacts,
            attachQuote: parts.pageQuote.attach,
          },
          { clipboard, inputs: inputs ?? {} },
          {
            locale: parts.locale,
            quoteLimit: parts.settings?.quoteLimit,
            translateTo: parts.library?.translateTo ?? '',
            now: new Date(),
          },
        ),
      )
      .then((result) => {
        if ('problem' in result) {
          if (result.problem) setNotice(t(result.problem));
          return;
        }
        applyChoices(prompt);
        const lead = before.trim() ? `${before.replace(/\s+$/, '')}\n` : '';
        parts.fill(`${lead}${result.text}`, prompt.sendAtOnce);
      })
      .catch((error: unknown) => console.error('Sidechat: the prompt could not run', error));
  };

  /** The persona and model a prompt asks for, on the chat it runs in. */
  const applyChoices = (prompt: SavedPrompt): void => {
    const personaKnown = parts.settings?.personas.some((p) => p.id === prompt.personaId);
    if (!personaKnown && !prompt.model) return;
    const options = optionsInView(parts.state);
    parts.session.setOptions({
      ...options,
      ...(personaKnown && { personaId: prompt.personaId }),
      ...(prompt.model && { model: prompt.model }),
    });
  };

  return {
    run,
    form,
    notice,
    dismissNotice: () => setNotice(null),
    submitForm(answers: Record<string, string>): void {
      const pending = form;
      setForm(null);
      if (pending) run(pending.prompt, pending.before, pending.sources, answers);
    },
    cancelForm: () => setForm(null),
  };
}

export type PromptRunner = ReturnType<typeof usePromptRunner>;
