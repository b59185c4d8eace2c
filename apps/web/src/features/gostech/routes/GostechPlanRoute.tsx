import { useMutation, useQuery } from '@apollo/client/react';
import { canEditContent } from '@tsifra/domain/strategy/workflow';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { GostechPlanRouteQueryQuery } from '../../../gql/graphql';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ExportButton } from '../components/ExportButton';
import { ImportPanel } from '../components/ImportPanel';
import { PlanCompleteness } from '../components/PlanCompleteness';
import { PlanWorkflow } from '../components/PlanWorkflow';
import { SystemForm } from '../components/SystemForm';
import { SystemsTable } from '../components/SystemsTable';
import { Timeline } from '../components/Timeline';
import {
  AddInformationSystemMutation,
  CreateGostechPlanMutation,
  DeleteInformationSystemMutation,
  UpdateInformationSystemMutation,
} from '../gostechMutations';
import { emptySystem, systemStateOf, type SystemInputValue, type SystemState } from '../model/systemForm';
import { usePlanWrite } from '../model/usePlanWrite';
import { PlanRemarks } from '../remarks/PlanRemarks';
import type { WriteResult } from '../../../shared/forms/writeResult';
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

type RouteData = GostechPlanRouteQueryQuery;
type PlanData = NonNullable<NonNullable<RouteData['region']>['gostechPlan']>;
type OpenForm = { kind: 'add'; key: number } | { kind: 'edit'; id: string; key: number } | null;

const todayIso = () => new Date().toISOString().slice(0, 10);

/** `/regions/:code/gostech`: a region's GosTech migration plan — inventory, timeline, workflow, and editing for its own editor. */
export function GostechPlanRoute() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(GostechPlanRouteQuery, {
    variables: { code },
    errorPolicy: 'all',
  });
  const [createPlan, creation] = useMutation(CreateGostechPlanMutation);

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
        <div className="notice">
          <p>{t('gostech.plan.none')}</p>
          {actor && !refusal ? (
            <BusyButton
              type="button"
              busy={creation.loading}
              busyLabel={t('gostech.plan.creating')}
              onClick={() => {
                createPlan({ variables: { regionCode: region.code } }).then(
                  () => refetch(),
                  () => undefined,
                );
              }}
            >
              {t('gostech.plan.create')}
            </BusyButton>
          ) : (
            !actor && (
              <Link to={`/login?next=${encodeURIComponent(`/regions/${region.code}/gostech`)}`}>
                {t('gostech.plan.signInToCreate')}
              </Link>
            )
          )}
          {creation.error && <ErrorNotice error={creation.error} title={t('editor.saveFailed')} />}
        </div>
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
function remarkRights(me: RouteData['me'], regionCode: string) {
  const canReview = me?.role === 'FEDERAL_REVIEWER' || me?.role === 'ADMIN';
  return { canReview, canReply: canReview || (me?.role === 'REGIONAL_EDITOR' && me.region?.code === regionCode) };
}

interface PlanViewProps {
  plan: PlanData;
  regionCode: string;
  editable: boolean;
  remarkRights: { canReview: boolean; canReply: boolean };
  sectors: RouteData['sectors'];
  refetch(): Promise<unknown>;
}

function PlanView({ plan, regionCode, editable, remarkRights, sectors, refetch }: PlanViewProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const write = usePlanWrite(plan, refetch);
  const [addSystem] = useMutation(AddInformationSystemMutation);
  const [updateSystem] = useMutation(UpdateInformationSystemMutation);
  const [deleteSystem, deletion] = useMutation(DeleteInformationSystemMutation);
  const [form, setForm] = useState<OpenForm>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [today] = useState(todayIso);
  const byId = useMemo(() => new Map(plan.systems.map((s) => [s.id, s])), [plan.systems]);

  const focusSystem = (id: string) => {
    const target = document.getElementById(`edit-system-${id}`) ?? document.getElementById(`system-${id}`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  };
  const closeForm = (focusId?: string) => {
    setForm(null);
    if (focusId) requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  };
  async function save(open: NonNullable<OpenForm>, input: SystemInputValue, asNew: boolean) {
    const result = await write(async (planId, version) => {
      if (open.kind === 'edit' && !asNew) {
        await updateSystem({ variables: { id: open.id, version, input } });
        return open.id;
      }
      const created = await addSystem({ variables: { planId, version, input } });
      return created.data?.addInformationSystem.id ?? null;
    });
    if (result.kind === 'ok') closeForm(result.data ? `edit-system-${result.data}` : undefined);
    return result;
  }
  async function remove() {
    if (!deleting) return;
    setDeleteError(null);
    const result = await write((_planId, version) => deleteSystem({ variables: { id: deleting.id, version } }));
    if (result.kind === 'ok') {
      setDeleting(null);
      document.getElementById('gostech-inventory-title')?.focus();
    } else if (result.kind === 'conflict') setDeleteError(new Error(t('gostech.inventory.deleteConflict')));
    else if (result.kind === 'invalid') setDeleteError(new Error(result.message));
    else setDeleteError(result.error);
  }

  const editing = form?.kind === 'edit' ? byId.get(form.id) : undefined;
  const others = plan.systems
    .filter((s) => s.id !== (form?.kind === 'edit' ? form.id : null))
    .map((s) => ({ id: s.id, name: s.name }));

  return (
    <>
      <PlanWorkflow
        plan={plan}
        problems={plan.completeness.length}
        editable={editable}
        write={write}
        refetch={refetch}
      />
      {!plan.contentVisible ? (
        <p className="notice">{t('gostech.plan.contentHidden')}</p>
      ) : (
        <>
          <PlanRemarks
            regionCode={regionCode}
            planId={plan.id}
            canReview={remarkRights.canReview && plan.revision > 0}
            canReply={remarkRights.canReply}
            onChanged={refetch}
          />
          {plan.status !== 'APPROVED' && (
            <PlanCompleteness
              problems={plan.completeness}
              systemName={(id) => byId.get(id)?.name ?? null}
              onFocusSystem={focusSystem}
            />
          )}
          <section aria-labelledby="gostech-inventory-title" className="gostech-inventory-section">
            <h2 id="gostech-inventory-title" tabIndex={-1}>
              {t('gostech.inventory.title', { count: plan.systems.length })}
            </h2>
            <div className="toolbar">
              {editable && (
                <button
                  type="button"
                  id="add-system"
                  className="button"
                  disabled={form !== null}
                  onClick={() => setForm({ kind: 'add', key: Date.now() })}
                >
                  {t('gostech.inventory.add')}
                </button>
              )}
              {plan.systems.length > 0 && <ExportButton planId={plan.id} fileName={`gostech-${regionCode}.xlsx`} />}
            </div>
            {form?.kind === 'add' && (
              <SystemFormHost
                key={form.key}
                formId="system-form-new"
                mode="add"
                initial={emptySystem()}
                sectors={sectors}
                others={others}
                onSave={(input, asNew) => save(form, input, asNew)}
                onCancel={() => closeForm('add-system')}
              />
            )}
            {form?.kind === 'edit' && (
              <SystemFormHost
                key={form.key}
                formId={`system-form-${form.id}`}
                mode="edit"
                initial={editing ? systemStateOf(editing, lang) : null}
                latest={editing ? systemStateOf(editing, lang) : null}
                sectors={sectors}
                others={others}
                onSave={(input, asNew) => save(form, input, asNew)}
                onCancel={() => closeForm(`edit-system-${form.id}`)}
              />
            )}
            <SystemsTable
              systems={plan.systems}
              actions={
                editable
                  ? (s) => (
                      <div className="actions">
                        <button
                          type="button"
                          id={`edit-system-${s.id}`}
                          className="button button--secondary button--small"
                          aria-label={t('gostech.inventory.editNamed', { name: s.name })}
                          onClick={() => setForm({ kind: 'edit', id: s.id, key: Date.now() })}
                        >
                          {t('gostech.inventory.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button--danger button--small"
                          aria-label={t('gostech.inventory.deleteNamed', { name: s.name })}
                          onClick={() => {
                            setDeleteError(null);
                            setDeleting({ id: s.id, name: s.name });
                          }}
                        >
                          {t('gostech.inventory.delete')}
                        </button>
                      </div>
                    )
                  : undefined
              }
            />
          </section>
          {editable && <ImportPanel write={write} />}
          <Timeline systems={plan.systems} today={today} />
        </>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('gostech.inventory.deleteTitle', { name: deleting.name })}
          confirmLabel={t('gostech.inventory.delete')}
          busyLabel={t('gostech.inventory.deleting')}
          busy={deletion.loading}
          error={deleteError}
          onCancel={() => setDeleting(null)}
          onConfirm={() => void remove()}
        >
          <p>{t('gostech.inventory.deleteExplain')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

interface SystemFormHostProps {
  formId: string;
  mode: 'add' | 'edit';
  initial: SystemState | null;
  latest?: SystemState | null;
  sectors: RouteData['sectors'];
  others: { id: string; name: string }[];
  onSave(input: SystemInputValue, asNew: boolean): Promise<WriteResult<unknown>>;
  onCancel(): void;
}

/** Keeps the system as it was when the form opened, so a later refetch shows up as a conflict, not a silent reset. */
function SystemFormHost({ initial, latest, ...rest }: SystemFormHostProps) {
  const [opened] = useState(initial);
  // The same system after an unrelated refetch is the same object for the form (no false conflict).
  const fingerprint = latest === undefined ? undefined : JSON.stringify(latest);
  const latestState = useMemo(
    () => (fingerprint === undefined ? undefined : (JSON.parse(fingerprint) as SystemState | null)),
    [fingerprint],
  );
  if (!opened) return null;
  return <SystemForm initial={opened} latest={rest.mode === 'edit' ? latestState : undefined} {...rest} />;
}
