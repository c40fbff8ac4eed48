import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { HistoryTransfer } from '@/components/history/HistoryTransfer';
import type { ChatSession } from '@/utils/panel/session';

vi.mock('@/utils/transfer/export', async (original) => ({
  ...(await original<typeof import('@/utils/transfer/export')>()),
  exportHistory: () =>
    Promise.reject(new DOMException('Internal error opening backing store', 'UnknownError')),
}));

describe('HistoryTransfer', () => {
  it('should explain a failed export in a sentence, never the raw error', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<HistoryTransfer session={{} as ChatSession} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export history' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The history could not be exported: the browser could not read it. Close and reopen the panel, then try again.',
    );
    expect(alert.textContent).not.toMatch(/Error|backing store/);
    errors.mockRestore();
  });
});
