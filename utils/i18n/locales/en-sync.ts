/**
 * English sentences of Settings → Sync and of the sync itself. The background adds them when
 * it syncs and Settings when it shows the section (addStrings), so the chat's first bundle
 * does not carry them.
 */
export const enSync = {
  syncTitle: 'Sync',
  syncIntro:
    'Keep one history and the same settings on all your computers through your own WebDAV server (Nextcloud, Synology, Jianguoyun and others). Changes from each computer are merged; nothing is overwritten. API keys stay on each computer.',
  syncUrl: 'WebDAV URL',
  syncUrlHint: 'For Nextcloud: https://your.server/remote.php/dav/files/your-name/',
  syncUsername: 'Username',
  syncPassword: 'Password',
  syncFolder: 'Folder',
  syncPassphrase: 'Encryption passphrase',
  syncPassphraseHint:
    'Optional. With a passphrase everything is encrypted in this browser before it is sent, and the server sees only unreadable files. Use the same passphrase on every computer; it cannot be recovered.',
  syncInterval: 'Sync automatically',
  syncIntervalOff: 'Off (only when I press Sync now)',
  syncIntervalMinutes: 'Every {count} {count:minute|minutes}',
  syncTest: 'Test connection',
  syncNow: 'Sync now',
  syncTesting: 'Testing the connection…',
  syncNever: 'Not synced yet on this computer.',
  syncRunning: 'Syncing… {done} of {total} parts.',
  syncOk:
    'Last synced {time}: {received} {received:conversation|conversations} came in, {sent} {sent:part|parts} written to the server.',
  syncFailedAt: 'Last sync failed {time}: {message}',
  syncDone:
    'Synced: {received} {received:conversation|conversations} came in, {sent} {sent:part|parts} written to the server.',
  syncRepaired:
    'A damaged file on the server was replaced with this computer’s copy; your other computers add theirs on their next sync.',
  syncTestOk: 'Connected. The folder “{folder}” is ready to sync.',
  syncTestNew: 'Connected. The folder “{folder}” will be made on the first sync.',
  syncAccessWhy: 'Sidechat asks your browser for access to {host} to reach your server.',
  syncError_not_configured: 'Enter the WebDAV URL and username first.',
  syncError_bad_url:
    'That WebDAV URL is not valid. Enter the full address, starting with https://.',
  syncError_no_access:
    'Sidechat was not allowed to reach that server. Press the button again and allow access.',
  syncError_offline:
    'The WebDAV server could not be reached. Check the URL and your connection, then try again.',
  syncError_auth:
    'The server refused the username or password (401). Check them, then try again. Some servers (Nextcloud, Jianguoyun) want an app password here.',
  syncError_not_found:
    'The WebDAV URL was not found on the server. Check the address: for Nextcloud it ends in /remote.php/dav/files/your-name/.',
  syncError_quota:
    'The server refused to store more: it is out of space or limits file sizes. Free some space there, then sync again. Nothing was lost.',
  syncError_server: 'The server had a problem. Try again in a few minutes.',
  syncError_busy: 'Another computer kept writing the same files. Sync again in a moment.',
  syncError_corrupt:
    'The sync folder’s main file is damaged. Choose a new folder name, or delete the folder on the server, then sync again.',
  syncError_newer_version:
    'The sync folder was written by a newer Sidechat. Update Sidechat on this computer, then sync again.',
  syncError_passphrase_needed:
    'This folder is encrypted. Enter its encryption passphrase, then sync again.',
  syncError_wrong_passphrase:
    'The encryption passphrase does not open this folder. Enter the one used on your other computers. Nothing was changed.',
  syncError_not_encrypted:
    'This folder is not encrypted, but an encryption passphrase is set. Clear the passphrase, or choose a new folder to encrypt.',
  syncError_storage_failed:
    'The history on this computer could not be saved. Free some disk space, then sync again.',
};
