import { test, expect } from './fixtures';

test('create an entity as a user would: typing, picking the region cascader; it survives a reload', async ({ editor }) => {
  await editor.getByRole('button', { name: '新建单位主体' }).click();
  const name = editor.getByLabel('主办单位或主办人名称');
  await name.fill('');
  await name.pressSequentially('杭州测试网络科技有限公司');
  await editor.getByLabel('主办单位性质').selectOption('企业');
  await editor.getByLabel('证件类型').selectOption('营业执照（个人或企业）');
  await editor.getByLabel('证件号码').pressSequentially('91330106673959654P');
  await editor.getByLabel('主办单位所属区域 省').selectOption('浙江省');
  await editor.getByLabel('主办单位所属区域 市').selectOption('杭州市');
  await editor.getByLabel('主办单位所属区域 区/县').selectOption('余杭区');
  // the address: region cascader + detail; the one line the forms may ask is shown, derived
  await editor.getByLabel('主办单位证件住所 省', { exact: true }).selectOption('浙江省');
  await editor.getByLabel('主办单位证件住所 市', { exact: true }).selectOption('杭州市');
  await editor.getByLabel('主办单位证件住所 区/县', { exact: true }).selectOption('余杭区');
  await editor.getByLabel('主办单位证件住所 详细地址').fill('文一西路 969 号');
  await expect(editor.locator('[data-field="certAddress"] .hint')).toHaveText('一行地址：浙江省杭州市余杭区文一西路 969 号');
  // 单位注册地址 is 同证件住所 (a link) unless unticked
  await expect(editor.getByRole('checkbox', { name: '同证件住所' })).toBeChecked();
  await editor.getByRole('checkbox', { name: '同证件住所' }).uncheck();
  await expect(editor.getByLabel('单位注册地址 详细地址')).toBeVisible();
  await editor.getByRole('checkbox', { name: '同证件住所' }).check();
  await expect(editor.getByLabel('单位注册地址 详细地址')).toHaveCount(0);
  // 法定代表人: a name alone (no person recorded yet), checked as you type
  await editor.getByLabel('法定代表人 选择人员').selectOption({ label: '仅填写姓名' });
  const repName = editor.getByLabel('法定代表人 姓名');
  await editor.getByRole('button', { name: '保存' }).click(); // an empty name is not saved
  await expect(editor.locator('.status.error')).toContainText('未保存');
  await expect(repName).toHaveAttribute('aria-invalid', 'true');
  await repName.fill('赵六');
  await expect(repName).toHaveAttribute('aria-invalid', 'false');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByRole('status')).toHaveText('已保存');

  await editor.reload();
  await editor.getByRole('option', { name: /杭州测试网络科技有限公司/ }).click();
  await expect(editor.getByLabel('主办单位或主办人名称')).toHaveValue('杭州测试网络科技有限公司');
  await expect(editor.getByLabel('证件号码')).toHaveValue('91330106673959654P');
  await expect(editor.getByLabel('主办单位所属区域 区/县')).toHaveValue('余杭区');
  await expect(editor.getByLabel('主办单位证件住所 区/县', { exact: true })).toHaveValue('余杭区');
  await expect(editor.getByLabel('主办单位证件住所 详细地址')).toHaveValue('文一西路 969 号');
  await expect(editor.getByLabel('法定代表人 姓名')).toHaveValue('赵六');
});

test('the example profile in the editor: linked legal representative, interactive kinds with free text, an option outside the list kept', async ({ editor }) => {
  const { importThroughUi, EXAMPLE } = await import('./fixtures');
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  await editor.getByRole('tab', { name: '主体' }).click();
  await editor.getByRole('option', { name: /杭州云栖示例科技有限公司/ }).click();
  await expect(editor.getByLabel('法定代表人 选择人员')).toHaveValue('c-lina');
  await expect(editor.locator('[data-field="legalRep"] .hint')).toContainText('居民身份证 3301…4525');
  await expect(editor.getByLabel('主办单位通讯地址 详细地址')).toHaveValue('文一西路 969 号 2 幢 305 室');

  await editor.getByRole('tab', { name: '网站' }).click();
  await editor.getByRole('option', { name: /云栖示例科技官网/ }).click();
  await expect(editor.getByLabel('域名证书有效期起')).toHaveValue('2025-11-01');
  await expect(editor.getByLabel('域名证书有效期止')).toHaveValue('2028-11-01');
  const kinds = editor.getByRole('group', { name: '交互服务类型' });
  await expect(kinds.getByRole('checkbox', { name: '论坛社区' })).toBeChecked();
  await expect(kinds.getByRole('checkbox', { name: '网络评论' })).toBeChecked();
  // the page's own wording, added as free text, is kept (marked as not a built-in option)
  await editor.getByLabel('交互服务类型 其他写法').fill('弹幕');
  await kinds.getByRole('button', { name: '添加' }).click();
  await expect(kinds.getByRole('checkbox', { name: /弹幕/ })).toBeChecked();
  await editor.getByLabel('网站服务内容 其他写法').fill('论坛/社区');
  await editor.getByLabel('网站服务内容 其他写法').press('Enter');
  // a domain-certificate range that ends before it starts is refused as you type
  await editor.getByLabel('域名证书有效期止').fill('2024-01-01');
  await expect(editor.getByLabel('域名证书有效期止')).toHaveAttribute('aria-invalid', 'true');
  await editor.getByLabel('域名证书有效期止').fill('2028-11-01');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByRole('status')).toHaveText('已保存');
  await editor.reload();
  await expect(editor.getByRole('group', { name: '网站服务内容' }).getByRole('checkbox', { name: /论坛\/社区/ })).toBeChecked();
  await expect(editor.getByRole('group', { name: '交互服务类型' }).getByRole('checkbox', { name: /弹幕/ })).toBeChecked();
  // interactive = 否 hides the kinds
  await editor.getByLabel('是否提供互联网交互服务').selectOption({ label: '否' });
  await expect(editor.getByRole('group', { name: '交互服务类型' })).toHaveCount(0);
});

test('an invalid ID number shows its message as you type and is not saved', async ({ editor }) => {
  await editor.getByRole('tab', { name: '人员' }).click();
  await editor.getByRole('button', { name: '新建', exact: true }).click();
  const name = editor.getByLabel('姓名');
  await name.fill('赵六');
  const id = editor.getByLabel('证件号码');
  await id.pressSequentially('11010519491231002Y');
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByRole('alert').first()).toContainText('身份证');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.locator('.status.error')).toContainText('未保存');
  await editor.reload();
  await editor.getByRole('tab', { name: '人员' }).click();
  await expect(editor.getByRole('option', { name: /赵六/ })).toHaveCount(0);

  // A valid one is saved.
  await editor.getByRole('button', { name: '新建', exact: true }).click();
  await editor.getByLabel('姓名').fill('赵六');
  await editor.getByLabel('证件号码').pressSequentially('11010519491231002X');
  await expect(editor.getByLabel('证件号码')).toHaveAttribute('aria-invalid', 'false');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByRole('status')).toHaveText('已保存');
  await expect(editor.getByRole('option', { name: /赵六/ })).toHaveCount(1);
});

test('unsaved changes are not lost silently: switching records asks first', async ({ editor }) => {
  await editor.getByRole('button', { name: '新建个人主体' }).click();
  await editor.getByLabel('主办单位或主办人名称').fill('甲');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByRole('status')).toHaveText('已保存');
  await editor.getByLabel('主办单位或主办人名称').fill('甲乙丙');
  await editor.getByRole('tab', { name: '网站' }).click();
  const dialog = editor.getByRole('dialog', { name: '有未保存的修改' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(editor.getByLabel('主办单位或主办人名称')).toHaveValue('甲乙丙');
  await expect(editor.getByRole('tab', { name: '主体' })).toHaveAttribute('aria-selected', 'true');
  // Closing the page with unsaved changes triggers the browser's leave-page prompt.
  let prompted = false;
  editor.on('dialog', async (d) => { prompted = d.type() === 'beforeunload'; await d.dismiss(); });
  await editor.close({ runBeforeUnload: true });
  await expect.poll(() => prompted).toBe(true);
});

test('deleting a contact that is in use asks first and names where it is used', async ({ editor }) => {
  const { importThroughUi, EXAMPLE } = await import('./fixtures');
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  await editor.getByRole('tab', { name: '人员' }).click();
  await editor.getByRole('option', { name: /李娜/ }).click();
  await editor.getByRole('button', { name: '删除' }).click();
  const dialog = editor.getByRole('dialog', { name: '删除“李娜”？' });
  await expect(dialog).toContainText('杭州云栖示例科技有限公司');
  await expect(dialog).toContainText('主体负责人');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(editor.getByRole('option', { name: /李娜/ })).toHaveCount(1);
  await editor.getByRole('button', { name: '删除' }).click();
  await dialog.getByRole('button', { name: '删除' }).click();
  await expect(editor.getByRole('option', { name: /李娜/ })).toHaveCount(0);
});

test('two open editors editing the same record: the second save is refused, nothing is silently lost', async ({ context, extensionId, editor }) => {
  const { importThroughUi, EXAMPLE } = await import('./fixtures');
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  const a = editor;
  const b = await context.newPage();
  for (const p of [a, b]) {
    await p.goto(`chrome-extension://${extensionId}/editor.html#contact/c-lina`);
    await expect(p.getByLabel('姓名')).toHaveValue('李娜');
  }
  await b.getByLabel('办公室电话').fill('0571-88881111'); // B starts an edit
  await a.getByLabel('电子邮箱').fill('lina.new@yunqi-demo.cn'); // A edits and saves first
  await a.getByRole('button', { name: '保存' }).click();
  await expect(a.getByRole('status')).toHaveText('已保存');
  await b.getByRole('button', { name: '保存' }).click();
  await expect(b.getByRole('status')).toContainText('此记录已在其他页面被修改');
  await expect(b.getByLabel('办公室电话')).toHaveValue('0571-88881111'); // B's typing is still there to redo
  await a.reload();
  await expect(a.getByLabel('电子邮箱')).toHaveValue('lina.new@yunqi-demo.cn');
  await expect(a.getByLabel('办公室电话')).toHaveValue('0571-88886666');
});
