import { Alert } from '@utrecht/component-library-react';

interface Props {
  tekst: string | undefined;
}

/**
 * Tells that something worked ("De contactgegevens zijn opgeslagen."). The live region is always there, so
 * screen readers announce a message that appears later; it shows as an NL Design System "ok" alert only when
 * it has a text.
 */
export function Melding({ tekst }: Props) {
  return (
    <div role="status" className="melding">
      {tekst && (
        <Alert type="ok" role="none" className="melding__inhoud">
          {tekst}
        </Alert>
      )}
    </div>
  );
}

/** A message handed over with a navigation (`navigate(to, { state: { melding } })`). */
export function leesMelding(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('melding' in state)) return undefined;
  return typeof state.melding === 'string' ? state.melding : undefined;
}
