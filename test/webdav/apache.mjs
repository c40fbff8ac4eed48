// Starts a real WebDAV server for the sync tests: Debian's Apache httpd with mod_dav_fs, on
// 127.0.0.1, with its own config, password file and folder in a temporary directory. Nothing
// of the system's Apache setup is used or changed. `.ci/run` installs apache2 when missing.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, chmodSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
/** What /dav/full/ accepts per request body: a manifest fits, a history does not. */
const FULL_LIMIT_BYTES = 100;

/** True when this machine can run the server (the tests say so instead of failing oddly). */
export function apacheAvailable() {
  return existsSync(APACHE) && existsSync(join(MODULES, 'mod_dav_fs.so'));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** A password file entry Apache reads: {SHA} is built in, so htpasswd is not needed. */
async function passwordLine(user, password) {
  const { createHash } = await import('node:crypto');
  return `${user}:{SHA}${createHash('sha1').update(password).digest('base64')}\n`;
}

/**
 * Starts Apache and resolves once it answers. `users` maps user names to passwords; each
 * may read and write everything under /dav/. /dav/full/ refuses larger writes (413), like a
 * server out of space.
 */
export async function startWebDav({ users = { alice: 'correct horse' } } = {}) {
  if (!apacheAvailable()) throw new Error(`${APACHE} with mod_dav_fs is not installed`);
  const root = mkdtempSync(join(tmpdir(), 'sidechat-dav-'));
  const www = join(root, 'www');
  const data = join(www, 'dav');
  const locks = join(root, 'locks');
  const full = join(data, 'full');
  mkdirSync(www);
  for (const dir of [data, locks, full]) {
    mkdirSync(dir);
    // Run as root (CI), Apache drops to www-data: the folders must be writable by it.
    chmodSync(dir, 0o777);
  }
  chmodSync(root, 0o755);
  let passwords = '';
  for (const [user, password] of Object.entries(users))
    passwords += await passwordLine(user, password);
  writeFileSync(join(root, 'passwords'), passwords);
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const conf = `
ServerRoot "${root}"
Listen 127.0.0.1:${port}
PidFile "${root}/httpd.pid"
ErrorLog "${root}/error.log"
LogLevel warn
${asRoot ? 'User www-data\nGroup www-data' : ''}
LoadModule mpm_event_module ${MODULES}/mod_mpm_event.so
LoadModule authn_core_module ${MODULES}/mod_authn_core.so
LoadModule authn_file_module ${MODULES}/mod_authn_file.so
LoadModule authz_core_module ${MODULES}/mod_authz_core.so
LoadModule authz_user_module ${MODULES}/mod_authz_user.so
LoadModule auth_basic_module ${MODULES}/mod_auth_basic.so
LoadModule dav_module ${MODULES}/mod_dav.so
LoadModule dav_fs_module ${MODULES}/mod_dav_fs.so
ServerName 127.0.0.1
StartServers 1
ServerLimit 1
ThreadsPerChild 16
MaxRequestWorkers 16
DavLockDB "${locks}/DavLock"
DocumentRoot "${www}"
<Directory />
  Require all denied
</Directory>
<Directory "${data}">
  Dav On
  AuthType Basic
  AuthName "Sidechat test"
  AuthUserFile "${root}/passwords"
  Require valid-user
  Options None
  AllowOverride None
</Directory>
# A folder that takes no more than a few bytes per file, as a server out of space refuses.
<Directory "${full}">
  LimitRequestBody ${FULL_LIMIT_BYTES}
</Directory>
`;
  const confPath = join(root, 'httpd.conf');
  writeFileSync(confPath, conf);
  const child = spawn(APACHE, ['-f', confPath, '-DFOREGROUND'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, APACHE_RUN_DIR: root },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}/dav/`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Apache exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(url, { method: 'OPTIONS' });
      if (response.status) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Apache did not answer at ${url}: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    root: data,
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

// `node test/webdav/apache.mjs` starts one to try by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startWebDav();
  console.log(`WebDAV at ${server.url} (alice / correct horse); Ctrl+C stops it`);
  process.on('SIGINT', () => void server.stop().then(() => process.exit(0)));
}
