/**
 * Forms change shape. On a replica whose form was altered after load (a label renamed, an option list
 * changed, an extra unknown field, fields moved, a step split in two, a duplicated label), the fill
 * makes no wrong entry and reports what it could not place.
 */
import { prepareMps } from '../replicas/mps';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { example, fillWithPanel, importProfile, state } from './fill-helpers';

test.describe.configure({ timeout: 90_000 });

/** The example profile imported, and a replica page open at its real URL. */
async function openReplica(context: BrowserContext, editor: Page, id: string): Promise<Page> {
  const mps = await prepareMps();
  await mps.route(context);
  await importProfile(editor, example(), 'p.json');
  const page = await context.newPage();
  await page.goto(mps.pages.find((p) => p.id === id)!.url);
  return page;
}

test('altered 网站基本信息: no wrong entry, the changes are reported', async ({ context, editor }) => {
  const page = await openReplica(context, editor, 'mps-site');
  await page.locator('.el-form-item__label', { hasText: '网站名称' }).waitFor();
  await page.evaluate(() => {
    const label = (text: string) => [...document.querySelectorAll('.el-form-item__label')].find((l) => l.textContent?.trim() === text)!;
    // 1. a label renamed to words no dictionary knows: 主域名 → 站点首选地址
    label('主域名').textContent = '站点首选地址';
    // 2. an extra unknown field
    const extra = label('IP').closest('.el-form-item')!.cloneNode(true) as HTMLElement;
    extra.querySelector('.el-form-item__label')!.textContent = '备用联系人微信';
    extra.querySelector('input')!.id = 'extra-field';
    extra.querySelector('label')?.setAttribute('for', 'extra-field');
    label('IP').closest('.el-form-item')!.after(extra);
    // 3. a duplicated label: a second "网站名称" field elsewhere (ambiguous: never fill either)
    const dup = label('网站名称').closest('.el-form-item')!.cloneNode(true) as HTMLElement;
    dup.querySelector('input')!.id = 'dup-name';
    dup.querySelector('label')?.setAttribute('for', 'dup-name');
    document.querySelector('form')!.append(dup);
  });
  const r = await fillWithPanel(page, '杭州云栖示例科技有限公司');
  const s = await state(page);
  // renamed and duplicated labels: not filled, reported
  expect(r.groups['页面上未找到']).toContain('主域名');
  expect(r.groups['标签不唯一，未填写']).toContain('网站名称');
  expect(s.mainDomain).toBe('');
  expect(s.siteName).toBe('');
  expect(await page.inputValue('#dup-name')).toBe('');
  expect(await page.inputValue('#extra-field')).toBe('');
  // everything else is either untouched or exactly the profile's value (no wrong entry)
  const expected: Record<string, unknown> = { openDate: '2025-11-25', subDomains: 'yunqi-demo.com.cn', ip: '47.96.56.78', ispName: '阿里云计算有限公司', ispPhone: '95187', registrarPhone: '010-65985888', siteType: 'E' };
  for (const [k, v] of Object.entries(expected)) expect(s[k], k).toBe(v);
});

test('a section renamed: its fields are not placed anywhere else', async ({ context, editor }) => {
  const page = await openReplica(context, editor, 'mps-principal');
  await page.locator('.form-block-title').first().waitFor();
  await page.evaluate(() => {
    // the 安全负责人 block's title renamed: its fields no longer sit under a known section
    const t = [...document.querySelectorAll('.form-block-title')].find((e) => e.textContent?.includes('网站安全负责人'))!;
    t.firstChild!.textContent = '其他人员信息';
  });
  const r = await fillWithPanel(page, '杭州云栖示例科技有限公司');
  const s = await state(page);
  // the security officer's fields were not placed anywhere (a wrong person in a wrong block would be worse)
  expect(s.securityName).toBe('');
  expect(s.securityIdNo).toBe('');
  expect(r.groups['页面上未找到']).toEqual(expect.arrayContaining(['网站安全负责人姓名', '网站安全负责人证件号码', '网站安全负责人手机号码']));
  // the emergency block is still known: ticked 同主体负责人 as the profile says
  expect(s.emergencySameAsSubject).toBe(true);
});

test('an option list that lost the profile’s value: flagged, never another option', async ({ context, editor }) => {
  const page = await openReplica(context, editor, 'beian-old-site');
  await page.locator('select[name=accessMode]').waitFor();
  // the portal no longer offers 租赁主机 (the profile's access method)
  await page.evaluate(() => [...document.querySelectorAll<HTMLOptionElement>('select[name=accessMode] option')].find((o) => o.text.includes('租赁主机'))!.remove());
  const r = await fillWithPanel(page, '杭州云栖示例科技有限公司');
  expect(r.groups['页面没有匹配的选项']).toEqual(['接入方式']);
  const s = await state(page);
  expect(s.accessMode ?? '').toBe('');
  expect(s.websiteName).toBe('云栖示例科技官网');
});

/** Rows of the old portal's form table, by their label text. */
const rowsOf = (page: Page) => page.locator('table.form-table tr');

test('fields moved to other places in the form: each still gets exactly its own value', async ({ context, editor }) => {
  const page = await openReplica(context, editor, 'beian-old-site');
  await page.locator('#websiteIp').waitFor();
  await page.evaluate(() => {
    const row = (label: string) => [...document.querySelectorAll('table.form-table tr')].find((r) => r.querySelector('td.label')?.textContent?.includes(label))!;
    const table = document.querySelector('table.form-table tbody') ?? document.querySelector('table.form-table')!;
    table.append(row('IP')); // IP now last, after 网站语种
    row('服务类型').before(row('网站开通日期')); // into the 服务信息 block
    table.prepend(row('接入方式')); // above the first block title
  });
  const r = await fillWithPanel(page, '杭州云栖示例科技有限公司');
  const s = await state(page);
  expect(s).toMatchObject({ websiteName: '云栖示例科技官网', domainName: 'yunqi-demo.cn,yunqi-demo.com.cn', websiteIp: '47.96.56.78', openDate: '2025-11-25', ispName: '阿里云计算有限公司', accessMode: '02' });
  expect([...s.language].sort()).toEqual(['01', '05']);
  expect(r.groups['页面上未找到'] ?? []).toEqual([]);
});

test('a step split in two: each half fills only its own fields and reports the other half as not found', async ({ context, editor }) => {
  const page = await openReplica(context, editor, 'beian-old-site');
  await page.locator('#websiteIp').waitFor();
  const FIRST = ['网站名称', '网站域名', 'IP', '网站开通日期'];
  // Page one of the split: only the 网站基本信息 block is left.
  await page.evaluate((keep) => {
    for (const r of document.querySelectorAll('table.form-table tr')) {
      const label = r.querySelector('td.label')?.textContent ?? '';
      if (label && !keep.some((k) => label.includes(k))) r.remove();
    }
  }, FIRST);
  await expect(rowsOf(page).locator('td.label')).toHaveCount(4);
  const one = await fillWithPanel(page, '杭州云栖示例科技有限公司');
  expect(await state(page)).toMatchObject({ websiteName: '云栖示例科技官网', domainName: 'yunqi-demo.cn,yunqi-demo.com.cn', websiteIp: '47.96.56.78', openDate: '2025-11-25' });
  // the required fields of the other half are reported (optional ones such as 网站语种 may be absent from a step)
  expect(one.groups['页面上未找到']).toEqual(expect.arrayContaining(['接入服务商名称', '网站接入方式']));
  expect(one.groups['页面上未找到']).not.toEqual(expect.arrayContaining(['网站名称']));

  // Page two of the split: the rest, without the first block.
  const two = await context.newPage();
  await two.goto(page.url());
  await two.locator('#websiteIp').waitFor();
  await two.evaluate((drop) => {
    for (const r of document.querySelectorAll('table.form-table tr')) {
      const label = r.querySelector('td.label')?.textContent ?? '';
      if (drop.some((k) => label.includes(k))) r.remove();
    }
  }, FIRST);
  const r2 = await fillWithPanel(two, '杭州云栖示例科技有限公司');
  const s2 = await state(two);
  expect(s2).toMatchObject({ ispName: '阿里云计算有限公司', accessMode: '02' });
  expect([...s2.language].sort()).toEqual(['01', '05']);
  expect(s2.websiteName ?? '').toBe('');
  // reported by the dictionary's names of the values (the portal's 网站域名 is the site's 主域名)
  expect(r2.groups['页面上未找到']).toEqual(expect.arrayContaining(['网站名称', '主域名', 'IP', '网站开通日期']));
});
