import { browser } from 'wxt/browser';
import { fillActiveTab, forgetTab, handleMessage } from '@/lib/background';
import { getDb } from '@/lib/db';
import { notifyReminder, scheduleReminders } from '@/lib/checklist/reminders';

export default defineBackground(() => {
  // The toolbar button opens the popup; the side panel is opened from the popup (a user gesture).
  const b = browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } };
  void b.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});

  // `return true` + sendResponse: works with the polyfill, native chrome.* and WXT's fakeBrowser.
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    if (typeof msg !== 'object' || !msg || !('type' in msg) || !/^(cs|ui)\./.test(String((msg as { type: unknown }).type))) return false;
    void handleMessage(msg, sender).then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: String(e) }));
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  // 公安 deadline reminders (only when turned on and the optional permissions are granted)
  const alarms = (browser as unknown as { alarms?: typeof browser.alarms }).alarms;
  alarms?.onAlarm.addListener((alarm) => void notifyReminder(getDb(), alarm.name));
  browser.runtime.onStartup?.addListener(() => void scheduleReminders(getDb()));
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'fill-step') void fillActiveTab();
  });
});
