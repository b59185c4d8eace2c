import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { DashboardTable, StandingLists, type DashboardRow } from '../components/DashboardTable';
import { StatusEditor } from '../components/StatusEditor';
import type { ServiceLine } from '../components/ServicesTable';

const line = (code: string, queue: number, step: string): ServiceLine => ({
  service: { id: code, code, name: `Услуга ${code}`, level: 'REGIONAL', queue },
  step,
  since: null,
  history: [],
});
const lines = [
  line('A-1', 1, 'NOT_STARTED'),
  line('A-2', 1, 'CONNECTED'),
  line('B-1', 2, 'NOT_STARTED'),
  line('B-2', 2, 'FORM_READY'),
];

const row = (code: string, name: string, connected: number, standing: string): DashboardRow => ({
  connected,
  total: 101,
  standing,
  share: connected / 101,
  region: { id: code, code, name, nameEn: name },
  queues: [{ queue: 1, connected, total: 51, onTime: connected, overdue: 51 - connected }],
});

describe('StatusEditor', () => {
  it('filters by queue and step and selects the shown rows with the keyboard', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <MockedProvider mocks={[]}>
        <StatusEditor regionCode="RU-ARK" lines={lines} today="2021-10-01" onSaved={() => {}} />
      </MockedProvider>,
    );
    await user.selectOptions(screen.getByLabelText('Очередь'), '2');
    expect(screen.getAllByRole('checkbox', { name: /^Выбрать: / })).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('Шаг'), 'NOT_STARTED');
    expect(screen.getAllByRole('checkbox', { name: /^Выбрать: / }).map((c) => c.getAttribute('aria-label'))).toEqual([
      'Выбрать: B-1 Услуга B-1',
    ]);
    expect(screen.getByRole('button', { name: 'Применить к 0 выбранным' })).toBeDisabled();
    screen.getByRole('checkbox', { name: 'Выбрать все показанные' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Применить к 1 выбранной' })).toBeEnabled();
  });
});

describe('the dashboard table', () => {
  it('names the standing in words, not by colour alone, and lists leaders and laggards', () => {
    const rows = [
      row('RU-NEN', 'Ненецкий АО', 45, 'LEADER'),
      row('RU-ARK', 'Архангельская область', 1, 'LAGGARD'),
      row('RU-BEL', 'Белгородская область', 20, 'MIDDLE'),
    ];
    renderWithProviders(
      <>
        <StandingLists rows={rows} />
        <DashboardTable rows={rows} queues={[1]} />
      </>,
    );
    expect(within(screen.getByRole('region', { name: 'Лидеры' })).getByRole('listitem')).toHaveTextContent(
      'Ненецкий АО: 45',
    );
    expect(within(screen.getByRole('region', { name: 'Отстающие' })).getByRole('listitem')).toHaveTextContent(
      'Архангельская область: 1',
    );
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /Архангельская область/ })).toHaveTextContent('Отстающий');
    expect(within(table).getByRole('row', { name: /Ненецкий АО/ })).toHaveTextContent('в срок 45, просрочено 6');
  });
});
