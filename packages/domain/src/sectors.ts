/**
 * Sectors (отрасли) a regional strategy covers. Each region picks its own; the list holds the six
 * main areas of the 2021 strategies and other sectors regions chose.
 *
 * - `mainArea2021`: one of the six main areas of the 2021 strategies (healthcare, education,
 *   transport, urban environment, public administration, social sphere).
 * - `maturityKeySector`: one of the five key sectors of the digital maturity index (order of
 *   Минцифры № 600 of 18 Nov 2020): education, healthcare, public administration, public transport
 *   (our `transport`) and urban economy and construction (our `urban_environment`; the separate
 *   `construction` sector is for regions that list construction on its own and is not counted twice).
 */

export const SECTORS = [
  { code: 'healthcare', name: 'Здравоохранение', nameEn: 'Healthcare', mainArea2021: true, maturityKeySector: true },
  {
    code: 'education',
    name: 'Образование и наука',
    nameEn: 'Education and science',
    mainArea2021: true,
    maturityKeySector: true,
  },
  {
    code: 'transport',
    name: 'Транспорт и логистика',
    nameEn: 'Transport and logistics',
    mainArea2021: true,
    maturityKeySector: true,
  },
  {
    code: 'urban_environment',
    name: 'Городская среда',
    nameEn: 'Urban environment',
    mainArea2021: true,
    maturityKeySector: true,
  },
  {
    code: 'public_administration',
    name: 'Государственное управление',
    nameEn: 'Public administration',
    mainArea2021: true,
    maturityKeySector: true,
  },
  {
    code: 'social_sphere',
    name: 'Социальная сфера',
    nameEn: 'Social sphere',
    mainArea2021: true,
    maturityKeySector: false,
  },
  { code: 'culture', name: 'Культура', nameEn: 'Culture', mainArea2021: false, maturityKeySector: false },
  {
    code: 'agriculture',
    name: 'Сельское хозяйство',
    nameEn: 'Agriculture',
    mainArea2021: false,
    maturityKeySector: false,
  },
  {
    code: 'ecology',
    name: 'Экология и природопользование',
    nameEn: 'Ecology and natural resources',
    mainArea2021: false,
    maturityKeySector: false,
  },
  { code: 'industry', name: 'Промышленность', nameEn: 'Industry', mainArea2021: false, maturityKeySector: false },
  { code: 'energy', name: 'Энергетика', nameEn: 'Energy', mainArea2021: false, maturityKeySector: false },
  { code: 'tourism', name: 'Туризм', nameEn: 'Tourism', mainArea2021: false, maturityKeySector: false },
  {
    code: 'sport',
    name: 'Физическая культура и спорт',
    nameEn: 'Sport',
    mainArea2021: false,
    maturityKeySector: false,
  },
  {
    code: 'construction',
    name: 'Строительство',
    nameEn: 'Construction',
    mainArea2021: false,
    maturityKeySector: false,
  },
  { code: 'finance', name: 'Финансы', nameEn: 'Finance', mainArea2021: false, maturityKeySector: false },
  {
    code: 'security',
    name: 'Общественная безопасность',
    nameEn: 'Public safety',
    mainArea2021: false,
    maturityKeySector: false,
  },
] as const;

export type Sector = (typeof SECTORS)[number];
export type SectorCode = Sector['code'];
export const SECTOR_CODES: readonly SectorCode[] = SECTORS.map((s) => s.code);

/**
 * Whether a string is a known sector code (exact, lower-case).
 */
export function isSectorCode(value: unknown): value is SectorCode {
  return typeof value === 'string' && (SECTOR_CODES as readonly string[]).includes(value);
}

/**
 * The sector with this code (trimmed, case-insensitive), or undefined.
 */
export function findSector(code: string): Sector | undefined {
  const key = code.trim().toLowerCase();
  return SECTORS.find((s) => s.code === key);
}
