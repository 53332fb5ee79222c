// How the SPA shows a pupil's documents: the kinds and cases in the API's words, sizes in kB or MB.
import { alsCodelijst } from './arrangementLabels';
import type { components } from './api/schema';

type Schemas = components['schemas'];

export const DOCUMENTSOORTEN = alsCodelijst<Schemas['Documentsoort']>({
  pdf: 'PDF-document',
  docx: 'Word-document',
  odt: 'OpenDocument-tekst',
  png: 'PNG-afbeelding',
  jpeg: 'JPEG-foto',
});

export const DOCUMENTHERKOMSTEN = alsCodelijst<Schemas['Documentherkomst']>({
  upload: 'Geüpload',
  'oso-import': 'Uit OSO-dossier',
});

export const ZAAKSOORTEN = alsCodelijst<Schemas['Zaaksoort']>({
  arrangement: 'Arrangement',
  toelaatbaarheidsverklaring: 'TLV',
  ontwikkelingsperspectiefplan: 'OPP',
  thuiszitter: 'Thuiszitter',
  aanmelding: 'Aanmelding',
});

/** Where the SPA shows a case of each kind. */
export const ZAAKPADEN: Readonly<Record<Schemas['Zaaksoort'], string>> = {
  arrangement: '/arrangementen',
  toelaatbaarheidsverklaring: '/toelaatbaarheidsverklaringen',
  ontwikkelingsperspectiefplan: '/ontwikkelingsperspectiefplannen',
  thuiszitter: '/thuiszitters',
  aanmelding: '/aanmeldingen',
};

/** How a sentence names the case on its own page: "Nog geen documenten bij dit arrangement." */
export const DEZE_ZAAK: Readonly<Record<Schemas['Zaaksoort'], string>> = {
  arrangement: 'dit arrangement',
  toelaatbaarheidsverklaring: 'deze TLV',
  ontwikkelingsperspectiefplan: 'dit OPP',
  thuiszitter: 'deze registratie',
  aanmelding: 'deze aanmelding',
};

const KB = 1024;
const MB = 1024 * 1024;

/** "12 kB", "2,4 MB": whole kilobytes below a megabyte (at least 1), else megabytes with one decimal, Dutch comma. */
export function grootteTekst(bytes: number): string {
  if (bytes < MB) return `${Math.max(1, Math.round(bytes / KB))} kB`;
  return `${(Math.round((bytes / MB) * 10) / 10).toFixed(1).replace('.', ',')} MB`;
}
