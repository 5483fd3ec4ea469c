/**
 * Storage quota exhaustion in the editor, with the browser's real quota machinery: the Chrome DevTools
 * Protocol's Storage.overrideQuotaForOrigin sets the quota of the extension's origin
 * (chrome-extension://<id>) to exactly what it uses now, so IndexedDB aborts every growing transaction
 * at commit with a real DOMException named QuotaExceededError (checked: the override takes effect for
 * extension origins; navigator.storage.estimate() in the page does not show it, Storage.getUsageAndQuota
 * does). Chromium's IndexedDB lets a database keep using the space granted at its last quota check for
 * up to 30 s without asking again (content/browser/indexed_db BucketContext::kBucketSpaceCacheTimeLimit,
 * a linearly decaying allowance), so after the quota drops the test waits those 30 s, as a disk filling
 * up while the editor is open would; the writes after that are checked against the new quota.
 * The user types and presses 保存, then adds a document of a few hundred KB; both must show the
 * quota message, keep the typing, and leave the stored data as it was. Lifting the override lets the
 * same save and upload succeed.
 */
import type { CDPSession, Page } from '@playwright/test';
import { EXAMPLE, expect, importThroughUi, test } from './fixtures';

const QUOTA_MESSAGE = '存储空间不足，未能保存。请删除一些资料文件后重试。'; // lib/i18n.ts ui.quota (zh)
const STORED_ADDRESS = '文一西路 969 号 2 幢 305 室'; // docs/profile.example.json, e-yunqi (mailing address detail)
const TYPED_ADDRESS = '文三路 90 号 7 楼';

/** A PNG signature followed by incompressible bytes: ~300 KB, well under the 20 MB document limit. */
function bigPng() {
  const body = Buffer.alloc(300 * 1024);
  for (let i = 0; i < body.length; i++) body[i] = (i * 2654435761) >>> 24;
  return { name: 'yunqi-licence-scan.png', mimeType: 'image/png', buffer: Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), body]) };
}

interface UsageAndQuota { usage: number; quota: number; overrideActive: boolean }
const usageAndQuota = (cdp: CDPSession, origin: string) =>
  cdp.send('Storage.getUsageAndQuota', { origin }) as Promise<UsageAndQuota>;

const documentsOf = (page: Page) => page.getByRole('region', { name: '资料文件' }).getByRole('listitem');

test.setTimeout(120_000);

test('storage full: save and document upload say so, keep the typing and the stored data; after space is freed the same save works', async ({ context, extensionId, editor }) => {
  // Previously stored data: the example profile (杭州云栖示例科技有限公司 has one document).
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  await editor.goto(`chrome-extension://${extensionId}/editor.html#entity/e-yunqi`);
  const address = editor.getByLabel('主办单位通讯地址 详细地址');
  await expect(address).toHaveValue(STORED_ADDRESS);
  await expect(documentsOf(editor)).toHaveCount(1);

  // The disk is full: quota = what the origin already uses.
  const origin = `chrome-extension://${extensionId}`;
  const cdp = await context.newCDPSession(editor);
  const { usage } = await usageAndQuota(cdp, origin);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage });
  expect(await usageAndQuota(cdp, origin)).toMatchObject({ quota: usage, overrideActive: true });

  // 1. The user edits a field and presses 保存 (after IndexedDB's cached allowance has run out).
  await address.fill(TYPED_ADDRESS);
  await editor.waitForTimeout(31_000);
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByRole('status')).toHaveText(QUOTA_MESSAGE);
  await expect(address).toHaveValue(TYPED_ADDRESS); // the typing is still there to retry

  // 2. The user adds a document (~300 KB).
  await editor.getByLabel('添加文件').setInputFiles(bigPng());
  await expect(editor.getByRole('alert').filter({ hasText: QUOTA_MESSAGE })).toBeVisible();
  await expect(documentsOf(editor)).toHaveCount(1);
  await expect(address).toHaveValue(TYPED_ADDRESS);

  // 3. Nothing stored was lost or half-written: a freshly loaded editor (a second tab, so that the
  //    first keeps the user's unsaved typing) shows the stored record and its one document.
  const fresh = await context.newPage();
  await fresh.goto(`chrome-extension://${extensionId}/editor.html#entity/e-yunqi`);
  await expect(fresh.getByLabel('主办单位或主办人名称')).toHaveValue('杭州云栖示例科技有限公司');
  await expect(fresh.getByLabel('主办单位通讯地址 详细地址')).toHaveValue(STORED_ADDRESS);
  await expect(documentsOf(fresh)).toHaveCount(1);
  await expect(documentsOf(fresh)).toContainText('yunqi-licence.png');
  await fresh.getByRole('tab', { name: '人员' }).click();
  await expect(fresh.getByRole('listbox', { name: '人员' }).getByRole('option')).toHaveCount(3);
  await fresh.close();

  // 4. Space is freed (override lifted): the same save and upload now succeed.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  expect((await usageAndQuota(cdp, origin)).overrideActive).toBe(false);
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByRole('status')).toHaveText('已保存');
  await editor.getByLabel('添加文件').setInputFiles(bigPng());
  await expect(documentsOf(editor)).toHaveCount(2);
  await expect(editor.getByRole('alert').filter({ hasText: QUOTA_MESSAGE })).toHaveCount(0);

  // ...and they are stored: after a reload the new address and both documents are there.
  await editor.reload();
  await expect(editor.getByLabel('主办单位通讯地址 详细地址')).toHaveValue(TYPED_ADDRESS);
  await expect(documentsOf(editor)).toHaveCount(2);
  await expect(documentsOf(editor).filter({ hasText: 'yunqi-licence.png' })).toHaveCount(1);
  await expect(documentsOf(editor).filter({ hasText: 'yunqi-licence-scan.png' })).toHaveCount(1);
});

test('a document too large or of the wrong type is refused with a clear message, and nothing is stored', async ({ extensionId, editor }) => {
  await importThroughUi(editor, EXAMPLE);
  await expect(editor.getByRole('status')).toContainText('已导入');
  await editor.goto(`chrome-extension://${extensionId}/editor.html#entity/e-yunqi`);
  await expect(documentsOf(editor)).toHaveCount(1);
  const huge = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(21 * 1024 * 1024, 7)]);
  await editor.getByLabel('添加文件').setInputFiles({ name: 'scan-21mb.png', mimeType: 'image/png', buffer: huge });
  await expect(editor.getByRole('alert').filter({ hasText: '文件过大（21.0 MB），上限 20.0 MB' })).toBeVisible();
  await editor.getByLabel('添加文件').setInputFiles({ name: 'licence.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK\x03\x04 not an image') });
  await expect(editor.getByRole('alert').filter({ hasText: '只支持 JPG、PNG 或 PDF 文件' })).toBeVisible();
  await editor.reload();
  await expect(documentsOf(editor)).toHaveCount(1);
  await expect(documentsOf(editor)).toContainText('yunqi-licence.png');
});
