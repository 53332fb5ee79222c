import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { koppelTokenBron } from './api/client';
import { Aanmelder } from './auth/Aanmelder';
import { AanmeldingProvider } from './auth/AanmeldingProvider';
import { createUserManager } from './auth/userManager';
import { createQueryClient } from './queryClient';
import { routes } from './routes';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/component-library-css/dist/html.css';
import './thema.css';
import './styles.css';

const router = createBrowserRouter(routes);
const queryClient = createQueryClient();
const aanmelder = new Aanmelder(createUserManager(window.location.origin), router);
koppelTokenBron(aanmelder);
// Completes a sign-in when the OIDC provider sent the browser to /aangemeld.
void aanmelder.start();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AanmeldingProvider aanmelder={aanmelder}>
        <RouterProvider router={router} />
      </AanmeldingProvider>
    </QueryClientProvider>
  </StrictMode>,
);
