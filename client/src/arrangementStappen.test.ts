import { describe, expect, it } from 'vitest';
import type { Arrangement } from './api/arrangementen';
import { toegestaneStappen } from './arrangementStappen';

const SWV = ['swv-medewerker'];
const SCHOOL = ['school-medewerker'];
const EXPERT = ['expert'];
const BEHEERDER = ['swv-beheerder'];

// Typed as any string on purpose: a status this SPA does not know yet (from a newer API) must offer no steps.
const zonderVraag = (status: string) => ({ status: status as Arrangement['status'], openVraag: null });

describe('toegestaneStappen', () => {
  it('lets only the SWV medewerker take a new request in behandeling', () => {
    expect(toegestaneStappen(zonderVraag('aangevraagd'), SWV)).toEqual(['behandeling']);
    for (const rollen of [SCHOOL, EXPERT, BEHEERDER]) expect(toegestaneStappen(zonderVraag('aangevraagd'), rollen)).toEqual([]);
  });

  it('lets the SWV medewerker decide or ask a question while in behandeling', () => {
    expect(toegestaneStappen(zonderVraag('in-behandeling'), SWV)).toEqual(['toekenning', 'afwijzing', 'informatieverzoek']);
    expect(toegestaneStappen(zonderVraag('in-behandeling'), SCHOOL)).toEqual([]);
  });

  it('with an open question: the school answers, the SWV may still decide but not ask a second question', () => {
    const metVraag = { status: 'in-behandeling' as const, openVraag: 'Is er een OPP?' };
    expect(toegestaneStappen(metVraag, SCHOOL)).toEqual(['antwoord']);
    expect(toegestaneStappen(metVraag, SWV)).toEqual(['toekenning', 'afwijzing']);
    expect(toegestaneStappen(metVraag, EXPERT)).toEqual([]);
  });

  it('lets the providing roles start a granted arrangement, and evaluate or end an active one', () => {
    for (const rollen of [SWV, SCHOOL, EXPERT]) {
      expect(toegestaneStappen(zonderVraag('toegekend'), rollen)).toEqual(['start']);
      expect(toegestaneStappen(zonderVraag('actief'), rollen)).toEqual(['evaluatie', 'beeindiging']);
    }
    expect(toegestaneStappen(zonderVraag('actief'), BEHEERDER)).toEqual([]);
  });

  it('offers nothing once refused or ended, nor for an unknown status', () => {
    for (const status of ['afgewezen', 'beeindigd', 'onbekend']) {
      expect(toegestaneStappen(zonderVraag(status), [...SWV, ...SCHOOL, ...EXPERT])).toEqual([]);
    }
  });

  it('treats a missing openVraag as no open question', () => {
    expect(toegestaneStappen({ status: 'in-behandeling' }, SWV)).toContain('informatieverzoek');
  });
});
