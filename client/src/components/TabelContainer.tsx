import { TableContainer } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface Props {
  /** What the table shows, for the region screen readers announce (usually the table's caption). */
  label: string;
  children: ReactNode;
}

/**
 * Lets a wide table scroll sideways inside itself, so the page never does (WCAG 1.4.10 Reflow). The region can take
 * the focus, so keyboard users can scroll it with the arrow keys too.
 */
export function TabelContainer({ label, children }: Props) {
  return (
    <TableContainer className="tabel-container" tabIndex={0} role="region" aria-label={label}>
      {children}
    </TableContainer>
  );
}
