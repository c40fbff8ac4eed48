import type { ChatMessage } from './types';

/**
 * The path from the root to `leafId`, root first, looking messages up with `get`.
 * Stops at a missing parent or a cycle (corrupt data) rather than looping forever.
 */
export async function pathToLeaf(
  leafId: string | null,
  get: (id: string) => Promise<ChatMessage | undefined> | ChatMessage | undefined,
): Promise<ChatMessage[]> {
  const path: ChatMessage[] = [];
  const seen = new Set<string>();
  let id = leafId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const message = await get(id);
    if (!message) break;
    path.push(message);
    id = message.parentId;
  }
  return path.toReversed();
}

/** Children of each message by parent id ('' for roots), oldest first. */
export type ChildrenIndex = Map<string, ChatMessage[]>;

/** The key a message's siblings share: its parent id, or '' for first messages. */
export function parentKey(message: Pick<ChatMessage, 'parentId'>): string {
  return message.parentId ?? '';
}

/** Groups a conversation's messages by parent, each group oldest first (version order). */
export function indexChildren(messages: readonly ChatMessage[]): ChildrenIndex {
  const children: ChildrenIndex = new Map();
  for (const message of messages) {
    const key = parentKey(message);
    const group = children.get(key);
    if (group) group.push(message);
    else children.set(key, [message]);
  }
  for (const group of children.values()) {
    group.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }
  return children;
}

/** Latest activity in a subtree: the newest `updatedAt` of a message or its descendants. */
function lastActivity(
  message: ChatMessage,
  children: ChildrenIndex,
  memo: Map<string, number>,
): number {
  const known = memo.get(message.id);
  if (known !== undefined) return known;
  let latest = message.updatedAt;
  for (const child of children.get(message.id) ?? []) {
    latest = Math.max(latest, lastActivity(child, children, memo));
  }
  memo.set(message.id, latest);
  return latest;
}

/**
 * The leaf to show when the user switches to `message`: down its branch, always into the
 * child whose subtree was active most recently (where the user last was).
 */
export function latestLeaf(message: ChatMessage, children: ChildrenIndex): ChatMessage {
  const memo = new Map<string, number>();
  let node = message;
  const seen = new Set<string>();
  for (;;) {
    seen.add(node.id);
    const next = (children.get(node.id) ?? [])
      .filter((child) => !seen.has(child.id))
      .reduce<ChatMessage | undefined>(
        (best, child) =>
          !best || lastActivity(child, children, memo) > lastActivity(best, children, memo)
            ? child
            : best,
        undefined,
      );
    if (!next) return node;
    node = next;
  }
}

/** Ids of a message and everything below it. */
export function subtreeIds(message: ChatMessage, children: ChildrenIndex): string[] {
  const ids: string[] = [];
  const stack = [message];
  const seen = new Set<string>();
  while (stack.length) {
    const node = stack.pop() as ChatMessage;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    ids.push(node.id);
    stack.push(...(children.get(node.id) ?? []));
  }
  return ids;
}

/** For each message of a path, the ids of its versions (siblings, itself included). */
export function versionsAlong(
  path: readonly ChatMessage[],
  children: ChildrenIndex,
): Record<string, string[]> {
  const versions: Record<string, string[]> = {};
  for (const message of path) {
    const key = parentKey(message);
    versions[key] = (children.get(key) ?? [message]).map((sibling) => sibling.id);
  }
  return versions;
}
