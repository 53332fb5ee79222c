import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { useAantalOngelezen } from '../api/meldingen';

/**
 * The bell in the header: a link to the notification centre whose name says how many are unread ("Meldingen, 3
 * ongelezen"), so a screen reader hears the count and not just a picture or a colour. The count is asked again on every
 * navigation and once a minute, never faster.
 */
export function Meldingenbel() {
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const { data: aantal } = useAantalOngelezen(true);
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: ['meldingen', 'aantal-ongelezen'] });
  }, [pathname, queryClient]);

  // The name is what the link shows, in words: "Meldingen, 3 ongelezen" (belNaam), so what one sees is what a
  // screen reader says and what a speech user can say; the count is in a badge, but its words carry it, not its colour.
  return (
    <Link to="/meldingen" className="meldingenbel">
      <span aria-hidden="true" className="meldingenbel__icoon">
        {'\u{1F514}'}
      </span>
      {aantal !== undefined && aantal > 0 ? (
        <span>
          Meldingen, <strong className="meldingenbel__aantal">{aantal}</strong> ongelezen
        </span>
      ) : (
        <span>Meldingen</span>
      )}
    </Link>
  );
}
