import { EXAMPLE, expect, importThroughUi, openBesideTab, test } from './fixtures';

test('side panel: materials with reasons, journey marked done with its date, deadline, footer copied', async ({ context, extensionId, editor }) => {
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);

  // materials of the current entity (杭州云栖示例科技有限公司): the licence is stored, the ID images are not
  const materials = panel.getByRole('region', { name: '材料清单' });
  await expect(materials.locator('.material', { hasText: '主体证件（营业执照等）' })).toHaveAttribute('data-state', '已备');
  await expect(materials.locator('.material', { hasText: '主体负责人身份证正面' })).toHaveAttribute('data-state', '缺少');
  await expect(materials.locator('.material', { hasText: '网站负责人身份证正面' })).toContainText('网站负责人与主体负责人不是同一人');
  await expect(materials.locator('.material', { hasText: '主体证件' }).first()).toContainText('可信度 C2');

  // the 30-day 公安 window counted from the opening date (2025-11-25)
  await expect(panel.getByTestId('deadline')).toContainText('截止 2025-12-25');

  // mark a journey step done: it shows its date and the next step moves on
  const journey = panel.getByRole('region', { name: '备案进度' });
  // the example site is filed with 阿里云: its console's steps
  await expect(journey.getByTestId('journey-provider')).toHaveText('按阿里云备案控制台的步骤');
  await expect(journey).toContainText('下一步：ICP · 验证备案类型');
  await journey.getByLabel('ICP · 验证备案类型').check();
  await expect(journey).toContainText('完成于');
  await expect(journey).toContainText('下一步：ICP · 填写主办者信息');
  // the mark shows at once and the database write follows: reloaded before it commits, the write is lost (a
  // fresh-clone run under load once was), so the reload waits for the stored progress
  await expect.poll(() => panel.evaluate(() => new Promise<boolean>((resolve, reject) => {
    const req = indexedDB.open('beian-autofill');
    req.onsuccess = () => {
      const db = req.result;
      const rows = db.transaction('settings').objectStore('settings').getAll();
      rows.onsuccess = () => { db.close(); resolve((rows.result as { key: string; value: unknown }[]).some((r) => r.key.startsWith('journey:') && Object.keys(r.value ?? {}).length > 0)); };
      rows.onerror = () => reject(rows.error);
    };
    req.onerror = () => reject(req.error);
  }))).toBe(true);
  await panel.reload();
  await expect(panel.getByRole('region', { name: '备案进度' }).getByLabel('ICP · 验证备案类型')).toBeChecked();
  // 阿里云's region, phone and 接入方式 come from the product brief only: listed to verify, with where
  const lookup = panel.getByTestId('provider-lookup');
  await expect(lookup.locator('li[data-state=需核实] strong')).toHaveText(['所属区域（省/市/区）', '联系电话', '网站接入方式']);
  await expect(lookup).toContainText('阿里云帮助中心');

  // once the numbers are granted (typed in the editor), the footer snippet appears and copies
  await editor.getByRole('tab', { name: '网站' }).click();
  await editor.getByRole('option', { name: /云栖示例科技官网/ }).click();
  await editor.getByLabel('网站备案号').fill('浙ICP备12345678号-1');
  await editor.getByLabel('公安备案号').fill('浙公网安备33010602009975号');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByRole('status')).toHaveText('已保存');
  const footer = panel.getByTestId('footer-html');
  await expect(footer).toContainText('浙ICP备12345678号-1');
  await expect(footer).toContainText('https://beian.mps.gov.cn/#/query/webSearch?code=33010602009975');
  // record what reaches the clipboard API (reading the clipboard back needs a permission the extension does not ask for)
  await panel.evaluate(() => {
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    const real = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = async (t: string) => { w.copied.push(t); return real(t); };
  });
  await panel.getByRole('button', { name: '复制' }).click();
  await expect(panel.getByRole('region', { name: '页脚代码' }).getByRole('status')).toHaveText('已复制');
  const copied = await panel.evaluate(() => (window as unknown as { copied: string[] }).copied);
  expect(copied).toEqual([await footer.textContent()]);
  expect(copied[0]).toContain('浙公网安备33010602009975号');
});

test('side panel on a filing page: the step with every field state, matching the page labels and the profile gaps; fill from the panel', async ({ context, extensionId, editor }) => {
  const { prepareMps } = await import('../replicas/mps');
  const { importProfile, incompleteProfile, state } = await import('./fill-helpers');
  const mps = await prepareMps();
  await mps.route(context);
  await importProfile(editor, incompleteProfile(), 'incomplete.json');
  const page = await context.newPage();
  await page.goto('https://beian.miit.gov.cn/#/Integrated/index');
  await page.bringToFront();
  // the side panel lives in its own window next to the filing tab (the tab stays the active one)
  const panel = await openBesideTab(context, 'sidepanel.html');
  await expect(panel.getByTestId('step-title')).toHaveText('工信部短信核验 · 短信核验');
  const fields = panel.getByRole('list', { name: '字段' });
  // the incomplete profile lacks 李娜's mobile: listed by the page's own label, with an editor link
  await expect(fields.locator('li[data-state=missing]')).toHaveText(/手机号码\s*资料中缺少\s*编辑/);
  await expect(fields.locator('li[data-state=pending]')).toHaveText(/证件号码后六位\s*待填写/);
  await expect(fields.locator('li')).toHaveCount(2);
  // the materials of the incomplete profile (no documents stored): every one 缺少, with its reason
  const materials = panel.getByRole('region', { name: '材料清单' }).locator('.material');
  await expect(materials.locator('strong')).toHaveText(['主体证件（营业执照等）', '主体负责人身份证正面', '主体负责人身份证反面', '负责人手持证件照', '网站负责人身份证正面', '域名证书']);
  for (const m of await materials.all()) await expect(m).toHaveAttribute('data-state', '缺少');
  // clicking a field in the panel scrolls the page to it and focuses it
  await fields.getByRole('button', { name: '证件号码后六位' }).click();
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.maxLength)).toBe(6);
  await panel.getByRole('region', { name: '当前步骤' }).getByRole('button', { name: '一键填充' }).click();
  await expect(fields.locator('li[data-state=already]')).toHaveText(/证件号码后六位\s*已填写/);
  expect(await state(page)).toMatchObject({ mobile: '', idLast6: '204525', smsCode: '' });
  void extensionId;
});
