import { type FieldError } from '@/utils/panel/number-field';
import { useState } from 'preact/hooks';
import type { ConnectionChecks } from '@/utils/panel/session';
import { t } from '@/utils/i18n/translate';
import {
  parseHeaderLines,
  withPreset,
  type ProfileDraft,
  type ProfileField,
} from '@/utils/panel/profile-form';
import { normalizeBaseURL } from '@/utils/providers/base-url';
import { PRESET_IDS, PRESETS, typesBaseURL } from '@/utils/providers/presets';
import { providerName } from '@/utils/providers/request';
import { FieldShell, TextField, describedBy } from '@/components/ui/TextField';
import { SelectField } from '@/components/ui/SelectField';
import { adaptationItems } from '@/utils/providers/adaptation';
import { AdaptationsNote, describeAdaptation } from './AdaptationsNote';
import { useBuiltinAvailability } from '@/components/hooks/use-builtin-availability';

/** How the last Test connection went. */
type TestState =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'ok'; message: string }
  | { kind: 'failed'; message: string };

/** Edits one provider profile: preset, address, key, default model, headers; tests it. */
export function ProfileEditor({
  draft,
  onChange,
  errors,
  checks,
  compact = false,
}: {
  draft: ProfileDraft;
  onChange(draft: ProfileDraft): void;
  errors: Partial<Record<ProfileField, FieldError>>;
  /** Test connection's requests to the background. */
  checks: ConnectionChecks;
  /** Onboarding: no name or headers, to keep the first screen short. */
  compact?: boolean;
}) {
  const [revealKey, setRevealKey] = useState(false);
  const [test, setTest] = useState<TestState>({ kind: 'idle' });
  const [models, setModels] = useState<string[]>([]);
  const preset = PRESETS[draft.preset];
  const builtin = useBuiltinAvailability();
  const id = (field: string) => `profile-${draft.id}-${field}`;
  const change = (patch: Partial<ProfileDraft>) => {
    onChange({ ...draft, ...patch });
    if (test.kind !== 'testing') setTest({ kind: 'idle' });
  };

  const testConnection = async (): Promise<void> => {
    const baseURL = normalizeBaseURL(typesBaseURL(draft.preset) ? draft.baseURL : preset.baseURL);
    const headers = parseHeaderLines(draft.headers);
    if (!baseURL) return setTest({ kind: 'failed', message: t('invalidBaseUrl') });
    if ('badLine' in headers) {
      return setTest({ kind: 'failed', message: t('invalidHeaders', { line: headers.badLine }) });
    }
    setTest({ kind: 'testing' });
    const target = {
      baseURL,
      apiKey: draft.apiKey,
      headers: headers.headers,
      preset: draft.preset,
    };
    const answer = await checks.listModels(target);
    if ('error' in answer) return setTest({ kind: 'failed', message: answer.error });
    setModels(answer.models);
    const name = providerName({ ...draft, baseURL });
    const listed =
      answer.models.length > 0
        ? t('testOk', { provider: name, count: answer.models.length })
        : t('testOkNoModels', { provider: name });
    // A model the provider does not have would fail the first message: pick one it has.
    const typed = draft.model.trim();
    const model =
      answer.models.length > 0 && !answer.models.includes(typed) ? (answer.models[0] ?? '') : typed;
    onChange({ ...draft, baseURL: typesBaseURL(draft.preset) ? baseURL : draft.baseURL, model });
    if (!model) return setTest({ kind: 'ok', message: listed });
    // Then a short reply, which finds what the server refuses before a real message does.
    const probe = await checks.probeChat(draft.id, target, model);
    if ('error' in probe) return setTest({ kind: 'failed', message: probe.error });
    const adjusted = adaptationItems(probe.adaptations).map(describeAdaptation);
    setTest({
      kind: 'ok',
      message: [
        listed,
        t('testReplied', { model }),
        ...(adjusted.length > 0 ? [t('testAdapted'), ...adjusted] : []),
      ].join(' '),
    });
  };

  const presetFrame = { id: id('preset'), label: t('provider') };
  const keyFrame = {
    id: id('apiKey'),
    label: t('apiKey'),
    error: errors.apiKey,
    hint: (
      <>
        {t('apiKeyHint')}{' '}
        {preset.keyPage && (
          <a href={preset.keyPage} target="_blank" rel="noopener noreferrer">
            {t('getKeyAt', { site: new URL(preset.keyPage).host })}
          </a>
        )}
      </>
    ),
  };
  // The built-in model is offered only where the browser has one (never on Firefox).
  const offered = PRESET_IDS.filter(
    (presetId) =>
      !PRESETS[presetId].onDevice ||
      presetId === draft.preset ||
      (!compact && builtin !== null && builtin !== 'unavailable'),
  );
  const presetSelect = (
    <SelectField
      {...presetFrame}
      value={draft.preset}
      options={offered.map((presetId) => ({
        value: presetId,
        label: presetId === 'custom' ? t('presetCustom') : PRESETS[presetId].name,
      }))}
      onChange={(presetId) => change(withPreset(draft, presetId))}
    />
  );
  if (preset.onDevice) {
    return (
      <div class="profile-editor">
        {presetSelect}
        <p class="field__hint">{t('builtinProfileHint')}</p>
      </div>
    );
  }
  return (
    <div class="profile-editor">
      {presetSelect}
      {preset.local && (
        <p class="field__hint">{t('localProviderHint', { provider: preset.name })}</p>
      )}
      {!compact && (
        <TextField
          id={id('name')}
          label={t('providerName')}
          hint={t('providerNameHint')}
          value={draft.name}
          onValue={(name) => change({ name })}
        />
      )}
      <TextField
        id={id('baseURL')}
        label={t('baseUrl')}
        type="url"
        inputMode="url"
        readOnly={!typesBaseURL(draft.preset)}
        hint={
          draft.preset === 'azure'
            ? t('baseUrlAzureHint')
            : typesBaseURL(draft.preset)
              ? t('baseUrlHint')
              : t('baseUrlPresetHint')
        }
        error={errors.baseURL}
        value={typesBaseURL(draft.preset) ? draft.baseURL : preset.baseURL}
        onValue={(baseURL) => change({ baseURL })}
      />
      <FieldShell frame={keyFrame}>
        <div class="field__row">
          <input
            id={keyFrame.id}
            type={revealKey ? 'text' : 'password'}
            autocomplete="off"
            spellcheck={false}
            value={draft.apiKey}
            onInput={(event) => change({ apiKey: event.currentTarget.value })}
            {...describedBy(keyFrame)}
          />
          <button
            type="button"
            class="button"
            aria-pressed={revealKey}
            aria-controls={keyFrame.id}
            onClick={() => setRevealKey(!revealKey)}
          >
            {t('showKey')}
          </button>
        </div>
      </FieldShell>
      <TextField
        id={id('model')}
        label={t('model')}
        list={id('models')}
        hint={preset.modelIsDeployment ? t('modelDeploymentHint') : t('modelHint')}
        error={errors.model}
        value={draft.model}
        onValue={(model) => change({ model })}
      />
      <datalist id={id('models')}>
        {models.map((model) => (
          <option key={model} value={model} />
        ))}
      </datalist>
      {!compact && (
        <TextField
          id={id('headers')}
          label={t('extraHeaders')}
          rows={2}
          hint={t('extraHeadersHint')}
          error={errors.headers}
          placeholder="HTTP-Referer: https://example.com"
          value={draft.headers}
          onValue={(headers) => change({ headers })}
        />
      )}
      {!compact && (
        <TextField
          id={id('contextWindow')}
          label={t('contextWindow')}
          inputMode="numeric"
          hint={t('contextWindowHint')}
          error={errors.contextWindow}
          value={draft.contextWindow}
          onValue={(contextWindow) => change({ contextWindow })}
        />
      )}
      {!compact && (
        <AdaptationsNote
          profileId={draft.id}
          baseURL={normalizeBaseURL(typesBaseURL(draft.preset) ? draft.baseURL : preset.baseURL)}
        />
      )}
      <div class="settings__actions">
        <button
          type="button"
          class="button"
          disabled={test.kind === 'testing'}
          onClick={() => void testConnection()}
        >
          {t('testConnection')}
        </button>
        <p role="status" class="settings__status">
          {test.kind === 'testing' ? t('testing') : test.kind === 'ok' ? test.message : ''}
        </p>
      </div>
      {test.kind === 'failed' && (
        <p role="alert" class="field__error">
          {test.message}
        </p>
      )}
    </div>
  );
}
