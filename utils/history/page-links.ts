// Which pages a conversation was about: the addresses of the pages and quotes its messages
// carried, and their sites. The conversation list filters by site with them, and the panel
// offers to continue a chat when it opens beside a page that chat was about.
import type { ChatMessage, Conversation } from './types';

/** Most addresses and sites a conversation remembers (the most recent are kept). */
const MAX_LINKS = 20;

/** A page's address without its fragment; '' for anything but http(s). */
export function pageKey(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
    parsed.hash = '';
    return parsed.href;
  } catch {
    return '';
  }
}

/** The site a conversation list filters by: the host without `www.`. */
export function siteKey(url: string): string {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

/** The addresses a message's pages and quote came from. */
export function pageUrlsOf(message: Pick<ChatMessage, 'pages' | 'quote'>): string[] {
  return [...(message.pages ?? []).map((page) => page.url), message.quote?.url ?? ''].filter(
    Boolean,
  );
}

const latest = (list: readonly string[], added: readonly string[]): string[] => {
  const merged = [...list.filter((item) => !added.includes(item)), ...added];
  return merged.slice(-MAX_LINKS);
};

/** The conversation remembering these addresses too; itself when there are none. */
export function withPageLinks(conversation: Conversation, urls: readonly string[]): Conversation {
  const pages = [...new Set(urls.map(pageKey).filter(Boolean))];
  if (pages.length === 0) return conversation;
  const sites = [...new Set(pages.map(siteKey).filter(Boolean))];
  return {
    ...conversation,
    pageUrls: latest(conversation.pageUrls ?? [], pages),
    sites: latest(conversation.sites ?? [], sites),
  };
}
