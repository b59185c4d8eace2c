import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { I18nProvider } from '../../../shared/i18n/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createI18n } from '../../../app/i18n';
import { EditorRoute, EditorRouteQuery } from '../routes/EditorRoute';
import { OpenRemarksQuery } from '../../../shared/remarks/remarkDocuments';

// What the EditorRoute.*.test.tsx files share: a Tomsk strategy in draft (two 2030 goals, one 2024
// goal with an initiative), the route query's mock, and the route rendered as the app renders it.

export const VERSION = 7;

const sectorRow = (code: string, name: string, nameEn: string) => ({
  __typename: 'Sector',
  id: `s-${code}`,
  code,
  name,
  nameEn,
  mainArea2021: true,
  maturityKeySector: true,
});

function goal(
  id: string,
  horizon: 'Y2030' | 'Y2024',
  title: string,
  position: number,
  parent: string | null,
  initiatives: unknown[] = [],
) {
  return {
    __typename: 'Goal',
    id,
    horizon,
    title,
    description: null,
    position,
    sector: { __typename: 'Sector', id: 's-healthcare', code: 'healthcare' },
    parent: parent ? { __typename: 'Goal', id: parent } : null,
    indicators: [],
    initiatives,
  };
}

const initiative = {
  __typename: 'Initiative',
  id: 'ini1',
  title: 'Единая медкарта',
  kind: 'REGIONAL',
  templateCode: null,
  startDate: '2022-01-01',
  endDate: '2024-12-31',
  responsible: 'Минздрав области',
  position: 0,
  budgets: [{ __typename: 'InitiativeBudget', year: 2022, source: 'REGIONAL', amount: 10 }],
};

function routeData() {
  return {
    me: {
      __typename: 'User',
      id: 'u1',
      role: 'REGIONAL_EDITOR',
      region: { __typename: 'Region', id: 'r1', code: 'tomsk' },
    },
    sectors: [
      sectorRow('healthcare', 'Здравоохранение', 'Healthcare'),
      sectorRow('education', 'Образование и наука', 'Education and science'),
    ],
    region: {
      __typename: 'Region',
      id: 'r1',
      code: 'tomsk',
      name: 'Томская область',
      nameEn: 'Tomsk Oblast',
      strategy: {
        __typename: 'Strategy',
        id: 'st1',
        status: 'DRAFT',
        edition: 2,
        basedOn: { __typename: 'Strategy', id: 'st0', edition: 1 },
        version: VERSION,
        revision: 0,
        deadline: null,
        updatedAt: '2021-05-01T00:00:00.000Z',
        contentVisible: true,
        sectors: [
          {
            __typename: 'Sector',
            id: 's-healthcare',
            code: 'healthcare',
            name: 'Здравоохранение',
            nameEn: 'Healthcare',
          },
        ],
        sectorChoices: [
          {
            __typename: 'SectorChoice',
            rationale: 'Очереди в поликлиниках',
            position: 0,
            sector: { __typename: 'Sector', id: 's-healthcare', code: 'healthcare' },
          },
        ],
        completeness: [],
        availableTransitions: ['SUBMITTED'],
        y2030: [
          goal('g1', 'Y2030', 'Цифровое здравоохранение', 0, null),
          goal('g2', 'Y2030', 'Телемедицина везде', 1, null),
        ],
        y2024: [goal('g3', 'Y2024', 'Электронные медкарты', 0, 'g1', [initiative])],
        y2021: [],
      },
    },
  };
}

const queryMock = () => ({
  request: { query: EditorRouteQuery, variables: { code: 'tomsk' } },
  result: { data: routeData() },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** The editor asks for the strategy's open remarks beside its own query: none here (tests that need some add theirs). */
const noRemarksMock = () => ({
  request: { query: OpenRemarksQuery, variables: { id: 'st1' } },
  result: { data: { strategy: { __typename: 'Strategy', id: 'st1', openRemarks: 0, remarks: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/**
 * Renders the editor route as the app does: the real i18n (Russian by default), Apollo's mock link,
 * and the app's declarative router (in memory).
 */
export function renderEditor(mocks: unknown[]) {
  const user = userEvent.setup();
  const utils = render(
    <I18nProvider i18n={createI18n('ru')}>
      <MockedProvider mocks={[queryMock(), ...mocks, noRemarksMock()] as never}>
        <MemoryRouter initialEntries={['/regions/tomsk/edit']}>
          <Routes>
            <Route path="/regions/:code/edit" element={<EditorRoute />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </I18nProvider>,
  );
  return { ...utils, user };
}

export const badInput = (message: string, field: string) => ({
  errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } })],
});
