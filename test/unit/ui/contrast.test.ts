import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The `--name: light-dark(#light, #dark)` variables of the panel's stylesheet. */
function themeColors(): Record<'light' | 'dark', Record<string, string>> {
  const css = readFileSync('components/ui/theme.css', 'utf8');
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  for (const match of css.matchAll(
    /--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi,
  )) {
    const [, name = '', lightColor = '', darkColor = ''] = match;
    light[name] = lightColor;
    dark[name] = darkColor;
  }
  return { light, dark };
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.039_28 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].toSorted((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

// Text pairs need 4.5:1 (WCAG 1.4.3 AA); focus rings and control edges 3:1 (1.4.11).
const TEXT_PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['fg', 'user-bg'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'user-bg'],
  ['accent', 'bg'],
  ['accent-fg', 'accent'],
  ['danger', 'bg'],
  ['danger', 'danger-bg'],
  ...['keyword', 'string', 'number', 'comment', 'title', 'variable', 'meta'].map(
    (name): [string, string] => [`hl-${name}`, 'surface'],
  ),
];
const UI_PAIRS: [string, string][] = [
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['control-border', 'bg'],
];

describe('theme colours', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`should pass WCAG AA contrast in the ${theme} theme`, () => {
      const colors = themeColors()[theme];
      expect(Object.keys(colors).length).toBeGreaterThan(10);
      for (const [fg, bg] of TEXT_PAIRS) {
        const ratio = contrast(colors[fg] ?? '', colors[bg] ?? '');
        expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      for (const [fg, bg] of UI_PAIRS) {
        const ratio = contrast(colors[fg] ?? '', colors[bg] ?? '');
        expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
