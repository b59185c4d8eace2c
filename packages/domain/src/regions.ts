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
export const REGIONS: readonly RegionInfo[] = [
  // Central
  {
    code: 'RU-BEL',
    subjectCode: '31',
    name: 'Белгородская область',
    nameEn: 'Belgorod Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 7, col: 2 },
  },
  {
    code: 'RU-BRY',
    subjectCode: '32',
    name: 'Брянская область',
    nameEn: 'Bryansk Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 5, col: 1 },
  },
  {
    code: 'RU-VLA',
    subjectCode: '33',
    name: 'Владимирская область',
    nameEn: 'Vladimir Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 4, col: 4 },
  },
  {
    code: 'RU-VOR',
    subjectCode: '36',
    name: 'Воронежская область',
    nameEn: 'Voronezh Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 7, col: 3 },
  },
  {
    code: 'RU-IVA',
    subjectCode: '37',
    name: 'Ивановская область',
    nameEn: 'Ivanovo Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 4, col: 5 },
  },
  {
    code: 'RU-KLU',
    subjectCode: '40',
    name: 'Калужская область',
    nameEn: 'Kaluga Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 5, col: 2 },
  },
  {
    code: 'RU-KOS',
    subjectCode: '44',
    name: 'Костромская область',
    nameEn: 'Kostroma Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 3, col: 5 },
  },
  {
    code: 'RU-KRS',
    subjectCode: '46',
    name: 'Курская область',
    nameEn: 'Kursk Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 6, col: 1 },
  },
  {
    code: 'RU-LIP',
    subjectCode: '48',
    name: 'Липецкая область',
    nameEn: 'Lipetsk Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 6, col: 3 },
  },
  {
    code: 'RU-MOW',
    subjectCode: '77',
    name: 'Москва',
    nameEn: 'Moscow',
    federalDistrict: 'CENTRAL',
    tile: { row: 4, col: 2 },
  },
  {
    code: 'RU-MOS',
    subjectCode: '50',
    name: 'Московская область',
    nameEn: 'Moscow Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 4, col: 3 },
  },
  {
    code: 'RU-ORL',
    subjectCode: '57',
    name: 'Орловская область',
    nameEn: 'Oryol Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 6, col: 2 },
  },
  {
    code: 'RU-RYA',
    subjectCode: '62',
    name: 'Рязанская область',
    nameEn: 'Ryazan Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 5, col: 4 },
  },
  {
    code: 'RU-SMO',
    subjectCode: '67',
    name: 'Смоленская область',
    nameEn: 'Smolensk Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 4, col: 1 },
  },
  {
    code: 'RU-TAM',
    subjectCode: '68',
    name: 'Тамбовская область',
    nameEn: 'Tambov Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 6, col: 4 },
  },
  {
    code: 'RU-TVE',
    subjectCode: '69',
    name: 'Тверская область',
    nameEn: 'Tver Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 3, col: 3 },
  },
  {
    code: 'RU-TUL',
    subjectCode: '71',
    name: 'Тульская область',
    nameEn: 'Tula Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 5, col: 3 },
  },
  {
    code: 'RU-YAR',
    subjectCode: '76',
    name: 'Ярославская область',
    nameEn: 'Yaroslavl Oblast',
    federalDistrict: 'CENTRAL',
    tile: { row: 3, col: 4 },
  },

  // North-Western
  {
    code: 'RU-ARK',
    subjectCode: '29',
    name: 'Архангельская область',
    nameEn: 'Arkhangelsk Oblast',
    federalDistrict: 'NORTH_WESTERN',
    tile: { row: 1, col: 4 },
  },
  {
    code: 'RU-VLG',
    subjectCode: '35',
    name: 'Вологодская область',
    nameEn: 'Vologda Oblast',
    federalDistrict: 'NORTH_WESTERN',
    tile: { row: 2, col: 4 },
  },
  {
    code: 'RU-KGD',
    subjectCode: '39',
    name: 'Калининградская область',
    nameEn: 'Kaliningrad Oblast',
    federalDistrict: 'NORTH_WESTERN',
    tile: { row: 4, col: 0 },
  },
  {
    code: 'RU-KR',
    subjectCode: '10',
    name: 'Республика Карелия',
    nameEn: 'Republic of Karelia',
    federalDistrict: 'NORTH_WESTERN',
    tile: { row: 1, col: 3 },
  },
  {
    code: 'RU-KO',
    subjectCode: '11',
    name: 'Республика Коми',
    nameEn: 'Komi Republic',
    federalDistrict: 'NORTH_WESTERN',
    tile: { row: 2, col: 5 },
  },
  {
    code: 'RU-LEN',
    subjectCode: '47',
    name: 'Ленинградская область',
    nameEn: 'Leningrad Oblast',
    federalDistrict: 'NORTH_WESTERN',
    tile: { row: 2, col: 3 },
  },
  {
    code: 'RU-MUR',
    subjectCode: '51',
    name: 'Мурманская область',
    nameEn: 'Murmansk Oblast',
    federalDistrict: 'NORTH_WESTERN',
    tile: { row: 0, col: 3 },
  },
  {
    code: 'RU-NEN',
    subjectCode: '83',
    name: 'Ненецкий автономный округ',
    nameEn: 'Nenets Autonomous Okrug',
    federalDistrict: 'NORTH_WESTERN',
    tile: { row: 1, col: 5 },
  },
  {
    code: 'RU-NGR',
    subjectCode: '53',
    name: 'Новгородская область',
    nameEn: 'Novgorod Oblast',
    federalDistrict: 'NORTH_WESTERN',
    tile: { row: 3, col: 2 },
  },
  {
    code: 'RU-PSK',
    subjectCode: '60',
    name: 'Псковская область',
    nameEn: 'Pskov Oblast',
    federalDistrict: 'NORTH_WESTERN',
    tile: { row: 3, col: 1 },
  },
  {
    code: 'RU-SPE',
    subjectCode: '78',
    name: 'Санкт-Петербург',
    nameEn: 'Saint Petersburg',
    federalDistrict: 'NORTH_WESTERN',
    tile: { row: 2, col: 2 },
  },

  // Southern
  {
    code: 'RU-AD',
    subjectCode: '01',
    name: 'Республика Адыгея',
    nameEn: 'Republic of Adygea',
    federalDistrict: 'SOUTHERN',
    tile: { row: 9, col: 2 },
  },
  {
    code: 'RU-KL',
    subjectCode: '08',
    name: 'Республика Калмыкия',
    nameEn: 'Republic of Kalmykia',
    federalDistrict: 'SOUTHERN',
    tile: { row: 9, col: 4 },
  },
  {
    code: 'RU-KDA',
    subjectCode: '23',
    name: 'Краснодарский край',
    nameEn: 'Krasnodar Krai',
    federalDistrict: 'SOUTHERN',
    tile: { row: 8, col: 2 },
  },
  {
    code: 'RU-AST',
    subjectCode: '30',
    name: 'Астраханская область',
    nameEn: 'Astrakhan Oblast',
    federalDistrict: 'SOUTHERN',
    tile: { row: 8, col: 5 },
  },
  {
    code: 'RU-VGG',
    subjectCode: '34',
    name: 'Волгоградская область',
    nameEn: 'Volgograd Oblast',
    federalDistrict: 'SOUTHERN',
    tile: { row: 8, col: 4 },
  },
  {
    code: 'RU-ROS',
    subjectCode: '61',
    name: 'Ростовская область',
    nameEn: 'Rostov Oblast',
    federalDistrict: 'SOUTHERN',
    tile: { row: 8, col: 3 },
  },
  // Not in ISO 3166-2:RU — see the note at the top of this file.
  {
    code: 'RU-CR',
    subjectCode: '91',
    name: 'Республика Крым',
    nameEn: 'Republic of Crimea',
    federalDistrict: 'SOUTHERN',
    tile: { row: 8, col: 1 },
  },
  {
    code: 'RU-SEV',
    subjectCode: '92',
    name: 'Севастополь',
    nameEn: 'Sevastopol',
    federalDistrict: 'SOUTHERN',
    tile: { row: 9, col: 0 },
  },

  // North Caucasian
  {
    code: 'RU-DA',
    subjectCode: '05',
    name: 'Республика Дагестан',
    nameEn: 'Republic of Dagestan',
    federalDistrict: 'NORTH_CAUCASIAN',
    tile: { row: 9, col: 5 },
  },
  {
    code: 'RU-IN',
    subjectCode: '06',
    name: 'Республика Ингушетия',
    nameEn: 'Republic of Ingushetia',
    federalDistrict: 'NORTH_CAUCASIAN',
    tile: { row: 10, col: 4 },
  },
  {
    code: 'RU-KB',
    subjectCode: '07',
    name: 'Кабардино-Балкарская Республика',
    nameEn: 'Kabardino-Balkarian Republic',
    federalDistrict: 'NORTH_CAUCASIAN',
    tile: { row: 10, col: 2 },
  },
  {
    code: 'RU-KC',
    subjectCode: '09',
    name: 'Карачаево-Черкесская Республика',
    nameEn: 'Karachay-Cherkess Republic',
    federalDistrict: 'NORTH_CAUCASIAN',
    tile: { row: 10, col: 1 },
  },
  {
    code: 'RU-SE',
    subjectCode: '15',
    name: 'Республика Северная Осетия — Алания',
    nameEn: 'Republic of North Ossetia–Alania',
    federalDistrict: 'NORTH_CAUCASIAN',
    tile: { row: 10, col: 3 },
  },
  {
    code: 'RU-CE',
    subjectCode: '20',
    name: 'Чеченская Республика',
    nameEn: 'Chechen Republic',
    federalDistrict: 'NORTH_CAUCASIAN',
    tile: { row: 10, col: 5 },
  },
  {
    code: 'RU-STA',
    subjectCode: '26',
    name: 'Ставропольский край',
    nameEn: 'Stavropol Krai',
    federalDistrict: 'NORTH_CAUCASIAN',
    tile: { row: 9, col: 3 },
  },

  // Volga
  {
    code: 'RU-BA',
    subjectCode: '02',
    name: 'Республика Башкортостан',
    nameEn: 'Republic of Bashkortostan',
    federalDistrict: 'VOLGA',
    tile: { row: 5, col: 8 },
  },
  {
    code: 'RU-ME',
    subjectCode: '12',
    name: 'Республика Марий Эл',
    nameEn: 'Mari El Republic',
    federalDistrict: 'VOLGA',
    tile: { row: 4, col: 7 },
  },
  {
    code: 'RU-MO',
    subjectCode: '13',
    name: 'Республика Мордовия',
    nameEn: 'Republic of Mordovia',
    federalDistrict: 'VOLGA',
    tile: { row: 5, col: 5 },
  },
  {
    code: 'RU-TA',
    subjectCode: '16',
    name: 'Республика Татарстан',
    nameEn: 'Republic of Tatarstan',
    federalDistrict: 'VOLGA',
    tile: { row: 5, col: 7 },
  },
  {
    code: 'RU-UD',
    subjectCode: '18',
    name: 'Удмуртская Республика',
    nameEn: 'Udmurt Republic',
    federalDistrict: 'VOLGA',
    tile: { row: 4, col: 8 },
  },
  {
    code: 'RU-CU',
    subjectCode: '21',
    name: 'Чувашская Республика',
    nameEn: 'Chuvash Republic',
    federalDistrict: 'VOLGA',
    tile: { row: 5, col: 6 },
  },
  {
    code: 'RU-PER',
    subjectCode: '59',
    name: 'Пермский край',
    nameEn: 'Perm Krai',
    federalDistrict: 'VOLGA',
    tile: { row: 3, col: 7 },
  },
  {
    code: 'RU-KIR',
    subjectCode: '43',
    name: 'Кировская область',
    nameEn: 'Kirov Oblast',
    federalDistrict: 'VOLGA',
    tile: { row: 3, col: 6 },
  },
  {
    code: 'RU-NIZ',
    subjectCode: '52',
    name: 'Нижегородская область',
    nameEn: 'Nizhny Novgorod Oblast',
    federalDistrict: 'VOLGA',
    tile: { row: 4, col: 6 },
  },
  {
    code: 'RU-ORE',
    subjectCode: '56',
    name: 'Оренбургская область',
    nameEn: 'Orenburg Oblast',
    federalDistrict: 'VOLGA',
    tile: { row: 6, col: 8 },
  },
  {
    code: 'RU-PNZ',
    subjectCode: '58',
    name: 'Пензенская область',
    nameEn: 'Penza Oblast',
    federalDistrict: 'VOLGA',
    tile: { row: 6, col: 5 },
  },
  {
    code: 'RU-SAM',
    subjectCode: '63',
    name: 'Самарская область',
    nameEn: 'Samara Oblast',
    federalDistrict: 'VOLGA',
    tile: { row: 6, col: 7 },
  },
  {
    code: 'RU-SAR',
    subjectCode: '64',
    name: 'Саратовская область',
    nameEn: 'Saratov Oblast',
    federalDistrict: 'VOLGA',
    tile: { row: 7, col: 4 },
  },
  {
    code: 'RU-ULY',
    subjectCode: '73',
    name: 'Ульяновская область',
    nameEn: 'Ulyanovsk Oblast',
    federalDistrict: 'VOLGA',
    tile: { row: 6, col: 6 },
  },

  // Ural
  {
    code: 'RU-KGN',
    subjectCode: '45',
    name: 'Курганская область',
    nameEn: 'Kurgan Oblast',
    federalDistrict: 'URAL',
    tile: { row: 4, col: 10 },
  },
  {
    code: 'RU-SVE',
    subjectCode: '66',
    name: 'Свердловская область',
    nameEn: 'Sverdlovsk Oblast',
    federalDistrict: 'URAL',
    tile: { row: 3, col: 8 },
  },
  {
    code: 'RU-TYU',
    subjectCode: '72',
    name: 'Тюменская область',
    nameEn: 'Tyumen Oblast',
    federalDistrict: 'URAL',
    tile: { row: 3, col: 9 },
  },
  {
    code: 'RU-CHE',
    subjectCode: '74',
    name: 'Челябинская область',
    nameEn: 'Chelyabinsk Oblast',
    federalDistrict: 'URAL',
    tile: { row: 4, col: 9 },
  },
  {
    code: 'RU-KHM',
    subjectCode: '86',
    name: 'Ханты-Мансийский автономный округ — Югра',
    nameEn: 'Khanty-Mansi Autonomous Okrug – Yugra',
    federalDistrict: 'URAL',
    tile: { row: 2, col: 9 },
  },
  {
    code: 'RU-YAN',
    subjectCode: '89',
    name: 'Ямало-Ненецкий автономный округ',
    nameEn: 'Yamalo-Nenets Autonomous Okrug',
    federalDistrict: 'URAL',
    tile: { row: 1, col: 9 },
  },

  // Siberian
  {
    code: 'RU-AL',
    subjectCode: '04',
    name: 'Республика Алтай',
    nameEn: 'Altai Republic',
    federalDistrict: 'SIBERIAN',
    tile: { row: 4, col: 12 },
  },
  {
    code: 'RU-TY',
    subjectCode: '17',
    name: 'Республика Тыва',
    nameEn: 'Tuva Republic',
    federalDistrict: 'SIBERIAN',
    tile: { row: 4, col: 13 },
  },
  {
    code: 'RU-KK',
    subjectCode: '19',
    name: 'Республика Хакасия',
    nameEn: 'Republic of Khakassia',
    federalDistrict: 'SIBERIAN',
    tile: { row: 3, col: 13 },
  },
  {
    code: 'RU-ALT',
    subjectCode: '22',
    name: 'Алтайский край',
    nameEn: 'Altai Krai',
    federalDistrict: 'SIBERIAN',
    tile: { row: 4, col: 11 },
  },
  {
    code: 'RU-KYA',
    subjectCode: '24',
    name: 'Красноярский край',
    nameEn: 'Krasnoyarsk Krai',
    federalDistrict: 'SIBERIAN',
    tile: { row: 1, col: 12 },
  },
  {
    code: 'RU-IRK',
    subjectCode: '38',
    name: 'Иркутская область',
    nameEn: 'Irkutsk Oblast',
    federalDistrict: 'SIBERIAN',
    tile: { row: 2, col: 12 },
  },
  {
    code: 'RU-KEM',
    subjectCode: '42',
    name: 'Кемеровская область — Кузбасс',
    nameEn: 'Kemerovo Oblast – Kuzbass',
    federalDistrict: 'SIBERIAN',
    tile: { row: 3, col: 12 },
  },
  {
    code: 'RU-NVS',
    subjectCode: '54',
    name: 'Новосибирская область',
    nameEn: 'Novosibirsk Oblast',
    federalDistrict: 'SIBERIAN',
    tile: { row: 3, col: 11 },
  },
  {
    code: 'RU-OMS',
    subjectCode: '55',
    name: 'Омская область',
    nameEn: 'Omsk Oblast',
    federalDistrict: 'SIBERIAN',
    tile: { row: 3, col: 10 },
  },
  {
    code: 'RU-TOM',
    subjectCode: '70',
    name: 'Томская область',
    nameEn: 'Tomsk Oblast',
    federalDistrict: 'SIBERIAN',
    tile: { row: 2, col: 11 },
  },

  // Far Eastern
  {
    code: 'RU-BU',
    subjectCode: '03',
    name: 'Республика Бурятия',
    nameEn: 'Republic of Buryatia',
    federalDistrict: 'FAR_EASTERN',
    tile: { row: 2, col: 13 },
  },
  {
    code: 'RU-SA',
    subjectCode: '14',
    name: 'Республика Саха (Якутия)',
    nameEn: 'Sakha (Yakutia) Republic',
    federalDistrict: 'FAR_EASTERN',
    tile: { row: 1, col: 14 },
  },
  {
    code: 'RU-ZAB',
    subjectCode: '75',
    name: 'Забайкальский край',
    nameEn: 'Zabaykalsky Krai',
    federalDistrict: 'FAR_EASTERN',
    tile: { row: 2, col: 14 },
  },
  {
    code: 'RU-KAM',
    subjectCode: '41',
    name: 'Камчатский край',
    nameEn: 'Kamchatka Krai',
    federalDistrict: 'FAR_EASTERN',
    tile: { row: 1, col: 17 },
  },
  {
    code: 'RU-PRI',
    subjectCode: '25',
    name: 'Приморский край',
    nameEn: 'Primorsky Krai',
    federalDistrict: 'FAR_EASTERN',
    tile: { row: 3, col: 16 },
  },
  {
    code: 'RU-KHA',
    subjectCode: '27',
    name: 'Хабаровский край',
    nameEn: 'Khabarovsk Krai',
    federalDistrict: 'FAR_EASTERN',
    tile: { row: 2, col: 16 },
  },
  {
    code: 'RU-AMU',
    subjectCode: '28',
    name: 'Амурская область',
    nameEn: 'Amur Oblast',
    federalDistrict: 'FAR_EASTERN',
    tile: { row: 2, col: 15 },
  },
  {
    code: 'RU-MAG',
    subjectCode: '49',
    name: 'Магаданская область',
    nameEn: 'Magadan Oblast',
    federalDistrict: 'FAR_EASTERN',
    tile: { row: 1, col: 16 },
  },
  {
    code: 'RU-SAK',
    subjectCode: '65',
    name: 'Сахалинская область',
    nameEn: 'Sakhalin Oblast',
    federalDistrict: 'FAR_EASTERN',
    tile: { row: 2, col: 17 },
  },
  {
    code: 'RU-YEV',
    subjectCode: '79',
    name: 'Еврейская автономная область',
    nameEn: 'Jewish Autonomous Oblast',
    federalDistrict: 'FAR_EASTERN',
    tile: { row: 3, col: 15 },
  },
  {
    code: 'RU-CHU',
    subjectCode: '87',
    name: 'Чукотский автономный округ',
    nameEn: 'Chukotka Autonomous Okrug',
    federalDistrict: 'FAR_EASTERN',
    tile: { row: 0, col: 17 },
  },
];

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
