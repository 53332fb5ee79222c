import { Link, NavLink, Outlet } from 'react-router';
import { beheertPlatform, beheertSamenwerkingsverband, leestOrganisaties, werktMetArrangementen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { AanmeldStatus } from './AanmeldStatus';

export function Layout() {
  const { rollen, id } = useGebruiker();
  const metArrangementen = werktMetArrangementen(rollen);
  const aangemeld = id !== '';
  return (
    <>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="site-header__brand">
            PassendOnderwijs
          </Link>
          <nav aria-label="Hoofdmenu">
            <ul className="site-nav">
              {metArrangementen && (
                <>
                  <li>
                    <NavLink to="/werkvoorraad">Mijn werkvoorraad</NavLink>
                  </li>
                  <li>
                    <NavLink to="/arrangementen">Arrangementen</NavLink>
                  </li>
                  <li>
                    <NavLink to="/leerlingen">Leerlingen</NavLink>
                  </li>
                </>
              )}
              {beheertSamenwerkingsverband(rollen) && (
                <>
                  <li>
                    <NavLink to="/beheer">Beheer</NavLink>
                  </li>
                  <li>
                    <NavLink to="/gebruikers">Accounts</NavLink>
                  </li>
                  <li>
                    <NavLink to="/koppelingen">Koppelingen</NavLink>
                  </li>
                  <li>
                    <NavLink to="/auditlog">Auditlog</NavLink>
                  </li>
                </>
              )}
              {beheertPlatform(rollen) && (
                <>
                  <li>
                    <NavLink to="/samenwerkingsverbanden">Samenwerkingsverbanden</NavLink>
                  </li>
                  <li>
                    <NavLink to="/platform-gebruikers">Accounts van het platform</NavLink>
                  </li>
                </>
              )}
              {aangemeld && leestOrganisaties(rollen) && (
                <li>
                  <NavLink to="/scholen">Scholen</NavLink>
                </li>
              )}
              <li>
                <NavLink to="/expertises">Expertises</NavLink>
              </li>
              <li>
                <NavLink to="/aanbieders">Aanbieders</NavLink>
              </li>
              <li>
                <NavLink to="/ik">Mijn gegevens</NavLink>
              </li>
            </ul>
          </nav>
          <AanmeldStatus />
        </div>
      </header>
      <main id="inhoud" className="container" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
