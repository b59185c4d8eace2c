/**
 * DEMO DATA — invented for demonstration (ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ): the demo regions' strategies, their status and
 * chosen sectors (goals come from the sector templates in demo-goals.ts).
 */
import { KHMAO_BROADBAND, type DemoIndicator } from './demo-goals';

export interface DemoStrategy {
  regionCode: string;
  status: 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'APPROVED';
  sectors: string[];
  extraIndicators?: Record<string, DemoIndicator[]>;
  returnComment?: string;
  /** When the (last) revision was submitted; 2021-08-20 when not given. */
  submittedAt?: string;
}

export const DEMO_STRATEGIES: DemoStrategy[] = [
  // Belgorod chose social sphere, healthcare, education, transport (public news); the editor's sandbox.
  { regionCode: 'RU-BEL', status: 'DRAFT', sectors: ['social_sphere', 'healthcare', 'education', 'transport'] },
  {
    regionCode: 'RU-TUL',
    status: 'APPROVED',
    sectors: ['healthcare', 'education', 'public_administration', 'urban_environment'],
  },
  {
    regionCode: 'RU-KHM',
    status: 'APPROVED',
    sectors: ['public_administration', 'healthcare', 'education', 'transport', 'social_sphere'],
    extraIndicators: { public_administration: [KHMAO_BROADBAND] },
  },
  { regionCode: 'RU-YAN', status: 'APPROVED', sectors: ['healthcare', 'transport', 'public_administration'] },
  { regionCode: 'RU-TYU', status: 'SUBMITTED', sectors: ['healthcare', 'education', 'urban_environment'] },
  // Submitted two days after the deadline: accepted, marked late.
  {
    regionCode: 'RU-KLU',
    status: 'SUBMITTED',
    sectors: ['education', 'social_sphere'],
    submittedAt: '2021-09-03T10:00:00Z',
  },
  {
    regionCode: 'RU-VGG',
    status: 'CHANGES_REQUESTED',
    sectors: ['healthcare', 'transport'],
    returnComment:
      'Уточните целевые значения на 2024 год по транспорту и добавьте задачи на 2021 год по здравоохранению. (демо)',
  },
];
