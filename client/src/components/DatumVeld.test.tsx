import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DatumVeld } from './DatumVeld';

function Proef({ begin = '' }: { begin?: string }) {
  const [waarde, setWaarde] = useState(begin);
  return (
    <form aria-label="Proef" noValidate onSubmit={(event) => event.preventDefault()}>
      <DatumVeld label="Geboortedatum" value={waarde} onChange={setWaarde} required />
      <output aria-label="Verstuurd">{waarde}</output>
      <button type="submit">Versturen</button>
    </form>
  );
}

describe('DatumVeld', () => {
  it('is a numeric text input with the format as hint, never the browser date input', () => {
    render(<Proef />);
    const veld = screen.getByLabelText('Geboortedatum');
    expect(veld.getAttribute('type')).toBe('text');
    expect(veld.getAttribute('inputmode')).toBe('numeric');
    const hint = document.getElementById(veld.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Bijvoorbeeld 14-03-2017.');
  });

  it('sends 14032017 as 14 March 2017 and shows it as dd-mm-jjjj once the field is left', () => {
    render(<Proef />);
    const veld = screen.getByLabelText('Geboortedatum') as HTMLInputElement;
    fireEvent.change(veld, { target: { value: '14032017' } });
    expect(screen.getByLabelText('Verstuurd').textContent).toBe('2017-03-14');
    fireEvent.blur(veld);
    expect(veld.value).toBe('14-03-2017');
  });

  it('shows an ISO value from the form as dd-mm-jjjj', () => {
    render(<Proef begin="2026-08-01" />);
    expect((screen.getByLabelText('Geboortedatum') as HTMLInputElement).value).toBe('01-08-2026');
  });

  it('says in Dutch that a date does not exist once the form is sent, and marks the field', () => {
    render(<Proef />);
    const veld = screen.getByLabelText('Geboortedatum');
    fireEvent.change(veld, { target: { value: '31-02-2017' } });
    fireEvent.blur(veld);
    // Nothing moves while the person is on the way to the button.
    expect(veld.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(veld.getAttribute('aria-invalid')).toBe('true');
    const beschrijving = (veld.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(beschrijving).toContain('Februari 2017 heeft 28 dagen; 31-02-2017 bestaat niet.');
    // Not a date, so the form gets the text as typed and never a wrong ISO date.
    expect(screen.getByLabelText('Verstuurd').textContent).toBe('31-02-2017');
  });
});
