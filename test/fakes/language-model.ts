// A LanguageModel (the Prompt API) that behaves as the explainer documents it, for tests:
// the real Gemini Nano cannot be installed on CI machines.
import type {
  BuiltinAvailability,
  BuiltinModelApi,
  BuiltinMonitor,
  BuiltinPrompt,
  BuiltinSession,
} from '@/utils/providers/builtin-api';

const tokensOf = (text: string) => Math.ceil(text.length / 4);

export interface FakeLanguageModel extends BuiltinModelApi {
  state: BuiltinAvailability;
  /** Every session's initial prompts, in order of creation. */
  created: BuiltinPrompt[][];
  /** Pause between streamed words, so a test can stop mid-reply. */
  wordDelayMs: number;
  inputQuota: number;
  downloadStepMs: number;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

export function fakeLanguageModel(
  options: { state?: BuiltinAvailability; inputQuota?: number; wordDelayMs?: number } = {},
): FakeLanguageModel {
  const fake: FakeLanguageModel = {
    state: options.state ?? 'available',
    created: [],
    wordDelayMs: options.wordDelayMs ?? 0,
    inputQuota: options.inputQuota ?? 9216,
    downloadStepMs: 30,
    async availability() {
      return fake.state;
    },
    async create({ initialPrompts = [], signal, monitor } = {}) {
      if (signal?.aborted) throw abortError();
      if (fake.state === 'unavailable') {
        throw new DOMException('The model is not available.', 'NotSupportedError');
      }
      // The explainer: a system prompt may only come first.
      if (initialPrompts.some((prompt, index) => prompt.role === 'system' && index > 0)) {
        throw new TypeError('A system prompt can only be the first initial prompt.');
      }
      if (fake.state === 'downloadable' || fake.state === 'downloading') {
        const listeners: ((event: { loaded: number }) => void)[] = [];
        const target: BuiltinMonitor = {
          addEventListener: (_type, listener) => listeners.push(listener),
        };
        monitor?.(target);
        for (const loaded of [0, 0.5, 1]) {
          for (const listener of listeners) listener({ loaded });
          // A download takes a while: long enough for the progress to be seen.
          await new Promise((resolve) => setTimeout(resolve, fake.downloadStepMs));
        }
        fake.state = 'available';
      }
      fake.created.push(initialPrompts.map((prompt) => ({ ...prompt })));
      let usage = initialPrompts.reduce((sum, prompt) => sum + tokensOf(prompt.content), 0);
      if (usage > fake.inputQuota) {
        throw new DOMException('The initial prompts are too large.', 'QuotaExceededError');
      }
      const session: BuiltinSession = {
        get inputUsage() {
          return usage;
        },
        get inputQuota() {
          return fake.inputQuota;
        },
        promptStreaming(input, { signal: promptSignal } = {}) {
          const words = `Nano says: ${input}`.match(/\S+\s*/g) ?? [];
          return new ReadableStream<string>({
            async start(controller) {
              usage += tokensOf(input);
              if (usage > fake.inputQuota) {
                controller.error(new DOMException('The input is too large.', 'QuotaExceededError'));
                return;
              }
              for (const word of words) {
                if (promptSignal?.aborted) {
                  controller.error(abortError());
                  return;
                }
                controller.enqueue(word);
                usage += tokensOf(word);
                if (fake.wordDelayMs) {
                  await new Promise((resolve) => setTimeout(resolve, fake.wordDelayMs));
                }
              }
              controller.close();
            },
          });
        },
        destroy() {},
      };
      return session;
    },
  };
  return fake;
}
