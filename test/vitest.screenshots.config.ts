import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// npm run screenshots: pictures of every screen for the README and for review. Not a test.
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  // The screens are walked in each language with the UI's own strings (@/utils/i18n).
  resolve: { alias: { '@/': `${root}/` } },
  test: {
    include: ['test/screenshots/**/*.run.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
