// @vitest-environment node
/// <reference types="node" />
// Node, not jsdom: this test reads the committed contract (openapi.yaml) from the repository and renders nothing.
// The SPA and the API name every code with the same Dutch words: the API's messages ("Kies een status uit de lijst:
// in behandeling, …") and the contract's x-enum-labels must read as the screens do. This test reads the contract.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { BEKOSTIGERS, SOORTEN, STATUSSEN, UITVOERDERS, VERVOLGEN } from './arrangementLabels';
import { rolNaam } from './auth/rollen';
import { ADVIESSOORTEN, CASUS_STATUSSEN, DEELNEMERSROLLEN, EXPERTISEGEBIEDEN, LEERJAARBANDEN, UITKOMSTEN } from './casuistiekWeergave';
import { BEROEPSREGISTERS, DISCIPLINES } from './deskundigeWeergave';
import { AKKOORDANTWOORDEN, DOSSIER_STATUSSEN, OVERDRACHTSPROFIELEN, VERSLAGSOORTEN } from './dossierLabels';
import { accountstatusTekst } from './gebruikerWeergave';
import { SOORT_LABELS } from './schoolWeergave';
import { TEVREDENHEIDSVRAGEN } from './tevredenheidWeergave';
import {
  ADVIESPLEKKEN,
  BEKOSTIGINGSCATEGORIEEN,
  BEZWAARAFLOPEN,
  BEZWAARSTUKKEN,
  INDIENERS,
  LBT_OORDELEN,
  TLV_SOORTEN,
  TLV_STAPPEN,
  TLV_STATUSSEN,
} from './tlvLabels';
import {
  AANLEIDINGEN,
  DOELTERMIJNEN,
  INSTEMMINGSWIJZEN,
  OPP_STAPPEN,
  OPP_STATUSSEN,
  ROD_ONDERDELEN,
  UITSTROOMBESTEMMINGEN,
  VERSIESTATUSSEN,
} from './oppLabels';
import { NIVEAUS, VERANTWOORDING_STAPPEN, VERANTWOORDING_STATUSSEN, VERDEELSLEUTELS } from './middelenWeergave';
import { sectorTekst, tenantStatusTekst } from './tenantWeergave';
import { DOCUMENTHERKOMSTEN, DOCUMENTSOORTEN, ZAAKSOORTEN } from './documentWeergave';
import {
  BEEINDIGINGSREDENEN,
  THUISZITREDENEN,
  THUISZITTER_STAPPEN,
  THUISZITTER_STATUSSEN,
  VERZUIMSOORTEN,
  VRIJSTELLINGSGRONDEN,
} from './thuiszitterWeergave';

interface Schema {
  enum?: (string | number)[];
  'x-enum-labels'?: string[];
}

const contract = load(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as {
  components: { schemas: Record<string, Schema> };
};

/** The contract's labels of a code list, keyed by code. */
function contractLabels(naam: string): Map<string, string> {
  const schema = contract.components.schemas[naam];
  const codes = schema?.enum ?? [];
  const labels = schema?.['x-enum-labels'] ?? [];
  expect(labels, `${naam} has a label per code in the contract`).toHaveLength(codes.length);
  return new Map(codes.map((code, i) => [String(code), labels[i]!]));
}

const alsMap = (codes: Iterable<string>, label: (code: string) => string) => new Map([...codes].map((code) => [code, label(code)]));

describe('the labels of the code lists', () => {
  it.each([
    ['ArrangementStatus', STATUSSEN],
    ['SoortArrangement', SOORTEN],
    ['SoortUitvoerder', UITVOERDERS],
    ['Bekostiger', BEKOSTIGERS],
    ['Vervolg', VERVOLGEN],
    ['SoortSchool', new Map(Object.entries(SOORT_LABELS))],
    ['Discipline', DISCIPLINES],
    ['Beroepsregister', BEROEPSREGISTERS],
    ['TlvStatus', TLV_STATUSSEN],
    ['SoortToelaatbaarheid', TLV_SOORTEN],
    ['Bekostigingscategorie', BEKOSTIGINGSCATEGORIEEN],
    ['TlvStap', TLV_STAPPEN],
    ['Adviesplek', ADVIESPLEKKEN],
    ['Bezwaarafloop', BEZWAARAFLOPEN],
    ['LbtOordeel', LBT_OORDELEN],
    ['Bezwaarstuk', BEZWAARSTUKKEN],
    ['Indiener', INDIENERS],
    ['OppStatus', OPP_STATUSSEN],
    ['Versiestatus', VERSIESTATUSSEN],
    ['OppStap', OPP_STAPPEN],
    ['Uitstroombestemming', UITSTROOMBESTEMMINGEN],
    ['Doeltermijn', DOELTERMIJNEN],
    ['Instemmingswijze', INSTEMMINGSWIJZEN],
    ['Aanleiding', AANLEIDINGEN],
    ['RodOnderdeel', ROD_ONDERDELEN],
    ['Documentsoort', DOCUMENTSOORTEN],
    ['Documentherkomst', DOCUMENTHERKOMSTEN],
    ['Zaaksoort', ZAAKSOORTEN],
    ['DossierimportStatus', DOSSIER_STATUSSEN],
    ['Overdrachtsprofiel', OVERDRACHTSPROFIELEN],
    ['Akkoordantwoord', AKKOORDANTWOORDEN],
    ['Verslagsoort', VERSLAGSOORTEN],
    ['Deelnemersrol', DEELNEMERSROLLEN],
    ['Leerjaarband', LEERJAARBANDEN],
    ['Uitkomstsoort', UITKOMSTEN],
    ['Adviessoort', ADVIESSOORTEN],
    ['CasusStatus', CASUS_STATUSSEN],
    ['Expertisegebied', EXPERTISEGEBIEDEN],
    ['Tevredenheidsvraag', TEVREDENHEIDSVRAGEN],
    ['Verdeelsleutel', VERDEELSLEUTELS],
    ['VerantwoordingStatus', VERANTWOORDING_STATUSSEN],
    ['VerantwoordingStap', VERANTWOORDING_STAPPEN],
    ['Verantwoordingsniveau', NIVEAUS],
    ['Verzuimsoort', VERZUIMSOORTEN],
    ['Thuiszitreden', THUISZITREDENEN],
    ['Vrijstellingsgrond', VRIJSTELLINGSGRONDEN],
    ['Beeindigingsreden', BEEINDIGINGSREDENEN],
    ['ThuiszitterStatus', THUISZITTER_STATUSSEN],
    ['ThuiszitterStap', THUISZITTER_STAPPEN],
  ] as const)('%s: the SPA shows the words of the API', (naam, spa) => {
    expect(new Map(spa)).toEqual(contractLabels(naam));
  });

  it.each([
    ['Rol', rolNaam],
    ['Accountstatus', (code: string) => accountstatusTekst(code as Parameters<typeof accountstatusTekst>[0])],
    ['TenantStatus', (code: string) => tenantStatusTekst(code as Parameters<typeof tenantStatusTekst>[0])],
    ['Sector', (code: string) => sectorTekst(code as Parameters<typeof sectorTekst>[0])],
  ] as const)('%s: the SPA names each code as the API does', (naam, label) => {
    const api = contractLabels(naam);
    expect(alsMap(api.keys(), label)).toEqual(api);
  });
});
