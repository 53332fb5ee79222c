import { Navigate, type RouteObject } from 'react-router';
import { RequireAanmelding } from './auth/RequireAanmelding';
import { Layout } from './components/Layout';
import { AangemeldPage } from './pages/AangemeldPage';
import { ErrorPage } from './pages/ErrorPage';
import { ExpertisesPage } from './pages/ExpertisesPage';
import { IkPage } from './pages/IkPage';
import { NotFoundPage } from './pages/NotFoundPage';

// Shared by the browser router (main.tsx) and the memory router in tests.
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <Navigate to="/expertises" replace /> },
      { path: 'expertises', element: <ExpertisesPage /> },
      { path: 'aangemeld', element: <AangemeldPage /> },
      {
        // Everything below needs a signed-in user.
        element: <RequireAanmelding />,
        children: [{ path: 'ik', element: <IkPage /> }],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
