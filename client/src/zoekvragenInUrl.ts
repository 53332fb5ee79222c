// A list's search, filters and order live in the URL, so they survive a reload and the Back button and can be shared.

/** The filters as the URL holds them (?status=&soort=), every value trimmed; an absent one is empty. */
export function leesZoekvragen<Vraag extends string>(params: URLSearchParams, vragen: readonly Vraag[]): Record<Vraag, string> {
  const zoekvragen = {} as Record<Vraag, string>;
  for (const vraag of vragen) zoekvragen[vraag] = params.get(vraag)?.trim() ?? '';
  return zoekvragen;
}

/** The order as the URL holds it (?sorteer=-einddatum); the list's standard order when absent or unknown. */
export function leesSortering<Sortering extends string>(
  params: URLSearchParams,
  sorteringen: readonly Sortering[],
  standaard: Sortering,
): Sortering {
  const gevraagd = params.get('sorteer') ?? '';
  return sorteringen.find((sortering) => sortering === gevraagd) ?? standaard;
}

/**
 * Only what was chosen goes into the URL, in a fixed order (the order first, when it is not the standard one), so a
 * search has one address.
 */
export function alsZoekparameters<Vraag extends string>(
  zoekvragen: Record<Vraag, string>,
  vragen: readonly Vraag[],
  sortering?: { waarde: string; standaard: string },
): URLSearchParams {
  const params = new URLSearchParams();
  if (sortering && sortering.waarde !== sortering.standaard) params.set('sorteer', sortering.waarde);
  for (const vraag of vragen) if (zoekvragen[vraag] !== '') params.set(vraag, zoekvragen[vraag]);
  return params;
}
