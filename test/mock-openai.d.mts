/** A request the mock received. */
export interface MockRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: {
    model: string;
    messages: { role: string; content: string }[];
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
    temperature?: number;
    max_tokens?: number;
    max_completion_tokens?: number;
    top_p?: number;
  };
  /** When it arrived (Date.now()). */
  at: number;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL to configure, ending in /v1. */
  url: string;
  /** http://127.0.0.1:PORT, for URLs tests plant in payloads. */
  origin: string;
  port: number;
  requests: MockRequest[];
  /** GET /models requests (headers only). */
  modelRequests: Pick<MockRequest, 'path' | 'headers'>[];
  /** Every path requested, in order. */
  hits: string[];
  setTokenDelay(ms: number): void;
  /** Answer 403 to a non-local Origin header, as Ollama does by default. */
  setOriginCheck(on: boolean): void;
  /** What GET /models lists. */
  /** Names, or objects with more fields (`{ id, context_length }`). */
  setModels(models: (string | { id: string; [field: string]: unknown })[]): void;
  /** Answer 401 unless `Authorization: Bearer <key>` ('' turns the check off). */
  setRequiredKey(key: string): void;
  close(): Promise<void>;
}

export function startMockServer(options?: {
  port?: number;
  host?: string;
  tokenDelayMs?: number;
}): Promise<MockServer>;
export function parseDirectives(text: string): Record<string, number>;
export function tokenize(text: string): string[];
