import { describe } from 'vitest';
import { IMAGE_FILE_SCENARIOS, SCREENSHOT_SCENARIOS } from './scenarios/image-files';
import { IMAGE_SCENARIOS } from './scenarios/images';
import { inBothBrowsers, inChromium } from './scenarios/run';

describe('images in the composer and the history', () => inChromium(IMAGE_SCENARIOS));
describe('images from files, through history files', () => inBothBrowsers(IMAGE_FILE_SCENARIOS));
describe('screenshots of the tab beside the panel', () =>
  inBothBrowsers(SCREENSHOT_SCENARIOS, { chromiumCaptureGranted: true }));
