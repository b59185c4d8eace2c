import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { OpenDataRoute } from '../routes/OpenDataRoute';

describe('the national archive on the open-data page', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it.each([
    ['ru', 'Национальный архив', 'Постоянная ссылка на архив', 'Скачать архив (ZIP)', /повторите через минуту/],
    ['en', 'National archive', 'Permanent link to the archive', 'Download the archive (ZIP)', /try again in a minute/],
  ] as const)('links the archive and explains a busy server (%s)', async (lang, title, link, button, busy) => {
    // jsdom has no Response: the fields useFileDownload reads of a refused download.
    const fetchMock = jest.fn().mockResolvedValue({
      ok: false,
      status: 503,
      statusText: 'Service Unavailable',
      headers: { get: () => null },
      json: async () => ({ error: { code: 'SERVICE_UNAVAILABLE', message: 'busy' } }),
    });
    global.fetch = fetchMock as unknown as typeof fetch;
    renderWithProviders(<OpenDataRoute />, { lang });
    const section = screen.getByRole('region', { name: title });
    expect(section).toBeTruthy();
    expect(screen.getByRole('link', { name: link }).getAttribute('href')).toBe('/opendata/archive.zip');
    fireEvent.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(busy));
    expect(fetchMock.mock.calls[0]![0]).toBe('/opendata/archive.zip');
  });
});
