// @vitest-environment node
/// <reference types="node" />
// Node, not jsdom: this test reads the SPA's own sources and the committed contract, and renders nothing.
// The product speaks with one voice: the sign-in, activation and start pages say "u", so every screen does. This test
// reads every text a person can see in the SPA's sources (string literals, template texts, JSX text) and refuses the
// informal forms; a new screen that says "je" fails here with its file and text. The contract's summaries, descriptions
// and examples are read by the integrators of a LAS: they say "u" too (the API's own messages: MeldingTests).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = new URL('.', import.meta.url).pathname;

/** The informal forms of address, as whole words: letters next to them make another word ("bijeenkomst", "jouwe" apart). */
const INFORMEEL = /(?<![\p{L}\d])(je|jij|jou|jouw|jouwe|jezelf)(?![\p{L}\d])/iu;

/** The sources people read: not the tests, their fixtures, or the types generated from the contract. */
function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((item) => {
    const pad = join(map, item.name);
    if (item.isDirectory()) return item.name === 'test' ? [] : bronbestanden(pad);
    return /\.tsx?$/.test(item.name) && !/\.test\.tsx?$/.test(item.name) && !item.name.endsWith('.d.ts') ? [pad] : [];
  });
}

/** Every text in one source: string literals, the text parts of template literals and JSX text. */
function teksten(naam: string, bron: string): string[] {
  const bestand = ts.createSourceFile(naam, bron, ts.ScriptTarget.Latest, true, naam.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const gevonden: string[] = [];
  const bezoek = (knoop: ts.Node) => {
    if (ts.isStringLiteral(knoop) || ts.isNoSubstitutionTemplateLiteral(knoop) || ts.isTemplateLiteralToken(knoop)) {
      gevonden.push(knoop.text);
    } else if (ts.isJsxText(knoop) && knoop.text.trim() !== '') {
      gevonden.push(knoop.text.replace(/\s+/g, ' ').trim());
    }
    ts.forEachChild(knoop, bezoek);
  };
  bezoek(bestand);
  return gevonden;
}

const informeel = (naam: string, bron: string) => teksten(naam, bron).filter((tekst) => INFORMEEL.test(tekst));

describe('one voice: the SPA addresses the reader as "u"', () => {
  it('no text in the sources says je, jij, jou or jouw', () => {
    const bestanden = bronbestanden(SRC);
    let aantal = 0;
    const fout: string[] = [];
    for (const pad of bestanden) {
      const bron = readFileSync(pad, 'utf8');
      aantal += teksten(pad, bron).length;
      for (const tekst of informeel(pad, bron)) fout.push(`${relative(SRC, pad)}: ${tekst}`);
    }
    expect(aantal, 'the scan finds the texts of the sources').toBeGreaterThan(500);
    expect(fout, fout.join('\n')).toEqual([]);
  });

  it("no summary, description or example in the contract says je, jij, jou or jouw", () => {
    const contract = load(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
    const alle: string[] = [];
    const verzamel = (waarde: unknown, pad: string) => {
      if (typeof waarde === 'string') alle.push(`${pad}: ${waarde}`);
      else if (Array.isArray(waarde)) waarde.forEach((w, i) => verzamel(w, `${pad}[${i}]`));
      else if (waarde !== null && typeof waarde === 'object') for (const [k, w] of Object.entries(waarde)) verzamel(w, `${pad}/${k}`);
    };
    verzamel(contract, '');
    expect(alle.length, 'the walk finds the texts of the contract').toBeGreaterThan(1000);
    const fout = alle.filter((tekst) => INFORMEEL.test(tekst.slice(tekst.indexOf(': ') + 2)));
    expect(fout, fout.join('\n')).toEqual([]);
  });

  it('the check finds the informal forms in every kind of text, and only as whole words', () => {
    expect(informeel('a.ts', `const a = 'Kies je school.';`)).toEqual(['Kies je school.']);
    expect(informeel('a.ts', 'const a = `Er wacht ${n} actie op jou`;')).toEqual([' actie op jou']);
    expect(informeel('a.tsx', 'const a = <p>Jouw aanvragen</p>;')).toEqual(['Jouw aanvragen']);
    expect(informeel('a.tsx', 'const a = <p title="Wat jij ziet">x</p>;')).toEqual(['Wat jij ziet']);
    expect(informeel('a.ts', `const a = 'Kiest u uw school? De bijeenkomst, het jeugdhulparrangement.';`)).toEqual([]);
    expect(informeel('a.ts', '// je mag commentaar zo schrijven\nconst a = 1;')).toEqual([]);
  });
});
