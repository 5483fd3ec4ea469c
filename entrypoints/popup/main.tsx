import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { mount } from '@/components/mount';
import { ProfileSummary, openEditor } from '@/components/ProfileSummary';

async function openSidePanel() {
  // Chrome/Edge: sidePanel.open needs the window and a user gesture (this click); Firefox: sidebarAction.
  const b = browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> }; sidebarAction?: { open(): Promise<void> } };
  if (b.sidePanel) {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await b.sidePanel.open({ windowId: win.id });
  } else await b.sidebarAction?.open();
  window.close();
}

function Popup() {
  const { t } = useTranslation();
  return (
    <main>
      <h1>{t('ui.appName')}</h1>
      <ProfileSummary />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void openEditor()}>{t('ui.openEditor')}</button>
        <button type="button" onClick={() => void openSidePanel()}>{t('ui.openSidePanel')}</button>
      </div>
    </main>
  );
}
void mount(<Popup />);
