import { useMutation } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import {
  AddInformationSystemMutation,
  DeleteInformationSystemMutation,
  UpdateInformationSystemMutation,
} from '../gostechMutations';
import type { PlanData, SectorOptions } from '../model/planRouteData';
import { emptySystem, systemStateOf, type SystemInputValue } from '../model/systemForm';
import type { PlanWrite } from '../model/usePlanWrite';
import { ExportButton } from './ExportButton';
import { SystemFormHost } from './SystemFormHost';
import { SystemsTable } from './SystemsTable';

type OpenForm = { kind: 'add'; key: number } | { kind: 'edit'; id: string; key: number } | null;

interface InventorySectionProps {
  plan: PlanData;
  regionCode: string;
  editable: boolean;
  sectors: SectorOptions;
  write: PlanWrite;
}

/** The plan's information systems: the table, export, and for its editor adding, editing and deleting one. */
export function InventorySection({ plan, regionCode, editable, sectors, write }: InventorySectionProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [addSystem] = useMutation(AddInformationSystemMutation);
  const [updateSystem] = useMutation(UpdateInformationSystemMutation);
  const [deleteSystem, deletion] = useMutation(DeleteInformationSystemMutation);
  const [form, setForm] = useState<OpenForm>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const byId = useMemo(() => new Map(plan.systems.map((s) => [s.id, s])), [plan.systems]);

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
                  <SystemActions
                    system={s}
                    onEdit={() => setForm({ kind: 'edit', id: s.id, key: Date.now() })}
                    onDelete={() => {
                      setDeleteError(null);
                      setDeleting({ id: s.id, name: s.name });
                    }}
                  />
                )
              : undefined
          }
        />
      </section>
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

interface SystemActionsProps {
  system: { id: string; name: string };
  onEdit(): void;
  onDelete(): void;
}

/** A system's row buttons: edit (its id is where focus returns after saving) and delete. */
function SystemActions({ system, onEdit, onDelete }: SystemActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button
        type="button"
        id={`edit-system-${system.id}`}
        className="button button--secondary button--small"
        aria-label={t('gostech.inventory.editNamed', { name: system.name })}
        onClick={onEdit}
      >
        {t('gostech.inventory.edit')}
      </button>
      <button
        type="button"
        className="button button--danger button--small"
        aria-label={t('gostech.inventory.deleteNamed', { name: system.name })}
        onClick={onDelete}
      >
        {t('gostech.inventory.delete')}
      </button>
    </div>
  );
}
