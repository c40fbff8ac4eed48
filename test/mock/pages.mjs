// Web pages the mock serves for the page-context tests: an article among navigation, ads and
// a footer; code and a table; a huge page; PDFs; a video watch page with its captions.
import { readFileSync } from 'node:fs';
import { makePdf, reportLines } from '../fixtures/pdf-fixture.mjs';

const html = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const ARTICLE = html(
  'How rivers shape deltas',
  `<div id="cookie-banner" class="cookie-consent">We use cookies. <button>Accept all cookies</button></div>
<header><nav class="site-nav"><a href="/">Home</a> <a href="/news">News desk</a> <a href="/shop">Shop our store</a></nav></header>
<aside class="ad sidebar">Advertisement: buy the Premium Kayak today</aside>
<main><article>
<h1>How rivers shape deltas</h1>
<p>Rivers carry sediment from the mountains down to the sea, and where the current slows the sediment settles.</p>
<p>Over centuries the settled sediment builds a delta, a fan of land that grows out into the water year after year.</p>
<p>The <a href="/glossary#distributary">distributaries</a> of a delta split the river into many channels, each carrying its own share.</p>
<form><label>Name <input name="name" value="typed-name-value"></label>
<input type="password" name="pw" value="hunter2-secret">
<input type="hidden" name="csrf" value="csrf-token-secret"></form>
<p>Floods renew the delta with fresh silt, which is why deltas are among the most fertile lands on earth.</p>
</article></main>
<footer class="site-footer">Copyright Example News Corporation. Footer links and legal notice.</footer>`,
);

const CODE_TABLE = html(
  'Sorting in JavaScript',
  `<main><article><h1>Sorting in JavaScript</h1>
<p>Arrays are sorted in place by their sort method, which compares elements as strings unless it is given a function.</p>
<pre><code class="language-js">const numbers = [10, 9, 1];
numbers.sort((a, b) =&gt; a - b);</code></pre>
<p>The table below lists what each call returns for the same array of numbers.</p>
<table><thead><tr><th>Call</th><th>Result</th></tr></thead>
<tbody><tr><td>sort()</td><td>1, 10, 9</td></tr><tr><td>sort((a, b) =&gt; a - b)</td><td>1, 9, 10</td></tr></tbody></table>
<p>Comparing numbers with a function gives the numeric order most programs expect from a sort.</p>
</article></main>`,
);

/** About 10 MB of markup: 200,000 elements, more than the reader analyses. */
function hugePage() {
  const rows = [];
  for (let index = 0; index < 100_000; index++) {
    rows.push(
      `<div class="row"><span>Row ${index} of the endless listing, padded with words.</span></div>`,
    );
  }
  return html('Endless listing', `<h1>Endless listing</h1>${rows.join('')}`);
}

/**
 * A 1 MB page as long articles come: inline styles and scripts, a large menu, an article
 * marked up with classes, links, citations, figures, lists and tables, a sidebar, a footer.
 * `dense` makes the article nearly all text instead (a stress case: 75% of the bytes).
 */
function longArticle(dense) {
  const css = Array.from(
    { length: 1500 },
    (_, i) =>
      `.c${i}{margin:${i % 7}px;color:#${(i * 4099).toString(16).slice(0, 6).padEnd(6, '0')}}`,
  ).join('');
  const js = `window.__STATE__=${JSON.stringify(Array.from({ length: 1800 }, (_, i) => ({ id: i, slug: `item-${i}`, tags: ['a', 'b'] })))};`;
  const menu = Array.from(
    { length: 300 },
    (_, i) => `<li class="menu__item"><a class="menu__link" href="/topic/${i}">Topic ${i}</a></li>`,
  ).join('');
  const sections = [];
  const target = dense ? 1_000_000 : 830_000;
  for (let index = 0; sections.join('').length < target; index++) {
    const paragraphs = Array.from({ length: dense ? 6 : 4 }, (_, p) =>
      dense
        ? `<p>Section ${index}, paragraph ${p}: rivers carry <a href="/s${index}">sediment</a> to the sea, and deltas grow where the <em>current</em> slows and the silt settles year after year.</p>`
        : `<p class="article__para" data-para="${index}-${p}">Section ${index}, paragraph ${p}: rivers carry <a class="link link--internal" href="/wiki/Sediment_${index}" title="Sediment">sediment</a> to the sea<sup class="reference" id="cite-ref-${index}-${p}"><a href="#cite-note-${index}">[${p + 1}]</a></sup>, and deltas grow where the <span class="nowrap"><em>current</em> slows</span>.</p>`,
    ).join('');
    const figure =
      dense || index % 4
        ? ''
        : `<figure class="thumb"><img src="/img/${index}.jpg" alt="Delta ${index} from above" width="320" height="200" loading="lazy"><figcaption class="thumb__caption">Delta ${index} seen from above.</figcaption></figure>`;
    sections.push(
      `<section class="article__section" id="s${index}"><h2 class="article__heading"><span class="mw-headline">Section ${index}</span></h2>${figure}${paragraphs}<ul class="article__list"><li>First point of ${index}</li><li>Second point</li></ul>` +
        (index % 10 === 0
          ? `<table class="wikitable"><tr><th scope="col">Year</th><th scope="col">Growth</th></tr><tr><td>${1900 + index}</td><td>${index} m</td></tr></table>`
          : '') +
        '</section>',
    );
  }
  const related = Array.from(
    { length: 200 },
    (_, i) => `<li><a href="/related/${i}">Related story number ${i}</a></li>`,
  ).join('');
  const footer = Array.from(
    { length: 150 },
    (_, i) => `<a class="footer__link" href="/legal/${i}">Legal ${i}</a>`,
  ).join(' ');
  const head = dense ? '' : `<style>${css}</style><script>${js}</script>`;
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long article</title>${head}</head><body>` +
    `<header><nav class="menu"><ul>${dense ? '' : menu}</ul></nav></header><main><article><h1>A very long article</h1>${sections.join('')}</article></main>` +
    `<aside class="related"><ul>${dense ? '' : related}</ul></aside><footer>${dense ? 'Footer' : footer}</footer></body></html>`
  );
}

/** A player response as YouTube's watch pages carry it (the fields the reader uses, and some others). */
function playerResponse(videoId, title, origin, withCaptions) {
  return {
    responseContext: { serviceTrackingParams: [] },
    playabilityStatus: { status: 'OK' },
    videoDetails: { videoId, title, lengthSeconds: '80', author: 'River Channel' },
    ...(withCaptions && {
      captions: {
        playerCaptionsTracklistRenderer: {
          captionTracks: [
            {
              baseUrl: `${origin}/pages/api/timedtext?v=${videoId}&caps=asr&xoaf=5&lang=en&kind=asr`,
              name: { simpleText: 'English (auto-generated)' },
              vssId: 'a.en',
              languageCode: 'en',
              kind: 'asr',
              isTranslatable: true,
            },
          ],
          audioTracks: [{ captionTrackIndices: [0] }],
        },
      },
    }),
  };
}

function watchPage(videoId, origin) {
  const withCaptions = videoId !== 'nocaptions';
  const title = withCaptions ? 'The river series, part 2' : 'A silent film';
  const response = JSON.stringify(playerResponse(videoId, title, origin, withCaptions));
  return html(
    `${title} - YouTube`,
    `<div id="player"></div><script>var ytInitialPlayerResponse = ${response};var meta = document.createElement('meta');</script>
<h1>${title}</h1><p>Comments and recommendations that are not the transcript.</p>`,
  );
}

let cached = null;
/** The files, made once per process. */
function files() {
  cached ??= {
    huge: hugePage(),
    long: longArticle(false),
    dense: longArticle(true),
    report: makePdf(12, (number) => reportLines(number, 30)),
    scanned: makePdf(3, () => []),
    captions: readFileSync(new URL('../fixtures/captions/asr.json3.json', import.meta.url), 'utf8'),
  };
  return cached;
}

/** Answers `/pages/...`; false when the path is not one of them. */
export function servePage(url, origin, response) {
  const send = (type, body, status = 200) => {
    response.writeHead(status, { 'content-type': type });
    response.end(body);
    return true;
  };
  const type = 'text/html; charset=utf-8';
  switch (url.pathname) {
    case '/pages/article.html':
      return send(type, ARTICLE);
    case '/pages/code.html':
      return send(type, CODE_TABLE);
    case '/pages/second.html':
      return send(
        type,
        html(
          'Tides and estuaries',
          '<main><article><h1>Tides and estuaries</h1><p>Estuaries mix fresh river water with the salt water the tides bring in twice a day.</p><p>Their brackish water shelters young fish until they are strong enough for the open sea.</p></article></main>',
        ),
      );
    case '/pages/editor.html':
      // Where a reply may be written back: a plain text box, a rich editor, a same-origin
      // frame's text box, and a read-only paragraph; a form that must never be submitted.
      return send(
        type,
        html(
          'Reply editor',
          '<form id="form" action="/pages/submitted" onsubmit="document.title = \'SUBMITTED\'; return false"><textarea id="box">Dear team,\n</textarea></form><div id="rich" contenteditable="true"><p>Notes: </p></div><p id="plain">Just text.</p><iframe id="frame" src="/pages/editor-frame.html"></iframe>',
        ),
      );
    case '/pages/editor-frame.html':
      return send(type, html('Frame editor', '<textarea id="inner">In the frame: </textarea>'));
    case '/pages/long-article.html':
      return send(type, files().long);
    case '/pages/dense-article.html':
      return send(type, files().dense);
    case '/pages/huge.html':
      return send(type, files().huge);
    case '/pages/report.pdf':
      return send('application/pdf', files().report);
    case '/pages/scanned.pdf':
      return send('application/pdf', files().scanned);
    case '/pages/private.pdf':
      return send('text/plain', 'Sign in to read this document', 401);
    case '/pages/watch':
      return send(type, watchPage(url.searchParams.get('v') ?? 'river2', origin));
    case '/pages/api/timedtext':
      return url.searchParams.get('fmt') === 'json3'
        ? send('application/json; charset=UTF-8', files().captions)
        : send('text/xml', '<?xml version="1.0" encoding="utf-8" ?><transcript></transcript>');
    default:
      return false;
  }
}
