import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ChatSession, type PanelPort } from '@/utils/panel/session';
import { getLocale } from '@/utils/i18n/translate';
import { PORT_NAME } from '@/utils/protocol/ports';
import { lastConversationItem } from '@/utils/settings/storage';
import { requestPersistence } from '@/utils/panel/storage-status';
import { App } from './App';

async function main(): Promise<void> {
  document.documentElement.lang = getLocale() === 'zh_CN' ? 'zh-CN' : 'en';
  const fromUrl = new URLSearchParams(location.search).get('conversation');
  const conversationId = fromUrl || (await lastConversationItem.getValue());
  const session = new ChatSession(
    () => browser.runtime.connect({ name: PORT_NAME }) as PanelPort,
    conversationId,
  );
  // Ask once per panel start; the browser remembers a yes.
  void requestPersistence();
  const root = document.getElementById('app');
  if (root) render(<App session={session} />, root);
}

void main();
