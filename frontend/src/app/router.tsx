import { BrowserRouter, useRoutes } from 'react-router';
import { routes } from './route-table';

function Routes() {
  return useRoutes(routes);
}

/**
 * Declarative routing: the app has no loaders or actions, and the data router (createBrowserRouter)
 * costs every first screen about 17 KB gzipped more. Navigations still run in a transition, so
 * the old page stays until a lazy page's code has arrived. Tests render the same routes in a
 * memory data router (src/testing/render.tsx) to read its location.
 */
export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes />
    </BrowserRouter>
  );
}
