import type { Actor } from '../roles';
import {
  STRATEGY_STATUSES,
  TRANSITIONS,
  availableTransitions,
  canComment,
  canEditContent,
  canReadHistory,
  canReadContent,
  checkTransition,
  isContentEditable,
  nextStatuses,
} from './workflow';
import type { StrategyStatus, WorkflowSnapshot } from './workflow';

const REGION = 'RU-BEL';
const actors = {
  ownEditor: { userId: 'e1', role: 'REGIONAL_EDITOR', regionCode: 'RU-BEL' },
  otherEditor: { userId: 'e2', role: 'REGIONAL_EDITOR', regionCode: 'RU-TUL' },
  reviewer: { userId: 'r1', role: 'FEDERAL_REVIEWER', regionCode: null },
  admin: { userId: 'a1', role: 'ADMIN', regionCode: null },
} satisfies Record<string, Actor>;
type ActorName = keyof typeof actors;
const ACTOR_NAMES = Object.keys(actors) as ActorName[];

const at = (status: StrategyStatus, extra: Partial<WorkflowSnapshot> = {}): WorkflowSnapshot => ({
  status,
  regionCode: REGION,
  ...extra,
});

describe('the transition table', () => {
  it('reaches every status from DRAFT', () => {
    const seen = new Set<StrategyStatus>(['DRAFT']);
    const queue: StrategyStatus[] = ['DRAFT'];
    while (queue.length)
      for (const t of TRANSITIONS[queue.shift()!])
        if (!seen.has(t.to)) {
          seen.add(t.to);
          queue.push(t.to);
        }
    expect([...seen].sort()).toEqual([...STRATEGY_STATUSES].sort());
  });

  it('has no dead end except APPROVED, which is final', () => {
    const deadEnds = STRATEGY_STATUSES.filter((s) => TRANSITIONS[s].length === 0);
    expect(deadEnds).toEqual(['APPROVED']);
  });

  it('lets every status that is not final still reach APPROVED', () => {
    for (const start of STRATEGY_STATUSES) {
      const seen = new Set<StrategyStatus>([start]);
      const queue = [start];
      while (queue.length)
        for (const t of TRANSITIONS[queue.shift()!])
          if (!seen.has(t.to)) {
            seen.add(t.to);
            queue.push(t.to);
          }
      expect([start, seen.has('APPROVED')]).toEqual([start, true]);
    }
  });

  it('has no self-loops and names each target once per status', () => {
    for (const s of STRATEGY_STATUSES) {
      const targets = TRANSITIONS[s].map((t) => t.to);
      expect(targets).not.toContain(s);
      expect(new Set(targets).size).toBe(targets.length);
    }
  });
});

describe('checkTransition for every role × own/other region', () => {
  // The expected outcome of each edge for each actor: 'ok' or the refusal's rule.
  const edges: Record<string, Record<ActorName, string>> = {
    'DRAFT→SUBMITTED': { ownEditor: 'ok', otherEditor: 'other_region', reviewer: 'role_not_allowed', admin: 'ok' },
    'SUBMITTED→CHANGES_REQUESTED': {
      ownEditor: 'role_not_allowed',
      otherEditor: 'role_not_allowed',
      reviewer: 'ok',
      admin: 'ok',
    },
    'SUBMITTED→APPROVED': {
      ownEditor: 'role_not_allowed',
      otherEditor: 'role_not_allowed',
      reviewer: 'ok',
      admin: 'ok',
    },
    'CHANGES_REQUESTED→SUBMITTED': {
      ownEditor: 'ok',
      otherEditor: 'other_region',
      reviewer: 'role_not_allowed',
      admin: 'ok',
    },
  };

  const cases = STRATEGY_STATUSES.flatMap((from) =>
    STRATEGY_STATUSES.flatMap((to) =>
      ACTOR_NAMES.map((who) => [from, to, who, edges[`${from}→${to}`]?.[who] ?? 'no_such_transition'] as const),
    ),
  );

  it('covers all 64 combinations', () => expect(cases).toHaveLength(64));

  it.each(cases)('%s → %s by %s: %s', (from, to, who, expected) => {
    const refusal = checkTransition(at(from), to, actors[who]);
    if (expected === 'ok') {
      expect(refusal).toBeNull();
    } else {
      expect(refusal?.rule).toBe(expected);
      expect(refusal?.code).toBe(expected === 'no_such_transition' ? 'INVALID_TRANSITION' : 'FORBIDDEN');
      expect(refusal?.reason).toEqual(expect.any(String));
    }
  });

  it('refuses an editor without a region', () => {
    expect(
      checkTransition(at('DRAFT'), 'SUBMITTED', { userId: 'x', role: 'REGIONAL_EDITOR', regionCode: null })?.rule,
    ).toBe('other_region');
  });
});

describe('workflow guards', () => {
  it('refuses approval while a blocker remark is open', () => {
    const refusal = checkTransition(at('SUBMITTED', { openBlockers: 1 }), 'APPROVED', actors.reviewer);
    expect(refusal).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'open_blockers' });
  });

  it('approves when no blocker is open, even with other open remarks', () => {
    expect(
      checkTransition(at('SUBMITTED', { openBlockers: 0, openRemarks: 3 }), 'APPROVED', actors.reviewer),
    ).toBeNull();
  });

  it('refuses returning for revision without an open remark', () => {
    expect(checkTransition(at('SUBMITTED', { openRemarks: 0 }), 'CHANGES_REQUESTED', actors.reviewer)).toMatchObject({
      code: 'INVALID_TRANSITION',
      rule: 'needs_open_remark',
    });
    expect(checkTransition(at('SUBMITTED', { openRemarks: 1 }), 'CHANGES_REQUESTED', actors.reviewer)).toBeNull();
  });

  it('does not check remark counts it is not given', () => {
    expect(checkTransition(at('SUBMITTED'), 'CHANGES_REQUESTED', actors.reviewer)).toBeNull();
    expect(checkTransition(at('SUBMITTED'), 'APPROVED', actors.reviewer)).toBeNull();
  });

  it('refuses submitting an incomplete strategy, first and again after revision', () => {
    for (const from of ['DRAFT', 'CHANGES_REQUESTED'] as const) {
      expect(checkTransition(at(from, { completenessProblems: 2 }), 'SUBMITTED', actors.ownEditor)).toMatchObject({
        code: 'INVALID_TRANSITION',
        rule: 'incomplete',
      });
      expect(checkTransition(at(from, { completenessProblems: 0 }), 'SUBMITTED', actors.ownEditor)).toBeNull();
    }
  });

  it('reports FORBIDDEN before a failing guard', () => {
    expect(checkTransition(at('DRAFT', { completenessProblems: 5 }), 'SUBMITTED', actors.otherEditor)?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('applies guards to admins too', () => {
    expect(checkTransition(at('SUBMITTED', { openBlockers: 2 }), 'APPROVED', actors.admin)?.rule).toBe('open_blockers');
  });
});

describe('nextStatuses', () => {
  it('offers what each actor may do now', () => {
    expect(nextStatuses(at('DRAFT'), actors.ownEditor)).toEqual(['SUBMITTED']);
    expect(nextStatuses(at('DRAFT'), actors.otherEditor)).toEqual([]);
    expect(nextStatuses(at('DRAFT'), actors.reviewer)).toEqual([]);
    expect(nextStatuses(at('SUBMITTED'), actors.reviewer)).toEqual(['CHANGES_REQUESTED', 'APPROVED']);
    expect(nextStatuses(at('SUBMITTED'), actors.ownEditor)).toEqual([]);
    expect(nextStatuses(at('CHANGES_REQUESTED'), actors.admin)).toEqual(['SUBMITTED']);
  });

  it('offers nothing once approved', () => {
    for (const who of ACTOR_NAMES) expect(nextStatuses(at('APPROVED'), actors[who])).toEqual([]);
  });

  it('leaves out moves a guard blocks', () => {
    expect(nextStatuses(at('SUBMITTED', { openBlockers: 1, openRemarks: 1 }), actors.reviewer)).toEqual([
      'CHANGES_REQUESTED',
    ]);
    expect(nextStatuses(at('DRAFT', { completenessProblems: 1 }), actors.ownEditor)).toEqual([]);
  });

  it('lists blocked moves with their reason in availableTransitions', () => {
    expect(availableTransitions(at('SUBMITTED', { openBlockers: 1 }), actors.reviewer)).toEqual([
      { to: 'CHANGES_REQUESTED', blockedBy: null },
      { to: 'APPROVED', blockedBy: expect.objectContaining({ rule: 'open_blockers' }) },
    ]);
    expect(availableTransitions(at('SUBMITTED'), actors.ownEditor)).toEqual([]);
    expect(availableTransitions(at('DRAFT'), actors.otherEditor)).toEqual([]);
  });
});

describe('content editing', () => {
  it('is possible only in DRAFT and CHANGES_REQUESTED', () => {
    expect(STRATEGY_STATUSES.filter(isContentEditable)).toEqual(['DRAFT', 'CHANGES_REQUESTED']);
  });

  const expected: Record<ActorName, Record<StrategyStatus, string>> = {
    ownEditor: { DRAFT: 'ok', SUBMITTED: 'not_editable', CHANGES_REQUESTED: 'ok', APPROVED: 'not_editable' },
    otherEditor: {
      DRAFT: 'other_region',
      SUBMITTED: 'other_region',
      CHANGES_REQUESTED: 'other_region',
      APPROVED: 'other_region',
    },
    reviewer: {
      DRAFT: 'role_not_allowed',
      SUBMITTED: 'role_not_allowed',
      CHANGES_REQUESTED: 'role_not_allowed',
      APPROVED: 'role_not_allowed',
    },
    admin: { DRAFT: 'ok', SUBMITTED: 'not_editable', CHANGES_REQUESTED: 'ok', APPROVED: 'not_editable' },
  };
  const cases = ACTOR_NAMES.flatMap((who) => STRATEGY_STATUSES.map((s) => [who, s, expected[who][s]] as const));

  it.each(cases)('by %s in %s: %s', (who, status, outcome) => {
    const refusal = canEditContent(actors[who], REGION, status);
    if (outcome === 'ok') expect(refusal).toBeNull();
    else
      expect(refusal).toMatchObject({
        rule: outcome,
        code: outcome === 'not_editable' ? 'INVALID_TRANSITION' : 'FORBIDDEN',
      });
  });
});

describe('reading and commenting', () => {
  it('makes approved content public, even to anonymous users', () => {
    expect(canReadContent(null, REGION, 'APPROVED')).toBe(true);
    expect(canReadContent(actors.otherEditor, REGION, 'APPROVED')).toBe(true);
  });

  it('shows unapproved content only to the own region, reviewers and admins', () => {
    for (const status of ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED'] as const) {
      expect(canReadContent(null, REGION, status)).toBe(false);
      expect(canReadContent(actors.otherEditor, REGION, status)).toBe(false);
      expect(canReadContent(actors.ownEditor, REGION, status)).toBe(true);
      expect(canReadContent(actors.reviewer, REGION, status)).toBe(true);
      expect(canReadContent(actors.admin, REGION, status)).toBe(true);
    }
  });

  it('lets reviewers, admins and the own region comment, nobody else', () => {
    expect(canComment(actors.reviewer, REGION)).toBe(true);
    expect(canComment(actors.admin, REGION)).toBe(true);
    expect(canComment(actors.ownEditor, REGION)).toBe(true);
    expect(canComment(actors.otherEditor, REGION)).toBe(false);
    expect(canComment(null, REGION)).toBe(false);
  });

  it('shows the history to the own region, reviewers and admins, never to others or anonymous users', () => {
    expect(canReadHistory(actors.ownEditor, REGION)).toBe(true);
    expect(canReadHistory(actors.reviewer, REGION)).toBe(true);
    expect(canReadHistory(actors.admin, REGION)).toBe(true);
    expect(canReadHistory(actors.otherEditor, REGION)).toBe(false);
    expect(canReadHistory(null, REGION)).toBe(false);
  });
});
