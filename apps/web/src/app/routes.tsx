import type { RouteObject } from 'react-router';
import { RegionsRoute } from '../features/regions/routes/RegionsRoute';
import { authRoutes } from './authRoutes';
import { lazyPage } from './lazyPage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

// Every page but the overview is its own chunk, loaded when first shown (issue 16).
const RegionRoute = lazyPage(
  () => import('../features/strategy/routes/RegionRoute'),
  (m) => m.RegionRoute,
);
const ReviewRoute = lazyPage(
  () => import('../features/review/routes/ReviewRoute'),
  (m) => m.ReviewRoute,
);
const GostechPlanRoute = lazyPage(
  () => import('../features/gostech/routes/GostechPlanRoute'),
  (m) => m.GostechPlanRoute,
);
const GostechSummaryRoute = lazyPage(
  () => import('../features/gostech/routes/GostechSummaryRoute'),
  (m) => m.GostechSummaryRoute,
);
const ProgressOverviewRoute = lazyPage(
  () => import('../features/progress/routes/ProgressOverviewRoute'),
  (m) => m.ProgressOverviewRoute,
);
const RegionProgressRoute = lazyPage(
  () => import('../features/progress/routes/RegionProgressRoute'),
  (m) => m.RegionProgressRoute,
);
const MszuDashboardRoute = lazyPage(
  () => import('../features/mszu/routes/MszuDashboardRoute'),
  (m) => m.MszuDashboardRoute,
);
const MszuRegionRoute = lazyPage(
  () => import('../features/mszu/routes/MszuRegionRoute'),
  (m) => m.MszuRegionRoute,
);
const RatingRoute = lazyPage(
  () => import('../features/ratings/routes/RatingRoute'),
  (m) => m.RatingRoute,
);
const MethodologiesRoute = lazyPage(
  () => import('../features/ratings/routes/MethodologiesRoute'),
  (m) => m.MethodologiesRoute,
);
const MaturityRoute = lazyPage(
  () => import('../features/ratings/routes/MaturityRoute'),
  (m) => m.MaturityRoute,
);
const MaturityReportRoute = lazyPage(
  () => import('../features/ratings/routes/MaturityReportRoute'),
  (m) => m.MaturityReportRoute,
);
const RatingAdminRoute = lazyPage(
  () => import('../features/ratings/routes/RatingAdminRoute'),
  (m) => m.RatingAdminRoute,
);
const RegionRatingRoute = lazyPage(
  () => import('../features/ratings/routes/RegionRatingRoute'),
  (m) => m.RegionRatingRoute,
);
const OpenDataRoute = lazyPage(
  () => import('../features/opendata/routes/OpenDataRoute'),
  (m) => m.OpenDataRoute,
);
const RegistryRoute = lazyPage(
  () => import('../features/registry/routes/RegistryRoute'),
  (m) => m.RegistryRoute,
);

/**
 * The app's pages, rendered by `useRoutes` (App.tsx): a declarative router, so React Router's data router (~17 KB
 * gzip) stays off the first page (issue 16). Layout catches a page's errors.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <RegionsRoute /> },
      // A region's page is one click from the overview, not on it: its own chunk like the rest.
      { path: 'regions/:code', element: <RegionRoute /> },
      { path: 'regions/:code/review', element: <ReviewRoute /> },
      // GosTech plans and the federal summary.
      { path: 'regions/:code/gostech', element: <GostechPlanRoute /> },
      { path: 'gostech', element: <GostechSummaryRoute /> },
      // Strategy execution (progress): the federal view and a region's page.
      { path: 'progress', element: <ProgressOverviewRoute /> },
      { path: 'regions/:code/progress', element: <RegionProgressRoute /> },
      // The МСЗУ tracker: the federal dashboard and a region's tab.
      { path: 'mszu', element: <MszuDashboardRoute /> },
      { path: 'regions/:code/mszu', element: <MszuRegionRoute /> },
      // Ratings, maturity index and the РЦТ/ЦУР registry (issue 14).
      { path: 'ratings', element: <RatingRoute /> },
      { path: 'ratings/methodologies', element: <MethodologiesRoute /> },
      { path: 'ratings/maturity/:quarter?', element: <MaturityRoute /> },
      { path: 'ratings/maturity-return/:code?/:quarter?', element: <MaturityReportRoute /> },
      { path: 'ratings/admin/:period?', element: <RatingAdminRoute /> },
      { path: 'ratings/regions/:code', element: <RegionRatingRoute /> },
      { path: 'ratings/:period', element: <RatingRoute /> },
      { path: 'opendata', element: <OpenDataRoute /> },
      { path: 'registry', element: <RegistryRoute /> },
      ...authRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
];
