import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../shared/i18n/react';
import { MemoryRouter } from 'react-router';
import { createI18n, type Language } from '../app/i18n';
import { ToastProvider } from '../shared/ui/Toast';

interface Options extends RenderOptions {
  lang?: Language;
  route?: string;
}

/** Renders with the real i18n and router providers (in-memory history). */
export function renderWithProviders(ui: ReactElement, { lang = 'ru', route = '/', ...options }: Options = {}) {
  const i18n = createI18n(lang);
  const result = render(
    <I18nProvider i18n={i18n}>
      <ToastProvider>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </ToastProvider>
    </I18nProvider>,
    options,
  );
  return { ...result, i18n };
}
