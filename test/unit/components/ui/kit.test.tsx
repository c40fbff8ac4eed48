import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Chip } from '@/components/ui/Chip';
import { Dialog } from '@/components/ui/Dialog';
import { ChatSettingsIcon } from '@/components/ui/icons';
import { Popover } from '@/components/ui/Popover';
import { SegmentedControl } from '@/components/ui/SegmentedControl';
import { SelectField } from '@/components/ui/SelectField';
import { Toggle } from '@/components/ui/Toggle';

describe('Dialog', () => {
  it('should be a dialog named by its title that closes on Escape, its button and the backdrop', () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Keyboard shortcuts" onClose={onClose}>
        <p>Send: Enter</p>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.textContent).toContain('Send: Enter');

    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    // A click inside the content is not a click on the backdrop.
    fireEvent.click(screen.getByText('Send: Enter'));
    expect(onClose).toHaveBeenCalledTimes(2);
    fireEvent.click(dialog);
    expect(onClose).toHaveBeenCalledTimes(3);
  });

  it('should keep Escape from reaching the page behind it (a streaming reply keeps going)', () => {
    const pageEscape = vi.fn();
    document.addEventListener('keydown', pageEscape);
    render(
      <Dialog title="Help" onClose={() => {}}>
        <button type="button">Inside</button>
      </Dialog>,
    );
    fireEvent.keyDown(screen.getByRole('button', { name: 'Inside' }), { key: 'Escape' });
    document.removeEventListener('keydown', pageEscape);
    expect(pageEscape).not.toHaveBeenCalled();
  });
});

function renderPopover() {
  render(
    <div>
      <button type="button">Elsewhere</button>
      <Popover label="Chat settings" icon={ChatSettingsIcon}>
        {() => (
          <label>
            Temperature <input />
          </label>
        )}
      </Popover>
    </div>,
  );
  const details = document.querySelector('details') as HTMLDetailsElement;
  const summary = details.querySelector('summary') as HTMLElement;
  // The browser fires toggle after the click, not during it.
  const open = async (): Promise<HTMLElement> => {
    fireEvent.click(summary);
    return screen.findByLabelText('Temperature');
  };
  return { details, summary, open };
}

describe('Popover', () => {
  it('should render its body only while open, and close on Escape back to its button', async () => {
    const { details, summary, open } = renderPopover();
    expect(summary.getAttribute('aria-label')).toBe('Chat settings');
    expect(summary.dataset.tooltip).toBe('Chat settings');
    expect(screen.queryByLabelText('Temperature')).toBeNull();
    const field = await open();
    field.focus();
    const pageEscape = vi.fn();
    document.addEventListener('keydown', pageEscape);
    fireEvent.keyDown(field, { key: 'Escape' });
    document.removeEventListener('keydown', pageEscape);
    expect(pageEscape).not.toHaveBeenCalled();
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(summary);
    expect(screen.queryByLabelText('Temperature')).toBeNull();
  });

  it('should close on a click elsewhere but not on a click inside', async () => {
    const { details, open } = renderPopover();
    fireEvent.pointerDown(await open());
    expect(details.open).toBe(true);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(details.open).toBe(false);
  });
});

describe('Toggle', () => {
  it('should be a switch named by its label and described by its hint', () => {
    const onChange = vi.fn();
    render(
      <Toggle
        id="remote"
        label="Load remote images"
        hint="Images from other sites can track you."
        checked={false}
        onChange={onChange}
      />,
    );
    const toggle = screen.getByRole('switch', { name: 'Load remote images' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(
      document.getElementById(toggle.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe('Images from other sites can track you.');
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith(true);
  });
});

describe('SegmentedControl', () => {
  it('should be a named group of radios with the value checked', () => {
    const onChange = vi.fn();
    render(
      <SegmentedControl
        name="theme"
        label="Theme"
        value="light"
        segments={[
          { value: 'auto', label: 'Auto' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('group', { name: 'Theme' });
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(group.contains(radios[0] ?? null)).toBe(true);
    expect(radios.map((radio) => radio.checked)).toEqual([false, true, false]);
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(onChange).toHaveBeenCalledWith('dark');
  });
});

describe('SelectField', () => {
  it('should label the select, describe it by its hint and report the chosen value', () => {
    const onChange = vi.fn();
    render(
      <SelectField
        id="language"
        label="Language"
        hint="The panel's language."
        value="en"
        options={[
          { value: 'en', label: 'English', lang: 'en' },
          { value: 'zh_CN', label: '简体中文', lang: 'zh-CN' },
        ]}
        onChange={onChange}
      />,
    );
    const select = screen.getByLabelText('Language') as HTMLSelectElement;
    expect(select.value).toBe('en');
    expect(select.getAttribute('aria-describedby')).toBe('language-hint');
    expect(screen.getByRole('option', { name: '简体中文' }).getAttribute('lang')).toBe('zh-CN');
    fireEvent.change(select, { target: { value: 'zh_CN' } });
    expect(onChange).toHaveBeenCalledWith('zh_CN');
  });
});

describe('Chip', () => {
  it('should show its caption and content, carry its data attribute and remove by name', () => {
    const onRemove = vi.fn();
    render(
      <Chip
        data-quote
        caption="Quoted from Example · example.com"
        removeLabel="Remove quote"
        onRemove={onRemove}
      >
        <p>beta gamma</p>
      </Chip>,
    );
    const chip = document.querySelector('[data-quote]');
    expect(chip?.textContent).toContain('Quoted from Example · example.com');
    expect(chip?.textContent).toContain('beta gamma');
    const remove = screen.getByRole('button', { name: 'Remove quote' });
    expect(remove.dataset.tooltip).toBe('Remove quote');
    fireEvent.click(remove);
    expect(onRemove).toHaveBeenCalledOnce();
  });
});
