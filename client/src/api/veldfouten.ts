import { ApiError } from './problem';
import type { components } from './schema';

export type ProbleemFout = components['schemas']['ProbleemFout'];

/**
 * The messages of one field, which remember the field's path: `Veld` and `Foutmelding` mark their field with it,
 * so the error summary at the top of the form can link each problem to the field it is about.
 */
export type VeldMeldingen = string[] & { readonly pad?: string };

/** The errors of a failed request, split between the fields of a form and the rest. */
export interface Veldfouten {
  /** The messages that belong to `veld` (a path like "communicatiecontexten/0/email"). */
  bij(veld: string): VeldMeldingen;
  /** The errors that belong to none of the form's fields; show them as a list. */
  overig: ProbleemFout[];
}

/**
 * Where an error of a problem+json answer points: its JSON pointer without "#/" ("#/erkenning/code" becomes
 * "erkenning/code"), or the name of its query parameter.
 */
export function foutPad(fout: ProbleemFout): string | undefined {
  if (fout.pointer !== undefined) return fout.pointer.replace(/^#\/?/, '');
  return fout.parameter;
}

/**
 * Assigns each error of `error` (an ApiError with problem+json errors) to the most specific of `velden` that
 * its path falls under: "erkenning/licenties/2" goes to "erkenning/licenties" when the form has no field for the
 * single licence. Errors that fit no field end up in `overig`.
 */
export function verdeelFouten(error: unknown, velden: readonly string[]): Veldfouten {
  const fouten = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  const perVeld = new Map<string, string[]>();
  const overig: ProbleemFout[] = [];
  for (const fout of fouten) {
    const pad = foutPad(fout);
    const veld = pad === undefined ? undefined : meestSpecifiek(pad, velden);
    if (veld === undefined) overig.push(fout);
    else perVeld.set(veld, [...(perVeld.get(veld) ?? []), fout.detail]);
  }
  return { bij: (veld) => metPad(perVeld.get(veld) ?? [], veld), overig };
}

// Not enumerable: the messages still compare and print as a plain list.
function metPad(meldingen: string[], pad: string): VeldMeldingen {
  return Object.defineProperty(meldingen, 'pad', { value: pad, enumerable: false });
}

/** The most specific of `velden` that `pad` falls under ("a/b/2" under "a/b" rather than "a"), if any. */
export function meestSpecifiek(pad: string, velden: readonly string[]): string | undefined {
  let gevonden: string | undefined;
  for (const veld of velden) {
    const past = pad === veld || pad.startsWith(`${veld}/`);
    if (past && (gevonden === undefined || veld.length > gevonden.length)) gevonden = veld;
  }
  return gevonden;
}

/** No errors at all: for a form that has not been sent yet. */
export const geenVeldfouten: Veldfouten = { bij: () => [], overig: [] };
