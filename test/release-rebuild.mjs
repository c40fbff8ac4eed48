// The Firefox sources archive must rebuild the very files submitted: addons.mozilla.org's
// reviewers build from it. Unzips it into a temporary folder, installs exactly the locked
// dependencies, builds for Firefox and compares every file byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sources = `.output/sidechat-${version}-sources.zip`;
const built = '.output/firefox-mv2';

function files(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .toSorted();
}

const work = mkdtempSync(join(tmpdir(), 'sidechat-sources-'));
try {
  execFileSync('unzip', ['-q', sources, '-d', work], { stdio: 'inherit' });
  const run = (command, args) => execFileSync(command, args, { cwd: work, stdio: 'inherit' });
  run('npm', ['ci', '--no-audit', '--no-fund']);
  run('npx', ['wxt', 'build', '-b', 'firefox']);
  const rebuilt = join(work, '.output/firefox-mv2');
  const ours = files(built);
  const theirs = files(rebuilt);
  const differ = ours.filter(
    (file) =>
      !theirs.includes(file) ||
      !readFileSync(join(built, file)).equals(readFileSync(join(rebuilt, file))),
  );
  const extra = theirs.filter((file) => !ours.includes(file));
  if (differ.length || extra.length) {
    console.error('Not the same build:', { differ, extra });
    process.exit(1);
  }
  console.log(`Rebuilt ${ours.length} files from ${sources}: byte-identical.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
