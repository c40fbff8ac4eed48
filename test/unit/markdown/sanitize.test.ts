// @vitest-environment jsdom
// DOMPurify needs a faithful DOM: happy-dom mis-parses attributes, so these run in jsdom.
import { describe, expect, it } from 'vitest';
import { createMarkdownEngine } from '@/utils/markdown/render';
import { sanitizeToString } from '@/utils/markdown/sanitize';
import { hostilePayloads } from '../../fixtures/hostile';

const LEAK = 'http://127.0.0.1:9/leak';
const engine = createMarkdownEngine({ allowRemoteImages: false });

function render(markdown: string, allowRemoteImages = false): string {
  return sanitizeToString(engine.render(engine.lex(markdown)), { allowRemoteImages });
}

describe('hostile model output', () => {
  it.each(hostilePayloads(LEAK))('should neutralize $name', ({ markdown }) => {
    const html = render(markdown);
    const holder = document.createElement('div');
    holder.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
    const forbidden = 'script, iframe, object, embed, form, base, meta, link, style, video, audio';
    expect(holder.querySelector(forbidden)).toBeNull();
    for (const element of holder.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name, element.outerHTML).not.toMatch(/^on/i);
        expect(attribute.value, element.outerHTML).not.toMatch(
          /^\s*(javascript|vbscript|data:text)/i,
        );
        if (attribute.name === 'style') expect(attribute.value).not.toMatch(/url\(/i);
      }
      expect(element.getAttribute('src') ?? '').not.toContain(LEAK);
      expect(element.getAttribute('srcset')).toBeNull();
    }
  });

  it.each([
    ['<kbd>', 'Press <kbd> <img src=x x='],
    ['<script>', 'Text <script>alert(1)<!-- and the rest'],
    ['<pre>', 'Use <pre>x then <b title=y and **bold**'],
    ['<code>', '<code>a <i class=z and *em*'],
    ['<a>', '<a href="https://x.example">x <u id=w and https://example.com'],
  ])('should show raw HTML as text after an inline %s tag, markdown still applying', (_, text) => {
    const holder = document.createElement('div');
    holder.innerHTML = render(text);
    // Only markdown makes elements: the tags are text, and all the text is there.
    const made = [...holder.querySelectorAll('*')].map((element) => element.tagName.toLowerCase());
    expect(made.filter((tag) => !['p', 'strong', 'em', 'a', 'br'].includes(tag))).toEqual([]);
    expect(holder.textContent?.trim()).toBe(text.replace('**bold**', 'bold').replace('*em*', 'em'));
  });

  it('should make links open in a new tab without referrer, showing their target', () => {
    const html = render('[docs](https://example.com/a)');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('title="https://example.com/a"');
  });

  it('should name the real host when link text claims another site', () => {
    expect(render('[https://bank.example.com](https://evil.example.net/x)')).toContain(
      '(evil.example.net)',
    );
    expect(render('[read the docs](https://evil.example.net/x)')).not.toContain('link-host');
  });

  it('should hold remote images behind a button naming the host, unless allowed', () => {
    const held = render(`![chart](${LEAK}/img)`);
    expect(held).not.toContain('<img');
    expect(held).toContain('Image from 127.0.0.1:9');
    expect(held).toContain('data-load-image');
    expect(render(`![chart](${LEAK}/img)`, true)).toBeDefined();
    const allowed = createMarkdownEngine({ allowRemoteImages: true });
    const shown = sanitizeToString(allowed.render(allowed.lex(`![chart](${LEAK}/img)`)), {
      allowRemoteImages: true,
    });
    expect(shown).toContain(`src="${LEAK}/img"`);
    expect(shown).toContain('referrerpolicy="no-referrer"');
  });

  it('should show raw HTML as text', () => {
    const html = render('<b>bold?</b> and <div>block</div>');
    expect(html).toContain('&lt;b&gt;bold?&lt;/b&gt;');
  });
});
