import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FillReport } from '@/lib/messages';
import { browser } from 'wxt/browser';
import { mount } from '@/components/mount';
import { openEditor } from '@/components/editorLink';
import { ProfileSummary } from '@/components/ProfileSummary';
import { LockButton, VaultGate, useVault } from '@/components/VaultGate';
import { localLock } from '@/components/localLock';

async function openSidePanel() {
  // Chrome/Edge: sidePanel.open needs the window and a user gesture (this click); Firefox: sidebarAction.
  const b = browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> }; sidebarAction?: { open(): Promise<void> } };
  if (b.sidePanel) {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await b.sidePanel.open({ windowId: win.id });
  } else await b.sidebarAction?.open();
  window.close();
}

const lock = localLock();

function Popup() {
  return (
    <main>
      <PopupTitle />
      <VaultGate source={lock}><PopupBody /></VaultGate>
    </main>
  );
}
function PopupTitle() {
  const { t } = useTranslation();
  return <h1>{t('ui.appName')}</h1>;
}

function PopupBody() {
  const { t } = useTranslation();
  const vault = useVault();
  const [result, setResult] = useState('');
  return (
    <>
      <ProfileSummary />
      <div className="actions">
        <button type="button" className="primary" onClick={async () => {
          // The same fill as the in-page panel and the shortcut (Alt+Shift+F): the active tab's step, current entity and site.
          const r = FillReport.safeParse(await browser.runtime.sendMessage({ type: 'ui.fill' }));
          if (!r.success) return setResult(t('fill.failed'));
          if (r.data.locked) vault?.recheck();
          setResult(r.data.ok ? t('panel.summary', { filled: r.data.items.filter((i) => i.outcome === 'filled').length, total: r.data.items.filter((i) => i.outcome !== 'unrecognized').length }) : r.data.error ?? '');
        }}>{t('panel.fill')}</button>
        <button type="button" className="primary" onClick={() => void openEditor()}>{t('ui.openEditor')}</button>
        <button type="button" onClick={() => void openSidePanel()}>{t('ui.openSidePanel')}</button>
        <LockButton />
      </div>
      {result && <p role="status">{result}</p>}
    </>
  );
}
void mount(<Popup />);
