import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { badUserInput, DomainError, type FieldError } from '@tsifra/domain/errors';
import { isIsoDate } from '@tsifra/domain/period';
import { isControlCentreStatus } from '@tsifra/domain/registry/registry';
import type { Actor } from '@tsifra/domain/roles';
import type { Database } from '../../db/data-source';
import { recordAudit } from '../audit/audit';
import { RegionEntity } from '../region/region.entity';
import { assertRegionWriter } from '../rating/rating.service';
import { ControlCentreEntity, DigitalHeadEntity } from './registry.entity';

function dateErrors(fields: Record<string, string | null | undefined>): FieldError[] {
  return Object.entries(fields)
    .filter(([, v]) => v != null && !isIsoDate(v))
    .map(([field]) => ({ field, rule: 'date_format', message: 'Expected an ISO date YYYY-MM-DD.' }));
}

/** РЦТ and ЦУР edits: the region's own editor or an admin. Every change is audited. */
export class RegistryService {
  constructor(private readonly db: Database) {}

  async setDigitalHead(
    actor: Actor,
    regionCode: string,
    input: { name: string; position: string; appointedOn: string; act?: string | null },
  ): Promise<DigitalHeadEntity> {
    const code = regionCode.trim().toUpperCase();
    assertRegionWriter(actor, code);
    const errors = dateErrors({ 'input.appointedOn': input.appointedOn });
    if (!input.appointedOn) errors.push({ field: 'input.appointedOn', rule: 'required', message: 'Required.' });
    if (!input.name.trim()) errors.push({ field: 'input.name', rule: 'required', message: 'Required.' });
    if (errors.length) throw badUserInput(errors);
    return this.db.write(async (m) => {
      const region = await m.getRepository(RegionEntity).findOneBy({ code });
      if (!region) throw new DomainError('NOT_FOUND', `No region with code "${regionCode}".`, 'regionCode');
      const repo = m.getRepository(DigitalHeadEntity);
      await repo.update({ regionId: region.id, until: IsNull() }, { until: input.appointedOn });
      const row: DigitalHeadEntity = {
        id: randomUUID(),
        regionId: region.id,
        federalBodyId: null,
        name: input.name.trim(),
        position: input.position.trim(),
        appointedOn: input.appointedOn,
        until: null,
        act: input.act ?? null,
      };
      await repo.insert(row);
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'digital_head',
        entityId: row.id,
        action: 'digital_head.appoint',
        details: { regionCode: code, name: row.name },
      });
      return row;
    });
  }

  async setControlCentre(
    actor: Actor,
    regionCode: string,
    input: {
      status: string;
      statusSince?: string | null;
      openedOn?: string | null;
      act?: string | null;
      platforms: string[];
    },
  ): Promise<ControlCentreEntity> {
    const code = regionCode.trim().toUpperCase();
    assertRegionWriter(actor, code);
    const errors = dateErrors({ 'input.statusSince': input.statusSince, 'input.openedOn': input.openedOn });
    if (!isControlCentreStatus(input.status))
      errors.push({
        field: 'input.status',
        rule: 'control_centre_status',
        message: 'PLANNED, RISK_ZONE or OPERATING.',
      });
    if (errors.length) throw badUserInput(errors);
    return this.db.write(async (m) => {
      const region = await m.getRepository(RegionEntity).findOneBy({ code });
      if (!region) throw new DomainError('NOT_FOUND', `No region with code "${regionCode}".`, 'regionCode');
      const repo = m.getRepository(ControlCentreEntity);
      const row = (await repo.findOneBy({ regionId: region.id })) ?? {
        id: randomUUID(),
        regionId: region.id,
        status: 'PLANNED',
        statusSince: null,
        openedOn: null,
        act: null,
        platforms: '[]',
        version: 0,
      };
      Object.assign(row, {
        status: input.status,
        statusSince: input.statusSince ?? null,
        openedOn: input.openedOn ?? null,
        act: input.act ?? null,
        platforms: JSON.stringify(input.platforms),
        version: row.version + 1,
      });
      await repo.save(row);
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'control_centre',
        entityId: row.id,
        action: 'control_centre.set',
        details: { regionCode: code, status: input.status },
      });
      return row;
    });
  }
}
