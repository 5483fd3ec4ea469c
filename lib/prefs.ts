/** UI preferences (language) in browser.storage.local; nothing of the profile lives here. */
import { browser } from 'wxt/browser';
import { setLang, type Lang } from './i18n';

export async function loadLang(): Promise<Lang> {
  try {
    const { lang } = (await browser.storage.local.get('lang')) as { lang?: unknown };
    const l: Lang = lang === 'en' ? 'en' : 'zh';
    await setLang(l);
    return l;
  } catch {
    return 'zh';
  }
}
export async function saveLang(lang: Lang): Promise<void> {
  await setLang(lang);
  await browser.storage.local.set({ lang });
}
