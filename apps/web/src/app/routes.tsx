import type { RouteObject } from 'react-router';
import { RegionsRoute } from '../features/regions/routes/RegionsRoute';
import { RegionRoute } from '../features/strategy/routes/RegionRoute';
import { authRoutes } from '../features/auth/authRoutes';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <RegionsRoute /> },
      { path: 'regions/:code', element: <RegionRoute /> },
      ...authRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
];
