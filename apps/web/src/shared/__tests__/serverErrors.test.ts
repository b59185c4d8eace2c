import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { ERROR_CODES } from '@tsifra/domain/errors';
import { IMPORT_RULES } from '@tsifra/domain/gostech/inventory-row';
import { PLAN_PROBLEM_RULES, SYSTEM_RULES } from '@tsifra/domain/gostech/plan';
import { PAGE_RULES } from '@tsifra/domain/pagination';
import { COMPLETENESS_KINDS } from '@tsifra/domain/strategy/completeness';
import { GOAL_RULES } from '@tsifra/domain/strategy/goals';
import { INDICATOR_RULES } from '@tsifra/domain/strategy/indicators';
import { INITIATIVE_RULES } from '@tsifra/domain/strategy/initiatives';
import { SECTOR_CHOICE_RULES } from '@tsifra/domain/strategy/sector-choices';
import { REFUSAL_RULES } from '@tsifra/domain/strategy/workflow';
import { USER_RULES } from '@tsifra/domain/users';
import { createI18n } from '../../app/i18n';
import { classifyError } from '../forms/writeResult';
import en from '../../i18n/en.json';
import ru from '../../i18n/ru.json';
import {
  conflictVersions,
  describeRequestError,
  RULE_NAMESPACES,
  serverErrorText,
  TRANSPORT_CODES,
} from '../serverErrors';

const serverSrc = join(__dirname, '../../../../server/src');

/** Every literal `rule: '…'` / `code: '…'` in the server's own source (tests excluded): keys the domain lists may not hold. */
function serverLiterals(kind: 'rule' | 'code'): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '__tests__' && name !== 'testing') walk(path);
      } else if (name.endsWith('.ts')) {
        const pattern = kind === 'rule' ? /\brule: '([a-z_]+)'/g : /\bcode: '([A-Z_]+)'/g;
        // Sort orders (`order: { code: 'ASC' }`) are not error codes.
        for (const m of readFileSync(path, 'utf8').matchAll(pattern))
          if (m[1] !== 'ASC' && m[1] !== 'DESC') found.add(m[1]!);
      }
    }
  };
  walk(serverSrc);
  return [...found];
}

const RULES = [
  ...new Set<string>([
    ...USER_RULES,
    ...PAGE_RULES,
    ...IMPORT_RULES,
    ...SYSTEM_RULES,
    ...PLAN_PROBLEM_RULES,
    ...REFUSAL_RULES,
    ...GOAL_RULES,
    ...INDICATOR_RULES,
    ...INITIATIVE_RULES,
    ...SECTOR_CHOICE_RULES,
    ...COMPLETENESS_KINDS,
    ...serverLiterals('rule'),
  ]),
];
const CODES = [...new Set<string>([...ERROR_CODES, ...TRANSPORT_CODES, ...serverLiterals('code')])];

/** Reads a dotted key in one language's own file: no fallback to the other language. */
function own(dict: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      dict,
    );
}

describe('server codes and rule keys in the interface language', () => {
  it('reads a real list: the domain rule lists, the error codes and the server literals', () => {
    expect(RULES).toEqual(
      expect.arrayContaining(['target_below_baseline', 'needs_open_remark', 'missing_column', 'invalid_cursor']),
    );
    expect(CODES).toEqual(expect.arrayContaining(['CONFLICT', 'RATE_LIMITED', 'QUERY_TOO_COMPLEX']));
  });

  for (const [lang, dict] of [
    ['ru', ru],
    ['en', en],
  ] as const) {
    it(`has a ${lang} sentence for every rule key the server can send`, () => {
      expect(
        RULES.filter((rule) => !RULE_NAMESPACES.some((ns) => typeof own(dict, `${ns}.${rule}`) === 'string')),
      ).toEqual([]);
    });
    it(`has a ${lang} sentence for every error code the server can send`, () => {
      expect(CODES.filter((code) => typeof own(dict, `errors.code.${code}`) !== 'string')).toEqual([]);
    });
  }

  it("says a CONFLICT in Russian with both versions, never in the server's English", () => {
    const i18n = createI18n('ru');
    const e = {
      message:
        'The strategy changed since you loaded it (you have version 5, it is at 6). Reload and re-apply your edit.',
      extensions: { code: 'CONFLICT', field: 'version' },
    };
    const text = serverErrorText(i18n.t, (k) => i18n.exists(k), e);
    expect(text).toBe(
      'Данные изменили, пока вы их редактировали: у вас версия 5, на сервере уже 6. Обновите данные и повторите правку.',
    );
    expect(text).not.toMatch(/[A-Za-z]/);
    expect(serverErrorText(createI18n('en').t, () => true, e)).toMatch(/you have version 5, the server is at 6/);
  });

  it('takes the versions from extensions when the server sends them there', () => {
    expect(
      conflictVersions({
        message: '',
        extensions: {
          code: 'CONFLICT',
          details: [{ field: 'version', rule: 'stale_version', params: { version: 2, current: 4 } }],
        },
      }),
    ).toEqual({ version: 2, current: 4 });
    expect(conflictVersions({ message: '', extensions: { code: 'CONFLICT', version: 7, current: 9 } })).toEqual({
      version: 7,
      current: 9,
    });
    expect(conflictVersions({ message: 'Something else', extensions: { code: 'CONFLICT' } })).toBeNull();
  });

  it('translates field errors by their rule and unknown codes fall back to the server sentence', () => {
    const i18n = createI18n('ru');
    const exists = (k: string) => i18n.exists(k);
    expect(
      serverErrorText(i18n.t, exists, {
        message: 'x',
        extensions: { code: 'BAD_USER_INPUT', details: [{ field: 'a', rule: 'unknown_decision' }] },
      }),
    ).toBe('Неизвестное решение');
    expect(
      serverErrorText(i18n.t, exists, { message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }),
    ).toBe('Слишком много запросов. Подождите немного и повторите.');
    expect(serverErrorText(i18n.t, exists, { message: 'Odd thing', extensions: { code: 'SOMETHING_NEW' } })).toBe(
      'Odd thing',
    );
  });

  it("gives the editor's conflict flow a Russian sentence on a Russian page", () => {
    createI18n('ru'); // sets <html lang="ru">, as the app does
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message:
            'The strategy changed since you loaded it (you have version 3, it is at 4). Reload and re-apply your edit.',
          extensions: { code: 'CONFLICT' },
        },
      ],
    });
    const result = classifyError(error);
    expect(result).toEqual({
      kind: 'conflict',
      message:
        'Данные изменили, пока вы их редактировали: у вас версия 3, на сервере уже 4. Обновите данные и повторите правку.',
    });
    createI18n('en');
    expect(classifyError(error)).toEqual({
      kind: 'conflict',
      message: expect.stringMatching(/^The data was changed while you were editing it: you have version 3/),
    });
    createI18n('ru');
  });
});

describe('a failed request as ErrorNotice says it (describeRequestError)', () => {
  const i18n = createI18n('ru');
  const exists = (k: string) => i18n.exists(k);
  const serverError = (status: number, body: string) =>
    new ServerError('Response not successful', {
      // jsdom has no fetch Response; ServerError reads only its status.
      response: { status } as Response,
      bodyText: body,
    });

  it('says a code without a rule in Russian and keeps the server sentence only as the detail', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Remark is resolved.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(describeRequestError(i18n.t, exists, error)).toEqual([
      { text: 'Проверьте введённые данные.', detail: 'Remark is resolved.', code: 'BAD_USER_INPUT' },
    ]);
  });

  it('says the database outage (503 in GraphQL media type: GraphQL errors) in Russian', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'The database is unavailable.', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
    });
    const [line] = describeRequestError(i18n.t, exists, error);
    expect(line).toMatchObject({ code: 'DATABASE_UNAVAILABLE', detail: 'The database is unavailable.' });
    expect(line!.text).toMatch(/^База данных временно недоступна/);
  });

  it("says a bare HTTP status by its meaning (a proxy's 502) or by its number", () => {
    expect(describeRequestError(i18n.t, exists, serverError(502, '<html>Bad Gateway</html>'))).toEqual([
      {
        text: 'Сервис временно занят или недоступен. Повторите через минуту.',
        detail: null,
        code: 'SERVICE_UNAVAILABLE',
      },
    ]);
    expect(describeRequestError(i18n.t, exists, serverError(429, '{"errors":[]}'))[0]).toMatchObject({
      text: 'Слишком много запросов. Подождите немного и повторите.',
      code: 'RATE_LIMITED',
    });
    expect(describeRequestError(i18n.t, exists, serverError(418, ''))[0]!.text).toBe(
      'Ошибка сервера 418. Повторите позже.',
    );
  });

  it("shows the app's own error (a form's sentence, already in Russian) as it is, not as a network failure", () => {
    expect(describeRequestError(i18n.t, exists, new Error('Проверьте выделенные поля.'))).toEqual([
      { text: 'Проверьте выделенные поля.', detail: null, code: null },
    ]);
  });

  it('says a request that never reached the server as a network failure, the browser words as the detail', () => {
    expect(describeRequestError(i18n.t, exists, new TypeError('Failed to fetch'))).toEqual([
      {
        text: 'Нет связи с сервером. Проверьте подключение и повторите.',
        detail: 'Failed to fetch',
        code: null,
      },
    ]);
  });
});
