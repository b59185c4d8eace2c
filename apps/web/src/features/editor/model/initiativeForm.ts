import type { FieldError } from '@tsifra/domain/errors';
import { validateInitiative, type BudgetSource, type InitiativeKind } from '@tsifra/domain/strategy/initiatives';
import { parseNumber } from './goalForm';

/** Initiative form state; amounts stay as typed until sent. */
export interface BudgetState {
  key: string;
  year: string;
  source: BudgetSource;
  amount: string;
}

export interface InitiativeState {
  title: string;
  kind: InitiativeKind;
  templateCode: string;
  startDate: string;
  endDate: string;
  responsible: string;
  budgets: BudgetState[];
}

export interface InitiativeData {
  id: string;
  title: string;
  kind: InitiativeKind;
  templateCode?: string | null;
  startDate: string;
  endDate: string;
  responsible?: string | null;
  budgets: readonly { year: number; source: BudgetSource; amount: number }[];
}

export interface InitiativeInputValue {
  title: string;
  kind: InitiativeKind;
  templateCode: string | null;
  startDate: string;
  endDate: string;
  responsible: string | null;
  budgets: { year: number; source: BudgetSource; amount: number }[];
}

let seq = 0;
export function budgetKey(): string {
  seq += 1;
  return `budget-${seq}`;
}

export function emptyInitiative(): InitiativeState {
  return { title: '', kind: 'REGIONAL', templateCode: '', startDate: '', endDate: '', responsible: '', budgets: [] };
}

export function initiativeStateOf(data: InitiativeData): InitiativeState {
  return {
    title: data.title,
    kind: data.kind,
    templateCode: data.templateCode ?? '',
    startDate: data.startDate,
    endDate: data.endDate,
    responsible: data.responsible ?? '',
    budgets: data.budgets.map((b) => ({
      key: budgetKey(),
      year: String(b.year),
      source: b.source,
      amount: String(b.amount),
    })),
  };
}

export function toInitiativeInput(state: InitiativeState): InitiativeInputValue {
  return {
    title: state.title.trim(),
    kind: state.kind,
    templateCode: state.kind === 'FEDERAL_TEMPLATE' ? state.templateCode.trim() || null : null,
    startDate: state.startDate,
    endDate: state.endDate,
    responsible: state.responsible.trim() || null,
    budgets: state.budgets.map((b) => ({
      year: parseNumber(b.year) ?? Number.NaN,
      source: b.source,
      amount: parseNumber(b.amount) ?? Number.NaN,
    })),
  };
}

export function validateInitiativeInput(input: InitiativeInputValue): FieldError[] {
  return validateInitiative(input);
}
