import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bezwaar, tlv, tlvAanvraag } from '../test/tlvFixtures';
import { TlvBezwaarTijdlijn } from './TlvBezwaarTijdlijn';

/** The timeline's steps as their text, in order. */
function stappen(naam: string): string[] {
  return within(screen.getByRole('list', { name: naam }))
    .getAllByRole('listitem')
    .map((stap) => stap.textContent ?? '');
}

const vandaag = (iso: string) => vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${iso}T12:00:00`) });

describe('TlvBezwaarTijdlijn', () => {
  afterEach(() => vi.useRealTimers());

  it('says the bezwaar term has not started before the bekendmaking', () => {
    vandaag('2026-12-01');
    render(<TlvBezwaarTijdlijn tlv={tlvAanvraag()} />);

    expect(screen.getByRole('heading', { level: 2, name: 'Bezwaar' })).toBeDefined();
    expect(screen.getByText(/nog niet bekendgemaakt/)).toBeDefined();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows the running bezwaar term when there is no bezwaar, and that it ran out afterwards', () => {
    vandaag('2027-01-27');
    const { unmount } = render(<TlvBezwaarTijdlijn tlv={tlv()} />);

    expect(stappen('Bezwaartermijn')).toEqual([
      'Besluit bekendgemaakt op 16 december 2026 Gedaan',
      'Einde bezwaartermijn 27 januari 2027 OpenZes weken na de bekendmaking; tot en met deze dag kan bezwaar worden gemaakt.',
    ]);
    expect(screen.getByText('Er loopt geen bezwaar.')).toBeDefined();
    unmount();

    vandaag('2027-01-28');
    render(<TlvBezwaarTijdlijn tlv={tlv()} />);
    expect(stappen('Bezwaartermijn')[1]).toBe('Einde bezwaartermijn 27 januari 2027 VerlopenZes weken na de bekendmaking; de termijn is voorbij.');
  });

  it('flags a late bezwaar that still waits for verschoning or niet-ontvankelijk, and holds the LBT step', () => {
    vandaag('2027-02-10');
    const laat = bezwaar({ ontvangenOp: '2027-02-01', teLaat: true, lbtAdviesaanvraagUiterlijk: '2027-02-15' });
    render(<TlvBezwaarTijdlijn tlv={tlv({ status: 'in-bezwaar', lopendBezwaar: laat })} />);

    const lijst = stappen('Termijnen van het lopende bezwaar');
    expect(lijst[1]).toContain('Einde bezwaartermijn 27 januari 2027 Verlopen');
    expect(lijst[1]).toContain('Het bezwaar kwam na deze datum binnen.');
    expect(lijst[2]).toBe(
      'Bezwaar ontvangen op 1 februari 2027 Open' +
        'Ingediend door J. de Vries (ouders of verzorgers).' +
        'Te laat: ontvangen na het einde van de bezwaartermijn.' +
        'Nog te beoordelen: verschoon de termijnoverschrijding of verklaar het bezwaar niet-ontvankelijk, uiterlijk 15 februari 2027.',
    );
    expect(lijst[3]).toContain('LBT om advies vragen uiterlijk 15 februari 2027 Open');
    expect(lijst.slice(4)).toEqual([
      'Hoorzitting OpenNog niet gehouden. De LBT plant de hoorzitting.',
      'Advies van de LBT OpenNog niet ontvangen: gegrond of ongegrond.',
      'Beslissen uiterlijk 21 april 2027 OpenTwaalf weken na het einde van de bezwaartermijn; één keer te verdagen met zes weken.',
      'Beslissing op bezwaar OpenNog niet beslist.',
    ]);
  });

  it('shows an excused late bezwaar, the LBT asked with the stukken, the hearing and a verdaagde term that ran out', () => {
    vandaag('2027-06-03');
    const verdaagd = bezwaar({
      teLaat: true,
      ontvangenOp: '2027-01-29',
      verschoning: 'De ouders waren aantoonbaar in het ziekenhuis.',
      lbtAdviesaanvraagUiterlijk: '2027-02-12',
      lbtGevraagdOp: '2027-02-10',
      stukken: ['bezwaarschrift', 'verweerschrift', 'deskundigenadviezen'],
      hoorzittingOp: '2027-03-15',
      hoorzittingverslag: 'Ouders en school zijn gehoord.',
      beslissenUiterlijk: '2027-06-02',
      verdaging: 'De LBT heeft meer tijd nodig.',
    });
    render(<TlvBezwaarTijdlijn tlv={tlv({ status: 'in-bezwaar', lopendBezwaar: verdaagd })} />);

    const lijst = stappen('Termijnen van het lopende bezwaar');
    expect(lijst[2]).toContain('Bezwaar ontvangen op 29 januari 2027 Gedaan');
    expect(lijst[2]).toContain('Termijnoverschrijding verschoond: De ouders waren aantoonbaar in het ziekenhuis.');
    expect(lijst[3]).toBe(
      'LBT om advies vragen uiterlijk 12 februari 2027 GedaanGevraagd op 10 februari 2027.' +
        'Verstuurd naar de LBT en de indiener: het bezwaarschrift, het verweerschrift van het samenwerkingsverband, beide deskundigenadviezen.',
    );
    expect(lijst[4]).toBe('Hoorzitting op 15 maart 2027 GedaanVerslag: Ouders en school zijn gehoord.');
    expect(lijst[6]).toBe(
      'Beslissen uiterlijk 2 juni 2027 Verlopen' +
        'Verdaagd met zes weken (dit kan één keer): De LBT heeft meer tijd nodig.' +
        'De beslistermijn is voorbij en er is nog niet beslist.',
    );
  });

  it('lists the afgeronde bezwaren with the LBT advice, the afloop and its motivering; a niet-ontvankelijk one skips the LBT', () => {
    vandaag('2027-06-03');
    const gehandhaafd = bezwaar({
      lbtGevraagdOp: '2027-01-25',
      lbtOordeel: 'ongegrond',
      lbtAdviesOp: '2027-03-20',
      afloop: 'handhaven',
      afgerondOp: '2027-04-01',
      motivering: 'Wij volgen het advies van de LBT.',
    });
    const nietOntvankelijk = bezwaar({
      id: 'ander-bezwaar',
      indiener: 'andere-belanghebbende',
      indienerNaam: 'Buurtvereniging',
      ontvangenOp: '2027-02-20',
      teLaat: true,
      lbtAdviesaanvraagUiterlijk: '2027-03-06',
      afloop: 'niet-ontvankelijk',
      afgerondOp: '2027-02-25',
    });
    render(<TlvBezwaarTijdlijn tlv={tlv({ afgerondeBezwaren: [gehandhaafd, nietOntvankelijk] })} />);

    expect(screen.getByRole('heading', { level: 3, name: 'Afgeronde bezwaren' })).toBeDefined();
    const eerste = stappen('Bezwaar van J. de Vries, ontvangen op 20 januari 2027');
    expect(eerste[3]).toBe('Advies van de LBT op 20 maart 2027 GedaanHet bezwaar is volgens de LBT ongegrond.');
    expect(eerste[4]).toContain('Beslist op 1 april 2027.');
    expect(eerste[5]).toBe('Beslissing op bezwaar: besluit gehandhaafd GedaanOp 1 april 2027.Motivering: Wij volgen het advies van de LBT.');
    expect(eerste.every((stap) => !stap.includes('Verlopen'))).toBe(true);

    const tweede = stappen('Bezwaar van Buurtvereniging, ontvangen op 20 februari 2027');
    expect(tweede[1]).toBe('LBT om advies vragen uiterlijk 6 maart 2027 Niet meer nodigHet bezwaar is niet-ontvankelijk verklaard.');
    expect(tweede[5]).toBe('Beslissing op bezwaar: niet-ontvankelijk GedaanOp 25 februari 2027.');
    expect(screen.getByText('Er loopt geen bezwaar.')).toBeDefined();
  });
});
