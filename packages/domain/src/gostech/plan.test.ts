import { DEFAULT_GOSTECH_DEADLINE } from '../strategy/deadline';
import { canEditContent, checkTransition } from '../strategy/workflow';
import {
  DECISION_LABELS,
  DECISION_STAGES,
  findDependencyCycle,
  GOSTECH_DECISIONS,
  GOSTECH_STAGES,
  planCompleteness,
  STAGE_LABELS,
  validateInformationSystem,
  type InformationSystemDraft,
  type PlanSystem,
  type StageDates,
} from './plan';

const base: InformationSystemDraft = {
  name: 'ГИС «Электронная запись к врачу»',
  operator: 'Министерство здравоохранения',
  decision: 'MIGRATE_AS_IS',
  sectorCode: 'healthcare',
  annualCost: 1_200_000,
};
const rules = (d: InformationSystemDraft) => validateInformationSystem(d).map((e) => `${e.field}:${e.rule}`);
const stage = (
  s: StageDates['stage'],
  plannedStart: string | null,
  plannedEnd: string | null,
  actual: Partial<StageDates> = {},
): StageDates => ({
  stage: s,
  plannedStart,
  plannedEnd,
  actualStart: null,
  actualEnd: null,
  ...actual,
});

describe('vocabulary', () => {
  it('labels every decision and stage in Russian and English', () => {
    for (const d of GOSTECH_DECISIONS) expect(DECISION_LABELS[d].name && DECISION_LABELS[d].nameEn).toBeTruthy();
    for (const s of GOSTECH_STAGES) expect(STAGE_LABELS[s].name && STAGE_LABELS[s].nameEn).toBeTruthy();
  });
  it('keeps each decision’s stages in the fixed order', () => {
    for (const d of GOSTECH_DECISIONS) {
      const idx = DECISION_STAGES[d].map((s) => GOSTECH_STAGES.indexOf(s));
      expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    }
    expect(DECISION_STAGES.KEEP_OUTSIDE).toEqual([]);
  });
  it('has the GosTech plan deadline of 1 May 2022', () => {
    expect(DEFAULT_GOSTECH_DEADLINE).toBe('2022-05-01');
  });
});

describe('validateInformationSystem', () => {
  it('accepts a complete system', () => {
    expect(
      rules({
        ...base,
        stages: [stage('ASSESSMENT', '2021-10-01', '2021-12-01'), stage('PILOT', '2022-01-10', '2022-03-01')],
      }),
    ).toEqual([]);
  });
  it('requires a name and an operator, and caps their length', () => {
    expect(rules({ ...base, name: '  ', operator: '' })).toEqual(['name:required', 'operator:required']);
    expect(rules({ ...base, name: 'x'.repeat(501), shortName: 'y'.repeat(101) })).toEqual([
      'name:too_long',
      'shortName:too_long',
    ]);
    expect(rules({ ...base, name: 'x'.repeat(500) })).toEqual([]);
  });
  it('refuses an unknown sector and decision', () => {
    expect(rules({ ...base, sectorCode: 'space', decision: 'MOVE_TO_MARS' })).toEqual([
      'sectorCode:unknown_sector',
      'decision:unknown_decision',
    ]);
    expect(rules({ ...base, sectorCode: null, decision: null })).toEqual([]);
  });
  it('wants a finite, non-negative annual cost', () => {
    expect(rules({ ...base, annualCost: -1 })).toEqual(['annualCost:negative']);
    expect(rules({ ...base, annualCost: Number.NaN })).toEqual(['annualCost:not_finite']);
    expect(rules({ ...base, annualCost: Infinity })).toEqual(['annualCost:not_finite']);
    expect(rules({ ...base, annualCost: 0 })).toEqual([]);
  });
  it('checks stage dates: ISO, within 2020–2030, start before end', () => {
    expect(rules({ ...base, stages: [stage('PILOT', '2022-02-30', '01.03.2022')] })).toEqual([
      'stages[0].plannedStart:invalid_date',
      'stages[0].plannedEnd:invalid_date',
    ]);
    expect(rules({ ...base, stages: [stage('PILOT', '2019-12-31', '2031-01-01')] })).toEqual([
      'stages[0].plannedStart:date_out_of_range',
      'stages[0].plannedEnd:date_out_of_range',
    ]);
    expect(rules({ ...base, stages: [stage('PILOT', '2022-03-01', '2022-02-01')] })).toEqual([
      'stages[0].plannedEnd:end_before_start',
    ]);
    expect(
      rules({ ...base, stages: [stage('PILOT', null, null, { actualStart: '2022-03-01', actualEnd: '2022-02-28' })] }),
    ).toEqual(['stages[0].actualEnd:end_before_start']);
    expect(rules({ ...base, stages: [stage('PILOT', null, null, { actualEnd: '2022-02-28' })] })).toEqual([
      'stages[0].actualStart:end_without_start',
    ]);
    expect(rules({ ...base, stages: [stage('PILOT', '2022-03-01', '2022-03-01')] })).toEqual([]);
  });
  it('refuses unknown and repeated stages', () => {
    expect(
      rules({
        ...base,
        stages: [{ stage: 'TESTING', plannedStart: null }, stage('PILOT', null, null), stage('PILOT', null, null)],
      }),
    ).toEqual(['stages[0].stage:unknown_stage', 'stages[2].stage:duplicate_stage']);
  });
  it('wants planned stages in the fixed order, whatever order they are listed in', () => {
    expect(
      rules({
        ...base,
        stages: [stage('PRODUCTION', '2022-01-01', '2022-12-31'), stage('PILOT', '2022-03-01', '2022-04-01')],
      }),
    ).toEqual(['stages[0].plannedStart:stages_out_of_order']);
    expect(
      rules({
        ...base,
        stages: [stage('PRODUCTION', '2022-05-01', '2022-12-31'), stage('PILOT', '2022-03-01', '2022-04-01')],
      }),
    ).toEqual([]);
  });
});

describe('findDependencyCycle', () => {
  it('finds none in a chain or a diamond', () => {
    expect(
      findDependencyCycle([
        { id: 'a', dependsOn: ['b', 'c'] },
        { id: 'b', dependsOn: ['d'] },
        { id: 'c', dependsOn: ['d'] },
        { id: 'd', dependsOn: [] },
      ]),
    ).toBeNull();
  });
  it('returns the cycle with its first id repeated', () => {
    expect(
      findDependencyCycle([
        { id: 'a', dependsOn: ['b'] },
        { id: 'b', dependsOn: ['c'] },
        { id: 'c', dependsOn: ['a'] },
      ]),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findDependencyCycle([
        { id: 'x', dependsOn: [] },
        { id: 'a', dependsOn: ['a'] },
      ]),
    ).toEqual(['a', 'a']);
  });
  it('ignores dependencies on ids outside the list', () => {
    expect(findDependencyCycle([{ id: 'a', dependsOn: ['ghost'] }])).toBeNull();
  });
  it('copes with a 10 000-long chain without overflowing the stack', () => {
    const systems = Array.from({ length: 10_000 }, (_, i) => ({ id: String(i), dependsOn: [String(i + 1)] }));
    expect(findDependencyCycle(systems)).toBeNull();
    systems[9_999]!.dependsOn = ['0'];
    expect(findDependencyCycle(systems)).toHaveLength(10_001);
  });
});

describe('planCompleteness', () => {
  const full = (id: string, extra: Partial<PlanSystem> = {}): PlanSystem => ({
    id,
    name: id,
    decision: 'MIGRATE_AS_IS',
    dependsOn: [],
    stages: [
      stage('ASSESSMENT', '2021-09-01', '2021-12-01'),
      stage('PILOT', '2022-01-01', '2022-03-01'),
      stage('PRODUCTION', '2022-04-01', '2022-12-31'),
      stage('LEGACY_SHUTDOWN', '2023-01-01', '2023-03-01'),
    ],
    ...extra,
  });
  const problems = (systems: PlanSystem[]) =>
    planCompleteness({ systems }).map((p) => `${p.rule}:${p.systemId ?? ''}${p.stage ? `:${p.stage}` : ''}`);

  it('is complete when every system has a decision and dated stages', () => {
    expect(
      problems([
        full('a'),
        full('b', { decision: 'KEEP_OUTSIDE', stages: [] }),
        full('c', { decision: 'DECOMMISSION', stages: [stage('LEGACY_SHUTDOWN', '2022-01-01', '2022-02-01')] }),
      ]),
    ).toEqual([]);
  });
  it('needs at least one system', () => {
    expect(problems([])).toEqual(['no_systems:']);
  });
  it('needs a decision for every system', () => {
    expect(problems([full('a', { decision: null })])).toEqual(['missing_decision:a']);
  });
  it('needs planned dates for each stage the decision requires', () => {
    expect(problems([full('a', { decision: 'REBUILD_ON_GOSTECH' })])).toEqual([
      'missing_planned_dates:a:DESIGN',
      'missing_planned_dates:a:DEVELOPMENT',
    ]);
    const noEnd = full('b');
    noEnd.stages = noEnd.stages.map((s) => (s.stage === 'PILOT' ? { ...s, plannedEnd: null } : s));
    expect(problems([noEnd])).toEqual(['missing_planned_dates:b:PILOT']);
  });
  it('needs planned dates in order', () => {
    const a = full('a');
    a.stages = a.stages.map((s) => (s.stage === 'PRODUCTION' ? { ...s, plannedStart: '2021-11-01' } : s));
    expect(problems([a])).toEqual(['stages_out_of_order:a:PRODUCTION']);
    const b = full('b');
    b.stages = b.stages.map((s) => (s.stage === 'PILOT' ? { ...s, plannedEnd: '2021-12-31' } : s));
    expect(problems([b])).toEqual(['end_before_start:b:PILOT']);
  });
  it('refuses a dependency cycle', () => {
    expect(problems([full('a', { dependsOn: ['b'] }), full('b', { dependsOn: ['a'] })])).toEqual([
      'dependency_cycle:a',
    ]);
  });
});

describe('the strategy workflow, reused for GosTech plans', () => {
  const editor = { userId: 'u', role: 'REGIONAL_EDITOR' as const, regionCode: 'RU-BEL' };
  it('names the document in its refusals', () => {
    expect(
      checkTransition({ status: 'DRAFT', regionCode: 'RU-BEL', document: 'GosTech plan' }, 'APPROVED', editor)?.reason,
    ).toBe('A GosTech plan cannot go from DRAFT to APPROVED.');
    expect(
      checkTransition(
        { status: 'DRAFT', regionCode: 'RU-BEL', document: 'GosTech plan', completenessProblems: 2 },
        'SUBMITTED',
        editor,
      )?.rule,
    ).toBe('incomplete');
    expect(canEditContent(editor, 'RU-BEL', 'SUBMITTED', 'GosTech plan')?.reason).toBe(
      'A SUBMITTED GosTech plan cannot be edited.',
    );
    expect(canEditContent(editor, 'RU-BEL', 'SUBMITTED')?.reason).toBe('A SUBMITTED strategy cannot be edited.');
  });
});
