import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** The text of the button that opens the form. */
  knop: string;
  open: boolean;
  onOpen: () => void;
  knopClassName?: string;
  children: ReactNode;
}

/**
 * A button that gives way to a form. When the form closes and took the focus with it, the focus returns to the
 * button; when the user opened another form meanwhile, it stays there.
 */
export function Uitklapper({ knop, open, onOpen, knopClassName = 'button button--secundair', children }: Props) {
  const knopRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    const focusKwijt = document.activeElement === null || document.activeElement === document.body;
    if (wasOpen.current && !open && focusKwijt) knopRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (open) return <>{children}</>;
  return (
    <button ref={knopRef} type="button" className={knopClassName} onClick={onOpen}>
      {knop}
    </button>
  );
}
