import type { RouteObject } from 'react-router';
import { RequireAanmelding } from './auth/RequireAanmelding';
import { Layout } from './components/Layout';
import { AanbiederPage } from './pages/AanbiederPage';
import { AanbiedersPage } from './pages/AanbiedersPage';
import { AangemeldPage } from './pages/AangemeldPage';
import { ArrangementenPage } from './pages/ArrangementenPage';
import { ArrangementPage } from './pages/ArrangementPage';
import { AuditlogPage } from './pages/AuditlogPage';
import { BeheerPage } from './pages/BeheerPage';
import { DeskundigenPage } from './pages/DeskundigenPage';
import { PortfolioPage } from './pages/PortfolioPage';
import { PortfolioevaluatiePage } from './pages/PortfolioevaluatiePage';
import { LeerlingaantallenPage } from './pages/LeerlingaantallenPage';
import { BeleidsinstellingenPage } from './pages/BeleidsinstellingenPage';
import { BeleidsinformatiePage } from './pages/BeleidsinformatiePage';
import { MiddelenPage } from './pages/MiddelenPage';
import { SamenwerkingsprojectenPage } from './pages/SamenwerkingsprojectenPage';
import { DossierAanleverenPage } from './pages/DossierAanleverenPage';
import { DossierPage } from './pages/DossierPage';
import { ErrorPage } from './pages/ErrorPage';
import { ExpertisesPage } from './pages/ExpertisesPage';
import { ExpertinzetPage } from './pages/ExpertinzetPage';
import { ExpertinzettenPage } from './pages/ExpertinzettenPage';
import { NieuweExpertinzetPage } from './pages/NieuweExpertinzetPage';
import { GebruikersPage } from './pages/GebruikersPage';
import { IkPage } from './pages/IkPage';
import { IndelingPage } from './pages/IndelingPage';
import { KindPage } from './pages/KindPage';
import { KoppelingenPage } from './pages/KoppelingenPage';
import { KoppelingPage } from './pages/KoppelingPage';
import { LeerlingenPage } from './pages/LeerlingenPage';
import { LeerlingPage } from './pages/LeerlingPage';
import { MeldingenPage } from './pages/MeldingenPage';
import { MeldingvoorkeurenPage } from './pages/MeldingvoorkeurenPage';
import { NieuweAanbiederPage } from './pages/NieuweAanbiederPage';
import { NieuwArrangementPage } from './pages/NieuwArrangementPage';
import { NieuweLeerlingPage } from './pages/NieuweLeerlingPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NieuwOppPage } from './pages/NieuwOppPage';
import { AanmeldingenPage } from './pages/AanmeldingenPage';
import { AanmeldingPage } from './pages/AanmeldingPage';
import { NieuweAanmeldingPage } from './pages/NieuweAanmeldingPage';
import { OppPage } from './pages/OppPage';
import { OppAfdrukPage } from './pages/OppAfdrukPage';
import { OrganisatiesPage } from './pages/OrganisatiesPage';
import { OuderportaalPage } from './pages/OuderportaalPage';
import { PlatformAuditlogPage } from './pages/PlatformAuditlogPage';
import { PlatformgebruikersPage } from './pages/PlatformgebruikersPage';
import { SamenwerkingsverbandenPage } from './pages/SamenwerkingsverbandenPage';
import { SamenwerkingsverbandPage } from './pages/SamenwerkingsverbandPage';
import { ScholenPage } from './pages/ScholenPage';
import { StartPage } from './pages/StartPage';
import { NieuweTlvPage } from './pages/NieuweTlvPage';
import { TlvPage } from './pages/TlvPage';
import { NieuweThuiszitterPage } from './pages/NieuweThuiszitterPage';
import { ThuiszitterPage } from './pages/ThuiszitterPage';
import { ThuiszittersPage } from './pages/ThuiszittersPage';
import { ThuiszittertellingPage } from './pages/ThuiszittertellingPage';
import { ToelaatbaarheidsverklaringenPage } from './pages/ToelaatbaarheidsverklaringenPage';
import { WerkvoorraadPage } from './pages/WerkvoorraadPage';
import { CasussenPage } from './pages/CasussenPage';
import { LokaleNetwerkenPage } from './pages/LokaleNetwerkenPage';
import { TevredenheidPage } from './pages/TevredenheidPage';
import { ZoekresultatenPage } from './pages/ZoekresultatenPage';

// Shared by the browser router (main.tsx) and the memory router in tests.
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'expertises', element: <ExpertisesPage /> },
      { path: 'aangemeld', element: <AangemeldPage /> },
      {
        // Everything below needs a signed-in user.
        element: <RequireAanmelding />,
        children: [
          { path: 'ik', element: <IkPage /> },
          { path: 'ouderportaal', element: <OuderportaalPage /> },
          { path: 'ouderportaal/kinderen/:id', element: <KindPage /> },
          { path: 'meldingen', element: <MeldingenPage /> },
          { path: 'meldingen/voorkeuren', element: <MeldingvoorkeurenPage /> },
          { path: 'aanbieders', element: <AanbiedersPage /> },
          { path: 'aanbieders/nieuw', element: <NieuweAanbiederPage /> },
          { path: 'aanbieders/:code', element: <AanbiederPage /> },
          { path: 'werkvoorraad', element: <WerkvoorraadPage /> },
          { path: 'expertinzetten', element: <ExpertinzettenPage /> },
          { path: 'expertinzetten/nieuw', element: <NieuweExpertinzetPage /> },
          { path: 'expertinzetten/:id', element: <ExpertinzetPage /> },
          { path: 'casussen', element: <CasussenPage /> },
          { path: 'lokale-netwerken', element: <LokaleNetwerkenPage /> },
          { path: 'tevredenheid', element: <TevredenheidPage /> },
          { path: 'arrangementen', element: <ArrangementenPage /> },
          { path: 'arrangementen/nieuw', element: <NieuwArrangementPage /> },
          { path: 'arrangementen/:id', element: <ArrangementPage /> },
          { path: 'toelaatbaarheidsverklaringen', element: <ToelaatbaarheidsverklaringenPage /> },
          { path: 'toelaatbaarheidsverklaringen/nieuw', element: <NieuweTlvPage /> },
          { path: 'toelaatbaarheidsverklaringen/:id', element: <TlvPage /> },
          { path: 'thuiszitters', element: <ThuiszittersPage /> },
          { path: 'thuiszitters/nieuw', element: <NieuweThuiszitterPage /> },
          { path: 'thuiszitters/telling', element: <ThuiszittertellingPage /> },
          { path: 'thuiszitters/:id', element: <ThuiszitterPage /> },
          { path: 'ontwikkelingsperspectiefplannen/nieuw', element: <NieuwOppPage /> },
          { path: 'aanmeldingen', element: <AanmeldingenPage /> },
          { path: 'aanmeldingen/nieuw', element: <NieuweAanmeldingPage /> },
          { path: 'aanmeldingen/:id', element: <AanmeldingPage /> },
          { path: 'ontwikkelingsperspectiefplannen/:id', element: <OppPage /> },
          { path: 'leerlingen', element: <LeerlingenPage /> },
          { path: 'leerlingen/nieuw', element: <NieuweLeerlingPage /> },
          { path: 'leerlingen/:id', element: <LeerlingPage /> },
          { path: 'dossiers/nieuw', element: <DossierAanleverenPage /> },
          { path: 'dossiers/:id', element: <DossierPage /> },
          { path: 'scholen', element: <ScholenPage /> },
          { path: 'deskundigen', element: <DeskundigenPage /> },
          { path: 'portfolio', element: <PortfolioPage /> },
          { path: 'portfolio-evaluatie', element: <PortfolioevaluatiePage /> },
          { path: 'leerlingaantallen', element: <LeerlingaantallenPage /> },
          { path: 'beleidsinstellingen', element: <BeleidsinstellingenPage /> },
          { path: 'beleidsinformatie', element: <BeleidsinformatiePage /> },
          { path: 'middelen', element: <MiddelenPage /> },
          { path: 'samenwerkingsprojecten', element: <SamenwerkingsprojectenPage /> },
          { path: 'samenwerkingsverbanden', element: <SamenwerkingsverbandenPage /> },
          { path: 'samenwerkingsverbanden/:code', element: <SamenwerkingsverbandPage /> },
          { path: 'beheer', element: <BeheerPage /> },
          { path: 'gebruikers', element: <GebruikersPage /> },
          { path: 'koppelingen', element: <KoppelingenPage /> },
          { path: 'koppelingen/:clientId', element: <KoppelingPage /> },
          { path: 'auditlog', element: <AuditlogPage /> },
          { path: 'indeling', element: <IndelingPage /> },
          { path: 'organisaties', element: <OrganisatiesPage /> },
          { path: 'platform-gebruikers', element: <PlatformgebruikersPage /> },
          { path: 'zoeken', element: <ZoekresultatenPage /> },
          { path: 'platform-auditlog', element: <PlatformAuditlogPage /> },
          { path: 'ontwikkelingsperspectiefplannen/:id/versies/:nummer/afdrukken', element: <OppAfdrukPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
