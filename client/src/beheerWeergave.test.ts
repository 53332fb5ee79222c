// @vitest-environment node
/// <reference types="node" />
// Node, not jsdom: this test reads the committed contract (openapi.yaml) and renders nothing.
// A beheerder chooses a koppeling's scopes by label: every scope the API knows needs one, and an explanation.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { FUNCTIES, functieNamen, functieTekst, SCOPE_KEUZES, scopeTekst } from './beheerWeergave';

const contract = load(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as {
  components: { schemas: Record<string, { enum?: string[] }> };
};
const scopes = contract.components.schemas.Scope?.enum ?? [];

describe('the scopes a beheerder chooses from', () => {
  it('offers every scope of the contract, each once', () => {
    expect(scopes.length).toBeGreaterThan(0);
    expect(SCOPE_KEUZES.map((k) => k.waarde)).toEqual(scopes);
  });

  it.each(scopes)('names %s in words, never as its code', (scope) => {
    const keuze = SCOPE_KEUZES.find((k) => k.waarde === scope);
    expect(scopeTekst(scope)).not.toBe(scope);
    expect(keuze?.uitleg).toBeTruthy();
  });

  it("says that the OPP scopes are about ROD, not the plan's content", () => {
    expect(scopeTekst('opp.lezen')).toBe("OPP's lezen voor ROD");
    expect(SCOPE_KEUZES.find((k) => k.waarde === 'opp.lezen')?.uitleg).toContain('nooit de inhoud');
    expect(scopeTekst('opp.registreren')).toBe("ROD-registratie van OPP's bevestigen");
  });
});

describe('the functies a beheerder gives a medewerker', () => {
  it('offers every functie of the contract, each once, in its order, with what it opens', () => {
    expect(FUNCTIES.map((f) => f.waarde)).toEqual(contract.components.schemas.Functie?.enum);
    expect(FUNCTIES.every((f) => f.uitleg.length > 0)).toBe(true);
  });

  it('names them after the role in words, and nothing without one', () => {
    expect(functieTekst(['beleidsmedewerker', 'regionaal-procesbegeleider'])).toBe(', regionaal procesbegeleider en beleidsmedewerker');
    expect(functieTekst([])).toBe('');
    expect(functieTekst(undefined)).toBe('');
  });

  it('lists three as a sentence does, in the order of the choice', () => {
    expect(functieNamen(['manager-ondersteuning', 'regionaal-procesbegeleider', 'beleidsmedewerker'])).toBe(
      'regionaal procesbegeleider, beleidsmedewerker en manager ondersteuning',
    );
    expect(functieNamen(['manager-ondersteuning'])).toBe('manager ondersteuning');
  });
});
