import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { ImportReport, type ImportReportData } from '../components/ImportReport';

const dryRun: ImportReportData = {
  dryRun: true,
  applied: false,
  rows: 3,
  created: ['Новая система'],
  updated: ['РМИС', 'ЭДЖ'],
  removed: ['СЭД'],
  ms: 12,
  errors: [
    { row: 3, field: 'name', column: 'Наименование ИС', rule: 'required', message: 'name is required.' },
    {
      row: 4,
      field: 'decision',
      column: 'Решение',
      rule: 'unknown_decision',
      message: 'Unknown decision "Перенести".',
    },
    {
      row: 4,
      field: 'PILOT.plannedEnd',
      column: 'Опытная эксплуатация: план, окончание',
      rule: 'end_before_start',
      message: 'The planned end of PILOT is before its planned start.',
    },
    { row: 1, field: '', column: '', rule: 'some_new_rule', message: 'Server-side sentence.' },
  ],
};

describe('ImportReport', () => {
  it('lists every bad row with its row number, column and the reason in Russian, the server sentence under it', () => {
    renderWithProviders(<ImportReport report={dryRun} />);
    expect(screen.getByRole('heading', { name: 'Проверка файла: 3 строки' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Найдено 4 ошибки — ничего не записано.');
    const table = screen.getByRole('table', { name: 'Ошибки по строкам файла' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['3', '4', '4', '1']);
    expect(rows[0]).toHaveTextContent('Наименование ИС');
    expect(rows[0]).toHaveTextContent('Обязательное поле');
    expect(rows[1]).toHaveTextContent('Неизвестное решение');
    expect(rows[1]).toHaveTextContent('Unknown decision "Перенести".');
    expect(rows[2]).toHaveTextContent('Опытная эксплуатация: план, окончание');
    expect(rows[2]).toHaveTextContent('Окончание не может быть раньше начала');
    // An unknown rule falls back to the server's sentence; a file-level error names no column.
    expect(rows[3]).toHaveTextContent('вся строка');
    expect(rows[3]).toHaveTextContent('Server-side sentence.');
  });

  it('counts what the import would add, update and remove, with the names', () => {
    renderWithProviders(<ImportReport report={dryRun} />);
    expect(screen.getByText('Будет добавлено систем: 1')).toBeInTheDocument();
    expect(screen.getByText('Будет обновлено систем: 2')).toBeInTheDocument();
    expect(screen.getByText('Будет удалено систем: 1')).toBeInTheDocument();
    expect(screen.getByText('СЭД')).toBeInTheDocument();
  });

  it('reports a clean applied import without an error table', () => {
    renderWithProviders(<ImportReport report={{ ...dryRun, dryRun: false, applied: true, errors: [], removed: [] }} />);
    expect(screen.getByRole('heading', { name: 'Импорт выполнен: 3 строки' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Перечень обновлён (12 мс).');
    expect(screen.getByText('Удалено систем: 0')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
