// `npm test`: typecheck, lint, build, unit tests, e2e tests; ends with one line
// "N passed, N failed" totalling unit and e2e tests, so a run that tested nothing shows.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'sidechat-test-'));
const problems = [];
let passed = 0;
let failed = 0;

function step(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${seconds} s)`);
  if (!ok) problems.push(name);
  return ok;
}

function vitest(name, config) {
  const report = join(reports, `${name}.json`);
  step(name, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    // The runner died before reporting: count that as a failure, never as zero tests.
    failed += 1;
    return;
  }
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  if (summary.numTotalTests === 0) problems.push(`${name} ran no test`);
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npm', ['run', '--silent', 'lint']);
// Builds both browsers and packs what the stores get (Chrome zip, Firefox zip, sources zip).
const built = step('build', 'npm', ['run', '--silent', 'zip']);
// The size budget (package.json "size-limit"): the folders the stores get, and the panel's first JS.
if (built) step('size', 'npx', ['size-limit']);
// addons.mozilla.org's linter on the Firefox build: 0 errors, warnings only as docs/store.md explains.
if (built) step('store lint', 'node', ['test/store-lint.mjs']);
// The sources zip rebuilds the Firefox add-on byte for byte (what AMO's reviewers do).
if (built) step('sources rebuild', 'node', ['test/release-rebuild.mjs']);
vitest('unit', 'test/vitest.config.ts');
if (built) vitest('e2e', 'test/vitest.e2e.config.ts');
else {
  problems.push('e2e skipped: the build failed');
  failed += 1;
}

if (problems.length) console.log(`\nProblems: ${problems.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(problems.length || failed ? 1 : 0);
