import { lazy, Suspense } from 'preact/compat';
import type { ComponentChildren } from 'preact';
import { Skeleton } from './Skeleton';

// Screens not needed to show a chat load on first use, keeping the panel's first JS small.
export const LazyOnboarding = lazy(() =>
  import('@/components/settings/Onboarding').then((module) => ({ default: module.Onboarding })),
);
export const LazySettingsForm = lazy(() =>
  import('@/components/settings/SettingsForm').then((module) => ({
    default: module.SettingsForm,
  })),
);
export const LazyHistoryView = lazy(() =>
  import('@/components/history/HistoryView').then((module) => ({ default: module.HistoryView })),
);

export const LazyChatOverrides = lazy(() =>
  import('@/components/chat/ChatOverrides').then((module) => ({ default: module.ChatOverrides })),
);
export const LazyPromptInputs = lazy(() =>
  import('@/components/prompts/PromptInputs').then((module) => ({ default: module.PromptInputs })),
);

// Images load their code with the first message or composer that shows one.
export const LazyMessageImages = lazy(() =>
  import('@/components/chat/MessageImages').then((module) => ({ default: module.MessageImages })),
);
export const LazyImageChips = lazy(() =>
  import('@/components/chat/ImageChips').then((module) => ({ default: module.ImageChips })),
);

/** Holds a lazily loaded screen's place with a quiet skeleton while its code arrives. */
export function ViewLoading({ children }: { children: ComponentChildren }) {
  return <Suspense fallback={<Skeleton />}>{children}</Suspense>;
}
