import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLE, EXTENSION_DIR, importThroughUi, test, expect } from './fixtures';

test('the manifest asks only for storage, the side panel and the filing hosts (reminders optional)', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.permissions.sort()).toEqual(['sidePanel', 'storage']);
  expect(manifest.optional_permissions.sort()).toEqual(['alarms', 'notifications']);
  const text = JSON.stringify(manifest);
  expect(text).not.toContain('<all_urls>');
  expect(text).not.toMatch(/"\*:\/\/\*\/\*"|https?:\/\/\*\/\*/);
  const matches = (manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
  expect(matches.length).toBe(12);
  expect(manifest.host_permissions ?? []).toEqual([]);
  for (const m of matches) {
    // https everywhere; plain http only for the old public-security portal, which was served over http;
    // on the cloud consoles only their filing section (host and path)
    expect(m).toMatch(/^((https:\/\/(beian\.aliyun\.com|beian\.mps\.gov\.cn|(www\.)?beian\.gov\.cn|beian\.miit\.gov\.cn|beian\.huaweicloud\.com)|http:\/\/(www\.)?beian\.gov\.cn)\/\*|https:\/\/(console\.cloud\.tencent\.com|console\.huaweicloud\.com|console\.volcengine\.com|console\.bce\.baidu\.com)\/beian\*)$/);
  }
  // the panel is web-accessible to the filing origins only (Chrome allows no path in these patterns)
  const war = manifest.web_accessible_resources.flatMap((w: { matches: string[] }) => w.matches);
  expect(war.sort()).toEqual([
    'http://beian.gov.cn/*', 'http://www.beian.gov.cn/*', 'https://beian.aliyun.com/*', 'https://beian.gov.cn/*', 'https://beian.huaweicloud.com/*',
    'https://beian.miit.gov.cn/*', 'https://beian.mps.gov.cn/*', 'https://console.bce.baidu.com/*', 'https://console.cloud.tencent.com/*',
    'https://console.huaweicloud.com/*', 'https://console.volcengine.com/*', 'https://www.beian.gov.cn/*',
  ]);
  expect(war).not.toContain('<all_urls>');
});

test('popup shows the current entity and site with their completeness, and opens the editor', async ({ context, extensionId, editor }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText('还没有资料')).toBeVisible();

  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  await expect(popup.getByLabel('当前主体')).toHaveValue('e-yunqi');
  await expect(popup.getByLabel('当前网站')).toHaveValue('s-yunqi-www');
  await expect(popup.getByTestId('completeness')).toHaveText(/(\d+) \/ \1 项已完成/);

  // Switch to the individual: its site has no opening-date problem but let's make one gap.
  await popup.getByLabel('当前主体').selectOption({ label: '张伟' });
  await expect(popup.getByLabel('当前网站')).toHaveValue('s-zhangwei-blog');
  // Remove the email of 张伟 in the editor: the popup lists it as missing, with a link into the editor.
  await editor.getByRole('tab', { name: '人员' }).click();
  await editor.getByRole('option', { name: /张伟/ }).click();
  await editor.getByLabel('电子邮箱').fill('');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByRole('status')).toHaveText('已保存');
  const missing = popup.getByRole('list', { name: '缺少' });
  await expect(missing.getByRole('listitem')).toHaveCount(1);
  await expect(missing).toContainText('电子邮箱');
  await expect(popup.getByTestId('completeness')).toHaveText(/(\d+) \/ (\d+) 项已完成/);

  const [opened] = await Promise.all([context.waitForEvent('page'), missing.getByRole('link', { name: /电子邮箱/ }).click()]);
  await expect(opened).toHaveURL(/editor\.html#contact\/c-zhangwei\/email$/);
  await expect(opened.getByLabel('电子邮箱')).toBeFocused();

  const [editor2] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: '打开编辑器' }).click()]);
  await expect(editor2).toHaveURL(/editor\.html$/);
});

test('the side panel page shows the same summary', async ({ context, extensionId, editor }) => {
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByLabel('当前主体')).toHaveValue('e-yunqi');
  await expect(panel.getByTestId('completeness')).toBeVisible();
});

test('English UI through the same i18n mechanism', async ({ editor }) => {
  await editor.getByLabel('语言').selectOption('en');
  await expect(editor.getByRole('tab', { name: 'Subjects' })).toBeVisible();
  await editor.reload();
  await expect(editor.getByRole('heading', { name: 'Filing profile editor' })).toBeVisible();
});
