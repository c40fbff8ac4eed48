// What the page's context menu lists: the fixed "Ask" items and the prompts the user chose
// for a selection and for the page, in the library's order.
import { PROMPT_LIMITS } from '@/utils/limits';
import type { PromptLibrary } from './library';

export const ASK_SELECTION_MENU = 'sidechat-ask';
export const ASK_PAGE_MENU = 'sidechat-ask-page';
const SELECTION_PREFIX = 'sidechat-prompt:';
const PAGE_PREFIX = 'sidechat-page-prompt:';

/** One item to create. */
export interface MenuItem {
  id: string;
  title: string;
  contexts: ['selection'] | ['page'];
}

/** What a clicked item means. */
export type MenuChoice =
  | { kind: 'ask-selection' }
  | { kind: 'ask-page' }
  | { kind: 'prompt'; promptId: string; on: 'selection' | 'page' };

/**
 * A prompt's name as a menu title: Chrome puts the selection where a title says `%s`, and
 * Firefox takes `&` as an access-key mark; a name shows as typed in both.
 */
export function menuTitle(name: string, firefox: boolean): string {
  const plain = name.replaceAll('%s', '% s');
  return firefox ? plain.replaceAll('&', '&&') : plain;
}

/** The items, in order: each context shows at most PROMPT_LIMITS.menuItems entries. */
export function menuItems(
  library: PromptLibrary,
  titles: { askSelection: string; askPage: string },
  firefox: boolean,
): MenuItem[] {
  const room = PROMPT_LIMITS.menuItems - 1;
  const selection = library.prompts.filter((prompt) => prompt.onSelection).slice(0, room);
  const page = library.prompts.filter((prompt) => prompt.onPage).slice(0, room);
  return [
    { id: ASK_SELECTION_MENU, title: titles.askSelection, contexts: ['selection'] },
    ...selection.map((prompt): MenuItem => ({
      id: `${SELECTION_PREFIX}${prompt.id}`,
      title: menuTitle(prompt.name, firefox),
      contexts: ['selection'],
    })),
    { id: ASK_PAGE_MENU, title: titles.askPage, contexts: ['page'] },
    ...page.map((prompt): MenuItem => ({
      id: `${PAGE_PREFIX}${prompt.id}`,
      title: menuTitle(prompt.name, firefox),
      contexts: ['page'],
    })),
  ];
}

/** What the clicked item's id stands for; null for an item that is not ours. */
export function menuChoice(id: string | number): MenuChoice | null {
  if (id === ASK_SELECTION_MENU) return { kind: 'ask-selection' };
  if (id === ASK_PAGE_MENU) return { kind: 'ask-page' };
  if (typeof id !== 'string') return null;
  if (id.startsWith(SELECTION_PREFIX))
    return { kind: 'prompt', promptId: id.slice(SELECTION_PREFIX.length), on: 'selection' };
  if (id.startsWith(PAGE_PREFIX))
    return { kind: 'prompt', promptId: id.slice(PAGE_PREFIX.length), on: 'page' };
  return null;
}
