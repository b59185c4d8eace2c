/** DEMO DATA: the demo accounts (one per role, and the editors of the demo regions) and their shared password. */

export const DEMO_USERS = [
  {
    email: 'editor.bel@tsifra.test',
    name: 'Редактор Белгородской области (демо)',
    role: 'REGIONAL_EDITOR',
    regionCode: 'RU-BEL',
  },
  {
    email: 'editor.tul@tsifra.test',
    name: 'Редактор Тульской области (демо)',
    role: 'REGIONAL_EDITOR',
    regionCode: 'RU-TUL',
  },
  { email: 'reviewer@tsifra.test', name: 'Эксперт Минцифры (демо)', role: 'FEDERAL_REVIEWER', regionCode: null },
  { email: 'admin@tsifra.test', name: 'Администратор (демо)', role: 'ADMIN', regionCode: null },
  // МСЗУ demo: the editor of a September 2021 laggard.
  {
    email: 'editor.ark@tsifra.test',
    name: 'Редактор Архангельской области (демо)',
    role: 'REGIONAL_EDITOR',
    regionCode: 'RU-ARK',
  },
] as const;

export const DEMO_PASSWORD = 'demo-password';
