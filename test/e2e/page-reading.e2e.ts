import { describe } from 'vitest';
import { PAGE_READING_SCENARIOS } from './scenarios/page-reading';
import { inBothBrowsers } from './scenarios/run';

describe('whole pages, tabs, PDFs and transcripts as context', () =>
  inBothBrowsers(PAGE_READING_SCENARIOS));
