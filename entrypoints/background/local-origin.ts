import { browser } from 'wxt/browser';

/** Id of our one dynamic rule. */
const RULE_ID = 1;
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Local model servers (Ollama, LM Studio) refuse requests whose Origin is an extension
 * (Ollama answers 403 unless OLLAMA_ORIGINS is changed). This rule drops the Origin header
 * from requests to the local machine, only those Sidechat itself makes: web pages keep
 * theirs, so the servers' protection against websites is untouched.
 */
export async function installLocalOriginRule(): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  if (!dnr?.updateDynamicRules) {
    console.warn(
      'Sidechat: declarativeNetRequest is unavailable; local servers may refuse requests',
    );
    return;
  }
  // Chrome names the initiator by extension id, Firefox by the internal UUID of its URL.
  const ownHost = new URL(browser.runtime.getURL('/')).hostname;
  await dnr.updateDynamicRules({
    removeRuleIds: [RULE_ID],
    addRules: [
      {
        id: RULE_ID,
        priority: 1,
        action: {
          type: 'modifyHeaders',
          requestHeaders: [{ header: 'origin', operation: 'remove' }],
        },
        condition: {
          requestDomains: LOCAL_HOSTS,
          initiatorDomains: [ownHost],
          resourceTypes: ['xmlhttprequest', 'other'],
        },
      },
    ],
  });
}
