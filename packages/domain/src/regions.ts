/**
 * The 85 federal subjects of Russia as of 2021 and their 8 federal districts — the regions the
 * digital transformation programme covers.
 *
 * Codes are ISO 3166-2:RU. Crimea and Sevastopol have no ISO 3166-2:RU codes (ISO lists them under
 * Ukraine); we use `RU-CR` and `RU-SEV`, the codes Russian statistics and most datasets use, so
 * that every region has a code of the same shape.
 */

export const FEDERAL_DISTRICTS = [
  { code: 'CENTRAL', name: 'Центральный федеральный округ', nameEn: 'Central Federal District', abbr: 'ЦФО' },
  {
    code: 'NORTH_WESTERN',
    name: 'Северо-Западный федеральный округ',
    nameEn: 'North-Western Federal District',
    abbr: 'СЗФО',
  },
  { code: 'SOUTHERN', name: 'Южный федеральный округ', nameEn: 'Southern Federal District', abbr: 'ЮФО' },
  {
    code: 'NORTH_CAUCASIAN',
    name: 'Северо-Кавказский федеральный округ',
    nameEn: 'North Caucasian Federal District',
    abbr: 'СКФО',
  },
  { code: 'VOLGA', name: 'Приволжский федеральный округ', nameEn: 'Volga Federal District', abbr: 'ПФО' },
  { code: 'URAL', name: 'Уральский федеральный округ', nameEn: 'Ural Federal District', abbr: 'УФО' },
  { code: 'SIBERIAN', name: 'Сибирский федеральный округ', nameEn: 'Siberian Federal District', abbr: 'СФО' },
  {
    code: 'FAR_EASTERN',
    name: 'Дальневосточный федеральный округ',
    nameEn: 'Far Eastern Federal District',
    abbr: 'ДФО',
  },
] as const;

export type FederalDistrict = (typeof FEDERAL_DISTRICTS)[number];
export type FederalDistrictCode = FederalDistrict['code'];
export const FEDERAL_DISTRICT_CODES: readonly FederalDistrictCode[] = FEDERAL_DISTRICTS.map((d) => d.code);

export interface RegionInfo {
  /** ISO 3166-2:RU, e.g. `RU-BEL` (Crimea `RU-CR` and Sevastopol `RU-SEV` are ours, see above). */
  code: string;
  /** The official two-digit code of the subject, e.g. `31`. */
  subjectCode: string;
  /** Russian name, e.g. «Белгородская область». */
  name: string;
  /** English name, e.g. `Belgorod Oblast`. */
  nameEn: string;
  federalDistrict: FederalDistrictCode;
  /** Square on the tile-grid map (row 0 is north, column 0 is west); see TILE_GRID. */
  tile: { row: number; col: number };
}

/** One region per line: code, subject code, Russian name, English name, federal district, tile row, tile column. */
type RegionRow = readonly [string, string, string, string, FederalDistrictCode, number, number];

// Districts as of 2021: Buryatia and Zabaykalsky Krai moved from Siberian to Far Eastern in 2018
// (presidential decree № 632 of 3 Nov 2018).
//
// The tile map, one square per region, west → east and north → south (sheared where the Volga and
// the Caucasus are dense):
//
//        0    1    2    3    4    5    6    7    8    9    10   11   12   13   14   15   16   17
//   0                   MUR                                                                 CHU
//   1                   KR   ARK  NEN                 YAN            KYA       SA        MAG  KAM
//   2              SPE  LEN  VLG  KO                  KHM       TOM  IRK  BU   ZAB  AMU  KHA  SAK
//   3         PSK  NGR  TVE  YAR  KOS  KIR  PER  SVE  TYU  OMS  NVS  KEM  KK        YEV  PRI
//   4    KGD  SMO  MOW  MOS  VLA  IVA  NIZ  ME   UD   CHE  KGN  ALT  AL   TY
//   5         BRY  KLU  TUL  RYA  MO   CU   TA   BA
//   6         KRS  ORL  LIP  TAM  PNZ  ULY  SAM  ORE
//   7              BEL  VOR  SAR
//   8         CR   KDA  ROS  VGG  AST
//   9    SEV       AD   STA  KL   DA
//  10         KC   KB   SE   IN   CE
const REGION_ROWS: readonly RegionRow[] = [
  // Central
  ['RU-BEL', '31', 'Белгородская область', 'Belgorod Oblast', 'CENTRAL', 7, 2],
  ['RU-BRY', '32', 'Брянская область', 'Bryansk Oblast', 'CENTRAL', 5, 1],
  ['RU-VLA', '33', 'Владимирская область', 'Vladimir Oblast', 'CENTRAL', 4, 4],
  ['RU-VOR', '36', 'Воронежская область', 'Voronezh Oblast', 'CENTRAL', 7, 3],
  ['RU-IVA', '37', 'Ивановская область', 'Ivanovo Oblast', 'CENTRAL', 4, 5],
  ['RU-KLU', '40', 'Калужская область', 'Kaluga Oblast', 'CENTRAL', 5, 2],
  ['RU-KOS', '44', 'Костромская область', 'Kostroma Oblast', 'CENTRAL', 3, 5],
  ['RU-KRS', '46', 'Курская область', 'Kursk Oblast', 'CENTRAL', 6, 1],
  ['RU-LIP', '48', 'Липецкая область', 'Lipetsk Oblast', 'CENTRAL', 6, 3],
  ['RU-MOW', '77', 'Москва', 'Moscow', 'CENTRAL', 4, 2],
  ['RU-MOS', '50', 'Московская область', 'Moscow Oblast', 'CENTRAL', 4, 3],
  ['RU-ORL', '57', 'Орловская область', 'Oryol Oblast', 'CENTRAL', 6, 2],
  ['RU-RYA', '62', 'Рязанская область', 'Ryazan Oblast', 'CENTRAL', 5, 4],
  ['RU-SMO', '67', 'Смоленская область', 'Smolensk Oblast', 'CENTRAL', 4, 1],
  ['RU-TAM', '68', 'Тамбовская область', 'Tambov Oblast', 'CENTRAL', 6, 4],
  ['RU-TVE', '69', 'Тверская область', 'Tver Oblast', 'CENTRAL', 3, 3],
  ['RU-TUL', '71', 'Тульская область', 'Tula Oblast', 'CENTRAL', 5, 3],
  ['RU-YAR', '76', 'Ярославская область', 'Yaroslavl Oblast', 'CENTRAL', 3, 4],

  // North-Western
  ['RU-ARK', '29', 'Архангельская область', 'Arkhangelsk Oblast', 'NORTH_WESTERN', 1, 4],
  ['RU-VLG', '35', 'Вологодская область', 'Vologda Oblast', 'NORTH_WESTERN', 2, 4],
  ['RU-KGD', '39', 'Калининградская область', 'Kaliningrad Oblast', 'NORTH_WESTERN', 4, 0],
  ['RU-KR', '10', 'Республика Карелия', 'Republic of Karelia', 'NORTH_WESTERN', 1, 3],
  ['RU-KO', '11', 'Республика Коми', 'Komi Republic', 'NORTH_WESTERN', 2, 5],
  ['RU-LEN', '47', 'Ленинградская область', 'Leningrad Oblast', 'NORTH_WESTERN', 2, 3],
  ['RU-MUR', '51', 'Мурманская область', 'Murmansk Oblast', 'NORTH_WESTERN', 0, 3],
  ['RU-NEN', '83', 'Ненецкий автономный округ', 'Nenets Autonomous Okrug', 'NORTH_WESTERN', 1, 5],
  ['RU-NGR', '53', 'Новгородская область', 'Novgorod Oblast', 'NORTH_WESTERN', 3, 2],
  ['RU-PSK', '60', 'Псковская область', 'Pskov Oblast', 'NORTH_WESTERN', 3, 1],
  ['RU-SPE', '78', 'Санкт-Петербург', 'Saint Petersburg', 'NORTH_WESTERN', 2, 2],

  // Southern
  ['RU-AD', '01', 'Республика Адыгея', 'Republic of Adygea', 'SOUTHERN', 9, 2],
  ['RU-KL', '08', 'Республика Калмыкия', 'Republic of Kalmykia', 'SOUTHERN', 9, 4],
  ['RU-KDA', '23', 'Краснодарский край', 'Krasnodar Krai', 'SOUTHERN', 8, 2],
  ['RU-AST', '30', 'Астраханская область', 'Astrakhan Oblast', 'SOUTHERN', 8, 5],
  ['RU-VGG', '34', 'Волгоградская область', 'Volgograd Oblast', 'SOUTHERN', 8, 4],
  ['RU-ROS', '61', 'Ростовская область', 'Rostov Oblast', 'SOUTHERN', 8, 3],
  // Not in ISO 3166-2:RU — see the note at the top of this file.
  ['RU-CR', '91', 'Республика Крым', 'Republic of Crimea', 'SOUTHERN', 8, 1],
  ['RU-SEV', '92', 'Севастополь', 'Sevastopol', 'SOUTHERN', 9, 0],

  // North Caucasian
  ['RU-DA', '05', 'Республика Дагестан', 'Republic of Dagestan', 'NORTH_CAUCASIAN', 9, 5],
  ['RU-IN', '06', 'Республика Ингушетия', 'Republic of Ingushetia', 'NORTH_CAUCASIAN', 10, 4],
  ['RU-KB', '07', 'Кабардино-Балкарская Республика', 'Kabardino-Balkarian Republic', 'NORTH_CAUCASIAN', 10, 2],
  ['RU-KC', '09', 'Карачаево-Черкесская Республика', 'Karachay-Cherkess Republic', 'NORTH_CAUCASIAN', 10, 1],
  ['RU-SE', '15', 'Республика Северная Осетия — Алания', 'Republic of North Ossetia–Alania', 'NORTH_CAUCASIAN', 10, 3],
  ['RU-CE', '20', 'Чеченская Республика', 'Chechen Republic', 'NORTH_CAUCASIAN', 10, 5],
  ['RU-STA', '26', 'Ставропольский край', 'Stavropol Krai', 'NORTH_CAUCASIAN', 9, 3],

  // Volga
  ['RU-BA', '02', 'Республика Башкортостан', 'Republic of Bashkortostan', 'VOLGA', 5, 8],
  ['RU-ME', '12', 'Республика Марий Эл', 'Mari El Republic', 'VOLGA', 4, 7],
  ['RU-MO', '13', 'Республика Мордовия', 'Republic of Mordovia', 'VOLGA', 5, 5],
  ['RU-TA', '16', 'Республика Татарстан', 'Republic of Tatarstan', 'VOLGA', 5, 7],
  ['RU-UD', '18', 'Удмуртская Республика', 'Udmurt Republic', 'VOLGA', 4, 8],
  ['RU-CU', '21', 'Чувашская Республика', 'Chuvash Republic', 'VOLGA', 5, 6],
  ['RU-PER', '59', 'Пермский край', 'Perm Krai', 'VOLGA', 3, 7],
  ['RU-KIR', '43', 'Кировская область', 'Kirov Oblast', 'VOLGA', 3, 6],
  ['RU-NIZ', '52', 'Нижегородская область', 'Nizhny Novgorod Oblast', 'VOLGA', 4, 6],
  ['RU-ORE', '56', 'Оренбургская область', 'Orenburg Oblast', 'VOLGA', 6, 8],
  ['RU-PNZ', '58', 'Пензенская область', 'Penza Oblast', 'VOLGA', 6, 5],
  ['RU-SAM', '63', 'Самарская область', 'Samara Oblast', 'VOLGA', 6, 7],
  ['RU-SAR', '64', 'Саратовская область', 'Saratov Oblast', 'VOLGA', 7, 4],
  ['RU-ULY', '73', 'Ульяновская область', 'Ulyanovsk Oblast', 'VOLGA', 6, 6],

  // Ural
  ['RU-KGN', '45', 'Курганская область', 'Kurgan Oblast', 'URAL', 4, 10],
  ['RU-SVE', '66', 'Свердловская область', 'Sverdlovsk Oblast', 'URAL', 3, 8],
  ['RU-TYU', '72', 'Тюменская область', 'Tyumen Oblast', 'URAL', 3, 9],
  ['RU-CHE', '74', 'Челябинская область', 'Chelyabinsk Oblast', 'URAL', 4, 9],
  ['RU-KHM', '86', 'Ханты-Мансийский автономный округ — Югра', 'Khanty-Mansi Autonomous Okrug – Yugra', 'URAL', 2, 9],
  ['RU-YAN', '89', 'Ямало-Ненецкий автономный округ', 'Yamalo-Nenets Autonomous Okrug', 'URAL', 1, 9],

  // Siberian
  ['RU-AL', '04', 'Республика Алтай', 'Altai Republic', 'SIBERIAN', 4, 12],
  ['RU-TY', '17', 'Республика Тыва', 'Tuva Republic', 'SIBERIAN', 4, 13],
  ['RU-KK', '19', 'Республика Хакасия', 'Republic of Khakassia', 'SIBERIAN', 3, 13],
  ['RU-ALT', '22', 'Алтайский край', 'Altai Krai', 'SIBERIAN', 4, 11],
  ['RU-KYA', '24', 'Красноярский край', 'Krasnoyarsk Krai', 'SIBERIAN', 1, 12],
  ['RU-IRK', '38', 'Иркутская область', 'Irkutsk Oblast', 'SIBERIAN', 2, 12],
  ['RU-KEM', '42', 'Кемеровская область — Кузбасс', 'Kemerovo Oblast – Kuzbass', 'SIBERIAN', 3, 12],
  ['RU-NVS', '54', 'Новосибирская область', 'Novosibirsk Oblast', 'SIBERIAN', 3, 11],
  ['RU-OMS', '55', 'Омская область', 'Omsk Oblast', 'SIBERIAN', 3, 10],
  ['RU-TOM', '70', 'Томская область', 'Tomsk Oblast', 'SIBERIAN', 2, 11],

  // Far Eastern
  ['RU-BU', '03', 'Республика Бурятия', 'Republic of Buryatia', 'FAR_EASTERN', 2, 13],
  ['RU-SA', '14', 'Республика Саха (Якутия)', 'Sakha (Yakutia) Republic', 'FAR_EASTERN', 1, 14],
  ['RU-ZAB', '75', 'Забайкальский край', 'Zabaykalsky Krai', 'FAR_EASTERN', 2, 14],
  ['RU-KAM', '41', 'Камчатский край', 'Kamchatka Krai', 'FAR_EASTERN', 1, 17],
  ['RU-PRI', '25', 'Приморский край', 'Primorsky Krai', 'FAR_EASTERN', 3, 16],
  ['RU-KHA', '27', 'Хабаровский край', 'Khabarovsk Krai', 'FAR_EASTERN', 2, 16],
  ['RU-AMU', '28', 'Амурская область', 'Amur Oblast', 'FAR_EASTERN', 2, 15],
  ['RU-MAG', '49', 'Магаданская область', 'Magadan Oblast', 'FAR_EASTERN', 1, 16],
  ['RU-SAK', '65', 'Сахалинская область', 'Sakhalin Oblast', 'FAR_EASTERN', 2, 17],
  ['RU-YEV', '79', 'Еврейская автономная область', 'Jewish Autonomous Oblast', 'FAR_EASTERN', 3, 15],
  ['RU-CHU', '87', 'Чукотский автономный округ', 'Chukotka Autonomous Okrug', 'FAR_EASTERN', 0, 17],
];

export const REGIONS: readonly RegionInfo[] = REGION_ROWS.map(
  ([code, subjectCode, name, nameEn, federalDistrict, row, col]): RegionInfo => ({
    code,
    subjectCode,
    name,
    nameEn,
    federalDistrict,
    tile: { row, col },
  }),
);

/** All region codes, in the order of REGIONS. */
export const REGION_CODES: readonly string[] = REGIONS.map((r) => r.code);

/** Size of the tile-grid map: enough rows and columns for every region's tile. */
export const TILE_GRID: { readonly rows: number; readonly cols: number } = {
  rows: Math.max(...REGIONS.map((r) => r.tile.row)) + 1,
  cols: Math.max(...REGIONS.map((r) => r.tile.col)) + 1,
};

const REGION_BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));
const REGION_BY_SUBJECT_CODE = new Map(REGIONS.map((r) => [r.subjectCode, r]));

/**
 * The region with this ISO 3166-2:RU code (`RU-BEL`, case-insensitive, trimmed) or official
 * two-digit subject code (`31`); undefined when there is none.
 */
export function findRegion(code: string): RegionInfo | undefined {
  const key = code.trim().toUpperCase();
  return REGION_BY_CODE.get(key) ?? REGION_BY_SUBJECT_CODE.get(key);
}

/**
 * The regions of a federal district, in the order of REGIONS.
 */
export function regionsOfDistrict(district: FederalDistrictCode): RegionInfo[] {
  return REGIONS.filter((r) => r.federalDistrict === district);
}

/** Lower-case, `ё` → `е`, dashes/underscores/spaces collapsed, and the word "federal district" dropped. */
function normalizeDistrictName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_\-–—]+/g, ' ')
    .replace(/ (federal district|федеральный округ)$/, '')
    .trim();
}

const DISTRICT_KEYS: ReadonlyMap<string, FederalDistrict> = new Map(
  FEDERAL_DISTRICTS.flatMap((d) =>
    [d.code, d.name, d.nameEn, d.abbr].map((k) => [normalizeDistrictName(k), d] as const),
  ),
);

/**
 * The federal district named by `text`: its code (`CENTRAL`), English name (`Central`,
 * `Central Federal District`), Russian name (`центральный`, `Центральный федеральный округ`) or
 * abbreviation (`ЦФО`) — case-insensitive; `North-Western`, `north western` and `NORTH_WESTERN`
 * are the same. Undefined when none matches.
 */
export function findFederalDistrict(text: string): FederalDistrict | undefined {
  return DISTRICT_KEYS.get(normalizeDistrictName(text));
}
