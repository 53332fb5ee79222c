import { useEffect, useRef } from 'react';

/** A ref for the heading of a form that opens on request: it gets the focus, so the user lands in the form. */
export function useFocusBijOpenen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
