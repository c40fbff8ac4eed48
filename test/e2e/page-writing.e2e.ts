import { describe } from 'vitest';
import { PAGE_WRITING_SCENARIOS } from './scenarios/page-writing';
import { inBothBrowsers } from './scenarios/run';

describe('writing a reply into the page', () => inBothBrowsers(PAGE_WRITING_SCENARIOS));
