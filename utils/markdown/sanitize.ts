import DOMPurify from 'dompurify';

/** What the sanitizer lets through beyond its fixed policy. */
export interface SanitizeOptions {
  /** Keep `<img>` with remote http(s) sources (off by default: they can leak data). */
  allowRemoteImages: boolean;
}

/** Elements that never survive, whatever produced them. */
const FORBIDDEN_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'textarea',
  'select',
  'option',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'portal',
  'template',
  'noscript',
  'dialog',
  'foreignObject',
];

/** Attributes that can fetch, navigate or run something. */
const FORBIDDEN_ATTRS = [
  'srcset',
  'ping',
  'formaction',
  'action',
  'background',
  'poster',
  'lowsrc',
  'dynsrc',
  'manifest',
  'codebase',
  'data',
  'autofocus',
  'contenteditable',
];

/** Inline CSS that can load something or run script in old engines. */
const DANGEROUS_CSS =
  /url\s*\(|image-set|@import|expression\s*\(|-moz-binding|behavior\s*:|javascript:/i;

/** Inline images we allow without asking: raster data URLs only (no SVG, no HTML). */
const SAFE_DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i;

const SAFE_LINK = /^(https?:|mailto:)/i;

const POLICY = {
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRS,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

const purifier = DOMPurify(globalThis.window);
let current: SanitizeOptions = { allowRemoteImages: false };

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (!(node instanceof Element)) return;
  const tag = node.tagName.toLowerCase();
  const style = node.getAttribute('style');
  if (style && DANGEROUS_CSS.test(style)) node.removeAttribute('style');

  for (const name of ['href', 'xlink:href']) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    // Only real links navigate; an SVG or MathML reference may only point inside the page.
    const allowed = tag === 'a' ? SAFE_LINK.test(value.trim()) : value.startsWith('#');
    if (!allowed) node.removeAttribute(name);
  }
  if (tag === 'a' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
    // Show where the link really goes, whatever its text claims.
    node.setAttribute('title', node.getAttribute('href') ?? '');
  }

  const src = node.getAttribute('src');
  if (src !== null) {
    const remoteOk = current.allowRemoteImages && /^https?:/i.test(src.trim());
    const ok = tag === 'img' && (SAFE_DATA_IMAGE.test(src.trim()) || remoteOk);
    if (!ok) node.removeAttribute('src');
  }
  if (tag === 'img') {
    node.setAttribute('referrerpolicy', 'no-referrer');
    node.setAttribute('loading', 'lazy');
  }
});

/**
 * The one gate between generated HTML (markdown, highlighted code, KaTeX) and the DOM.
 * Returns inert nodes: no script, handler, frame, form, remote stylesheet, remote image
 * (unless allowed) or non-http(s) link survives.
 */
export function sanitizeToFragment(html: string, options: SanitizeOptions): DocumentFragment {
  if (!purifier.isSupported) return failClosed(html);
  current = options;
  return purifier.sanitize(html, { ...POLICY, RETURN_DOM_FRAGMENT: true });
}

/** Same policy, as a string: for tests and for measuring. */
export function sanitizeToString(html: string, options: SanitizeOptions): string {
  if (!purifier.isSupported) throw new Error('Sidechat: this DOM cannot sanitize HTML');
  current = options;
  return purifier.sanitize(html, POLICY);
}

/** Without a working sanitizer, show the markup as text rather than trust it. */
function failClosed(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(document.createTextNode(html));
  return fragment;
}
