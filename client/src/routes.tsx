import { Navigate, type RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { ErrorPage } from './pages/ErrorPage';
import { ExpertisesPage } from './pages/ExpertisesPage';
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
