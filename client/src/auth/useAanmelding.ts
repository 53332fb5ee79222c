import { useContext, useSyncExternalStore } from 'react';
import type { AanmeldOpties, Aanmelding } from './Aanmelder';
import { AanmelderContext } from './aanmelderContext';

export type AanmeldingMetActies = Aanmelding & {
  /** Signs in through the OIDC provider and comes back to `returnTo` (a path on this site). */
  meldAan: (returnTo: string, opties?: AanmeldOpties) => Promise<void>;
  /** Signs out here and at the OIDC provider, which then sends the browser to the start page. */
  meldAf: () => Promise<void>;
};

/** Whether someone is signed in (and who), and the actions to sign in and out. */
export function useAanmelding(): AanmeldingMetActies {
  const aanmelder = useContext(AanmelderContext);
  if (!aanmelder) throw new Error('useAanmelding needs an AanmeldingProvider above it');
  const aanmelding = useSyncExternalStore(aanmelder.subscribe, aanmelder.getSnapshot);
  return { ...aanmelding, meldAan: aanmelder.meldAan, meldAf: aanmelder.meldAf };
}
