import { describe, expect, it } from 'vitest';
import {
  OLLAMA_DEFAULT_NUM_CTX,
  isOllama,
  ollamaWindowFrom,
  ollamaWindows,
} from '@/utils/providers/ollama-context';

describe("Ollama's real context window", () => {
  it('should read num_ctx, capped by what the model was trained for, else the default', () => {
    const info = { 'general.architecture': 'llama', 'llama.context_length': 131072 };
    expect(ollamaWindowFrom({ parameters: 'stop "<|eot|>"\nnum_ctx 8192', model_info: info })).toBe(
      8192,
    );
    expect(ollamaWindowFrom({ parameters: '', model_info: info })).toBe(OLLAMA_DEFAULT_NUM_CTX);
    expect(
      ollamaWindowFrom({ parameters: 'num_ctx 65536', model_info: { 'x.context_length': 2048 } }),
    ).toBe(2048);
    expect(ollamaWindowFrom('nonsense')).toBeNull();
    expect(isOllama('custom', 'http://192.168.1.5:11434/v1')).toBe(true);
    expect(isOllama('custom', 'https://api.example.com/v1')).toBe(false);
  });

  it("should ask Ollama's own API about each model, and leave out the ones it cannot answer", async () => {
    const asked: string[] = [];
    const fetcher = (async (url: string, init?: RequestInit) => {
      asked.push(`${url} ${String(init?.body)}`);
      const { model } = JSON.parse(String(init?.body)) as { model: string };
      if (model === 'gone') return new Response('not found', { status: 404 });
      return Response.json({
        parameters: 'num_ctx 16384',
        model_info: { 'q.context_length': 32768 },
      });
    }) as typeof fetch;
    expect(await ollamaWindows('http://localhost:11434/v1', ['qwen3', 'gone'], fetcher)).toEqual({
      qwen3: 16384,
    });
    expect(asked[0]).toBe('http://localhost:11434/api/show {"model":"qwen3"}');
  });
});
