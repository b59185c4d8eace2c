import { useTranslation } from '../../../shared/i18n/react';
import { useParams } from 'react-router';
import { findRegion } from '@tsifra/domain/regions';
import { RatingsNav } from '../../../shared/monitoring/RatingsNav';
import { RegionRatingTab } from '../components/RegionRatingTab';

/** `/ratings/regions/:code`: the region tab on its own page, until the region page mounts it. */
export function RegionRatingRoute() {
  const { code = '' } = useParams();
  const { i18n } = useTranslation();
  const info = findRegion(code.toUpperCase());
  return (
    <section aria-labelledby="region-rating-title">
      <h1 id="region-rating-title">{info ? (i18n.language.startsWith('en') ? info.nameEn : info.name) : code}</h1>
      <RatingsNav />
      <RegionRatingTab code={code} />
    </section>
  );
}
