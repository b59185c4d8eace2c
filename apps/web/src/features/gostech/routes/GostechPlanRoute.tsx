import { useQuery } from '@apollo/client/react';
import { canEditContent } from '@tsifra/domain/strategy/workflow';
import { useTranslation } from '../../../shared/i18n/react';
import { Link, useParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { PlanView } from '../components/PlanView';
import { NoPlanNotice } from '../components/NoPlanNotice';
import type { PlanRouteData } from '../model/planRouteData';
import '../gostech.css';

export const GostechPlanRouteQuery = graphql(`
  query GostechPlanRouteQuery($code: String!) {
    me {
      id
      role
      region {
        id
        code
      }
    }
    sectors {
      id
      code
      name
      nameEn
    }
    region(code: $code) {
      id
      code
      name
      nameEn
      gostechPlan {
        id
        status
        version
        deadline
        revision
        contentVisible
        submittedAt
        updatedAt
        reviewComment
        openRemarks
        availableTransitions
        completeness {
          rule
          systemId
          stage
          message
        }
        systems {
          id
          name
          shortName
          operator
          purpose
          isStateSystem
          processesPersonalData
          hosting
          annualCost
          decision
          economicAssessment
          technologicalAssessment
          position
          sector {
            id
            code
            name
            nameEn
          }
          stages {
            stage
            plannedStart
            plannedEnd
            actualStart
            actualEnd
          }
          currentStage
          onSchedule
          productionQuarter
          overdueStages {
            stage
            kind
            due
          }
          dependsOn {
            id
            name
          }
        }
      }
    }
  }
`);

/** `/regions/:code/gostech`: a region's GosTech migration plan — inventory, timeline, workflow, and editing for its own editor. */
export function GostechPlanRoute() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(GostechPlanRouteQuery, {
    variables: { code },
    errorPolicy: 'all',
  });

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  const region = data.region;
  if (!region) return <p role="alert">{t('region.notFound', { code })}</p>;
  const regionName = lang === 'en' ? region.nameEn : region.name;
  const me = data.me;
  const actor = me ? { userId: me.id, role: me.role, regionCode: me.region?.code ?? null } : null;
  const plan = region.gostechPlan;
  const refusal = actor ? canEditContent(actor, region.code, plan?.status ?? 'DRAFT', 'GosTech plan') : null;

  return (
    <section className="gostech" aria-labelledby="gostech-title">
      <p>
        <Link to={`/regions/${region.code}`}>← {t('gostech.backToRegion', { region: regionName })}</Link> ·{' '}
        <Link to="/gostech">{t('gostech.summary.link')}</Link>
      </p>
      <h1 id="gostech-title">{t('gostech.plan.title', { region: regionName })}</h1>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {!plan ? (
        <NoPlanNotice
          regionCode={region.code}
          signedIn={actor !== null}
          canCreate={actor !== null && !refusal}
          refetch={refetch}
        />
      ) : (
        <PlanView
          plan={plan}
          regionCode={region.code}
          editable={actor !== null && refusal === null}
          remarkRights={remarkRights(me, region.code)}
          sectors={data.sectors}
          refetch={refetch}
        />
      )}
    </section>
  );
}

/** Reviewers and admins review (add, resolve, reopen remarks); they and the region's editor reply. */
function remarkRights(me: PlanRouteData['me'], regionCode: string) {
  const canReview = me?.role === 'FEDERAL_REVIEWER' || me?.role === 'ADMIN';
  return { canReview, canReply: canReview || (me?.role === 'REGIONAL_EDITOR' && me.region?.code === regionCode) };
}
