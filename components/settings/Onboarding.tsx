import { type FieldError } from '@/utils/panel/number-field';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ConnectionChecks } from '@/utils/panel/session';
import { hostsOf, originsToRequest, requestHostAccess } from '@/utils/page/host-access';
import { getLocale, t } from '@/utils/i18n/translate';
import { examplePersonas } from '@/utils/panel/persona-form';
import {
  newProfileDraft,
  validateProfileDraft,
  type ProfileField,
} from '@/utils/panel/profile-form';
import { PRESETS } from '@/utils/providers/presets';
import { settingsItem } from '@/utils/settings/storage';
import {
  profileForPreset,
  type LanguageChoice,
  type ProviderProfile,
  type Settings,
} from '@/utils/settings/model';
import { LanguageSelect } from './AppearanceFields';
import { ProfileEditor } from './ProfileEditor';
import { BuiltinModelOffer } from './BuiltinModelOffer';
import { useBuiltinAvailability } from '@/components/hooks/use-builtin-availability';
import { ConversationsIcon, PrivacyIcon } from '@/components/ui/icons';

/**
 * The first screen of a fresh install: language, provider, key, Test connection, then
 * "Start chatting" saves the profile (asking for the provider's origin) and opens the chat.
 */
export function Onboarding({
  settings,
  checks,
}: {
  settings: Settings;
  /** Test connection's requests to the background. */
  checks: ConnectionChecks;
}) {
  const [draft, setDraft] = useState(() => newProfileDraft(crypto.randomUUID(), 'openai'));
  const [errors, setErrors] = useState<Partial<Record<ProfileField, FieldError>>>({});
  const [problem, setProblem] = useState('');
  const builtin = useBuiltinAvailability();
  const origins = originsToRequest([PRESETS[draft.preset].baseURL || draft.baseURL]);

  const save = (next: Settings): Promise<boolean> =>
    settingsItem.setValue(next).then(
      () => true,
      (error: unknown) => {
        console.error('Sidechat: could not save the settings', error);
        setProblem(t('settingsSaveFailed'));
        return false;
      },
    );
  const setLanguage = (language: LanguageChoice) => void save({ ...settings, language });

  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const result = validateProfileDraft(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const { profile } = result;
    // Asked before any await: the browser prompts only inside the click.
    const access = requestHostAccess(originsToRequest([profile.baseURL]));
    void (async () => {
      const granted = await access;
      if (!granted) setProblem(t('accessDenied', { hosts: hostsOf(origins) }));
      await start(profile);
    })();
  };

  /** Saves the first profile, with example personas, which opens the chat. */
  const start = (profile: ProviderProfile): Promise<boolean> =>
    save({
      ...settings,
      profiles: [profile],
      activeProfileId: profile.id,
      personas:
        settings.personas.length > 0
          ? settings.personas
          : examplePersonas(getLocale(), () => crypto.randomUUID()),
    });

  return (
    <main class="onboarding">
      <form class="settings" onSubmit={onSubmit} noValidate aria-labelledby="welcome-title">
        <header class="onboarding__hero">
          <div class="app-mark" aria-hidden="true">
            <ConversationsIcon size={28} strokeWidth={1.5} />
          </div>
          <h2 id="welcome-title">{t('welcomeTitle')}</h2>
          <p class="onboarding__tagline">{t('welcomeTagline')}</p>
        </header>
        <LanguageSelect id="welcome-language" value={settings.language} onChange={setLanguage} />
        <BuiltinModelOffer
          availability={builtin}
          onReady={() => void start(profileForPreset(crypto.randomUUID(), 'builtin'))}
        />
        <section class="settings__group" aria-labelledby="welcome-provider-title">
          <h3 id="welcome-provider-title">
            {builtin && builtin !== 'unavailable'
              ? t('orChooseProvider')
              : t('welcomeProviderTitle')}
          </h3>
          <p class="field__hint onboarding__intro">{t('welcomeBody')}</p>
          <ProfileEditor
            draft={draft}
            onChange={setDraft}
            errors={errors}
            checks={checks}
            compact
          />
        </section>
        <div class="onboarding__privacy">
          <PrivacyIcon size={16} aria-hidden="true" />
          <p>
            {t('welcomePrivacy')}
            {origins.length > 0 && ` ${t('accessWhy', { hosts: hostsOf(origins) })}`}
          </p>
        </div>
        <div class="settings__actions settings__actions--sticky">
          <button type="submit" class="button button--primary">
            {t('startChatting')}
          </button>
        </div>
        {problem && (
          <p role="alert" class="field__error">
            {problem}
          </p>
        )}
      </form>
    </main>
  );
}
