/**
 * Links into the editor (a record, at a field), opened in a tab: used by the popup, the side panel and the
 * in-page panel. A module of its own so that the in-page panel, which never opens the database, does not
 * load the profile store with it.
 */
import { browser } from 'wxt/browser';

export function editorUrl(item?: { record: string; recordId: string; field?: string }): string {
  const base = browser.runtime.getURL('/editor.html');
  if (!item?.recordId) return base;
  const field = item.field?.split('.')[0];
  return `${base}#${item.record}/${encodeURIComponent(item.recordId)}${field ? `/${field}` : ''}`;
}
export async function openEditor(item?: { record: string; recordId: string; field?: string }) {
  await browser.tabs.create({ url: editorUrl(item) });
}
