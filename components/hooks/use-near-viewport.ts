import { useEffect, useState, type MutableRef } from 'preact/hooks';

type Callback = (visible: boolean) => void;
const callbacks = new WeakMap<Element, Callback>();
let observer: IntersectionObserver | null = null;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) callbacks.get(entry.target)?.(entry.isIntersecting);
    },
    // Start a little before the element scrolls in, so it is ready when seen.
    { rootMargin: '600px 0px' },
  );
  return observer;
}

/**
 * True once the element has come near the viewport, and from then on (rendering is kept).
 * Lets a conversation of thousands of messages render only what the user looks at.
 */
export function useNearViewport(ref: MutableRef<Element | null>, eager = false): boolean {
  const [seen, setSeen] = useState(eager || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const io = sharedObserver();
    callbacks.set(element, (visible) => {
      if (visible) setSeen(true);
    });
    io.observe(element);
    return () => {
      io.unobserve(element);
      callbacks.delete(element);
    };
  }, [seen]);
  return seen;
}
