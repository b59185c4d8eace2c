import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment, useFragment as unmask } from '../../../gql';
import type { RemarkSeverity } from '../../../gql/graphql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { usePager } from '../../../shared/pagination';
import { DecisionPanel } from '../components/DecisionPanel';
import { reviewRemarkPlace } from '../remarkPlaceLabel';
import { DiffSummary } from '../components/DiffSummary';
import { RemarkForm } from '../components/RemarkForm';
import { RemarksPanel } from '../components/RemarksPanel';
import { RevisionFacts } from '../components/RevisionFacts';
import { ReviewControls } from '../components/ReviewControls';
import { HistorySection } from '../components/HistorySection';
import { RevisionView } from '../components/RevisionView';
import { diffMarks, EMPTY_MARKS } from '../diffMarks';
import { openRemarksByPin, type PinTarget } from '../pins';
import {
  AddRemarkMutation,
  ReopenRemarkMutation,
  ReplyToRemarkMutation,
  ResolveRemarkMutation,
} from '../remarkMutations';
import { ReviewContent_revision, ReviewDiff_diff } from '../reviewFragments';
import '../review.css';

export const ReviewRouteQuery = graphql(`
  query ReviewRouteQuery($code: String!) {
    me {
      id
      role
      region {
        id
        code
      }
    }
    region(code: $code) {
      id
      code
      name
      nameEn
      strategy {
        id
        status
        revision
        contentVisible
        openRemarks
        openBlockers
        revisions {
          id
          number
          submittedAt
          late
          daysLate
          submittedBy {
            id
            name
          }
        }
        remarks {
          ...ReviewRoute_remark
        }
        ...HistoryList_strategy
      }
    }
  }
`);

export const ReviewRoute_remark = graphql(`
  fragment ReviewRoute_remark on Comment {
    id
    cursor
    status
    severity
    revision
    goalId
    indicatorId
    year
    targetPath
    goal {
      id
      title
    }
    ...RemarkThread_remark
  }
`);

/** The remarks after the first page (the server's default page, PAGE_SIZE): the screen pins every remark, so it fetches them all. */
export const ReviewRemarksPageQuery = graphql(`
  query ReviewRemarksPageQuery($id: ID!, $after: String) {
    strategy(id: $id) {
      id
      remarks(after: $after) {
        ...ReviewRoute_remark
      }
    }
  }
`);

export const ReviewRevisionQuery = graphql(`
  query ReviewRevisionQuery($id: ID!, $number: Int!, $from: Int) {
    strategy(id: $id) {
      id
      revisionDetail(number: $number) {
        id
        number
        ...ReviewContent_revision
      }
      diff(to: $number, from: $from) {
        from
        to
        ...ReviewDiff_diff
      }
    }
  }
`);

const FEDERAL = new Set(['FEDERAL_REVIEWER', 'ADMIN']);

/**
 * `/regions/:code/review`: a submitted revision, read-only, with what changed since the compared
 * revision, remarks pinned to goals, indicators and single target values, and the decision.
 * Reviewers and admins remark and decide; the region's users read the remarks and reply.
 */
export function ReviewRoute() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [searchParams, setSearchParams] = useSearchParams();
  const main = useQuery(ReviewRouteQuery, { variables: { code }, fetchPolicy: 'cache-and-network' });
  const region = main.data?.region;
  const strategy = region?.strategy;
  const me = main.data?.me;
  const revisions = strategy?.revisions ?? [];
  const latest = revisions.at(-1)?.number ?? 0;
  const requested = Number(searchParams.get('rev'));
  const number = revisions.some((r) => r.number === requested) ? requested : latest;
  const fromParam = searchParams.get('from');
  const from =
    fromParam !== null && Number(fromParam) >= 0 && Number(fromParam) < number
      ? Number(fromParam)
      : Math.max(number - 1, 0);
  const changesOnly = searchParams.get('changes') === '1';

  const detail = useQuery(ReviewRevisionQuery, {
    variables: { id: strategy?.id ?? '', number, from },
    skip: !strategy?.id || number === 0,
    fetchPolicy: 'cache-and-network',
  });
  const revision = detail.data?.strategy?.revisionDetail;
  const diff = useFragment(ReviewDiff_diff, detail.data?.strategy?.diff ?? null);
  const content = useFragment(ReviewContent_revision, revision ?? null)?.content;
  const marks = useMemo(
    () => (diff && (diff.from > 0 || diff.baseEdition != null) ? diffMarks(diff) : EMPTY_MARKS),
    [diff],
  );

  const [composing, setComposing] = useState<{ pin: PinTarget | null; label: string } | null>(null);
  const refetchAll = () => Promise.all([main.refetch(), detail.refetch()]);
  const [addRemark] = useMutation(AddRemarkMutation);
  const [replyToRemark] = useMutation(ReplyToRemarkMutation);
  const [resolveRemark] = useMutation(ResolveRemarkMutation);
  const [reopenRemark] = useMutation(ReopenRemarkMutation);

  const federal = FEDERAL.has(me?.role ?? '');
  const ownRegion = me?.role === 'REGIONAL_EDITOR' && me.region?.code === region?.code;
  const remarks = useMemo(() => unmask(ReviewRoute_remark, strategy?.remarks ?? []), [strategy?.remarks]);
  const client = useApolloClient();
  const remarkPager = usePager(
    remarks,
    async (after) => {
      const { data } = await client.query({
        query: ReviewRemarksPageQuery,
        variables: { id: strategy!.id, after },
        fetchPolicy: 'network-only',
      });
      return unmask(ReviewRoute_remark, data?.strategy?.remarks ?? []);
    },
    { auto: true },
  );
  const openByPin = useMemo(
    () => (content ? openRemarksByPin(remarks, content) : new Map<string, number>()),
    [remarks, content],
  );

  const setParam = (patch: Record<string, string | null>) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [k, v] of Object.entries(patch)) {
          if (v === null) next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );

  const placeOf = (r: (typeof remarks)[number]) => reviewRemarkPlace(t, r, content);

  const submitRemark = async (body: string, severity: RemarkSeverity) => {
    const pin = composing?.pin;
    await addRemark({
      variables: {
        strategyId: strategy!.id,
        input: {
          body,
          severity,
          revision: number,
          goalId: pin?.goalId ?? null,
          indicatorId: pin?.indicatorId ?? null,
          year: pin?.year ?? null,
        },
      },
    });
    setComposing(null);
    await main.refetch();
  };
  const composer = composing && (
    <RemarkForm
      key={JSON.stringify(composing.pin)}
      targetLabel={composing.label}
      onSubmit={submitRemark}
      onCancel={() => setComposing(null)}
    />
  );

  if (main.error && !main.data) return <ErrorNotice error={main.error} onRetry={() => void main.refetch()} />;
  if (main.loading && !main.data) return <Loading />;
  if (!region) return <p role="alert">{t('region.notFound', { code })}</p>;
  const regionName = lang === 'en' ? region.nameEn : region.name;
  // Remarks are made on the revision under review: the latest one, while it is submitted.
  const canRemark = federal && strategy?.status === 'SUBMITTED' && number === latest;
  const shownRevision = revisions.find((r) => r.number === number);
  const sectorName = (sectorCode: string) => {
    const s = content?.sectors.find((x) => x.code === sectorCode);
    return s ? (lang === 'en' ? s.nameEn : s.name) : sectorCode;
  };

  return (
    <section className="review" aria-labelledby="review-title">
      <p>
        <Link to={`/regions/${encodeURIComponent(region.code)}`}>
          ← {t('review.backToRegion', { region: regionName })}
        </Link>
      </p>
      <h1 id="review-title" tabIndex={-1}>
        {t('review.title', { region: regionName })}
      </h1>
      {main.error && <ErrorNotice error={main.error} onRetry={() => void main.refetch()} />}
      {!strategy && <p className="notice">{t('strategy.absent')}</p>}
      {strategy && !strategy.contentVisible && (
        <p className="notice">{me ? t('review.notAllowed') : t('review.signInToSee')}</p>
      )}
      {strategy && strategy.contentVisible && number === 0 && (
        <>
          <p className="notice">{t('review.noRevision')}</p>
          <HistorySection strategy={strategy} />
        </>
      )}
      {strategy && strategy.contentVisible && number > 0 && (
        <>
          <RevisionFacts status={strategy.status} number={number} latest={latest} shownRevision={shownRevision} />

          {federal && strategy.status === 'SUBMITTED' && number === latest && (
            <DecisionPanel
              strategyId={strategy.id}
              revision={number}
              openRemarks={strategy.openRemarks ?? 0}
              openBlockers={strategy.openBlockers ?? 0}
              onDecided={refetchAll}
            />
          )}

          <ReviewControls
            revisions={revisions}
            number={number}
            from={from}
            changesOnly={changesOnly}
            setParam={setParam}
          />

          <div className="review__layout">
            <div className="review__main">
              {detail.error && <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />}
              {detail.loading && !detail.data && <Loading />}
              {diff && <DiffSummary diff={diff} sectorName={sectorName} />}
              {revision && (
                <>
                  <h2>{t('review.contentTitle', { number })}</h2>
                  <RevisionView
                    revision={revision}
                    marks={marks}
                    changesOnly={changesOnly && from > 0}
                    openRemarks={openByPin}
                    canRemark={canRemark}
                    composing={composing?.pin ?? null}
                    onCompose={(pin, label) => setComposing({ pin, label })}
                    composer={composing?.pin ? composer : null}
                  />
                </>
              )}
            </div>
            <RemarksPanel
              remarks={remarks}
              openRemarks={strategy.openRemarks ?? 0}
              remarkPager={remarkPager}
              placeOf={placeOf}
              canRemark={canRemark}
              canReply={federal || ownRegion}
              canResolve={federal}
              composing={composing}
              setComposing={setComposing}
              composer={composer}
              onReply={async (remarkId, body) => {
                await replyToRemark({ variables: { remarkId, body } });
                await main.refetch();
              }}
              onSetResolved={async (id, resolve) => {
                await (resolve ? resolveRemark({ variables: { id } }) : reopenRemark({ variables: { id } }));
                await main.refetch();
              }}
            />
          </div>
          <HistorySection strategy={strategy} />
        </>
      )}
    </section>
  );
}
