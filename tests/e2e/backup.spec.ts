import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXAMPLE, exportThroughUi, extensionIdOf, importThroughUi, launchWithExtension, test, expect } from './fixtures';

test('import of docs/profile.example.json through 导入 shows its entities', async ({ editor }) => {
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入：2 个主体、3 位人员、2 个网站、2 份资料');
  await editor.getByRole('tab', { name: '主体' }).click();
  await expect(editor.getByRole('option', { name: /张伟/ })).toBeVisible();
  await expect(editor.getByRole('option', { name: /杭州云栖示例科技有限公司/ })).toBeVisible();
});

test('export then import in a fresh profile gives identical data', async ({ editor }) => {
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  // Change something through the UI so the export is not just the example.
  await editor.getByRole('tab', { name: '网站' }).click();
  await editor.getByRole('option', { name: /云栖示例科技官网/ }).click();
  await editor.getByLabel('备注', { exact: true }).fill('导出测试');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByRole('status')).toHaveText('已保存');
  const first = await exportThroughUi(editor);

  const dir = mkdtempSync(path.join(tmpdir(), 'beian-export-'));
  const file = path.join(dir, 'backup.json');
  writeFileSync(file, JSON.stringify(first));
  const other = await launchWithExtension();
  try {
    const id = await extensionIdOf(other);
    const page = await other.newPage();
    await page.goto(`chrome-extension://${id}/editor.html`);
    await importThroughUi(page, file);
    await expect(page.getByRole('status')).toContainText('已导入');
    const second = await exportThroughUi(page);
    const { exportedAt: _a, ...a } = first;
    const { exportedAt: _b, ...b } = second;
    expect(b).toEqual(a);
    expect((a.sites as { remark: string }[]).some((s) => s.remark === '导出测试')).toBe(true);
    expect((a.documents as unknown[]).length).toBe(2);
  } finally {
    await other.close();
  }
});

test('malformed files are refused with a clear message and existing data is untouched', async ({ editor }) => {
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  const before = await exportThroughUi(editor);
  const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  const dir = mkdtempSync(path.join(tmpdir(), 'beian-bad-'));
  const big = path.join(dir, 'big.json');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
  const variants: [string, string | { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
    ['not JSON', { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "beian-') }, /不是有效的 JSON 文件/],
    ['wrong version', { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...example, version: 9 })) }, /不支持的备份版本 9/],
    ['missing required field', { name: 'c.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...example, entities: [{ ...example.entities[0], name: undefined }, example.entities[1]] })) }, /主体 第 1 条.*主办单位或主办人名称.*必填/],
    ['bad ID number', { name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...example, contacts: [{ ...example.contacts[0], certNumber: '330106199003071237' }, ...example.contacts.slice(1)] })) }, /人员 第 1 条“张伟”的 证件号码：.*校验/],
    ['50 MB', big, /文件过大（50\.0 MB）/],
  ];
  for (const [label, file, message] of variants) {
    await importThroughUi(editor, file);
    const alert = editor.getByRole('alert');
    await expect(alert, label).toContainText('导入失败，现有数据未改动');
    await expect(alert, label).toContainText(message);
  }
  const after = await exportThroughUi(editor);
  const { exportedAt: _a, ...a } = before;
  const { exportedAt: _b, ...b } = after;
  expect(b).toEqual(a);
});
