import type { ReactNode } from 'react';
import type { Aanmelder } from './Aanmelder';
import { AanmelderContext } from './aanmelderContext';

interface Props {
  /** One per page load, made next to the router (main.tsx); tests pass one with a fake UserManager. */
  aanmelder: Aanmelder;
  children: ReactNode;
}

export function AanmeldingProvider({ aanmelder, children }: Props) {
  return <AanmelderContext value={aanmelder}>{children}</AanmelderContext>;
}
