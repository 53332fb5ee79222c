import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  /** The name of the search landmark: "Arrangementen filteren". */
  label: string;
  /** The list without filters, for "Filters wissen". */
  wisNaar: string;
  onFilter: () => void;
  children: ReactNode;
}

/** The filter form of a list: its fields side by side, "Filteren" and "Filters wissen" below them. */
export function Filterformulier({ label, wisNaar, onFilter, children }: Props) {
  const filter = (event: FormEvent) => {
    event.preventDefault();
    onFilter();
  };
  return (
    <form role="search" aria-label={label} className="zoekformulier" noValidate onSubmit={filter}>
      <div className="zoekformulier__velden">{children}</div>
      <div className="knoppen">
        <button type="submit" className="button">
          Filteren
        </button>
        <Link to={wisNaar} className="button button--secundair">
          Filters wissen
        </Link>
      </div>
    </form>
  );
}
