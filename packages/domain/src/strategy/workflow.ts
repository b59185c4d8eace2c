/**
 * The strategy workflow: a transition table and a tiny checker (after Vendure's order state
 * machine). A regional editor drafts and submits; a federal reviewer returns the strategy for
 * revision or approves it; an approved strategy is final. Administrators may do everything.
 * The GosTech migration plan follows the same path.
 */

import type { Actor, Role } from '../roles';
import { isOwnRegionEditor } from '../roles';

export const STRATEGY_STATUSES = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];
/** The same statuses under a neutral name: every reviewed document (strategy, GosTech plan) uses this workflow. */
export const REVIEW_STATUSES = STRATEGY_STATUSES;
export type ReviewStatus = StrategyStatus;

/** Extra check an edge needs beyond the actor's role. */
export const TRANSITION_GUARDS = ['complete', 'has_open_remark', 'no_open_blockers'] as const;
export type TransitionGuard = (typeof TRANSITION_GUARDS)[number];

/** One allowed edge of the workflow. */
export interface TransitionRule {
  to: StrategyStatus;
  /** Roles that may take it. A REGIONAL_EDITOR may act only on their own region's strategy. */
  roles: readonly Role[];
  guard?: TransitionGuard;
}

/** From each status, the statuses it may move to, who may move it and what must hold. */
export const TRANSITIONS: Readonly<Record<StrategyStatus, readonly TransitionRule[]>> = {
  DRAFT: [{ to: 'SUBMITTED', roles: ['REGIONAL_EDITOR', 'ADMIN'], guard: 'complete' }],
  SUBMITTED: [
    { to: 'CHANGES_REQUESTED', roles: ['FEDERAL_REVIEWER', 'ADMIN'], guard: 'has_open_remark' },
    { to: 'APPROVED', roles: ['FEDERAL_REVIEWER', 'ADMIN'], guard: 'no_open_blockers' },
  ],
  CHANGES_REQUESTED: [{ to: 'SUBMITTED', roles: ['REGIONAL_EDITOR', 'ADMIN'], guard: 'complete' }],
  APPROVED: [],
};

/** What the checker needs to know about a strategy. Counts left out are not checked. */
export interface WorkflowSnapshot {
  status: StrategyStatus;
  /** ISO 3166-2:RU code of the strategy's region. */
  regionCode: string;
  /** Open (unresolved) review remarks; returning for revision needs at least one when given. */
  openRemarks?: number;
  /** Open remarks marked as blockers; approval needs none. */
  openBlockers?: number;
  /** Number of completeness problems (see completeness.ts); submitting needs none when given. */
  completenessProblems?: number;
  /** What the document is called in refusal messages: 'strategy' (the default), 'GosTech plan', … */
  document?: string;
}

/** Why an action is refused; `code` is the error code the server throws. */
export interface TransitionRefusal {
  code: 'INVALID_TRANSITION' | 'FORBIDDEN';
  reason: string;
  /** Stable key: `no_such_transition`, `role_not_allowed`, `other_region`, `needs_open_remark`,
   *  `open_blockers`, `incomplete`, `not_editable`. */
  rule: string;
}

/** Every `rule` a TransitionRefusal can carry, for translation tables. */
export const REFUSAL_RULES = [
  'no_such_transition',
  'role_not_allowed',
  'other_region',
  'needs_open_remark',
  'open_blockers',
  'incomplete',
  'not_editable',
] as const;
export type RefusalRule = (typeof REFUSAL_RULES)[number];

function refuse(code: TransitionRefusal['code'], rule: RefusalRule, reason: string): TransitionRefusal {
  return { code, rule, reason };
}

/** Role and region check shared by transitions and content edits. */
function checkActor(
  actor: Actor,
  regionCode: string,
  roles: readonly Role[],
  action: string,
): TransitionRefusal | null {
  if (!roles.includes(actor.role)) {
    return refuse('FORBIDDEN', 'role_not_allowed', `A ${actor.role} may not ${action}.`);
  }
  if (actor.role === 'REGIONAL_EDITOR' && !isOwnRegionEditor(actor, regionCode)) {
    return refuse('FORBIDDEN', 'other_region', `A regional editor may ${action} only for their own region.`);
  }
  return null;
}

function checkGuard(guard: TransitionGuard | undefined, s: WorkflowSnapshot): TransitionRefusal | null {
  switch (guard) {
    case 'complete':
      if (s.completenessProblems !== undefined && s.completenessProblems > 0) {
        return refuse(
          'INVALID_TRANSITION',
          'incomplete',
          `The ${s.document ?? 'strategy'} is incomplete: ${s.completenessProblems} problem(s) remain.`,
        );
      }
      return null;
    case 'has_open_remark':
      if (s.openRemarks !== undefined && s.openRemarks < 1) {
        return refuse(
          'INVALID_TRANSITION',
          'needs_open_remark',
          'Returning for revision needs at least one open remark.',
        );
      }
      return null;
    case 'no_open_blockers':
      if (s.openBlockers !== undefined && s.openBlockers > 0) {
        return refuse(
          'INVALID_TRANSITION',
          'open_blockers',
          `Approval is blocked by ${s.openBlockers} open blocker remark(s).`,
        );
      }
      return null;
    case undefined:
      return null;
  }
}

/**
 * Whether `actor` may move the strategy from `snapshot.status` to `to`: null when allowed,
 * otherwise the refusal. The table is checked first (INVALID_TRANSITION `no_such_transition`),
 * then the actor (FORBIDDEN `role_not_allowed` / `other_region`), then the edge's guard
 * (INVALID_TRANSITION `incomplete` / `needs_open_remark` / `open_blockers`).
 */
export function checkTransition(
  snapshot: WorkflowSnapshot,
  to: StrategyStatus,
  actor: Actor,
): TransitionRefusal | null {
  const rule = TRANSITIONS[snapshot.status].find((t) => t.to === to);
  if (!rule) {
    return refuse(
      'INVALID_TRANSITION',
      'no_such_transition',
      `A ${snapshot.document ?? 'strategy'} cannot go from ${snapshot.status} to ${to}.`,
    );
  }
  return (
    checkActor(
      actor,
      snapshot.regionCode,
      rule.roles,
      `move a ${snapshot.document ?? 'strategy'} from ${snapshot.status} to ${to}`,
    ) ?? checkGuard(rule.guard, snapshot)
  );
}

/**
 * The statuses `actor` may move the strategy to right now (guards included) — the buttons the
 * UI shows. Empty for an approved strategy and for actors without rights.
 */
export function nextStatuses(snapshot: WorkflowSnapshot, actor: Actor): StrategyStatus[] {
  return TRANSITIONS[snapshot.status].filter((t) => checkTransition(snapshot, t.to, actor) === null).map((t) => t.to);
}

/** A move the actor's role allows, with the guard's refusal if it is not possible yet. */
export interface AvailableTransition {
  to: StrategyStatus;
  /** null when the move can be made now; otherwise why not (e.g. `open_blockers`), for a disabled button. */
  blockedBy: TransitionRefusal | null;
}

/**
 * The moves `actor` is entitled to from the current status, each with what blocks it now (a guard)
 * or null — for a UI that shows a disabled button with a reason instead of hiding it.
 */
export function availableTransitions(snapshot: WorkflowSnapshot, actor: Actor): AvailableTransition[] {
  return TRANSITIONS[snapshot.status]
    .filter((t) => checkActor(actor, snapshot.regionCode, t.roles, 'act') === null)
    .map((t) => ({ to: t.to, blockedBy: checkGuard(t.guard, snapshot) }));
}

/**
 * Whether a strategy's content (sectors, goals, indicators, initiatives) may change in this
 * status: only while DRAFT or CHANGES_REQUESTED; a submission freezes a revision.
 */
export function isContentEditable(status: StrategyStatus): boolean {
  return status === 'DRAFT' || status === 'CHANGES_REQUESTED';
}

const CONTENT_EDITORS: readonly Role[] = ['REGIONAL_EDITOR', 'ADMIN'];

/**
 * Whether `actor` may edit the content of a region's strategy in this status: null when allowed.
 * Only the region's own REGIONAL_EDITOR or an ADMIN (FORBIDDEN otherwise — reviewers comment, they
 * never edit), and only while the status is editable (INVALID_TRANSITION `not_editable`).
 */
export function canEditContent(
  actor: Actor,
  regionCode: string,
  status: StrategyStatus,
  document = 'strategy',
): TransitionRefusal | null {
  const denied = checkActor(actor, regionCode, CONTENT_EDITORS, `edit a ${document}'s content`);
  if (denied) return denied;
  if (!isContentEditable(status)) {
    return refuse('INVALID_TRANSITION', 'not_editable', `A ${status} ${document} cannot be edited.`);
  }
  return null;
}

/**
 * Whether `actor` (null = anonymous) may read a strategy's content. Approved strategies are public;
 * before approval only the region's own users, federal reviewers and admins see it. (Status,
 * revision and deadline are public always — that is not content.)
 */
export function canReadContent(actor: Actor | null, regionCode: string, status: StrategyStatus): boolean {
  if (status === 'APPROVED') return true;
  if (!actor) return false;
  if (actor.role === 'FEDERAL_REVIEWER' || actor.role === 'ADMIN') return true;
  return actor.regionCode === regionCode;
}

/**
 * Whether `actor` may comment on a region's strategy: reviewers and admins on any strategy, a
 * regional editor only on their own region's (answering review remarks). Anonymous users never.
 */
export function canComment(actor: Actor | null, regionCode: string): boolean {
  if (!actor) return false;
  if (actor.role === 'FEDERAL_REVIEWER' || actor.role === 'ADMIN') return true;
  return isOwnRegionEditor(actor, regionCode);
}

/**
 * Whether `actor` may read a strategy's history (audit log) and its revisions' remarks: the
 * region's own users, reviewers and admins — never anonymous callers, even once it is approved.
 */
export function canReadHistory(actor: Actor | null, regionCode: string): boolean {
  if (!actor) return false;
  if (actor.role === 'FEDERAL_REVIEWER' || actor.role === 'ADMIN') return true;
  return actor.regionCode === regionCode;
}
