// @vitest-environment jsdom
// DOMPurify needs a faithful DOM: happy-dom mis-parses attributes, so these run in jsdom.
import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MarkdownView } from '@/components/chat/MarkdownView';

describe('MarkdownView', () => {
  it('should render a finished message, sanitized, starting at once', async () => {
    const { container } = render(
      <MarkdownView
        source={'# Hello\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(1))'}
        streaming={false}
        allowRemoteImages={false}
      />,
    );
    expect(container.querySelector('h1')?.textContent).toBe('Hello');
    // Long messages draw over a few frames; this one is done by the next.
    await vi.waitFor(() => expect(container.querySelector('a')).not.toBeNull());
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  it('should keep finished blocks in place while the tail streams', async () => {
    const props = { streaming: true, allowRemoteImages: false };
    const { container, rerender } = render(<MarkdownView source={'# Title\n\nfirst'} {...props} />);
    await vi.waitFor(() => expect(container.querySelector('h1')).not.toBeNull());
    const heading = container.querySelector('h1');
    rerender(<MarkdownView source={'# Title\n\nfirst para\n\nsecond'} {...props} />);
    await vi.waitFor(() => expect(container.textContent).toContain('second'));
    // The very same node: the heading was not parsed or rendered again.
    expect(container.querySelector('h1')).toBe(heading);
    expect(container.querySelectorAll('p')).toHaveLength(2);
  });

  it('should hold a remote image until the user asks for it', () => {
    const { container, getByRole } = render(
      <MarkdownView
        source="![plot](https://images.example.com/p.png)"
        streaming={false}
        allowRemoteImages={false}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('images.example.com');
    getByRole('button', { name: 'Load image' }).click();
    const image = container.querySelector('img');
    expect(image?.getAttribute('src')).toBe('https://images.example.com/p.png');
    expect(image?.referrerPolicy).toBe('no-referrer');
  });

  it('should label code blocks and offer Copy code', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { getByRole, container } = render(
      <MarkdownView
        source={'```ts\nconst a = 1;\n```'}
        streaming={false}
        allowRemoteImages={false}
      />,
    );
    expect(container.querySelector('.code-block__lang')?.textContent).toBe('ts');
    getByRole('button', { name: 'Copy code' }).click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith('const a = 1;'));
  });
});
