import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { contentVisible } from '../workflow/workflow-fields';
import type { StrategyEntity } from '../strategy/strategy.entity';
import { StrategyType } from '../strategy/strategy.type';
import { strategyDocumentPath, strategyIndicatorsPath } from './documents.routes';

@ObjectType('StrategyDocuments', {
  description:
    'Download links (paths on this server) of a strategy as an official document. Downloads follow the same access rule as the content.',
})
export class StrategyDocumentsType {
  @Field(() => String, { description: 'DOCX (Word styles, numbered headings and tables, page numbers).' })
  docx: string;
  @Field(() => String, {
    description: 'Tagged, accessible PDF (document language ru), printed by Chromium on the server.',
  })
  pdf: string;
  @Field(() => String, {
    description: 'XLSX of the indicators for analysts: baseline, then a plan and a fact column per year.',
  })
  indicatorsXlsx: string;
}

@Resolver(() => StrategyType)
export class StrategyDocumentsFieldsResolver {
  @FieldResolver(() => StrategyDocumentsType, {
    nullable: true,
    description:
      'The strategy as an official document (current content); null when the caller may not read the content.',
  })
  async documents(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<StrategyDocumentsType | null> {
    if (!(await contentVisible(strategy, ctx))) return null;
    return {
      docx: strategyDocumentPath(strategy.id, 'docx'),
      pdf: strategyDocumentPath(strategy.id, 'pdf'),
      indicatorsXlsx: strategyIndicatorsPath(strategy.id),
    };
  }
}
