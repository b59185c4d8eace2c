import type { RouteObject } from 'react-router';
import { RegionsRoute } from '../features/regions/routes/RegionsRoute';
import { authRoutes } from './authRoutes';
import { withTexts } from './i18n';
import { Loading } from '../shared/Loading';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <RegionsRoute /> },
      // A region's page is one click from the overview, not on it: its own chunk like the rest.
      {
        path: 'regions/:code',
        lazy: withTexts(() =>
          import('../features/strategy/routes/RegionRoute').then((m) => ({ Component: m.RegionRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      // The review screen is loaded on demand, to keep the first page small.
      {
        path: 'regions/:code/review',
        lazy: withTexts(() =>
          import('../features/review/routes/ReviewRoute').then((m) => ({ Component: m.ReviewRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      // GosTech plans and the federal summary, loaded on demand like the review screen.
      {
        path: 'regions/:code/gostech',
        lazy: withTexts(() =>
          import('../features/gostech/routes/GostechPlanRoute').then((m) => ({ Component: m.GostechPlanRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      {
        path: 'gostech',
        lazy: withTexts(() =>
          import('../features/gostech/routes/GostechSummaryRoute').then((m) => ({ Component: m.GostechSummaryRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      // Strategy execution (progress): the federal view and a region's page, loaded on demand.
      {
        path: 'progress',
        lazy: withTexts(() =>
          import('../features/progress/routes/ProgressOverviewRoute').then((m) => ({
            Component: m.ProgressOverviewRoute,
          })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      {
        path: 'regions/:code/progress',
        lazy: withTexts(() =>
          import('../features/progress/routes/RegionProgressRoute').then((m) => ({ Component: m.RegionProgressRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      // The МСЗУ tracker: the federal dashboard and a region's tab, loaded on demand.
      {
        path: 'mszu',
        lazy: withTexts(() =>
          import('../features/mszu/routes/MszuDashboardRoute').then((m) => ({ Component: m.MszuDashboardRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      {
        path: 'regions/:code/mszu',
        lazy: withTexts(() =>
          import('../features/mszu/routes/MszuRegionRoute').then((m) => ({ Component: m.MszuRegionRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      // Ratings, maturity index and the РЦТ/ЦУР registry (issue 14), loaded on demand.
      {
        path: 'ratings',
        lazy: withTexts(() =>
          import('../features/ratings/routes/RatingRoute').then((m) => ({ Component: m.RatingRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      {
        path: 'ratings/methodologies',
        lazy: withTexts(() =>
          import('../features/ratings/routes/MethodologiesRoute').then((m) => ({ Component: m.MethodologiesRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      {
        path: 'ratings/maturity/:quarter?',
        lazy: withTexts(() =>
          import('../features/ratings/routes/MaturityRoute').then((m) => ({ Component: m.MaturityRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      {
        path: 'ratings/maturity-return/:code?/:quarter?',
        lazy: withTexts(() =>
          import('../features/ratings/routes/MaturityReportRoute').then((m) => ({ Component: m.MaturityReportRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      {
        path: 'ratings/admin/:period?',
        lazy: withTexts(() =>
          import('../features/ratings/routes/RatingAdminRoute').then((m) => ({ Component: m.RatingAdminRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      {
        path: 'ratings/regions/:code',
        lazy: withTexts(() =>
          import('../features/ratings/routes/RegionRatingRoute').then((m) => ({ Component: m.RegionRatingRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      {
        path: 'ratings/:period',
        lazy: withTexts(() =>
          import('../features/ratings/routes/RatingRoute').then((m) => ({ Component: m.RatingRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      {
        path: 'opendata',
        lazy: withTexts(() =>
          import('../features/opendata/routes/OpenDataRoute').then((m) => ({ Component: m.OpenDataRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      {
        path: 'registry',
        lazy: withTexts(() =>
          import('../features/registry/routes/RegistryRoute').then((m) => ({ Component: m.RegistryRoute })),
        ),
        hydrateFallbackElement: <Loading />,
      },
      ...authRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
];
