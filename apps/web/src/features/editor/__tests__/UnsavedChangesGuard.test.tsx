import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes, useSearchParams } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard';

function Editor({ dirty }: { dirty: boolean }) {
  const [, setParams] = useSearchParams();
  return (
    <>
      <h1>Редактор</h1>
      <UnsavedChangesGuard dirty={dirty} />
      <Link to="/elsewhere">Уйти</Link>
      <button type="button" onClick={() => setParams({ tab: '2' })}>
        Вкладка
      </button>
    </>
  );
}

function renderAt(dirty: boolean) {
  return renderWithProviders(
    <Routes>
      <Route path="/edit" element={<Editor dirty={dirty} />} />
      <Route path="/elsewhere" element={<h1>Другая страница</h1>} />
    </Routes>,
    { route: '/edit' },
  );
}

describe('UnsavedChangesGuard (declarative router)', () => {
  it('asks before an in-app link leaves unsaved edits, and stays on «Остаться»', async () => {
    const user = userEvent.setup();
    renderAt(true);
    await user.click(screen.getByRole('link', { name: 'Уйти' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Есть несохранённые изменения' });
    expect(dialog).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Остаться и сохранить' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Остаться и сохранить' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Редактор' })).toBeInTheDocument();
  });

  it('leaves on «Уйти без сохранения»', async () => {
    const user = userEvent.setup();
    renderAt(true);
    await user.click(screen.getByRole('link', { name: 'Уйти' }));
    await user.click(screen.getByRole('button', { name: 'Уйти без сохранения' }));
    expect(await screen.findByRole('heading', { name: 'Другая страница' })).toBeInTheDocument();
  });

  it('lets a query-string change on the same page through', async () => {
    const user = userEvent.setup();
    renderAt(true);
    await user.click(screen.getByRole('button', { name: 'Вкладка' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('does not ask when there is nothing to lose', async () => {
    const user = userEvent.setup();
    renderAt(false);
    await user.click(screen.getByRole('link', { name: 'Уйти' }));
    expect(await screen.findByRole('heading', { name: 'Другая страница' })).toBeInTheDocument();
  });
});
