import { useTranslation } from '../../../shared/i18n/react';
import { percent } from '../model/months';

export interface NationalShareData {
  share?: number | null;
  federalWeight: number;
  regionalWeight: number;
  federalShare?: number | null;
  regionalShare?: number | null;
  connected: number;
  total: number;
  leaders: number;
  laggards: number;
}

/** Удмсу with its inputs, so the figure can be checked by hand. */
export function NationalShare({ n }: { n: NationalShareData }) {
  const { t, i18n } = useTranslation();
  const p = (v: number | null | undefined) => percent(v, i18n.language);
  return (
    <section className="mszu-national" aria-labelledby="mszu-national-title">
      <h2 id="mszu-national-title">{t('mszu.national.title')}</h2>
      <p className="mszu-national__figure">
        <strong>{p(n.share)}</strong> = {p(n.federalWeight)} × {p(n.federalShare)} + {p(n.regionalWeight)} ×{' '}
        {p(n.regionalShare)}
      </p>
      <dl className="mszu-national__inputs">
        <dt>{t('mszu.national.federalWeight')}</dt>
        <dd>{p(n.federalWeight)}</dd>
        <dt>{t('mszu.national.federalShare')}</dt>
        <dd>{p(n.federalShare)}</dd>
        <dt>{t('mszu.national.regionalWeight')}</dt>
        <dd>{p(n.regionalWeight)}</dd>
        <dt>{t('mszu.national.regionalShare')}</dt>
        <dd>{p(n.regionalShare)}</dd>
        <dt>{t('mszu.national.pairs')}</dt>
        <dd>
          {n.connected} / {n.total}
        </dd>
      </dl>
      <p className="muted">{t('mszu.national.note')}</p>
    </section>
  );
}
