import { useMemo, useState } from 'react';
import type { WriteResult } from '../../../shared/forms/writeResult';
import type { SystemInputValue, SystemState } from '../model/systemForm';
import type { SectorOptions } from '../model/planRouteData';
import { SystemForm } from './SystemForm';

interface SystemFormHostProps {
  formId: string;
  mode: 'add' | 'edit';
  initial: SystemState | null;
  latest?: SystemState | null;
  sectors: SectorOptions;
  others: { id: string; name: string }[];
  onSave(input: SystemInputValue, asNew: boolean): Promise<WriteResult<unknown>>;
  onCancel(): void;
}

/** Keeps the system as it was when the form opened, so a later refetch shows up as a conflict, not a silent reset. */
export function SystemFormHost({ initial, latest, ...rest }: SystemFormHostProps) {
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
