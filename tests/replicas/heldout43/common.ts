/**
 * Shared bits of the gen-43 replica apps (no library code): generation 42's file re-exported (window.__replica, the
 * state snapshot, the region tree with async loading, the option lists and checks of FORMS.md, the area API's answer for
 * the server-rendered pages, the account's domains and resources answered late, the 公安 provider lists, the ID terms,
 * one region level as [code, name] pairs, the certificate types of a nature answered late, ...). Here: this generation's
 * asset prefix (it wins over the re-exported ones) and what generation 43 adds: FORMS §1.9's content list grouped as a
 * tree (a console's 网站服务内容 tree picker). Each app keeps its own widgets: no shared field kit.
 */
import { ICP_CONTENT } from '../heldout42/common';

/** The asset prefix of generation 43 (bundles, stylesheets, the old portal's area API). */
export const PREFIX = '/__heldout43/';

// everything of generation 42's (none of it uses its PREFIX): the same lists, checks and helpers
export * from '../heldout42/common';

/* ------------------------------------------------------------------ added in generation 43 */

/** FORMS §1.9 网站服务内容 as a two-level tree: the finance items (§1.9's last five and the banking ones) apart, the rest as 通用. */
const FINANCE = ['网上支付', '网上银行', '网上炒股/股票基金', '网络借贷信息中介', '互联网股权融资', '互联网保险', '互联网跨界金融及资产管理', '网上非银支付'];
export interface ContentNode { value: string; label: string; selectable?: boolean; children?: ContentNode[] }
export const ICP_CONTENT_TREE: ContentNode[] = [
  { value: 'g-common', label: '通用类', selectable: false, children: ICP_CONTENT.filter((c) => !FINANCE.includes(c)).map((c) => ({ value: c, label: c })) },
  { value: 'g-finance', label: '金融类（须前置审批）', selectable: false, children: FINANCE.map((c) => ({ value: c, label: c })) },
];
