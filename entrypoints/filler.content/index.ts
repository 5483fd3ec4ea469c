/**
 * The content script of the filing pages. It recognises the platform and step, shows the panel (an
 * extension page in an iframe inside a closed shadow root, so the page cannot read it), and executes
 * fills the background sends after a user action. It never reads or stores the profile.
 */
import { FILING_MATCHES, platformOfUrl } from '@/lib/hosts';

export default defineContentScript({
  matches: FILING_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const platform = platformOfUrl(location.href);
    if (!platform || !trustedFrame()) return;
    // Nothing runs before the page has loaded and gone idle: the engine's modules are evaluated only
    // then (a dynamic import, kept lazy in the bundle), and recognition, the DOM observer and the
    // panel's iframe (which the page's load event would otherwise wait for) cost the page's load nothing.
    afterLoadIdle(async () => {
      const [{ FillerPage }, { browser }] = await Promise.all([import('@/lib/dom/filler'), import('wxt/browser')]);
      if (ctx.isInvalid) return;
      const page = new FillerPage(platform, browser.runtime.getURL('/panel.html'));
      page.start(ctx.signal);
      ctx.addEventListener(window, 'wxt:locationchange', () => page.schedule());
      browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
        // Only the extension itself can reach this listener; validate anyway.
        if (sender.id !== browser.runtime.id) return false;
        void page.handle(msg).then(sendResponse, (e: unknown) => sendResponse({ error: String(e) }));
        return true;
      });
    });
  },
});

function afterLoadIdle(fn: () => void | Promise<void>) {
  const run = () => void fn();
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1500 }) : setTimeout(run, 0));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

/** Top frames, and iframes whose every ancestor has this frame's origin: never foreign frames. */
function trustedFrame(): boolean {
  if (window === window.top) return true;
  const anc = location.ancestorOrigins;
  if (anc && anc.length) return [...anc].every((o) => o === location.origin);
  try {
    return window.top!.location.origin === location.origin;
  } catch {
    return false;
  }
}
