import { useEffect, useState } from 'react';

/** `waarde`, but only once it has stayed the same for `ms` milliseconds: a search as the person stops typing. */
export function useVertraagd<T>(waarde: T, ms = 300): T {
  const [vertraagd, setVertraagd] = useState(waarde);
  useEffect(() => {
    const timer = setTimeout(() => setVertraagd(waarde), ms);
    return () => clearTimeout(timer);
  }, [waarde, ms]);
  return vertraagd;
}
