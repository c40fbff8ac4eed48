// Injected into a tab only when the user asks about it ("Use this page", a tab from the
// picker, "Ask about this page"); its answer is executeScript's result for each frame.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readThisFrame } from '@/utils/page/read-in-tab';

export default defineUnlistedScript(() => readThisFrame());
