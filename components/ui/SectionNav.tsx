import { useEffect, useState } from 'preact/hooks';

/** One entry of a section nav: the id of the element it scrolls to, and its label. */
export interface NavSection {
  id: string;
  label: string;
}

/**
 * A row of links to the sections of a long screen (Settings): the one in view is marked,
 * and a click brings its section into view. Every section stays in the page, so a form
 * keeps all its fields and one Save.
 */
export function SectionNav({
  label,
  sections,
}: {
  label: string;
  sections: readonly NavSection[];
}) {
  const [current, setCurrent] = useState(sections[0]?.id ?? '');

  useEffect(() => {
    const targets = sections
      .map((section) => document.getElementById(section.id))
      .filter((element): element is HTMLElement => element !== null);
    if (targets.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const first = entries.find((entry) => entry.isIntersecting);
        if (first) setCurrent(first.target.id);
      },
      // A section counts as current while it crosses the top third of the view.
      { rootMargin: '0px 0px -66% 0px' },
    );
    for (const target of targets) observer.observe(target);
    return () => observer.disconnect();
  }, [sections.map((section) => section.id).join(' ')]);

  const go = (id: string): void => {
    setCurrent(id);
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    document.getElementById(id)?.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth' });
  };

  return (
    <nav class="section-nav" aria-label={label}>
      {sections.map((section) => (
        <a
          key={section.id}
          href={`#${section.id}`}
          class="section-nav__link"
          aria-current={current === section.id ? 'true' : undefined}
          onClick={(event) => {
            event.preventDefault();
            go(section.id);
          }}
        >
          {section.label}
        </a>
      ))}
    </nav>
  );
}
