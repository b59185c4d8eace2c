/**
 * DEMO DATA — invented for demonstration (ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ), except where marked "real":
 * the KhMAO broadband share 2020–2024 comes from the region's public programme.
 * A goal template per sector: one 2030 goal, 2024 goals under it, 2021 tasks under those, each with an indicator.
 */
import type { Horizon } from '@tsifra/domain/horizons';

export interface DemoIndicator {
  name: string;
  unit: string;
  direction?: 'INCREASE' | 'DECREASE';
  baselineYear: number;
  baselineValue: number;
  targets: Record<number, number>;
  responsible: string;
}

export interface DemoGoal {
  horizon: Horizon;
  title: string;
  description?: string;
  indicators: DemoIndicator[];
  children?: DemoGoal[];
}

const pct = (name: string, base: number, targets: Record<number, number>, responsible: string): DemoIndicator => ({
  name,
  unit: '%',
  baselineYear: 2020,
  baselineValue: base,
  targets,
  responsible,
});
const count = (
  name: string,
  unit: string,
  base: number,
  targets: Record<number, number>,
  responsible: string,
): DemoIndicator => ({
  name,
  unit,
  baselineYear: 2020,
  baselineValue: base,
  targets,
  responsible,
});

export const DEMO_GOALS: Record<string, DemoGoal> = {
  healthcare: {
    horizon: 'Y2030',
    title: 'Достижение «цифровой зрелости» здравоохранения региона',
    description:
      'Единый цифровой контур здравоохранения на базе ЕГИСЗ: электронная медицинская карта, телемедицина, запись к врачу онлайн.',
    indicators: [
      pct(
        'Доля медицинских организаций, подключённых к ЕГИСЗ',
        62,
        { 2021: 70, 2022: 78, 2023: 86, 2024: 95, 2030: 100 },
        'Министерство здравоохранения',
      ),
    ],
    children: [
      {
        horizon: 'Y2024',
        title: 'Запись к врачу и электронная медицинская карта онлайн для всех жителей',
        indicators: [
          pct(
            'Доля записей к врачу, совершённых гражданами дистанционно',
            38,
            { 2021: 45, 2022: 52, 2023: 58, 2024: 65 },
            'Министерство здравоохранения',
          ),
        ],
        children: [
          {
            horizon: 'Y2021',
            title: 'Подключить все поликлиники к записи на приём через ЕПГУ',
            indicators: [
              pct(
                'Доля поликлиник, подключённых к записи через ЕПГУ',
                70,
                { 2021: 90 },
                'Медицинский информационно-аналитический центр',
              ),
            ],
          },
        ],
      },
      {
        horizon: 'Y2024',
        title: 'Телемедицинские консультации в районных больницах и ФАПах',
        indicators: [
          count(
            'Число телемедицинских консультаций за год',
            'ед.',
            12000,
            { 2021: 15000, 2022: 19000, 2023: 24000, 2024: 30000 },
            'Министерство здравоохранения',
          ),
        ],
        children: [
          {
            horizon: 'Y2021',
            title: 'Оснастить фельдшерско-акушерские пункты оборудованием для телемедицины',
            indicators: [
              count(
                'Число ФАПов с телемедицинским оборудованием',
                'шт.',
                40,
                { 2021: 80 },
                'Министерство здравоохранения',
              ),
            ],
          },
        ],
      },
    ],
  },
  education: {
    horizon: 'Y2030',
    title: 'Цифровая образовательная среда во всех школах региона',
    indicators: [
      pct(
        'Доля школ с высокоскоростным доступом к интернету',
        55,
        { 2021: 65, 2022: 80, 2023: 90, 2024: 100, 2030: 100 },
        'Министерство образования',
      ),
    ],
    children: [
      {
        horizon: 'Y2024',
        title: 'Запись в школы и кружки через Госуслуги',
        indicators: [
          pct(
            'Доля заявлений в первый класс, поданных через ЕПГУ',
            30,
            { 2021: 50, 2022: 65, 2023: 75, 2024: 85 },
            'Министерство образования',
          ),
        ],
        children: [
          {
            horizon: 'Y2021',
            title: 'Перевести приём заявлений в первый класс на ЕПГУ',
            indicators: [
              pct('Доля школ, принимающих заявления через ЕПГУ', 40, { 2021: 100 }, 'Министерство образования'),
            ],
          },
        ],
      },
      {
        horizon: 'Y2024',
        title: 'Цифровые компетенции педагогов',
        indicators: [
          count(
            'Число педагогов, прошедших обучение цифровым компетенциям',
            'чел.',
            1200,
            { 2021: 2500, 2022: 4000, 2023: 5500, 2024: 7000 },
            'Институт развития образования',
          ),
        ],
        children: [
          {
            horizon: 'Y2021',
            title: 'Обучить педагогов работе на платформе цифровой образовательной среды',
            indicators: [
              count('Число обученных педагогов', 'чел.', 1200, { 2021: 2500 }, 'Институт развития образования'),
            ],
          },
        ],
      },
    ],
  },
  transport: {
    horizon: 'Y2030',
    title: 'Безналичная оплата и онлайн-расписание всего общественного транспорта',
    indicators: [
      pct(
        'Доля транспортных средств с безналичной оплатой проезда',
        45,
        { 2021: 60, 2022: 75, 2023: 85, 2024: 95, 2030: 100 },
        'Министерство транспорта',
      ),
    ],
    children: [
      {
        horizon: 'Y2024',
        title: 'Единая диспетчерская система пассажирских перевозок',
        indicators: [
          pct(
            'Доля маршрутов с данными о движении в реальном времени',
            20,
            { 2021: 35, 2022: 55, 2023: 70, 2024: 90 },
            'Министерство транспорта',
          ),
        ],
        children: [
          {
            horizon: 'Y2021',
            title: 'Установить навигационные терминалы ГЛОНАСС на автобусы',
            indicators: [
              count(
                'Число автобусов с терминалами ГЛОНАСС',
                'шт.',
                300,
                { 2021: 450 },
                'Управление автомобильного транспорта',
              ),
            ],
          },
        ],
      },
    ],
  },
  social_sphere: {
    horizon: 'Y2030',
    title: 'Социальная поддержка по принципу «социального казначейства»',
    description: 'Меры поддержки назначаются проактивно, без заявлений, на основе данных.',
    indicators: [
      pct(
        'Доля мер социальной поддержки, назначаемых проактивно',
        5,
        { 2021: 10, 2022: 20, 2023: 35, 2024: 50, 2030: 90 },
        'Министерство социальной защиты',
      ),
    ],
    children: [
      {
        horizon: 'Y2024',
        title: 'Заявления на меры социальной поддержки онлайн',
        indicators: [
          pct(
            'Доля заявлений на меры поддержки, поданных через ЕПГУ',
            25,
            { 2021: 40, 2022: 55, 2023: 70, 2024: 80 },
            'Министерство социальной защиты',
          ),
        ],
        children: [
          {
            horizon: 'Y2021',
            title: 'Подключить региональные меры поддержки к ЕПГУ',
            indicators: [
              count(
                'Число мер поддержки, доступных на ЕПГУ',
                'ед.',
                12,
                { 2021: 25 },
                'Министерство социальной защиты',
              ),
            ],
          },
        ],
      },
    ],
  },
  public_administration: {
    horizon: 'Y2030',
    title: 'Государственное управление на основе данных',
    indicators: [
      pct(
        'Доля массовых социально значимых услуг, доступных в электронном виде',
        20,
        { 2021: 40, 2022: 60, 2023: 80, 2024: 95, 2030: 100 },
        'Министерство цифрового развития',
      ),
    ],
    children: [
      {
        horizon: 'Y2024',
        title: 'Межведомственный электронный документооборот',
        indicators: [
          pct(
            'Доля документов органов власти в электронном виде',
            60,
            { 2021: 70, 2022: 80, 2023: 90, 2024: 95 },
            'Аппарат правительства',
          ),
        ],
        children: [
          {
            horizon: 'Y2021',
            title: 'Подключить органы местного самоуправления к системе электронного документооборота',
            indicators: [
              count('Число ОМСУ, подключённых к СЭД', 'ед.', 10, { 2021: 25 }, 'Министерство цифрового развития'),
            ],
          },
        ],
      },
    ],
  },
  urban_environment: {
    horizon: 'Y2030',
    title: 'Умный город: цифровое ЖКХ и обратная связь с жителями',
    indicators: [
      pct(
        'Доля многоквартирных домов с интеллектуальными приборами учёта',
        8,
        { 2021: 15, 2022: 25, 2023: 35, 2024: 45, 2030: 80 },
        'Министерство ЖКХ',
      ),
    ],
    children: [
      {
        horizon: 'Y2024',
        title: 'Платформа обратной связи и центр управления регионом',
        indicators: [
          pct(
            'Доля обращений граждан, отработанных ЦУР в срок',
            70,
            { 2021: 85, 2022: 90, 2023: 93, 2024: 95 },
            'Центр управления регионом',
          ),
        ],
        children: [
          {
            horizon: 'Y2021',
            title: 'Запустить центр управления регионом',
            indicators: [
              count('Число органов власти, подключённых к ЦУР', 'ед.', 0, { 2021: 30 }, 'Центр управления регионом'),
            ],
          },
        ],
      },
    ],
  },
};

/** Real figures (KhMAO programme): households with broadband, % — 84.9 (2020) → 86.6, 88.2, 90.2, 92.5 (2021–2024); 2030 is invented. */
export const KHMAO_BROADBAND: DemoIndicator = pct(
  'Доля домохозяйств с широкополосным доступом к интернету',
  84.9,
  { 2021: 86.6, 2022: 88.2, 2023: 90.2, 2024: 92.5, 2030: 97 },
  'Департамент информационных технологий и цифрового развития',
);

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
