import { useEffect, useRef, useState } from 'preact/hooks';
import { getLocale, t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/locales/en';
import { hostsOf, originsToRequest, requestHostAccess } from '@/utils/page/host-access';
import type { ConnectionChecks } from '@/utils/panel/session';
import {
  SYNC_INTERVALS,
  syncConfigItem,
  syncStatusItem,
  withSyncDefaults,
  type SyncConfig,
  type SyncOutcome,
  type SyncStatus,
} from '@/utils/sync/config';
import { addSyncStrings } from '@/utils/sync/sync-strings';
import { TextField } from '@/components/ui/TextField';
import { SelectField } from '@/components/ui/SelectField';

addSyncStrings();

function timeOf(at: number): string {
  return new Date(at).toLocaleString(getLocale() === 'zh_CN' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** The status line: what the last sync did, or how far the one running is. */
function statusSentence(status: SyncStatus): string {
  switch (status.state) {
    case 'never':
      return t('syncNever');
    case 'running':
      return t('syncRunning', { done: status.done, total: status.total });
    case 'ok':
      return t('syncOk', {
        time: timeOf(status.at),
        received: status.received,
        sent: status.sent,
      });
    case 'error':
      return t('syncFailedAt', {
        time: timeOf(status.at),
        // In the panel's language, whatever the background spoke when it failed.
        message: t(`syncError_${status.code}` as MessageKey),
      });
  }
}

/**
 * Settings → Sync: the user's WebDAV server, Test connection and Sync now. Fields are saved
 * to storage.local as they are left (the background reads them from there), apart from the
 * settings form: Enter in them never submits it.
 */
export function SyncSection({ checks }: { checks: ConnectionChecks }) {
  const [config, setConfig] = useState<SyncConfig | null>(null);
  const [status, setStatus] = useState<SyncStatus>({ state: 'never' });
  const [outcome, setOutcome] = useState<SyncOutcome | null>(null);
  const [working, setWorking] = useState<'test' | 'sync' | null>(null);
  const latest = useRef<SyncConfig | null>(null);

  useEffect(() => {
    void syncConfigItem.getValue().then((stored) => {
      latest.current = withSyncDefaults(stored);
      setConfig(latest.current);
    });
    void syncStatusItem.getValue().then(setStatus);
    return syncStatusItem.watch((value) => setStatus(value));
  }, []);

  if (!config) return null;

  const save = () => (latest.current ? syncConfigItem.setValue(latest.current) : Promise.resolve());
  const field = (name: 'url' | 'username' | 'password' | 'folder' | 'passphrase') => ({
    id: `sync-${name}`,
    value: config[name],
    onValue: (value: string) => {
      latest.current = { ...config, [name]: value };
      setConfig(latest.current);
    },
    onCommit: () => void save(),
  });
  const origins = originsToRequest([config.url.trim()]);

  const act = (kind: 'test' | 'sync') => {
    // Asked inside the click: browsers only prompt for access then.
    const access = requestHostAccess(origins);
    setWorking(kind);
    setOutcome(null);
    void (async () => {
      await save();
      await access;
      const result = await (kind === 'test' ? checks.syncTest() : checks.syncNow());
      setOutcome(result);
      setWorking(null);
    })();
  };

  return (
    <fieldset
      class="settings__group"
      aria-labelledby="sync-title"
      onKeyDown={(event) => {
        // Enter in a sync field would submit the settings form around it.
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          act('test');
        }
      }}
    >
      <legend id="sync-title">{t('syncTitle')}</legend>
      <p class="field__hint">{t('syncIntro')}</p>
      <TextField
        label={t('syncUrl')}
        type="url"
        inputMode="url"
        hint={t('syncUrlHint')}
        placeholder="https://"
        {...field('url')}
      />
      <div class="field-grid">
        <TextField label={t('syncUsername')} {...field('username')} />
        <TextField label={t('syncPassword')} type="password" {...field('password')} />
      </div>
      <TextField label={t('syncFolder')} {...field('folder')} />
      <TextField
        label={t('syncPassphrase')}
        type="password"
        hint={t('syncPassphraseHint')}
        {...field('passphrase')}
      />
      <SelectField
        id="sync-interval"
        label={t('syncInterval')}
        value={String(config.intervalMinutes)}
        options={SYNC_INTERVALS.map((minutes) => ({
          value: String(minutes),
          label:
            minutes === 0 ? t('syncIntervalOff') : t('syncIntervalMinutes', { count: minutes }),
        }))}
        onChange={(value) => {
          latest.current = { ...config, intervalMinutes: Number(value) };
          setConfig(latest.current);
          void save();
        }}
      />
      <div class="settings__actions">
        <button
          type="button"
          class="button"
          disabled={working !== null}
          onClick={() => act('test')}
        >
          {t('syncTest')}
        </button>
        <button
          type="button"
          class="button button--primary"
          disabled={working !== null || status.state === 'running'}
          onClick={() => act('sync')}
        >
          {t('syncNow')}
        </button>
      </div>
      {origins.length > 0 && (
        <p class="field__hint">{t('syncAccessWhy', { host: hostsOf(origins) })}</p>
      )}
      <p role="status" class="settings__status" data-sync-status={status.state}>
        {working === 'test' ? t('syncTesting') : statusSentence(status)}
      </p>
      {outcome &&
        (outcome.ok ? (
          <p class="settings__status" data-sync-outcome="ok">
            {outcome.message}
          </p>
        ) : (
          <p role="alert" class="settings__status field__error" data-sync-outcome="error">
            {outcome.message}
          </p>
        ))}
    </fieldset>
  );
}
