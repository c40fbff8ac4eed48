import { describe } from 'vitest';
import { IMAGE_SCENARIOS } from './scenarios/images';
import { inChromium } from './scenarios/run';

describe('images in the composer and the history', () => inChromium(IMAGE_SCENARIOS));
