import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AfdrukKnop } from './AfdrukKnop';

describe('AfdrukKnop', () => {
  afterEach(() => vi.restoreAllMocks());

  it("opens the browser's print dialog, and is itself left off the paper", () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<AfdrukKnop />);

    const knop = screen.getByRole('button', { name: 'Afdrukken' });
    fireEvent.click(knop);

    expect(print).toHaveBeenCalledTimes(1);
    expect(knop.classList.contains('geen-afdruk')).toBe(true);
  });
});
