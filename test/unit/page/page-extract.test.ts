// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/page/page-extract';

/** A page as sites publish it: the article among navigation, ads, a banner and a footer. */
function newsPage(): Document {
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the article explains how rivers carry sediment to the sea, ` +
      'where it settles into deltas that grow a little every year, shaping the coast.</p>',
  ).join('\n');
  const html = `<!doctype html><html><head><title>Rivers and deltas | Example News</title></head>
  <body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
    <div class="cookie-banner">We use cookies. <button>Accept all</button></div>
    <aside class="ad">Buy the best shoes today! Advertisement</aside>
    <form class="login"><input type="password" value="hunter2-secret">
      <input type="hidden" name="csrf" value="csrf-token-123"></form>
    <main><article>
      <h1>Rivers and deltas</h1>
      ${paragraphs}
      <h2>Measurements</h2>
      <table><thead><tr><th>River</th><th>Sediment (Mt/yr)</th></tr></thead>
        <tbody><tr><td>Ganges</td><td>1060</td></tr><tr><td>Amazon</td><td>1200</td></tr></tbody></table>
      <pre><code class="language-python">def flow(volume):
    return volume * 2</code></pre>
      <ul><li>Deltas grow</li><li>Coasts change</li></ul>
      <p>Read <a href="/science/more">more science</a> or <a href="javascript:alert(1)">this</a>.</p>
      <p><img src="/delta.png" alt="A delta from above"></p>
    </article></main>
    <footer>© Example News. <a href="/privacy">Privacy</a></footer>
  </body></html>`;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'URL', { value: 'https://news.example.com/rivers' });
  const base = doc.createElement('base');
  base.href = 'https://news.example.com/rivers';
  doc.head.append(base);
  return doc;
}

describe('extractPage', () => {
  it('should keep the article as markdown and leave navigation, ads, banner and footer out', () => {
    const page = extractPage(newsPage());
    expect(page.method).toBe('article');
    expect(page.truncated).toBe(false);
    expect(page.title).toBe('Rivers and deltas | Example News');
    expect(page.markdown).toContain('Paragraph 1 of the article explains');
    expect(page.markdown).toContain('Paragraph 6 of the article explains');
    expect(page.markdown).toMatch(/^## Measurements$/m);
    expect(page.markdown).toContain('| River | Sediment (Mt/yr) |');
    expect(page.markdown).toContain('| Ganges | 1060 |');
    expect(page.markdown).toContain('```python\ndef flow(volume):\n    return volume * 2\n```');
    expect(page.markdown).toMatch(/^-\s+Deltas grow$/m);
    expect(page.markdown).toContain('[more science](https://news.example.com/science/more)');
    expect(page.markdown).toContain('A delta from above');
    for (const left of ['World', 'Sport', 'Accept all', 'Buy the best shoes', 'Privacy']) {
      expect(page.markdown, left).not.toContain(left);
    }
  });

  it('should never read password fields, hidden inputs or script links', () => {
    const page = extractPage(newsPage());
    expect(page.markdown).not.toContain('hunter2-secret');
    expect(page.markdown).not.toContain('csrf-token-123');
    expect(page.markdown).not.toContain('javascript:');
    const text = extractPage(newsPage(), { maxChars: 10_000, maxElements: 1 });
    expect(text.method).toBe('text');
    expect(text.markdown).toContain('Paragraph 1 of the article');
    expect(text.markdown).not.toContain('hunter2-secret');
    expect(text.markdown).not.toContain('csrf-token-123');
  });

  it('should leave a cookie banner out of a short article Readability reads', () => {
    const doc = document.implementation.createHTMLDocument('Short note');
    doc.body.innerHTML = `<div id="cookie-notice">We use cookies to improve your visit.</div>
      <div class="post"><h1>Short note</h1><p>Deltas grow where rivers slow down.</p>
      <p>Floods bring new silt.</p></div>`;
    const page = extractPage(doc);
    expect(page.markdown).toContain('Deltas grow where rivers slow down.');
    expect(page.markdown).not.toContain('We use cookies');
  });

  it('should read a long article only as far as it is kept, and say it was cut', () => {
    const doc = document.implementation.createHTMLDocument('Long');
    const sections = Array.from(
      { length: 400 },
      (_, i) => `<h2>Part ${i}</h2><p>${'Rivers carry sediment to the sea. '.repeat(10)}</p>`,
    );
    doc.body.innerHTML = `<nav>Menu</nav><article>${sections.join('')}</article>`;
    const page = extractPage(doc, { maxChars: 20_000, maxElements: 60_000 });
    expect(page.method).toBe('article');
    expect(page.truncated).toBe(true);
    expect(page.markdown.length).toBeLessThanOrEqual(20_000);
    expect(page.markdown.startsWith('## Part 0')).toBe(true);
    expect(page.markdown).not.toContain('Part 399');
  });

  it('should leave the page it reads unchanged', () => {
    const doc = newsPage();
    const before = doc.documentElement.outerHTML;
    extractPage(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('should bound a huge page and say that it was cut', () => {
    const doc = document.implementation.createHTMLDocument('Endless');
    const rows = Array.from({ length: 5_000 }, (_, i) => `<div>Row ${i} of an endless list</div>`);
    doc.body.innerHTML = rows.join('');
    const page = extractPage(doc, { maxChars: 20_000, maxElements: 1_000 });
    expect(page.method).toBe('text');
    expect(page.truncated).toBe(true);
    expect(page.markdown.length).toBeLessThanOrEqual(20_000);
    expect(page.markdown.startsWith('Row 0 of an endless list\nRow 1')).toBe(true);
    expect(page.markdown.endsWith('of an endless list')).toBe(true);
  });
});
