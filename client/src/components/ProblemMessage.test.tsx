import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { verdeelFouten } from '../api/veldfouten';
import { Foutmelding, Veld } from './Veld';
import { ProblemMessage } from './ProblemMessage';

const TRACE_ID = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

function fout400() {
  return new ApiError(400, {
    title: 'Er zijn 4 problemen met de invoer.',
    status: 400,
    traceId: TRACE_ID,
    errors: [
      { code: 'naam-vereist', detail: 'Vul de naam in.', pointer: '#/naam' },
      { code: 'email-ongeldig', detail: 'Geef een geldig e-mailadres op.', pointer: '#/contacten/0/email' },
      { code: 'dag-ongeldig', detail: 'Kies een dag.', pointer: '#/dagen/2' },
      { code: 'onbekend', detail: 'Iets zonder veld.' },
    ],
  });
}

/** A form like the SPA's: the summary at the top, each field with its own messages, a submit button. */
function Formulier({ error }: { error: unknown }) {
  const [verstuurd, setVerstuurd] = useState(false);
  const fouten = verdeelFouten(verstuurd ? error : null, ['naam', 'contacten/0/email', 'dagen']);
  return (
    <form
      aria-label="Proef"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setVerstuurd(true);
      }}
    >
      {verstuurd && <ProblemMessage summary="Het is niet opgeslagen." error={error} fouten={fouten.overig} />}
      <Veld label="Naam" fouten={fouten.bij('naam')}>
        {(koppeling) => <input {...koppeling} />}
      </Veld>
      <Veld label="E-mailadres" fouten={fouten.bij('contacten/0/email')}>
        {(koppeling) => <input {...koppeling} type="email" />}
      </Veld>
      <fieldset>
        <legend>Dagen</legend>
        <Foutmelding fouten={fouten.bij('dagen')} />
        <label>
          <input type="checkbox" name="dag" value="maandag" /> Maandag
        </label>
      </fieldset>
      <button type="submit">Opslaan</button>
    </form>
  );
}

describe('ProblemMessage as the error summary of a form', () => {
  it('takes the focus after a failed submit, lists every problem, and links those with a field to it', async () => {
    render(<Formulier error={fout400()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const samenvatting = await screen.findByRole('alert');
    const kader = samenvatting.closest('.foutoverzicht') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(kader));
    expect(within(kader).getByRole('heading', { level: 2, name: 'Het is niet opgeslagen.' })).toBeTruthy();
    expect(within(kader).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Vul de naam in.',
      'Geef een geldig e-mailadres op.',
      'Kies een dag.',
      'Iets zonder veld.',
    ]);
    expect(within(kader).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Vul de naam in.',
      'Geef een geldig e-mailadres op.',
      'Kies een dag.',
    ]);
    // Each field still shows its own message.
    expect(screen.getByLabelText('Naam').getAttribute('aria-invalid')).toBe('true');
  });

  it('moves the focus to the field when its link is clicked, also for a group and a nested path', async () => {
    render(<Formulier error={fout400()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const samenvatting = await screen.findByRole('alert');

    const naar = (tekst: string) => {
      const link = within(samenvatting).getByRole('link', { name: tekst });
      fireEvent.click(link);
      return link;
    };
    const email = screen.getByLabelText('E-mailadres');
    const link = naar('Geef een geldig e-mailadres op.');
    expect(document.activeElement).toBe(email);
    expect(link.getAttribute('href')).toBe(`#${email.id}`);
    naar('Vul de naam in.');
    expect(document.activeElement).toBe(screen.getByLabelText('Naam'));
    // "dagen/2" falls under the group "dagen": its first control gets the focus.
    naar('Kies een dag.');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Maandag' }));
  });

  it('keeps the trace id for the helpdesk behind a details toggle', async () => {
    render(<Formulier error={fout400()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const samenvatting = await screen.findByRole('alert');

    const details = samenvatting.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Technische gegevens voor de helpdesk');
    expect(details?.textContent).toContain(TRACE_ID);
  });

  it('does not take the focus outside a form, and lists only the errors it is given', async () => {
    render(
      <div>
        <button type="button">Elders</button>
        <ProblemMessage summary="De lijst kon niet worden geladen." error={fout400()} fouten={[]} />
      </div>,
    );
    screen.getByRole('button', { name: 'Elders' }).focus();
    const samenvatting = await screen.findByRole('alert');
    expect(samenvatting.textContent).toContain('De lijst kon niet worden geladen.');
    expect(within(samenvatting).queryAllByRole('listitem')).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Elders' }));
  });
});

describe('ProblemMessage for a plain HTTP failure', () => {
  it('shows the Dutch detail and not the English status phrase that is the title of type about:blank', () => {
    const error = new ApiError(404, {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'Er is geen resource op dit pad.',
      traceId: TRACE_ID,
    });
    render(<ProblemMessage summary="De school kon niet worden geladen." error={error} />);

    const melding = screen.getByRole('alert');
    expect(within(melding).getByText('Er is geen resource op dit pad.')).toBeDefined();
    expect(within(melding).queryByText('Not Found')).toBeNull();
    // The trace id stays folded away for the helpdesk.
    expect(within(melding).getByText('Technische gegevens voor de helpdesk').closest('details')?.open).toBe(false);
  });

  it('shows the title of a problem of our own, which is Dutch', () => {
    const error = new ApiError(409, {
      type: 'urn:passendonderwijs:probleem:ongeldige-overgang',
      title: 'Dit botst met de huidige toestand.',
      status: 409,
      detail: "Een arrangement met de status 'actief' kunt u niet toekennen; dat kan alleen bij de status 'in behandeling'.",
    });
    render(<ProblemMessage summary="Het besluit is niet vastgelegd." error={error} />);

    expect(screen.getByText('Dit botst met de huidige toestand.')).toBeDefined();
  });
});

describe('ProblemMessage for an answer without problem+json', () => {
  it('says in words that the server failed and keeps the HTTP status for the helpdesk', () => {
    render(<ProblemMessage summary="De lijst kon niet worden geladen." error={new ApiError(502, '<html>Bad Gateway</html>')} />);

    const melding = screen.getByRole('alert');
    expect(within(melding).getByText('Er ging iets mis bij de server. Probeer het later opnieuw.')).toBeDefined();
    const details = within(melding).getByText('Technische gegevens voor de helpdesk').closest('details');
    expect(details?.open).toBe(false);
    expect(details?.textContent).toContain('HTTP-status 502');
  });
});
