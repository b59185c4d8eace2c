import type { Progress } from '@tsifra/domain/execution/progress';
import type { ProgressType } from './execution.types';

export const toProgressType = (p: Progress): ProgressType => ({
  status: p.status,
  achievement: p.achievement,
  confidence: p.confidence,
  leaves: p.leaves,
  withActual: p.withActual,
  rulesVersion: p.rulesVersion,
});
