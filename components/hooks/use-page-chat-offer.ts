import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Conversation } from '@/utils/history/types';
import { currentPageUrl } from '@/utils/panel/target-tab';

/**
 * An earlier chat about the page beside the panel, offered while `active`: looked up when
 * the panel opens and whenever the user moves to another page or tab.
 */
export function usePageChatOffer(
  active: boolean,
  /** The conversation in view: never offered to itself. */
  inView: string | null,
): {
  offer: Conversation | null;
  dismiss(): void;
} {
  const [found, setFound] = useState<Conversation | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);

  useEffect(() => {
    if (!active) return;
    let live = true;
    const look = (): void => {
      void currentPageUrl()
        // The history's queries load with the conversation list, not with the panel.
        .then(async (url) =>
          url ? (await import('@/utils/history/queries')).conversationAbout(url) : null,
        )
        .then((conversation) => live && setFound(conversation))
        .catch(() => live && setFound(null));
    };
    look();
    const onUpdated = (_id: number, change: { url?: string }) => change.url && look();
    browser.tabs.onActivated.addListener(look);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(look);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [active]);

  const offer = active && found && found.id !== dismissed && found.id !== inView ? found : null;
  return { offer, dismiss: () => setDismissed(found?.id ?? null) };
}
