import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { leesZoekterm, ZOEKPAD, type ZoekStaat } from '../zoekterm';

/**
 * The search box in the header: pupils, arrangementen and aanbieders in one go. It opens the results page with the
 * term in the navigation's state, not in the URL. Its own search landmark, named apart from a page's search form.
 */
export function Zoekvak() {
  const location = useLocation();
  const navigate = useNavigate();
  const [invoer, setInvoer] = useState(() => leesZoekterm(location.state) ?? '');
  const zoek = (event: FormEvent) => {
    event.preventDefault();
    const staat: ZoekStaat = { zoekterm: invoer.trim() };
    navigate(ZOEKPAD, { state: staat });
  };
  return (
    <form role="search" aria-label="Zoeken in PassendOnderwijs" className="container zoekvak" onSubmit={zoek}>
      <label htmlFor="zoekvak-invoer" className="zoekvak__label">
        Zoek een leerling, arrangement of aanbieder
      </label>
      <div className="zoekvak__regel">
        <input
          id="zoekvak-invoer"
          type="search"
          className="zoekvak__invoer"
          autoComplete="off"
          spellCheck={false}
          value={invoer}
          onChange={(event) => setInvoer(event.target.value)}
        />
        <button type="submit" className="button zoekvak__knop">
          Zoeken
        </button>
      </div>
    </form>
  );
}
