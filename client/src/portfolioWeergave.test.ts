// @vitest-environment node
/// <reference types="node" />
// Node, not jsdom: this test reads the committed contract (openapi.yaml) and renders nothing.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { houdtPortfolioBij } from './auth/rollen';
import { EXPERTISEGEBIEDEN, fteTekst, opsomming, WERKDAGEN } from './portfolioWeergave';

const contract = load(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as {
  components: { schemas: Record<string, { enum?: string[] }> };
};

describe('the words of the regional portfolio', () => {
  it('names every expertisegebied and werkdag of the contract, in its order', () => {
    expect([...EXPERTISEGEBIEDEN.keys()]).toEqual(contract.components.schemas.Expertisegebied?.enum);
    expect([...WERKDAGEN.keys()]).toEqual(contract.components.schemas.Werkdag?.enum);
  });

  it('writes fte with a decimal comma and lists with "en"', () => {
    expect(fteTekst(0.6)).toBe('0,6 fte');
    expect(fteTekst(2.4000000000000004)).toBe('2,4 fte');
    expect(fteTekst(1)).toBe('1 fte');
    expect(opsomming(['Noord-West'])).toBe('Noord-West');
    expect(opsomming(['maandag', 'dinsdag', 'donderdag'])).toBe('maandag, dinsdag en donderdag');
    expect(opsomming([])).toBe('');
  });

  it('lets only a medewerker with the functie beleidsmedewerker or manager ondersteuning keep the portfolio', () => {
    expect(houdtPortfolioBij({ rollen: ['swv-medewerker'], functies: ['beleidsmedewerker'] })).toBe(true);
    expect(houdtPortfolioBij({ rollen: ['swv-medewerker'], functies: ['manager-ondersteuning'] })).toBe(true);
    expect(houdtPortfolioBij({ rollen: ['swv-medewerker'], functies: ['regionaal-procesbegeleider'] })).toBe(false);
    expect(houdtPortfolioBij({ rollen: ['swv-beheerder'], functies: ['beleidsmedewerker'] })).toBe(false);
    expect(houdtPortfolioBij({ rollen: ['swv-medewerker'] })).toBe(false);
  });
});
