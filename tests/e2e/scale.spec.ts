/** An agency-sized profile (1,000 entities, 2,000 sites, 5,000 contacts) imports, lists virtualised and searches. Timings are in `npm run bench`. */
import { largeProfile } from '../../scripts/large-profile';
import { expect, importThroughUi, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

test('a large profile imports through 导入, lists virtualised and finds a record by name or domain', async ({ editor }) => {
  const file = { name: 'agency.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(largeProfile())) };
  await importThroughUi(editor, file);
  await expect(editor.getByRole('status')).toContainText('已导入：1000 个主体、5000 位人员、2000 个网站', { timeout: 60_000 });
  await editor.getByRole('tab', { name: '人员' }).click();
  const list = editor.getByRole('listbox', { name: '人员' });
  await expect(list).toHaveAttribute('data-count', '5000');
  expect(await list.getByRole('option').count()).toBeLessThan(60); // only what shows is rendered
  const search = editor.getByRole('searchbox', { name: '搜索' });
  await search.fill('联系人4321');
  await expect(list).toHaveAttribute('data-count', '1');
  await expect(list.getByRole('option')).toHaveText(/联系人4321/);
  await editor.getByRole('tab', { name: '网站' }).click();
  await editor.getByRole('searchbox', { name: '搜索' }).fill('example1999.cn');
  await expect(editor.getByRole('listbox', { name: '网站' }).getByRole('option')).toHaveText(/示例网站1999/);
});
