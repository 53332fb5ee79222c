import { Link, NavLink, Outlet } from 'react-router';

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
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" className="container" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
