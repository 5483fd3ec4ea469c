/** Developer tool: fill one replica page through the extension and print the panel's report and the page state. tsx scripts/dbg-fill.ts <page id> */
import { launchWithExtension } from './browser';
import { entityFor, fillOnce, importExample, routeAllReplicas } from './replica-run';

const context = await launchWithExtension();
const pages = await routeAllReplicas(context);
await importExample(context);
for (const id of process.argv.slice(2)) {
  const p = pages.find((x) => x.id === id)!;
  const page = await context.newPage();
  await page.goto(p.url);
  const run = await fillOnce(page, 'entity' in p ? (p as { entity: string }).entity : entityFor(p));
  console.log(id, JSON.stringify(run.groups, null, 1));
  console.log(JSON.stringify(await page.evaluate(() => window.__replica!.getState())).slice(0, 3000));
}
await context.close();
