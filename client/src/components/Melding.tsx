interface Props {
  tekst: string | undefined;
}

/**
 * Tells that something worked ("De contactgegevens zijn opgeslagen."). The live region is always there, so
 * screen readers announce a message that appears later.
 */
export function Melding({ tekst }: Props) {
  return (
    <div role="status" className="melding">
      {tekst}
    </div>
  );
}

/** A message handed over with a navigation (`navigate(to, { state: { melding } })`). */
export function leesMelding(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('melding' in state)) return undefined;
  return typeof state.melding === 'string' ? state.melding : undefined;
}
