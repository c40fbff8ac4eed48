import { useState } from 'preact/hooks';
import { ChatSettingsIcon } from '@/components/ui/icons';
import { Popover } from '@/components/ui/Popover';
import { LazyChatOverrides, ViewLoading } from '@/components/ui/lazy-views';
import { useModelList } from '@/components/hooks/use-model-list';
import type { ChatSession } from '@/utils/panel/session';
import { optionsInView, type ChatState } from '@/utils/panel/chat-state';
import { t } from '@/utils/i18n/translate';
import { personaOf, profileOf, providerName, resolveRequest } from '@/utils/providers/request';
import type { Settings } from '@/utils/settings/model';
import { ContextMeter } from './ContextMeter';

/** Tokens the visible replies of a conversation used, as providers reported them. */
function conversationTokens(state: ChatState): number {
  return state.messages.reduce((sum, message) => sum + (message.usage?.totalTokens ?? 0), 0);
}

/**
 * Above the composer: the chat's persona, provider and model, its own overrides, the
 * tokens it used, and Reset conversation.
 */
export function ChatOptionsBar({
  session,
  state,
  settings,
  context,
}: {
  session: ChatSession;
  state: ChatState;
  settings: Settings;
  /** Tokens the next request starts from, and the model's window when known. */
  context: { tokens: number; window: number | null };
}) {
  const options = optionsInView(state);
  const profile = profileOf(settings, options);
  const persona = personaOf(settings, options);
  const resolved = resolveRequest(settings, options);
  const effectiveModel = typeof resolved === 'string' ? (options.model ?? '') : resolved.model;
  const list = useModelList(session, profile);
  const [modelText, setModelText] = useState<string | null>(null);

  const commitModel = (value: string): void => {
    setModelText(null);
    const model = value.trim();
    if (model === effectiveModel) return;
    const { model: _old, ...rest } = options;
    // An emptied field goes back to the persona's or the provider's default model.
    session.setOptions(model ? { ...rest, model } : rest);
  };

  return (
    <div class="chat-options">
      <div class="chat-options__row">
        <label class="visually-hidden" for="chat-persona">
          {t('persona')}
        </label>
        <select
          id="chat-persona"
          value={persona?.id ?? ''}
          onChange={(event) =>
            session.setOptions({ ...options, personaId: event.currentTarget.value || null })
          }
        >
          <option value="">{t('noPersona')}</option>
          {settings.personas.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
        {settings.profiles.length > 1 && (
          <>
            <label class="visually-hidden" for="chat-provider">
              {t('chatProvider')}
            </label>
            <select
              id="chat-provider"
              value={profile?.id ?? ''}
              onChange={(event) => {
                // Another provider has other models: drop the model picked for the old one.
                const { model: _model, ...rest } = options;
                session.setOptions({ ...rest, profileId: event.currentTarget.value });
              }}
            >
              {settings.profiles.map((item) => (
                <option key={item.id} value={item.id}>
                  {providerName(item)}
                </option>
              ))}
            </select>
          </>
        )}
        <label class="visually-hidden" for="chat-model">
          {t('chatModel')}
        </label>
        <input
          id="chat-model"
          class="chat-options__model"
          list="chat-model-list"
          autocomplete="off"
          spellcheck={false}
          aria-describedby="chat-model-status"
          value={modelText ?? effectiveModel}
          onFocus={list.load}
          onInput={(event) => setModelText(event.currentTarget.value)}
          onBlur={(event) => commitModel(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitModel(event.currentTarget.value);
          }}
        />
        <datalist id="chat-model-list">
          {list.models.map((model) => (
            <option key={model} value={model} />
          ))}
        </datalist>
        <ContextMeter
          totalTokens={conversationTokens(state)}
          contextTokens={context.tokens}
          contextWindow={context.window}
        />
      </div>
      <p id="chat-model-status" class="chat-options__status" role="status">
        {list.loading
          ? t('modelsLoading')
          : list.error
            ? t('modelsFailed', { error: list.error })
            : ''}
      </p>
      <Popover class="chat-overrides" label={t('chatSettings')} icon={ChatSettingsIcon}>
        {() => (
          // Keyed by conversation: another chat starts from its own values. Loaded when
          // first opened: most chats never change their sampling.
          <ViewLoading>
            <LazyChatOverrides
              key={state.conversationId ?? 'new'}
              options={options}
              canReset={state.conversationId !== null && state.messages.length > 0}
              onChange={(next) => session.setOptions(next)}
              onReset={() => session.resetConversation()}
            />
          </ViewLoading>
        )}
      </Popover>
    </div>
  );
}
