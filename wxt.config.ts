import { defineConfig } from 'wxt';
import pkg from './package.json' with { type: 'json' };
import { FILING_WAR_MATCHES } from './lib/hosts';

// Manifest: only what the features use. The filing hosts are listed once in lib/hosts.ts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    version: pkg.version,
    // sidePanel is Chrome/Edge only; Firefox gets sidebar_action from entrypoints/sidepanel.
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage', 'sidePanel'],
    // Deadline reminders are off until the filer turns them on; the permissions are asked for then.
    // (Firefox cannot make `alarms` optional; it shows no prompt for it.)
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    // The in-page panel is an extension page in an iframe: only the filing hosts may frame it (by origin:
    // Chrome refuses a path in these patterns; the content script runs only on the filing paths).
    web_accessible_resources:
      browser === 'firefox' ? ['panel.html'] : [{ resources: ['panel.html'], matches: FILING_WAR_MATCHES }],
    commands: {
      'fill-step': { suggested_key: { default: 'Alt+Shift+F' }, description: '一键填充当前备案步骤 / Fill the current filing step' },
    },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'"
        : { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'beian-autofill@beian-autofill.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  hooks: {
    // The content script (it runs in every filing page) uses the browser's own promise-based API (Chrome and
    // Edge MV3, Firefox's browser.*) through WXT's plain `wxt/browser`: the polyfill (about 3 KB gzip) stays out of
    // the page's bundle. It only sends, answers and names its panel's URL, which the native API does the same.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) config.resolve!.alias = alias.filter((a) => a.find !== 'wxt/browser');
      else if (alias && typeof alias === 'object') delete (alias as Record<string, string>)['wxt/browser'];
    },
    // The editor is the options page (右键 → 选项 / Options, and runtime.openOptionsPage()), opened in a tab.
    // WXT's own options entrypoint would have to be named `options` (options.html), but editor.html is the
    // URL every link into the editor uses (#entity/…, #site/…), so the manifest key is added here instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.options_ui = { page: 'editor.html', open_in_tab: true };
    },
  },
});
