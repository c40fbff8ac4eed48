import { t } from '@/utils/i18n/translate';
import type { ChatAlert } from './chat-state';
import { RequestFailed } from './connection';

/**
 * The alert for a failed request; null when the connection was lost (the panel says so
 * already and reconnects; the snapshot that follows shows what was saved).
 */
export function alertFor(
  error: unknown,
  retry: Pick<ChatAlert, 'retryMessageId' | 'retryable'>,
): ChatAlert | null {
  if (error instanceof RequestFailed) {
    if (error.code === 'connection_lost') return null;
    return { code: error.code, message: error.sentence, ...retry };
  }
  console.error('Sidechat: a request failed in the panel', error);
  return { code: 'unknown', message: t('errUnknown', { detail: '' }), ...retry };
}
