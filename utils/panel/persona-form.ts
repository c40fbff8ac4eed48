// The persona editor's values as typed, and how they become a saved Persona.
import type { Locale } from '@/utils/i18n/translate';
import { en } from '@/utils/i18n/locales/en';
import { zhCN } from '@/utils/i18n/locales/zh-CN';
import type { FieldError } from './number-field';
import { parseSampling, samplingTexts } from './sampling';
import type { Persona } from '@/utils/settings/model';

/** A persona as the form holds it: numbers as typed text. */
export interface PersonaDraft {
  id: string;
  name: string;
  prompt: string;
  model: string;
  temperature: string;
  maxTokens: string;
  topP: string;
}

export type PersonaField = 'name' | 'temperature' | 'maxTokens' | 'topP';

export function draftFromPersona(persona: Persona): PersonaDraft {
  return { ...persona, ...samplingTexts(persona) };
}

/** Checks a draft; returns the persona to save, or the problems by field. */
export function validatePersonaDraft(
  draft: PersonaDraft,
): { persona: Persona } | { errors: Partial<Record<PersonaField, FieldError>> } {
  const sampling = parseSampling(draft);
  const errors: Partial<Record<PersonaField, FieldError>> =
    'errors' in sampling ? { ...sampling.errors } : {};
  const name = draft.name.trim();
  if (!name) errors.name = { key: 'personaNameRequired' };
  if (!('values' in sampling) || !name) return { errors };
  return {
    persona: {
      id: draft.id,
      name,
      prompt: draft.prompt,
      model: draft.model.trim(),
      ...sampling.values,
    },
  };
}

/** Two personas to start from, written in the user's language. */
export function examplePersonas(locale: Locale, newId: () => string): Persona[] {
  const strings = locale === 'zh_CN' ? zhCN : en;
  const base = { model: '', maxTokens: null, topP: null };
  return [
    {
      ...base,
      id: newId(),
      name: strings.examplePersonaResearch,
      prompt: strings.examplePersonaResearchPrompt,
      temperature: 0.3,
    },
    {
      ...base,
      id: newId(),
      name: strings.examplePersonaTranslator,
      prompt: strings.examplePersonaTranslatorPrompt,
      temperature: 0.2,
    },
  ];
}
