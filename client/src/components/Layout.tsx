import { NavBar, NavList, PageHeader, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import {
  SCHOOL_MEDEWERKER,
  SWV_MEDEWERKER,
  beheertDeskundigen,
  beheertPlatform,
  beheertSamenwerkingsverband,
  heeftMeldingen,
  heeftWerkvoorraad,
  isOuder,
  leestPortfolio,
  leestTevredenheidsuitslag,
  evalueertPortfolio,
  leestAanbieders,
  leestOrganisaties,
  magZoeken,
  volgtLokaleNetwerken,
  werktMetBeleidsinformatie,
  werktMetMiddelen,
  werktMetArrangementen,
  werktMetTlvs,
  werktMetThuiszitters,
  beheertThuiszitters,
} from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { AanmeldStatus } from './AanmeldStatus';
import { Meldingenbel } from './Meldingenbel';
import { Zoekvak } from './Zoekvak';

const MENU_ID = 'hoofdmenu';

export function Layout() {
  const gebruiker = useGebruiker();
  const { rollen, id } = gebruiker;
  const metArrangementen = werktMetArrangementen(rollen);
  const aangemeld = id !== '';
  // On a narrow screen the menu folds away behind a "Menu" button (CSS shows the button only there); a new
  // page folds it again, so it does not cover the page the person just chose.
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setMenuOpen(false), [pathname]);
  return (
    <>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="site-header__brand">
            PassendOnderwijs
          </Link>
          {aangemeld && heeftMeldingen(rollen) && <Meldingenbel />}
          <AanmeldStatus />
          {/* Right before the menu it opens, so Tab goes from the button into the menu. */}
          <button
            type="button"
            className="menuknop"
            aria-expanded={menuOpen}
            aria-controls={MENU_ID}
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
        </div>
        <NavBar id={MENU_ID} aria-label="Hoofdmenu" className={menuOpen ? 'site-nav site-nav--open' : 'site-nav'}>
          <NavList className="container site-nav__lijst">
            {isOuder(rollen) && <MenuLink to="/ouderportaal">Mijn kinderen</MenuLink>}
            {heeftWerkvoorraad(rollen) && <MenuLink to="/werkvoorraad">Mijn werkvoorraad</MenuLink>}
            {metArrangementen && <MenuLink to="/arrangementen">Arrangementen</MenuLink>}
            {werktMetTlvs(rollen) && <MenuLink to="/toelaatbaarheidsverklaringen">Toelaatbaarheidsverklaringen</MenuLink>}
            {(rollen.includes(SCHOOL_MEDEWERKER) || rollen.includes(SWV_MEDEWERKER)) && <MenuLink to="/aanmeldingen">Aanmeldingen</MenuLink>}
            {werktMetThuiszitters(rollen) && <MenuLink to="/thuiszitters">Thuiszitters</MenuLink>}
            {beheertThuiszitters(rollen) && <MenuLink to="/thuiszitters/telling">Telling thuiszitters</MenuLink>}
            {metArrangementen && (
              <MenuLink to="/expertinzetten">{rollen.includes('expert') ? 'Mijn trajecten' : 'Inzet van experts'}</MenuLink>
            )}
            {rollen.includes(SCHOOL_MEDEWERKER) && <MenuLink to="/casussen">Casuïstiek</MenuLink>}
            {volgtLokaleNetwerken(gebruiker) && <MenuLink to="/lokale-netwerken">Lokale netwerken</MenuLink>}
            {(rollen.includes(SCHOOL_MEDEWERKER) || leestTevredenheidsuitslag(gebruiker)) && <MenuLink to="/tevredenheid">Tevredenheid</MenuLink>}
            {metArrangementen && <MenuLink to="/leerlingen">Leerlingen</MenuLink>}
            {beheertSamenwerkingsverband(rollen) && (
              <>
                <MenuLink to="/beheer">Beheer</MenuLink>
                <MenuLink to="/gebruikers">Accounts</MenuLink>
                <MenuLink to="/koppelingen">Koppelingen</MenuLink>
                <MenuLink to="/auditlog">Auditlog</MenuLink>
              </>
            )}
            {beheertPlatform(rollen) && (
              <>
                <MenuLink to="/samenwerkingsverbanden">Samenwerkingsverbanden</MenuLink>
                <MenuLink to="/platform-gebruikers">Accounts van het platform</MenuLink>
                <MenuLink to="/platform-auditlog">Auditlog van het platform</MenuLink>
              </>
            )}
            {aangemeld && leestOrganisaties(rollen) && <MenuLink to="/scholen">Scholen</MenuLink>}
            {aangemeld && beheertDeskundigen(rollen) && <MenuLink to="/deskundigen">Deskundigen</MenuLink>}
            {aangemeld && leestPortfolio(rollen) && <MenuLink to="/portfolio">Portfolio</MenuLink>}
            {evalueertPortfolio(gebruiker) && <MenuLink to="/portfolio-evaluatie">Jaarevaluatie</MenuLink>}
            {werktMetBeleidsinformatie(gebruiker) && <MenuLink to="/leerlingaantallen">Leerlingaantallen</MenuLink>}
            {aangemeld && beheertSamenwerkingsverband(rollen) && <MenuLink to="/beleidsinstellingen">Beleidsinstellingen</MenuLink>}
            {evalueertPortfolio(gebruiker) && <MenuLink to="/beleidsinformatie">Beleidsinformatie</MenuLink>}
            {aangemeld && werktMetMiddelen(gebruiker) && (
              <>
                <MenuLink to="/middelen">Middelen</MenuLink>
                <MenuLink to="/samenwerkingsprojecten">Samenwerkingsprojecten</MenuLink>
              </>
            )}
            {!isOuder(rollen) && <MenuLink to="/expertises">Expertises</MenuLink>}
            {/* A visitor sees it and is asked to sign in; a signed-in person only when the API lets them read it. */}
            {(!aangemeld || leestAanbieders(rollen)) && <MenuLink to="/aanbieders">Aanbieders</MenuLink>}
            <MenuLink to="/ik">Mijn gegevens</MenuLink>
          </NavList>
        </NavBar>
        {aangemeld && magZoeken(rollen) && <Zoekvak />}
      </PageHeader>
      <main id="inhoud" className="container" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

/** A menu item: the NL Design System nav-list link, navigating inside the SPA and marking the current page. */
function MenuLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <li className="utrecht-nav-list__item">
      <NavLink to={to} className="utrecht-nav-list__link utrecht-link">
        {children}
      </NavLink>
    </li>
  );
}
