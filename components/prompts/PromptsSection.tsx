import { useEffect, useRef, useState } from 'preact/hooks';
import { usePromptLibrary } from '@/components/hooks/use-prompt-library';
import { AddIcon, ResetIcon } from '@/components/ui/icons';
import { TextField } from '@/components/ui/TextField';
import { addStrings, getLocale, t } from '@/utils/i18n/translate';
import { enPromptLibrary } from '@/utils/i18n/locales/en-prompt-library';
import { zhCNPromptLibrary } from '@/utils/i18n/locales/zh-CN-prompt-library';
import { PROMPT_LIMITS } from '@/utils/limits';
import {
  EMPTY_PROMPT,
  promptFromForm,
  type PromptFormErrors,
  type PromptFormValues,
} from '@/utils/panel/prompt-form';
import { defaultPrompts } from '@/utils/prompts/defaults';
import { TRANSLATE_TARGETS } from '@/utils/prompts/translate-target';
import { freeCommand, movePrompt, type PromptLibrary } from '@/utils/prompts/library';
import { promptLibraryItem } from '@/utils/prompts/storage';
import type { Persona } from '@/utils/settings/model';
import { PromptEditor } from './PromptEditor';
import { PromptRow } from './PromptRow';
import { PromptsTransfer } from './PromptsTransfer';

// Only Settings says these: they load with it, not with the panel's first bundle.
addStrings({ en: enPromptLibrary, zh_CN: zhCNPromptLibrary });

/** The prompt being edited: an existing one by id, or a new one (id null). */
interface Editing {
  id: string | null;
  values: PromptFormValues;
  errors: PromptFormErrors;
}

/** Rows shown at first and added each time the list's end comes into view. */
const ROWS_PER_PAGE = 50;

interface Status {
  text: string;
  failed: boolean;
  /** The library before a delete or a reset, for Undo. */
  undo?: PromptLibrary;
}

/**
 * Settings → Prompts: the library in the user's order (which is the menus' order), with
 * search, add, edit, duplicate, reorder, delete with undo, reset, import and export. Each
 * change is saved at once, apart from the settings' Save.
 */
export function PromptsSection({
  personas,
}: {
  personas: readonly Pick<Persona, 'id' | 'name'>[];
}) {
  const stored = usePromptLibrary(getLocale());
  // Shown at once, before storage confirms: quick clicks (Move up, Move up) build on each other.
  const [pending, setPending] = useState<PromptLibrary | null>(null);
  useEffect(() => setPending(null), [stored]);
  const library = pending ?? stored;
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [translateTo, setTranslateTo] = useState<string | null>(null);
  // A library of hundreds opens as fast as a short one: the rest come as the list scrolls.
  const [rowLimit, setRowLimit] = useState(ROWS_PER_PAGE);
  const listEnd = useRef<HTMLLIElement>(null);
  useEffect(() => setRowLimit(ROWS_PER_PAGE), [query]);
  useEffect(() => {
    const element = listEnd.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setRowLimit((n) => n + ROWS_PER_PAGE);
    });
    observer.observe(element);
    return () => observer.disconnect();
  });
  if (!library) return null;
  const prompts = library.prompts;

  const save = async (next: PromptLibrary, said: Status | null = null): Promise<boolean> => {
    setPending(next);
    try {
      await promptLibraryItem.setValue(next);
      setStatus(said);
      return true;
    } catch (error) {
      console.error('Sidechat: could not save the prompts', error);
      setPending(null);
      setStatus({ text: t('promptsSaveFailed'), failed: true });
      return false;
    }
  };

  const saveEditing = (): void => {
    if (!editing) return;
    const id = editing.id ?? crypto.randomUUID();
    const result = promptFromForm(editing.values, id, prompts);
    if ('errors' in result) {
      setEditing({ ...editing, errors: result.errors });
      return;
    }
    const next = editing.id
      ? prompts.map((prompt) => (prompt.id === id ? result.prompt : prompt))
      : [...prompts, result.prompt];
    void save({ ...library, prompts: next }).then((saved) => saved && setEditing(null));
  };

  const duplicate = (index: number): void => {
    const source = prompts[index];
    if (!source) return;
    const copy = {
      ...source,
      id: crypto.randomUUID(),
      name: t('promptCopyName', { name: source.name }).slice(0, PROMPT_LIMITS.name),
      command: freeCommand(source.command, prompts),
    };
    void save({ ...library, prompts: movePrompt([...prompts, copy], prompts.length, index + 1) });
  };

  const remove = (index: number): void => {
    const gone = prompts[index];
    if (!gone) return;
    void save(
      { ...library, prompts: prompts.filter((_, at) => at !== index) },
      { text: t('promptDeleted', { name: gone.name }), failed: false, undo: library },
    );
  };

  const reset = (): void => {
    const defaults = defaultPrompts(getLocale());
    const ids = new Set(defaults.map((prompt) => prompt.id));
    const own = prompts.filter((prompt) => !ids.has(prompt.id));
    // A prompt of the user's keeps working under a free command if a default takes its word.
    const kept = own.map((prompt, index) => ({
      ...prompt,
      command: freeCommand(prompt.command, [...defaults, ...own.slice(0, index)]),
    }));
    void save(
      { ...library, prompts: [...defaults, ...kept] },
      { text: t('promptsReset'), failed: false, undo: library },
    );
  };

  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const indexed = prompts.map((prompt, index) => ({ prompt, index }));
  // Searched only while there is a query: lower-casing every text costs on each render.
  const shown =
    words.length === 0
      ? indexed
      : indexed.filter(({ prompt }) => {
          const haystack = `${prompt.name} /${prompt.command} ${prompt.text}`.toLowerCase();
          return words.every((word) => haystack.includes(word));
        });
  const editor = (id: string | null) =>
    editing &&
    editing.id === id && (
      <PromptEditor
        idPrefix={`prompt-${id ?? 'new'}`}
        values={editing.values}
        errors={editing.errors}
        personas={personas}
        onChange={(values) => setEditing({ ...editing, values })}
        onSave={saveEditing}
        onCancel={() => setEditing(null)}
      />
    );

  return (
    <fieldset class="settings__group prompts">
      <legend>{t('promptsTitle')}</legend>
      <p class="field__hint">{t('promptsHint')}</p>
      <input
        type="search"
        class="prompts__search"
        aria-label={t('searchPrompts')}
        placeholder={t('searchPrompts')}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        // Enter in the search box must not submit the settings around it.
        onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
      />
      {shown.length === 0 && query && <p class="field__hint">{t('noPromptsFound', { query })}</p>}
      <ul class="prompts__list" aria-label={t('promptsTitle')}>
        {shown
          .slice(0, rowLimit)
          .map(({ prompt, index }) =>
            editing?.id === prompt.id ? (
              <li key={prompt.id}>{editor(prompt.id)}</li>
            ) : (
              <PromptRow
                key={prompt.id}
                prompt={prompt}
                first={index === 0}
                last={index === prompts.length - 1}
                onEdit={() => setEditing({ id: prompt.id, values: { ...prompt }, errors: {} })}
                onDuplicate={() => duplicate(index)}
                onMove={(step) =>
                  void save({ ...library, prompts: movePrompt(prompts, index, index + step) })
                }
                onDelete={() => remove(index)}
              />
            ),
          )}
        {shown.length > rowLimit && (
          <li ref={listEnd} class="prompts__more">
            <button
              type="button"
              class="button"
              onClick={() => setRowLimit(rowLimit + ROWS_PER_PAGE)}
            >
              {t('showMorePrompts', { count: shown.length - rowLimit })}
            </button>
          </li>
        )}
      </ul>
      {editor(null)}
      <div class="prompts__actions">
        <button
          type="button"
          class="button"
          disabled={prompts.length >= PROMPT_LIMITS.count}
          onClick={() => setEditing({ id: null, values: { ...EMPTY_PROMPT }, errors: {} })}
        >
          <AddIcon size={14} aria-hidden="true" />
          {t('addPrompt')}
        </button>
        <button type="button" class="button" onClick={reset}>
          <ResetIcon size={14} aria-hidden="true" />
          {t('resetPrompts')}
        </button>
        <PromptsTransfer
          library={library}
          onImported={(next, message) => void save(next, { text: message, failed: false })}
          onStatus={(text, failed) => setStatus({ text, failed })}
        />
      </div>
      {status && (
        <div class="prompts__status" role={status.failed ? 'alert' : 'status'}>
          <span>{status.text}</span>
          {status.undo && (
            <button
              type="button"
              class="button"
              onClick={() => status.undo && void save(status.undo)}
            >
              {t('undo')}
            </button>
          )}
        </div>
      )}
      <p class="field__hint">{t('menuLimitNote', { count: PROMPT_LIMITS.menuItems - 1 })}</p>
      <TextField
        id="settings-translate-to"
        label={t('translateTo')}
        hint={t('translateToHint')}
        list="translate-targets"
        value={translateTo ?? library.translateTo}
        onValue={setTranslateTo}
        onCommit={() => {
          if (translateTo === null) return;
          const value = translateTo.trim().slice(0, PROMPT_LIMITS.name);
          void save({ ...library, translateTo: value }).then(() => setTranslateTo(null));
        }}
      />
      <datalist id="translate-targets">
        {TRANSLATE_TARGETS.map((target) => (
          <option key={target} value={target} />
        ))}
      </datalist>
    </fieldset>
  );
}
