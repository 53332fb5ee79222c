import { createContext } from 'react';
import type { Aanmelder } from './Aanmelder';

export const AanmelderContext = createContext<Aanmelder | null>(null);
