/**
 * The two rating methodologies of the demo. The 2021 parameters are not listed in any source we found
 * (inferred: maturity, feedback platform, IT-industry support, information security, МСЗУ); the 2022 one
 * follows the press: seven parameters, total = sum of points, maximum 31 (maturity in five key sectors
 * max 10, import independence max 2.5). The other maxima are our demo split.
 */

import type { MethodologyDef } from './methodology';

export const RATING_2021: MethodologyDef = {
  code: 'RCT-2021',
  validFrom: '2021-03',
  aggregation: 'SUM',
  parameters: [
    {
      code: 'MATURITY',
      name: 'Цифровая зрелость',
      nameEn: 'Digital maturity',
      unit: 'балл',
      maxPoints: 10,
      derivation: 'ENTERED',
      source: 'ENTERED',
    },
    {
      code: 'POS',
      name: 'Платформа обратной связи (ПОС)',
      nameEn: 'Feedback platform (POS)',
      unit: 'балл',
      maxPoints: 5,
      derivation: 'ENTERED',
      source: 'ENTERED',
    },
    {
      code: 'IT_SUPPORT',
      name: 'Поддержка ИТ-отрасли',
      nameEn: 'IT-industry support',
      unit: 'балл',
      maxPoints: 5,
      derivation: 'ENTERED',
      source: 'ENTERED',
    },
    {
      code: 'INFOSEC',
      name: 'Информационная безопасность',
      nameEn: 'Information security',
      unit: 'балл',
      maxPoints: 5,
      derivation: 'ENTERED',
      source: 'ENTERED',
    },
    {
      code: 'MSZU',
      name: 'МСЗУ в электронном виде',
      nameEn: 'Mass social services online',
      unit: 'балл',
      maxPoints: 5,
      derivation: 'ENTERED',
      source: 'ENTERED',
    },
  ],
};

export const RATING_2022: MethodologyDef = {
  code: 'RCT-2022',
  validFrom: '2022-07',
  aggregation: 'SUM',
  parameters: [
    {
      code: 'MATURITY',
      name: 'Цифровая зрелость пяти ключевых отраслей',
      nameEn: 'Maturity of five key sectors',
      unit: '%',
      maxPoints: 10,
      derivation: 'COMPUTED',
      source: 'MATURITY_INDEX',
      scale: { kind: 'LINEAR', from: 0, to: 100 },
    },
    {
      code: 'POS',
      name: 'Платформа обратной связи (ПОС)',
      nameEn: 'Feedback platform (POS)',
      unit: 'балл',
      maxPoints: 5,
      derivation: 'ENTERED',
      source: 'ENTERED',
    },
    {
      code: 'IT_SUPPORT',
      name: 'Меры поддержки ИТ-отрасли',
      nameEn: 'IT-industry support',
      unit: 'балл',
      maxPoints: 4,
      derivation: 'ENTERED',
      source: 'ENTERED',
    },
    {
      code: 'INFOSEC',
      name: 'Информационная безопасность',
      nameEn: 'Information security',
      unit: 'балл',
      maxPoints: 4,
      derivation: 'ENTERED',
      source: 'ENTERED',
    },
    {
      code: 'SMEV',
      name: 'Использование СМЭВ',
      nameEn: 'Use of SMEV',
      unit: 'балл',
      maxPoints: 3,
      derivation: 'ENTERED',
      source: 'ENTERED',
    },
    {
      code: 'IMPORT',
      name: 'Импортонезависимость ПО',
      nameEn: 'Import independence of software',
      unit: 'балл',
      maxPoints: 2.5,
      derivation: 'ENTERED',
      source: 'ENTERED',
    },
    // Entered in the demo: the published demo points are reproduced from inputs. MSZU_SHARE can be COMPUTED (rating-compute.ts);
    // switching this demo method to it would change the seeded 2022 ratings, so that is a new methodology version.
    {
      code: 'MSZU',
      name: 'МСЗУ в электронном виде',
      nameEn: 'Mass social services online',
      unit: 'балл',
      maxPoints: 2.5,
      derivation: 'ENTERED',
      source: 'ENTERED',
    },
  ],
};
