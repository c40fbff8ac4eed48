import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { IMAGE_LIMITS } from '@/utils/limits';
import type { ImageUpload } from '@/utils/images/image-upload';
import type { PreparedImage } from '@/utils/images/prepare-image';
import { targetTabId } from '@/utils/panel/target-tab';
import type { ChatSession } from '@/utils/panel/session';

/** An image in the composer: being prepared, or ready to send. */
export interface ComposerImage {
  key: string;
  name: string;
  /** Absent while it is being prepared. */
  ready?: { image: PreparedImage; url: string };
}

/** What the panel says about images that could not be attached or captured. */
export interface ImageNotice {
  message: string;
  /** The capture needs the user's permission: show "Allow screenshots". */
  askCapture: boolean;
  /** The button's label, said by the lazily loaded strings. */
  allowLabel?: string;
}

/** A file to attach, with the name it is shown under. */
export interface IncomingImage {
  file: Blob;
  name: string;
}

const loadIntake = () => import('@/utils/panel/image-intake');
const CAPTURE_ORIGINS = { origins: ['<all_urls>'] };

/** The images attached to the next message: paste, drop, Attach image, Screenshot this tab. */
export function useImageAttachments(session: ChatSession) {
  const [images, setImages] = useState<ComposerImage[]>([]);
  const [notice, setNotice] = useState<ImageNotice | null>(null);
  // The list as the last change left it: several adds in a row must count each other.
  const current = useRef<ComposerImage[]>([]);
  const update = (change: (list: ComposerImage[]) => ComposerImage[]) => {
    current.current = change(current.current);
    setImages(current.current);
  };

  /** Prepares and attaches files, one at a time (a 12-megapixel photo is heavy work). */
  const add = async (incoming: readonly IncomingImage[]): Promise<void> => {
    if (incoming.length === 0) return;
    const room = Math.max(0, IMAGE_LIMITS.perMessage - current.current.length);
    const taken = incoming.slice(0, room).map((entry) => ({ ...entry, key: crypto.randomUUID() }));
    update((list) => [...list, ...taken.map(({ key, name }) => ({ key, name }))]);
    const intake = await loadIntake();
    const problems: string[] = [];
    if (incoming.length > taken.length)
      problems.push(intake.tooManySentence(incoming.length - taken.length));
    for (const entry of taken) {
      const result = await intake.intakeFile(entry.file, entry.name);
      if ('image' in result) {
        const url = URL.createObjectURL(result.image.blob);
        let kept = false;
        update((list) =>
          list.map((item) => {
            if (item.key !== entry.key) return item;
            kept = true;
            return { ...item, ready: { image: result.image, url } };
          }),
        );
        // Removed while it was being prepared.
        if (!kept) URL.revokeObjectURL(url);
      } else {
        problems.push(result.problem);
        update((list) => list.filter((item) => item.key !== entry.key));
      }
    }
    setNotice(problems.length ? { message: problems.join(' '), askCapture: false } : null);
  };

  /** "Screenshot this tab": the visible area of the tab beside the panel. */
  const screenshot = async (): Promise<void> => {
    const tabId = await targetTabId();
    const [intake, result] = await Promise.all([
      loadIntake(),
      tabId === null
        ? Promise.resolve({ problem: 'tab_gone' as const })
        : session.page.captureTab(tabId),
    ]);
    if ('problem' in result) {
      setNotice({
        message: intake.captureSentence(result.problem),
        askCapture: result.problem === 'needs_permission',
        allowLabel: intake.allowScreenshotsLabel(),
      });
      return;
    }
    setNotice(null);
    await add([intake.captureFile(result.dataUrl, result.title)]);
  };

  /** Asks for the capture permission (inside the click, where browsers allow it), then captures. */
  const allowCapture = async (): Promise<void> => {
    const granted = await browser.permissions.request(CAPTURE_ORIGINS).catch(() => false);
    if (granted) await screenshot();
  };

  const remove = (key: string): void => {
    const item = current.current.find((entry) => entry.key === key);
    if (item?.ready) URL.revokeObjectURL(item.ready.url);
    update((list) => list.filter((entry) => entry.key !== key));
  };

  /** After a send: the composer empties; the sent images' bytes stay for the message. */
  const clear = (): void => {
    update(() => []);
    setNotice(null);
  };

  /** The ready images as a send carries them; the panel keeps showing them by id. */
  const uploads = async (): Promise<ImageUpload[]> => {
    const ready = current.current.flatMap((item) =>
      item.ready ? [{ id: item.key, image: item.ready.image }] : [],
    );
    return ready.length ? (await loadIntake()).toUploads(ready) : [];
  };

  return {
    images,
    notice,
    /** An image is still being prepared: the message waits for it. */
    preparing: images.some((item) => !item.ready),
    add,
    screenshot,
    allowCapture,
    remove,
    clear,
    uploads,
    dismissNotice: () => setNotice(null),
  };
}

export type ImageAttachments = ReturnType<typeof useImageAttachments>;
