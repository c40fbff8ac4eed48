/** Answers `/pages/...` with a test page; false when the path is not one of them. */
export function servePage(
  url: URL,
  origin: string,
  response: { writeHead(status: number, headers: object): unknown; end(body: unknown): unknown },
): boolean;
