import { browser } from 'wxt/browser';

/** Firefox's sidebar API, absent from the Chrome-shaped types WXT ships. */
interface SidebarActionApi {
  toggle(): Promise<void>;
}

/** Makes the toolbar button open Sidechat: the side panel in Chrome, the sidebar in Firefox. */
export function openPanelOnActionClick(): void {
  if (import.meta.env.FIREFOX) {
    const sidebarAction = (browser as unknown as { sidebarAction?: SidebarActionApi })
      .sidebarAction;
    // toggle() must run inside the click handler: it needs the user gesture.
    (browser.browserAction ?? browser.action)?.onClicked.addListener(() => {
      void sidebarAction?.toggle();
    });
    return;
  }
  browser.sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch((error: unknown) => console.error('Sidechat: could not set the panel behavior', error));
}
