import type { ReactNode } from 'react';
import './SorteerKop.css';

/**
 * A column header that sorts the list by its field (`naam`, or `-naam` descending). `aria-sort` tells a screen reader
 * which column orders the table and which way; the button says what a press will do. The order itself is the API's
 * (`sorteer`), so the whole list is sorted, not only the rows loaded so far.
 */
export function SorteerKop<T extends string>({
  veld,
  sortering,
  onSorteer,
  children,
}: {
  veld: string;
  sortering: T;
  onSorteer: (sortering: T) => void;
  children: ReactNode;
}) {
  const richting = sortering === veld ? 'ascending' : sortering === `-${veld}` ? 'descending' : 'none';
  const volgende = (richting === 'ascending' ? `-${veld}` : veld) as T;
  return (
    <th scope="col" aria-sort={richting}>
      <button
        type="button"
        className="sorteerknop"
        onClick={() => onSorteer(volgende)}
      >
        {children}
        <span aria-hidden="true" className="sorteerknop__pijl">
          {richting === 'ascending' ? ' ▲' : richting === 'descending' ? ' ▼' : ' ↕'}
        </span>
      </button>
    </th>
  );
}
