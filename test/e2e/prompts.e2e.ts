import { describe } from 'vitest';
import { PROMPT_SCENARIOS } from './scenarios/prompts';
import { inBothBrowsers } from './scenarios/run';

describe('saved prompts: / commands, inputs and the library', () =>
  inBothBrowsers(PROMPT_SCENARIOS));
