import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { RatingImportPanel } from '../components/RatingImportPanel';
import { RatingTable } from '../components/RatingTable';
import { RatingsNav } from '../../../shared/monitoring/RatingsNav';
import '../ratings.css';

export const RatingAdminRouteQuery = graphql(`
  query RatingAdminRouteQuery($period: String!) {
    regions {
      code
      name
      nameEn
    }
    rating(period: $period) {
      version
      entries {
        rank
        region {
          code
        }
      }
    }
    ratingDraft(period: $period) {
      published
      methodology {
        code
        parameters {
          code
          name
          nameEn
          maxPoints
          derivation
        }
      }
      entries {
        rank
        score
        previousRank
        band
        region {
          code
          name
          nameEn
        }
        parameters {
          code
          points
          noData
        }
      }
    }
  }
`);

const SetInput = graphql(`
  mutation RatingAdminSetInput($input: RatingInputInput!) {
    setRatingInput(input: $input) {
      id
      value
    }
  }
`);

const Publish = graphql(`
  mutation RatingAdminPublish($period: String!, $reason: String) {
    publishRating(period: $period, reason: $reason) {
      id
      version
    }
  }
`);

/** `/ratings/admin/:period?`: correct an input, watch the draft move against the published rating, publish with a reason. */
export function RatingAdminRoute() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { period = '2021-11' } = useParams();
  const { data, loading, error, refetch } = useQuery(RatingAdminRouteQuery, {
    variables: { period },
    fetchPolicy: 'network-only',
  });
  const [setInput, setState] = useMutation(SetInput);
  const [publish, publishState] = useMutation(Publish);
  const [region, setRegion] = useState('');
  const [parameter, setParameter] = useState('');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const en = i18n.language.startsWith('en');
  const draft = data?.ratingDraft;
  const entered = draft?.methodology.parameters.filter((p) => p.derivation === 'ENTERED') ?? [];
  const published = new Map((data?.rating?.entries ?? []).map((e) => [e.region.code, e.rank]));

  const onCorrect = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    await setInput({
      variables: {
        input: {
          regionCode: region,
          period,
          parameterCode: parameter || entered[0]!.code,
          value: Number(value.replace(',', '.')),
        },
      },
    });
    setDone(t('ratings.admin.saved'));
    await refetch();
  };
  const onPublish = async (e: FormEvent) => {
    e.preventDefault();
    const res = await publish({ variables: { period, reason: reason || null } });
    setDone(t('ratings.admin.published', { version: res.data?.publishRating.version }));
    setReason('');
    await refetch();
  };

  return (
    <section aria-labelledby="rating-admin-title">
      <h1 id="rating-admin-title">{t('ratings.admin.title', { period })}</h1>
      <RatingsNav />
      <label>
        {t('ratings.month')}{' '}
        <input
          defaultValue={period}
          onBlur={(e) => e.target.value !== period && navigate(`/ratings/admin/${e.target.value}`)}
          aria-describedby="month-hint"
        />
      </label>
      <span id="month-hint" className="muted">
        {' '}
        {t('ratings.admin.monthHint')}
      </span>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <form className="rating-admin-form" onSubmit={(e) => void onCorrect(e)} aria-label={t('ratings.admin.correct')}>
          <label>
            {t('ratings.table.region')}
            <select required value={region} onChange={(e) => setRegion(e.target.value)}>
              <option value="">—</option>
              {data.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {en ? r.nameEn : r.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ratings.admin.parameter')}
            <select value={parameter} onChange={(e) => setParameter(e.target.value)}>
              {entered.map((p) => (
                <option
                  key={p.code}
                  value={p.code}
                >{`${p.code} — ${en ? p.nameEn : p.name} (≤ ${p.maxPoints})`}</option>
              ))}
            </select>
          </label>
          <label>
            {t('ratings.admin.value')}
            <input required inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
          </label>
          <BusyButton type="submit" busy={setState.loading} busyLabel={t('ratings.admin.saving')}>
            {t('ratings.admin.correct')}
          </BusyButton>
        </form>
      )}
      {setState.error && <ErrorNotice error={setState.error} title={t('ratings.admin.saveFailed')} />}
      {done && <p role="status">{done}</p>}
      {data && <RatingImportPanel period={period} onImported={() => void refetch()} />}
      {draft && (
        <>
          <form
            className="rating-admin-form"
            onSubmit={(e) => void onPublish(e)}
            aria-label={t('ratings.admin.publish')}
          >
            <label>
              {t('ratings.admin.reason')}
              <input value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
            <BusyButton type="submit" busy={publishState.loading} busyLabel={t('ratings.admin.publishing')}>
              {t('ratings.admin.publish')}
            </BusyButton>
          </form>
          {publishState.error && <ErrorNotice error={publishState.error} title={t('ratings.admin.publishFailed')} />}
          <p className="rating-draft-note">{t('ratings.admin.draftNote', { code: draft.methodology.code })}</p>
          <RatingTable
            caption={t('ratings.admin.draftCaption', { period })}
            parameters={draft.methodology.parameters}
            entries={draft.entries}
            compareRank={published}
            compareLabel={t('ratings.admin.publishedRank', { version: data?.rating?.version ?? '—' })}
          />
        </>
      )}
    </section>
  );
}
