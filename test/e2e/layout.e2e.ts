import { describe } from 'vitest';
import { LAYOUT_SCENARIOS } from './scenarios/layout';
import { inBothBrowsers } from './scenarios/run';

describe('layout, shortcuts and theme', () => inBothBrowsers(LAYOUT_SCENARIOS));
