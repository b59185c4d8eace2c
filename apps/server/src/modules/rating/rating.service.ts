import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badUserInput, DomainError } from '@tsifra/domain/errors';
import {
  checkMethodology,
  methodologyInForce,
  type MethodologyDef,
  type ParameterDef,
} from '@tsifra/domain/rating/methodology';
import { parsePeriodOf } from '@tsifra/domain/period';
import { isOwnRegionEditor, type Actor } from '@tsifra/domain/roles';
import type { Database } from '../../db/data-source';
import { insertInChunks } from '../../db/insert-in-chunks';
import { recordAudit } from '../audit/audit';
import { RegionEntity } from '../region/region.entity';
import type { Clock } from '../../shared/clock';
import { computeMonth, methodologyDef } from './rating-compute';
import {
  RatingInputEntity,
  RatingMethodologyEntity,
  RatingPublicationEntity,
  RatingPublicationEntryEntity,
} from './rating.entity';

export interface MethodologyInput {
  code: string;
  validFrom: string;
  description?: string | null;
  parameters: ParameterDef[];
}

export function requireMonth(period: string, field = 'period'): void {
  if (!parsePeriodOf('MONTH', period))
    throw badUserInput([
      { field, rule: 'period_not_month', message: `Expected a month such as 2021-09, got "${period}".` },
    ]);
}

async function regionByCode(m: EntityManager, code: string): Promise<RegionEntity> {
  const region = await m.getRepository(RegionEntity).findOneBy({ code: code.trim().toUpperCase() });
  if (!region) throw new DomainError('NOT_FOUND', `No region with code "${code}".`, 'regionCode');
  return region;
}

/** Own region's editor or an admin; everyone else is refused. */
export function assertRegionWriter(actor: Actor, regionCode: string): void {
  if (actor.role === 'ADMIN' || isOwnRegionEditor(actor, regionCode)) return;
  throw new DomainError('FORBIDDEN', `Only ${regionCode}'s editor or an admin can change this.`, 'regionCode');
}

export function assertAdmin(actor: Actor): void {
  if (actor.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'Only an admin can do this.');
}

export class RatingService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Enters (or corrects) a monthly input; admins only. The parameter must be ENTERED in the methodology in force. */
  async setInput(
    actor: Actor,
    input: { regionCode: string; period: string; parameterCode: string; value: number; note?: string | null },
  ): Promise<RatingInputEntity> {
    assertAdmin(actor);
    requireMonth(input.period, 'input.period');
    return this.db.write(async (m) => {
      const region = await regionByCode(m, input.regionCode);
      const methodology = methodologyInForce(await m.getRepository(RatingMethodologyEntity).find(), input.period);
      const param = methodology && methodologyDef(methodology).parameters.find((p) => p.code === input.parameterCode);
      if (!param || param.derivation !== 'ENTERED') {
        throw badUserInput([
          {
            field: 'input.parameterCode',
            rule: 'parameter_not_entered',
            message: `${input.parameterCode} is not an entered parameter of the methodology in force for ${input.period}.`,
          },
        ]);
      }
      if (!Number.isFinite(input.value) || input.value < 0)
        throw badUserInput([
          { field: 'input.value', rule: 'value_negative', message: 'The value must be a number ≥ 0.' },
        ]);
      return writeInput(
        m,
        actor,
        {
          regionId: region.id,
          regionCode: region.code,
          period: input.period,
          parameterCode: input.parameterCode,
          value: input.value,
          note: input.note ?? null,
        },
        this.clock.now(),
      );
    });
  }

  async createMethodology(actor: Actor, input: MethodologyInput): Promise<RatingMethodologyEntity> {
    assertAdmin(actor);
    const def = this.checked(input);
    return this.db.write(async (m) => {
      if (await m.getRepository(RatingMethodologyEntity).existsBy({ code: def.code }))
        throw new DomainError('CONFLICT', `Methodology ${def.code} already exists.`, 'input.code');
      const row: RatingMethodologyEntity = {
        id: randomUUID(),
        code: def.code,
        validFrom: def.validFrom,
        aggregation: 'SUM',
        parameters: JSON.stringify(def.parameters),
        description: input.description ?? null,
        version: 1,
        createdAt: this.clock.now(),
      };
      await m.getRepository(RatingMethodologyEntity).insert(row);
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'rating_methodology',
        entityId: row.id,
        action: 'rating_methodology.create',
        details: { code: def.code },
      });
      return row;
    });
  }

  /** Edits a methodology that no publication uses yet; one in use is refused with a field error (make a new version). */
  async updateMethodology(
    actor: Actor,
    code: string,
    version: number,
    input: MethodologyInput,
  ): Promise<RatingMethodologyEntity> {
    assertAdmin(actor);
    const def = this.checked({ ...input, code });
    return this.db.write(async (m) => {
      const repo = m.getRepository(RatingMethodologyEntity);
      const row = await repo.findOneBy({ code });
      if (!row) throw new DomainError('NOT_FOUND', `No methodology ${code}.`, 'code');
      if (await m.getRepository(RatingPublicationEntity).existsBy({ methodologyId: row.id })) {
        throw badUserInput([
          {
            field: 'code',
            rule: 'methodology_in_use',
            message: `${code} is used by a published rating and cannot change; create a new version instead.`,
          },
        ]);
      }
      if (row.version !== version)
        throw new DomainError(
          'CONFLICT',
          `Methodology ${code} changed (you have version ${version}, it is at ${row.version}).`,
          'version',
        );
      const updated = await repo
        .createQueryBuilder()
        .update()
        .set({
          validFrom: def.validFrom,
          parameters: JSON.stringify(def.parameters),
          description: input.description ?? null,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id: row.id, version })
        .execute();
      if (updated.affected !== 1)
        throw new DomainError('CONFLICT', `Methodology ${code} changed meanwhile.`, 'version');
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'rating_methodology',
        entityId: row.id,
        action: 'rating_methodology.update',
        details: { code },
      });
      return repo.findOneByOrFail({ id: row.id });
    });
  }

  /** Freezes the month's current draft as a new publication version; a re-publication needs a reason. */
  async publish(actor: Actor, period: string, reason: string | null | undefined): Promise<RatingPublicationEntity> {
    assertAdmin(actor);
    requireMonth(period);
    return this.db.write((m) => publishMonth(m, actor, period, reason ?? null, this.clock.now()));
  }

  private checked(input: MethodologyInput): MethodologyDef {
    const def: MethodologyDef = {
      code: input.code.trim(),
      validFrom: input.validFrom,
      aggregation: 'SUM',
      parameters: input.parameters,
    };
    const errors = checkMethodology(def);
    if (errors.length) throw badUserInput(errors.map((e) => ({ ...e, field: `input.${e.field}` })));
    return def;
  }
}

/** Writes one input (insert or update) with its audit entry; shared by setInput and the XLSX import. */
export async function writeInput(
  m: EntityManager,
  actor: Actor,
  input: {
    regionId: string;
    regionCode: string;
    period: string;
    parameterCode: string;
    value: number;
    note: string | null;
  },
  now: Date,
  action = 'rating_input.set',
): Promise<RatingInputEntity> {
  const repo = m.getRepository(RatingInputEntity);
  const existing = await repo.findOneBy({
    regionId: input.regionId,
    period: input.period,
    parameterCode: input.parameterCode,
  });
  const row: RatingInputEntity = existing ?? {
    id: randomUUID(),
    regionId: input.regionId,
    period: input.period,
    parameterCode: input.parameterCode,
    value: 0,
    note: null,
    demo: false,
    updatedAt: now,
  };
  const before = existing?.value ?? null;
  Object.assign(row, { value: input.value, note: input.note, demo: false, updatedAt: now });
  await repo.save(row);
  await recordAudit(m, actor, {
    strategyId: null,
    entity: 'rating_input',
    entityId: row.id,
    action,
    details: {
      regionCode: input.regionCode,
      period: input.period,
      parameterCode: input.parameterCode,
      before,
      after: input.value,
    },
  });
  return row;
}

/** Shared by the service and the demo seed: the seed publishes through the same path. */
export async function publishMonth(
  m: EntityManager,
  actor: Actor | null,
  period: string,
  reason: string | null,
  at: Date,
): Promise<RatingPublicationEntity> {
  const computed = await computeMonth(m, period);
  if (!computed)
    throw badUserInput([
      { field: 'period', rule: 'no_methodology', message: `No methodology is in force for ${period}.` },
    ]);
  const previous = await m
    .getRepository(RatingPublicationEntity)
    .find({ where: { period }, order: { version: 'DESC' }, take: 1 });
  const version = (previous[0]?.version ?? 0) + 1;
  if (version > 1 && !reason?.trim())
    throw badUserInput([
      { field: 'reason', rule: 'republication_reason_required', message: 'A re-publication needs a reason.' },
    ]);
  const publication: RatingPublicationEntity = {
    id: randomUUID(),
    period,
    methodologyId: computed.methodology.id,
    version,
    reason: reason?.trim() || null,
    publishedBy: actor?.userId ?? null,
    publishedAt: at,
  };
  await m.getRepository(RatingPublicationEntity).insert(publication);
  await insertInChunks(
    m,
    RatingPublicationEntryEntity,
    computed.rows.map((r) => ({
      id: randomUUID(),
      publicationId: publication.id,
      regionId: r.regionId,
      rank: r.rank,
      score: r.score,
      parameters: JSON.stringify(r.parameters),
    })),
  );
  await recordAudit(m, actor, {
    strategyId: null,
    entity: 'rating_publication',
    entityId: publication.id,
    action: 'rating.publish',
    details: { period, version, methodology: computed.methodology.code, reason: publication.reason },
  });
  return publication;
}
