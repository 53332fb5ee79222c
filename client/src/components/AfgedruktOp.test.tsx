import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AfgedruktOp } from './AfgedruktOp';

describe('AfgedruktOp', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('says when the page was printed, in Dutch time, on paper only', () => {
    vi.setSystemTime(new Date('2027-03-14T09:15:00Z'));
    render(<AfgedruktOp />);

    const regel = screen.getByText('Afgedrukt op 14 maart 2027 om 10:15');
    expect(regel.classList.contains('alleen-afdruk')).toBe(true);
  });

  it('takes the moment again when the browser is about to print', () => {
    vi.setSystemTime(new Date('2027-03-14T09:15:00Z'));
    render(<AfgedruktOp />);

    vi.setSystemTime(new Date('2027-07-01T16:05:00Z'));
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });

    expect(screen.getByText('Afgedrukt op 1 juli 2027 om 18:05')).toBeDefined();
  });
});
