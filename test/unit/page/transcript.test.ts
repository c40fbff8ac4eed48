// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { servePage } from '../../mock/pages.mjs';
import {
  chooseTrack,
  json3Url,
  playerInfoOf,
  playerResponseIn,
  timestamp,
  transcriptLines,
} from '@/utils/page/transcript';

const fixture = (name: string) => readFileSync(`test/fixtures/captions/${name}`, 'utf8');

/** The mock's watch page, as the browser would load it. */
function watchPageHtml(videoId: string): string {
  let body = '';
  const response = {
    writeHead: () => undefined,
    end: (text: string) => (body = text),
  };
  servePage(new URL(`http://127.0.0.1:9/pages/watch?v=${videoId}`), 'http://127.0.0.1:9', response);
  return body;
}

describe('video transcripts', () => {
  it('should find the player response and its caption tracks in a watch page', () => {
    const info = playerInfoOf(playerResponseIn(watchPageHtml('river2')));
    expect(info).toMatchObject({ videoId: 'river2', title: 'The river series, part 2' });
    expect(info?.tracks).toEqual([
      expect.objectContaining({
        languageCode: 'en',
        kind: 'asr',
        name: 'English (auto-generated)',
      }),
    ]);
    expect(playerInfoOf(playerResponseIn(watchPageHtml('nocaptions')))?.tracks).toEqual([]);
    expect(playerResponseIn('ytInitialPlayerResponse is mentioned, not assigned {')).toBeNull();
  });

  it('should write json3 captions as timed lines, dropping the appended line breaks', () => {
    expect(transcriptLines(fixture('asr.json3.json'), new DOMParser())).toBe(
      [
        '[0:00] welcome back to the river series',
        '[0:02] today sediment reaches the delta',
        "[1:15] and that's & all",
      ].join('\n'),
    );
  });

  it('should read the XML format, decoding its doubled entities', () => {
    expect(transcriptLines(fixture('manual.xml'), new DOMParser())).toBe(
      [
        '[0:00] Welcome back to the river series.',
        '[0:02] Today sediment reaches the delta & the sea.',
        "[1:02:05] It's late.",
      ].join('\n'),
    );
    expect(transcriptLines('<transcript></transcript>', new DOMParser())).toBeNull();
    expect(transcriptLines('', new DOMParser())).toBeNull();
  });

  it('should prefer captions written by people in the page language', () => {
    const asr = { baseUrl: 'a', languageCode: 'en', kind: 'asr', name: '' };
    const german = { baseUrl: 'b', languageCode: 'de', name: '' };
    const english = { baseUrl: 'c', languageCode: 'en-GB', name: '' };
    expect(chooseTrack([asr, german, english], 'en-US')).toBe(english);
    expect(chooseTrack([asr, german], 'en')).toBe(german);
    expect(chooseTrack([asr], 'fr')).toBe(asr);
    expect(chooseTrack([], 'en')).toBeNull();
    expect(timestamp(3_725_200)).toBe('1:02:05');
    expect(json3Url('/api/timedtext?v=x&fmt=srv3', 'https://www.youtube.com/watch?v=x')).toBe(
      'https://www.youtube.com/api/timedtext?v=x&fmt=json3',
    );
  });
});
