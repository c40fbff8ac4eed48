import { describe } from 'vitest';
import { HISTORY_SCENARIOS } from './scenarios/history';
import { inBothBrowsers } from './scenarios/run';

describe('conversations as trees and as data', () => inBothBrowsers(HISTORY_SCENARIOS));
