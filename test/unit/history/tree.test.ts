import { describe, expect, it } from 'vitest';
import {
  indexChildren,
  latestLeaf,
  pathToLeaf,
  subtreeIds,
  versionsAlong,
} from '@/utils/history/tree';
import { makeMessage } from '../fixtures';

// u1 ─ a1
//    └ a2 ─ u2 ─ a3        (a2 regenerated after a1; conversation continued under a2)
// u1' ─ a4                 (an edit of u1: a sibling root)
const messages = [
  makeMessage('u1', null, { createdAt: 1, updatedAt: 1 }),
  makeMessage('a1', 'u1', { role: 'assistant', createdAt: 2, updatedAt: 2 }),
  makeMessage('a2', 'u1', { role: 'assistant', createdAt: 3, updatedAt: 3 }),
  makeMessage('u2', 'a2', { createdAt: 4, updatedAt: 4 }),
  makeMessage('a3', 'u2', { role: 'assistant', createdAt: 5, updatedAt: 5 }),
  makeMessage("u1'", null, { createdAt: 6, updatedAt: 6 }),
  makeMessage('a4', "u1'", { role: 'assistant', createdAt: 7, updatedAt: 7 }),
];
const children = indexChildren(messages);
const byId = new Map(messages.map((m) => [m.id, m]));
const get = (id: string) => byId.get(id) as (typeof messages)[number];

describe('conversation trees', () => {
  it('should order siblings oldest first (version 1, 2, …)', () => {
    expect(children.get('u1')?.map((m) => m.id)).toEqual(['a1', 'a2']);
    expect(children.get('')?.map((m) => m.id)).toEqual(['u1', "u1'"]);
  });

  it('should walk the path to a leaf, root first', async () => {
    expect((await pathToLeaf('a3', (id) => byId.get(id))).map((m) => m.id)).toEqual([
      'u1',
      'a2',
      'u2',
      'a3',
    ]);
  });

  it('should switch to a version down to its most recently active leaf', () => {
    expect(latestLeaf(get('u1'), children).id).toBe('a3');
    expect(latestLeaf(get('a1'), children).id).toBe('a1');
    expect(latestLeaf(get("u1'"), children).id).toBe('a4');
  });

  it('should list versions along a path', () => {
    const path = ['u1', 'a2', 'u2', 'a3'].map(get);
    expect(versionsAlong(path, children)).toEqual({
      '': ['u1', "u1'"],
      u1: ['a1', 'a2'],
      a2: ['u2'],
      u2: ['a3'],
    });
  });

  it('should collect a subtree for deletion', () => {
    expect(subtreeIds(get('a2'), children).toSorted()).toEqual(['a2', 'a3', 'u2']);
    expect(subtreeIds(get('a1'), children)).toEqual(['a1']);
  });
});
