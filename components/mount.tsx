/** Mounts a React page of the extension with i18n loaded (language from prefs). */
import { StrictMode, type ReactNode } from 'react';
import ReactDOM from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/lib/i18n';
import { loadLang } from '@/lib/prefs';
import './styles.css';

export async function mount(node: ReactNode) {
  await loadLang();
  ReactDOM.createRoot(document.getElementById('root')!).render(
    <StrictMode><I18nextProvider i18n={i18n}>{node}</I18nextProvider></StrictMode>,
  );
}
