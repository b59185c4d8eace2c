import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';

export const SectorList_sectors = graphql(`
  fragment SectorList_sectors on Sector {
    id
    code
    name
    nameEn
    mainArea2021
    maturityKeySector
  }
`);

/** The sectors a region chose for its strategy, with their programme roles. */
export function SectorList(props: { sectors: readonly FragmentType<typeof SectorList_sectors>[] }) {
  const sectors = useFragment(SectorList_sectors, props.sectors);
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  if (sectors.length === 0) return <p>{t('strategy.sectors.none')}</p>;
  return (
    <ul className="sectors">
      {sectors.map((sector) => (
        <li key={sector.id} className="sectors__item">
          <span className="sectors__name">{lang === 'en' ? sector.nameEn : sector.name}</span>
          {sector.mainArea2021 && <span className="tag">{t('strategy.sectors.mainArea2021')}</span>}
          {sector.maturityKeySector && <span className="tag">{t('strategy.sectors.maturityKeySector')}</span>}
        </li>
      ))}
    </ul>
  );
}
