import { describe } from 'vitest';
import { RENDERING_SCENARIOS } from './scenarios/rendering';
import { inBothBrowsers } from './scenarios/run';

describe('rendering replies', () => inBothBrowsers(RENDERING_SCENARIOS));
