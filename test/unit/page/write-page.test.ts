import { describe, expect, it, vi } from 'vitest';
import { parseWriteResult } from '@/utils/page/page-write';
import { writeInFrame } from '@/utils/page/write-page';
import { parseClientRequest } from '@/utils/protocol/requests';

// happy-dom has no execCommand: each test says what the browser's command does.
function commandAnswers(done: boolean) {
  const command = vi.fn(() => done);
  Object.defineProperty(document, 'execCommand', { value: command, configurable: true });
  return command;
}

function textBox(value: string, start: number, end = start): HTMLTextAreaElement {
  document.body.innerHTML = '<form><textarea id="box"></textarea></form>';
  const box = document.querySelector<HTMLTextAreaElement>('#box') as HTMLTextAreaElement;
  box.value = value;
  box.focus();
  box.setSelectionRange(start, end);
  return box;
}

describe('writing into the page', () => {
  it('should look at the focused box without changing it', () => {
    const box = textBox('Hello world', 0, 5);
    expect(writeInFrame('', 'probe')).toEqual({
      outcome: 'ready',
      hasSelection: true,
      undoable: false,
    });
    expect(box.value).toBe('Hello world');
  });

  it('should insert after the selection, or replace it, telling the page by an input event', () => {
    // Where the browser's insertText command is off, the text is set and the page told.
    commandAnswers(false);
    const box = textBox('Hello world', 0, 5);
    const inputs = vi.fn();
    box.addEventListener('input', inputs);
    expect(writeInFrame('Hi', 'insert')).toEqual({
      outcome: 'written',
      hasSelection: true,
      undoable: false,
    });
    expect(box.value).toBe('HelloHi world');
    textBox('Hello world', 0, 5);
    writeInFrame('Hi', 'replace');
    expect((document.querySelector('#box') as HTMLTextAreaElement).value).toBe('Hi world');
    expect(inputs).toHaveBeenCalledTimes(1);
  });

  it('should use the browser’s insertText command, so one undo takes it back', () => {
    const command = commandAnswers(true);
    textBox('abc', 3);
    expect(writeInFrame('def', 'insert')).toEqual({
      outcome: 'written',
      hasSelection: false,
      undoable: true,
    });
    expect(command).toHaveBeenCalledWith('insertText', false, 'def');
  });

  it('should find nowhere to write in read-only boxes, buttons or the page itself', () => {
    const box = textBox('fixed', 0);
    box.readOnly = true;
    expect(writeInFrame('x', 'insert').outcome).toBe('no_target');
    document.body.innerHTML = '<button id="b">Send</button>';
    document.querySelector<HTMLButtonElement>('#b')?.focus();
    expect(writeInFrame('x', 'insert').outcome).toBe('no_target');
    (document.activeElement as HTMLElement | null)?.blur();
    expect(writeInFrame('x', 'insert').outcome).toBe('no_target');
  });
});

const request = (body: object) =>
  parseClientRequest({ requestId: 'r1', type: 'writeToPage', ...body });

describe('the write request and its answer', () => {
  it('should accept only a tab, a text and a known mode', () => {
    expect(request({ tabId: 3, text: 'x', mode: 'insert' })).not.toBeNull();
    expect(request({ tabId: 3, text: 'x', mode: 'submit' })).toBeNull();
    expect(request({ tabId: -1, text: 'x', mode: 'insert' })).toBeNull();
    expect(request({ tabId: 3, text: 7, mode: 'insert' })).toBeNull();
  });

  it('should read back only well-formed answers', () => {
    expect(parseWriteResult({ outcome: 'written', hasSelection: false, undoable: true })).toEqual({
      outcome: 'written',
      hasSelection: false,
      undoable: true,
    });
    expect(parseWriteResult({ problem: 'needs_permission' })).toEqual({
      problem: 'needs_permission',
    });
    expect(
      parseWriteResult({ outcome: 'submitted', hasSelection: false, undoable: true }),
    ).toBeNull();
    expect(parseWriteResult({ problem: 'other' })).toBeNull();
  });
});
