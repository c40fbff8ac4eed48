import { useEffect, useRef, useState } from 'preact/hooks';
import { draftItem } from '@/utils/settings/storage';

const SAVE_DELAY_MS = 250;

/** The composer's text, persisted so closing the panel never loses what was typed. */
export function useDraft(): [string, (text: string) => void] {
  const [text, setText] = useState('');
  const touched = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    void draftItem.getValue().then((saved) => {
      // Typing before storage answered wins over the stored draft.
      if (!touched.current && saved) setText(saved);
    });
  }, []);

  const update = (next: string): void => {
    touched.current = true;
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void draftItem.setValue(next), next ? SAVE_DELAY_MS : 0);
  };
  return [text, update];
}
