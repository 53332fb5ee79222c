import { TableContainer } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface Props {
  /**
   * What the table shows (usually its caption); the region is announced as "Tabel: …", so it never has the same
   * name as the section around it.
   */
  label: string;
  children: ReactNode;
}

/**
 * Lets a wide table scroll sideways inside itself, so the page never does (WCAG 1.4.10 Reflow). The region can take
 * the focus, so keyboard users can scroll it with the arrow keys too.
 */
export function TabelContainer({ label, children }: Props) {
  return (
    <TableContainer className="tabel-container" tabIndex={0} role="region" aria-label={`Tabel: ${label}`}>
      {children}
    </TableContainer>
  );
}
