import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { en } from './utils/i18n/locales/en';
import { zhCN } from './utils/i18n/locales/zh-CN';

/** The gecko id pins the add-on's identity (storage, e2e UUID pinning) across installs. */
export const GECKO_ID = 'sidechat@sidechat.dev';

/** Builds a `_locales/<lang>/messages.json` for the manifest's own strings from our dictionaries. */
function manifestMessages(dict: { extName: string; extDescription: string }): string {
  return JSON.stringify(
    {
      extName: { message: dict.extName },
      extDescription: { message: dict.extDescription },
    },
    null,
    2,
  );
}

/**
 * KaTeX's stylesheet offers each font as woff2, woff and ttf. Chrome and Firefox both read
 * woff2, so the other two are only weight in the package (about 880 KB): this drops them
 * from the `src` lists, and Vite then never emits the files.
 */
function woff2Only(): Plugin {
  return {
    name: 'sidechat:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/.test(id)) return null;
      const trimmed = code.replace(
        /,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\(["'](?:woff|truetype)["']\)/g,
        '',
      );
      return { code: trimmed, map: null };
    },
  };
}

export default defineConfig({
  // Explicit imports keep every module's dependencies visible to readers and to tsc.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // declarativeNetRequestWithHostAccess: drop the Origin header on our own requests to
    // local model servers (see entrypoints/background/local-origin.ts); no install warning.
    // unlimitedStorage: the history must never be evicted for lack of space (with
    // navigator.storage.persist() from the panel), and IndexedDB is not capped by quota.
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      'declarativeNetRequestWithHostAccess',
      // Sync every few minutes and shortly after changes (Settings → Sync).
      'alarms',
    ],
    // Asked for on first use of "Quote selection" on a site, with one sentence why
    // (MV2 Firefox lists optional hosts among its optional permissions). clipboardRead is
    // asked for only when a prompt using {{clipboard}} runs; <all_urls> only on the first
    // "Screenshot this tab" (the browsers capture a tab with it or activeTab, nothing less).
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*', '<all_urls>', 'clipboardRead'] }
      : {
          optional_permissions: ['clipboardRead'],
          optional_host_permissions: ['http://*/*', 'https://*/*', '<all_urls>'],
        }),
    // Local model servers (Ollama, LM Studio) and the e2e mock server. A remote provider's
    // origin is asked for when its profile is saved (utils/page/host-access.ts).
    host_permissions: ['http://localhost/*', 'http://127.0.0.1/*', 'http://[::1]/*'],
    action: { default_title: '__MSG_extName__' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' },
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' },
            },
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(
        { relativeDest: '_locales/en/messages.json', contents: manifestMessages(en) },
        { relativeDest: '_locales/zh_CN/messages.json', contents: manifestMessages(zhCN) },
      );
    },
  },
  // The Firefox sources archive: what rebuilds the add-on, without screenshots.
  zip: { excludeSources: ['docs/screenshots/**', '.ci/**'] },
  vite: () => ({ plugins: [preact(), woff2Only()] }),
});
