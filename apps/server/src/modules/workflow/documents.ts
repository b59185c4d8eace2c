import type { EntityManager } from 'typeorm';
import { gostechPlanDocument } from '../gostech/gostech-document';
import { maturityReportDocument } from '../rating/maturity-report-document';
import { strategyDocument } from '../strategy/strategy-document';
import type { DocumentAdapter, ReviewedDocument } from './document-adapter';
import type { DocumentRef, DocumentType } from './document-ref';

/** Every reviewed document type's adapter: a new type adds one line here. */
export const DOCUMENT_ADAPTERS: Readonly<
  Record<DocumentType, Pick<DocumentAdapter<ReviewedDocument>, 'type' | 'label' | 'load'>>
> = {
  strategy: strategyDocument,
  gostech_plan: gostechPlanDocument,
  maturity_report: maturityReportDocument,
};

/** Loads any reviewed document by reference (NOT_FOUND on `field`), with its region's code and its adapter. */
export async function loadDocument(m: EntityManager, ref: DocumentRef, field: string) {
  const adapter = DOCUMENT_ADAPTERS[ref.type];
  const { document, regionCode } = await adapter.load(m, ref.id, field);
  return { document, regionCode, adapter };
}
