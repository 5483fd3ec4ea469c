import { browser } from 'wxt/browser';

export default defineBackground(() => {
  // The toolbar button opens the popup; the side panel is opened from the popup (a user gesture).
  const b = browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } };
  void b.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
});
