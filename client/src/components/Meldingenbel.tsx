import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { belNaam, useAantalOngelezen } from '../api/meldingen';

/**
 * The bell in the header: a link to the notification centre whose name says how many are unread ("Meldingen, 3
 * ongelezen"), so a screen reader hears the count and not just a picture. The count is asked again on every
 * navigation and once a minute, never faster.
 */
export function Meldingenbel() {
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const { data: aantal } = useAantalOngelezen(true);
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: ['meldingen', 'aantal-ongelezen'] });
  }, [pathname, queryClient]);

  return (
    <Link to="/meldingen" className="meldingenbel" aria-label={belNaam(aantal)}>
      <span aria-hidden="true" className="meldingenbel__icoon">
        {'\u{1F514}'}
      </span>
      <span aria-hidden="true">Meldingen</span>
      {aantal !== undefined && aantal > 0 && (
        <span aria-hidden="true" className="meldingenbel__aantal">
          {aantal}
        </span>
      )}
    </Link>
  );
}
