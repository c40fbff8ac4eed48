import { describe } from 'vitest';
import { ERROR_SCENARIOS } from './scenarios/errors';
import { inBothBrowsers } from './scenarios/run';

describe('errors reach the user', () => inBothBrowsers(ERROR_SCENARIOS));
