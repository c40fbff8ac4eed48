import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { IconButton } from './IconButton';
import { CloseIcon } from './icons';

/**
 * A modal dialog on the native `<dialog>`: the browser keeps focus inside it, makes the
 * rest inert, closes it on Escape and gives focus back to what opened it. Rendered only
 * while open, so its content is built when shown.
 */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose(): void;
  children: ComponentChildren;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // happy-dom and old engines may lack showModal; an open attribute still shows it.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    return () => {
      if (element.open) element.close();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={titleId}
      // Escape fires cancel; the parent decides (it unmounts us), not the browser.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Escape closes the dialog only, not the reply streaming behind it.
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
      // A click on the backdrop lands on the dialog element itself.
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div class="dialog__frame">
        <header class="dialog__header">
          <h2 id={titleId} class="dialog__title">
            {title}
          </h2>
          <IconButton label={t('close')} icon={CloseIcon} size="small" onClick={onClose} />
        </header>
        <div class="dialog__body">{children}</div>
      </div>
    </dialog>
  );
}
