/**
 * Shared bits of the gen-27 replica apps (no library code): generation 26's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer
 * for the server-rendered pages, the home-URL suggestions, one-line addresses, ID terms, the ICP filing-number checks,
 * the cloud instance rows, the 公安 yes / no wording). Here: this generation's asset prefix (it wins over the re-exported
 * ones) and what generation 27 adds (the values an entity held before a 变更 order, as a change page shows them).
 */

/** The asset prefix of generation 27 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout27/';

// everything of generation 26's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout26/common';

/* ------------------------------------------------------------------ added in generation 27 */

/** What the filed person entity 张伟 held before a 变更主体 order (the "原备案信息" column: stale values, not the profile's). */
export const OLD_PERSON_FILED = {
  mailAddress: '浙江省杭州市拱墅区莫干山路 12 号', mobile: '13500135000', emergency: '13900139000', email: 'zw@example.net', validity: '2008-03-01 至 2018-03-01',
};
