import { Link, NavLink, Outlet } from 'react-router';
import { AanmeldStatus } from './AanmeldStatus';

export function Layout() {
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
