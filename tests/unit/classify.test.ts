// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { classify, headingRole, readPage, recognizeStep, unreadLabels, type PageSnapshot, type Reading, type SnapControl, type SnapItem } from '@/lib/forms/classify';
import { STEPS, expectedKeys } from '@/lib/forms/steps';
import { takeSnapshot } from '@/lib/dom/snapshot';
import { Panes } from '@/lib/dom/panes';
import { isDisabled, loadingNoteShown, readCurrent, setValue } from '@/lib/dom/drivers/engine';
import { matches } from '@/lib/fill/values';
import { namesSection } from '@/lib/forms/vocabulary';

// ── hand-built snapshots ──
let nextControl = 0;
let nextItem = 0;
function c(shape: SnapControl['shape'], extra: Partial<SnapControl> = {}): SnapControl {
  const current = shape === 'checkbox' || shape === 'switch' ? false : shape === 'upload' || shape === 'cascader' || shape === 'checkbox-group' || shape === 'multi-select' ? [] : '';
  return { id: nextControl++, shape, library: 'native', current, ...extra };
}
function item(label: string, headings: string[], controls: SnapControl[], extra: Partial<SnapItem> = {}): SnapItem {
  return { id: nextItem++, label, headings, controls, ...extra };
}
const snap = (items: SnapItem[], titles: string[] = []): PageSnapshot => ({ items, titles });
/** label → key (and status) of every reading. */
const keys = (rs: Reading[]) => rs.map((r) => [r.item.label, r.key, r.status]);
const one = (it: SnapItem, titles: string[] = []) => {
  const rs = classify(snap([it], titles));
  expect(rs).toHaveLength(1);
  return rs[0]!;
};
const parts = (r: Reading) => r.parts.map((p) => [p.part, p.control.id]);

// walks the page's panes (as the fill does) and returns which box each step showed, then which one is shown after restore
const shownAfterWalk = async (boxes: HTMLElement[]) => {
  const panes = new Panes(document);
  const seen: number[] = [];
  while (await panes.next()) seen.push(boxes.findIndex((b) => b.style.display !== 'none'));
  await panes.restore();
  return { seen, back: boxes.findIndex((b) => b.style.display !== 'none') };
};

describe('classify: roles from label prefixes and sections', () => {
  it('a role-prefixed label names its person (网站负责人姓名 → web.name)', () => {
    expect(one(item('网站负责人姓名', [], [c('text')]))).toMatchObject({ key: 'web.name', role: 'web', status: 'found' });
    expect(one(item('网站安全负责人手机号码', [], [c('text')])).key).toBe('security.mobile');
    expect(one(item('应急联络人电子邮箱', [], [c('text')])).key).toBe('emergency.email');
  });
  it('a 负责人 label under 主体负责人信息 is the principal\'s (负责人证件类型 → principal.certType)', () => {
    expect(one(item('负责人证件类型', ['主体负责人信息'], [c('select')]))).toMatchObject({ key: 'principal.certType', role: 'principal' });
    expect(one(item('负责人证件类型', ['网站负责人信息'], [c('select')])).key).toBe('web.certType');
  });
  it('the label that is a role itself is that person\'s name (法定代表人)', () => {
    expect(one(item('法定代表人', ['主办单位信息'], [c('text')])).key).toBe('legalRep.name');
  });
  it('主办者姓名 / 证件类型 / 证件号码 under 主办者信息 for an individual are the subject\'s (entity.*)', () => {
    const rs = classify(snap([
      item('主办者姓名', ['主办者信息'], [c('text')]),
      item('证件类型', ['主办者信息'], [c('select', { options: ['居民身份证', '护照', '台湾居民来往大陆通行证'] })]),
      item('证件号码', ['主办者信息'], [c('text')]),
    ]));
    expect(keys(rs)).toEqual([['主办者姓名', 'entity.name', 'found'], ['证件类型', 'entity.certType', 'found'], ['证件号码', 'entity.certNumber', 'found']]);
  });
  it('a label holding a synonym among words that add nothing is read as that synonym (是否提供互联网危险物品信息发布服务)', () => {
    const yesNo = { options: ['是', '否'] };
    expect(one(item('是否提供互联网危险物品信息发布服务', ['网站信息'], [c('radio', yesNo)]))).toMatchObject({ key: 'site.dangerousGoods', status: 'found' });
    expect(one(item('互联网信息服务类型', [], [c('radio', { options: ['网站', 'App'] })]))).toMatchObject({ key: 'site.serviceType', status: 'found' });
    // less sure than a whole synonym
    expect(one(item('是否提供互联网危险物品信息发布服务', ['网站信息'], [c('radio', yesNo)])).score).toBeLessThan(one(item('危险物品信息发布', ['网站信息'], [c('radio', yesNo)])).score);
  });
  it('是否为法定代表人 answered 是/否 is whether that section\'s or prefix\'s person is the legal representative', () => {
    expect(one(item('是否为法定代表人', ['主体负责人信息'], [c('radio', { options: ['是', '否'] })]))).toMatchObject({ key: 'principal.isLegalRep', status: 'found' });
    expect(one(item('网站负责人是否为法定代表人', ['上传资料'], [c('radio', { options: ['是', '否'] })]))).toMatchObject({ key: 'web.isLegalRep', status: 'found' });
    expect(one(item('负责人是否为法人代表人', ['负责人信息'], [c('radio', { options: ['是', '否'] })]))).toMatchObject({ key: 'principal.isLegalRep', status: 'found' });
  });
  it('证件照片 is the subject\'s licence under the subject\'s heading, a person\'s ID photos under that person\'s', () => {
    expect(one(item('证件照片', ['主体信息'], [c('upload')])).key).toBe('entity.licence');
    expect(one(item('证件照片', ['网站安全负责人'], [c('upload')])).key).toBe('security.idPhotos');
    expect(one(item('证件照片（人像面）', [], [c('upload')]), ['验证备案类型']).key).not.toBe('entity.licence');
  });
  it('words that change what is asked are not neutral (证件号码后六位 is no 证件号码)', () => {
    expect(one(item('证件号码后六位', ['主体负责人信息'], [c('text')])).key).toBe('principal.idLast6');
    expect(classify(snap([item('证件号码末位', ['主体负责人信息'], [c('text')])]))).toEqual([]);
    expect(classify(snap([item('证件号码编号', [], [c('text')])]))).toEqual([]);
  });
  it('one label naming two things (组织机构代码/接入商编码) is read by both halves', () => {
    expect(one(item('组织机构代码/接入商编码', [], [c('text')]))).toMatchObject({ key: 'provider.code', status: 'found' });
    expect(one(item('组织机构代码／接入商编码', ['网络接入服务商'], [c('text')]))).toMatchObject({ key: 'provider.code', status: 'found' });
  });
  it('证件住址 is the subject\'s certificate address, one line or region + detail', () => {
    expect(one(item('证件住址', [], [c('text')]))).toMatchObject({ key: 'entity.certAddress', status: 'found' });
    const cascader = c('cascader');
    const detail = c('text', { sub: '详细地址' });
    expect(parts(one(item('证件住址', ['主办单位信息'], [cascader, detail])))).toEqual([['region', cascader.id], ['detail', detail.id]]);
  });
  it('the same label in two sections is two values, not ambiguous (证件类型 under 主办单位 / 主体负责人)', () => {
    const rs = classify(snap([
      item('证件类型', ['主办单位信息'], [c('select')]),
      item('证件号码', ['主办单位信息'], [c('text')]),
      item('证件类型', ['主体负责人信息', '主办单位信息'], [c('select')]),
      item('证件号码', ['主体负责人信息', '主办单位信息'], [c('text')]),
    ]));
    expect(keys(rs)).toEqual([
      ['证件类型', 'entity.certType', 'found'], ['证件号码', 'entity.certNumber', 'found'],
      ['证件类型', 'principal.certType', 'found'], ['证件号码', 'principal.certNumber', 'found'],
    ]);
  });
  it('the same value asked twice in one section is ambiguous: neither is filled', () => {
    const rs = classify(snap([item('网站名称', ['网站信息'], [c('text')]), item('网站名称', ['网站信息'], [c('text')]), item('网站首页URL', ['网站信息'], [c('text')])]));
    expect(keys(rs)).toEqual([['网站名称', 'site.name', 'ambiguous'], ['网站名称', 'site.name', 'ambiguous'], ['网站首页URL', 'site.homeUrl', 'found']]);
    expect(rs[0]!.rivals).toEqual(['site.name']);
  });
  it('provider and registrar blocks by their sections (名称, 所属区域, 电话)', () => {
    const rs = classify(snap([
      item('名称', ['网络接入服务商', '网站基本信息'], [c('select')]),
      item('所属区域', ['网络接入服务商', '网站基本信息'], [c('cascader')]),
      item('电话', ['网络接入服务商', '网站基本信息'], [c('text')]),
      item('名称', ['域名注册服务商', '网站基本信息'], [c('select')]),
      item('所属区域', ['域名注册服务商', '网站基本信息'], [c('cascader')]),
      item('电话', ['域名注册服务商', '网站基本信息'], [c('text')]),
    ]));
    expect(keys(rs)).toEqual([
      ['名称', 'provider.name', 'found'], ['所属区域', 'provider.region', 'found'], ['电话', 'provider.phone', 'found'],
      ['名称', 'registrar.name', 'found'], ['所属区域', 'registrar.region', 'found'], ['电话', 'registrar.phone', 'found'],
    ]);
  });
  it('a person field no label or section names is the step\'s person, else the principal', () => {
    expect(one(item('手机号码', [], [c('text')])).key).toBe('principal.mobile'); // nobody named anywhere: the principal
    const rs = readPage('aliyun', snap([item('手机号码', [], [c('text')]), item('网站名称', [], [c('text')]), item('网站首页URL', [], [c('text')])], ['填写网站信息']));
    expect(rs.prior?.step).toBe('site');
    expect(rs.readings[0]!.key).toBe('web.mobile');
    // with two people named on the page, a person field outside both sections is not guessed
    expect(classify(snap([item('姓名', ['网站负责人信息'], [c('text')]), item('姓名', ['主体负责人信息'], [c('text')]), item('电子邮箱', [], [c('text')])])).map((r) => r.key)).toEqual(['web.name', 'principal.name']);
  });
});

describe('classify: shapes and options tell fields apart', () => {
  it('服务类型 as a select is the service type; as 是/否 radios the 公安 interactive answer', () => {
    expect(one(item('服务类型', [], [c('select', { options: ['网站应用服务', 'APP'] })])).key).toBe('site.serviceType');
    expect(one(item('服务类型', [], [c('select')])).key).toBe('site.serviceType');
    expect(one(item('服务类型', [], [c('radio', { options: ['是', '否'] })])).key).toBe('site.interactive');
    expect(one(item('服务类型', [], [c('radio', { options: ['交互式', '非交互式'] })])).key).toBe('site.interactive');
  });
  it('与主体负责人一致 answered 是 / 否 under the 网站负责人 section is web.sameAsPrincipal', () => {
    expect(one(item('与主体负责人一致', ['互联网信息服务负责人'], [c('radio', { options: ['是', '否'] })])).key).toBe('web.sameAsPrincipal');
  });
  it('备案服务类型 (网站 / App) and 备案云资源 on the basic step', () => {
    expect(one(item('备案服务类型', ['备案服务信息'], [c('radio', { options: ['网站', 'App'] })])).key).toBe('site.serviceType');
    // the old portal's 服务类型 list (00 www服务 … 15 app服务) is not the ICP service type: "App" fits only as a whole option
    expect(classify(snap([item('服务类型', [], [c('radio', { options: ['00 www服务', '01 wap服务', '15 app服务'] })])])).map((r) => r.key)).not.toContain('site.serviceType');
    expect(one(item('备案云资源', ['备案服务信息'], [c('select', { options: ['ECS 云服务器 i-bp1 公网IP 47.96.12.34'] })])).key).toBe('site.cloudResource');
  });
  it('a sub-heading naming a kind of information (联系方式 under 负责人信息) leaves whose to the heading above it', () => {
    expect(one(item('手机号码', ['联系方式', '负责人信息', '开办主体信息'], [c('text')])).key).toBe('principal.mobile');
    expect(one(item('电子邮箱', ['联系方式', '网站安全负责人'], [c('text')])).key).toBe('security.email');
    // a heading that names nobody is no sub-heading: no person is guessed under it
    expect(classify(snap([item('手机号码', ['其他人员信息', '负责人信息'], [c('text')])]))).toEqual([]);
  });
  it('是否长期有效 as its own 是/否 item, 《…》 title marks, 服务商名称 in a provider block, 备案服务号', () => {
    expect(one(item('是否长期有效', ['互联网信息服务负责人'], [c('radio', { options: ['是', '否'] })])).key).toBe('web.longTerm');
    expect(one(item('《ICP备案信息真实性承诺书》', ['上传资料'], [c('upload')])).key).toBe('entity.commitment');
    expect(one(item('服务商名称', ['网络接入服务商'], [c('select')])).key).toBe('provider.name');
    expect(one(item('服务商名称', ['域名注册服务商'], [c('select')])).key).toBe('registrar.name');
    expect(one(item('备案服务号', ['备案信息'], [c('text')])).key).toBe('site.filingServiceCode');
  });
  it('接入服务商所在地 is the provider\'s region', () => {
    expect(one(item('接入服务商所在地', ['接入信息'], [c('cascader')])).key).toBe('provider.region');
  });
  it('a lone 同主体负责人 box inside the 网站负责人 heading is web.sameAsPrincipal', () => {
    expect(one(item('网站负责人', ['网站负责人'], [c('checkbox', { sub: '同主体负责人' })]))).toMatchObject({ key: 'web.sameAsPrincipal', status: 'found' });
    expect(one(item('同主体负责人', ['网站负责人信息'], [c('checkbox', { sub: '同主体负责人' })])).key).toBe('web.sameAsPrincipal');
    expect(one(item('应急联络人', [], [c('checkbox', { sub: '同主体负责人' })])).key).toBe('emergency.sameAsPrincipal');
  });
  it('a 详细地址 item after a region-only address is that address\'s detail', () => {
    const region = c('cascader');
    const detail = c('text');
    const rs = classify(snap([item('通讯地址', ['主办单位信息'], [region]), item('详细地址', ['主办单位信息'], [detail])]));
    expect(keys(rs)).toEqual([['通讯地址', 'entity.mailingAddress', 'found']]);
    expect(parts(rs[0]!)).toEqual([['region', region.id], ['detail', detail.id]]);
    // three selects, then the detail
    const [p, ci, d, det] = [c('select'), c('select'), c('select'), c('text')];
    const three = classify(snap([item('证件住所', [], [p, ci, d]), item('详细地址', [], [det])]));
    expect(parts(three[0]!)).toEqual([['province', p.id], ['city', ci.id], ['district', d.id], ['detail', det.id]]);
    // an address whose item has its own detail takes no other
    const own = classify(snap([item('通讯地址', [], [c('cascader'), c('text')]), item('详细地址', [], [c('text')])]));
    expect(own[0]!.parts.map((x) => x.part)).toEqual(['region', 'detail']);
  });
  it('upload slots under a group label are named by their own captions, the group label telling whose (主体负责人资料: 负责人身份证正面)', () => {
    const rs = classify(snap([
      item('主办单位资料（杭州云栖示例科技有限公司）', ['上传资料'], [c('upload', { sub: '主体证件' })]),
      item('主体负责人资料', ['上传资料'], [c('upload', { sub: '负责人身份证正面' }), c('upload', { sub: '负责人身份证反面' })]),
      item('网站资料（云栖示例科技官网）', ['上传资料'], [c('upload', { sub: '域名证书' }), c('checkbox', { sub: '我已阅读并同意《ICP备案信息真实性承诺书》' })]),
    ]));
    expect(keys(rs)).toEqual([
      ['主体证件', 'entity.licence', 'found'], ['负责人身份证正面', 'principal.idFront', 'found'], ['负责人身份证反面', 'principal.idBack', 'found'], ['域名证书', 'site.domainCert', 'found'],
    ]); // the consent box beside 域名证书 is read as nothing
    // one upload under a label that names a value keeps that label, whatever its button says
    expect(one(item('主办单位证件', [], [c('upload', { sub: '点击上传' })])).key).toBe('entity.licence');
  });
  it('a label that is a party itself is that party\'s name (网络接入服务商, 域名注册服务商 on the old portal)', () => {
    expect(one(item('网络接入服务商', ['网站信息'], [c('select')])).key).toBe('provider.name');
    expect(one(item('域名注册服务商', ['网站信息'], [c('text')])).key).toBe('registrar.name');
  });
  it('captioned upload slots under one label are one value each (负责人证件: 证件正面 / 证件反面 / 手持证件)', () => {
    const rs = classify(snap([item('负责人证件', ['主体负责人信息'], [c('upload', { sub: '证件正面' }), c('upload', { sub: '证件反面' }), c('upload', { sub: '手持证件' })])]));
    expect(keys(rs)).toEqual([['证件正面', 'principal.idFront', 'found'], ['证件反面', 'principal.idBack', 'found'], ['手持证件', 'principal.idHandheld', 'found']]);
    // captions that say nothing alone are read with the label (负责人证件 + 正面)
    const short = classify(snap([item('负责人证件', ['主体负责人信息'], [c('upload', { sub: '正面' }), c('upload', { sub: '反面' })])]));
    expect(short.map((r) => r.key)).toEqual(['principal.idFront', 'principal.idBack']);
  });
  it('validity: a range with a 长期 box, two pickers, one end-date picker', () => {
    const [range, box] = [c('date-range'), c('checkbox', { sub: '长期' })];
    expect(parts(one(item('证件有效期', ['主体负责人信息'], [range, box])))).toEqual([['longTerm', box.id], ['range', range.id]]);
    const [from, to] = [c('date', { sub: '开始日期' }), c('date', { sub: '结束日期' })];
    expect(parts(one(item('证件有效期', ['主体负责人信息'], [from, to])))).toEqual([['from', from.id], ['to', to.id]]);
    const end = c('date', { sub: '截止日期' });
    expect(parts(one(item('证件有效期', ['主体负责人信息'], [end])))).toEqual([['to', end.id]]);
  });
  it('a list: rows when the item adds rows, a multi-select, or one line', () => {
    const rows = [c('text'), c('text')];
    expect(one(item('网站域名', [], rows, { add: true })).parts.map((p) => p.part)).toEqual(['row', 'row']);
    expect(one(item('网站域名', [], [c('text')], { add: true })).parts.map((p) => p.part)).toEqual(['row']);
    expect(one(item('网站域名', [], [c('text')])).parts.map((p) => p.part)).toEqual(['line']);
    expect(one(item('IP地址', [], [c('multi-select')])).parts.map((p) => p.part)).toEqual(['value']);
  });
  it('a shape the field never takes is not read as it (a date picker labelled 网站名称)', () => {
    expect(classify(snap([item('网站名称', [], [c('date')])]))).toEqual([]);
  });
  it('consent boxes, 验证码 and 提交 give no reading', () => {
    const rs = classify(snap([
      item('我已阅读并同意', [], [c('checkbox', { sub: '我已阅读并同意《备案服务协议》' })]),
      item('同意', [], [c('checkbox', { sub: '同意' })]),
      item('验证码', [], [c('text')]),
      item('短信验证码', [], [c('text')]),
      item('提交', [], [c('text')]),
    ]));
    expect(rs).toEqual([]);
  });
  it('an item without controls, or with an unknown label, gives no reading', () => {
    expect(classify(snap([item('网站名称', [], []), item('用户名', [], [c('text')]), item('密码', [], [c('text')])]))).toEqual([]);
  });
});

describe('classify: generation-12 shapes (validity length, end asked 长期 / 指定日期, material cards, instance tables)', () => {
  it('证件有效期 as a start, a 有效期限 select and a read-only end the page works out: from + span, the end left alone', () => {
    const from = c('date', { sub: '起始日期' });
    const span = c('select', { sub: '有效期限', options: ['五年', '十年', '二十年', '长期'] });
    const end = c('text', { sub: '截止日期（自动计算）', readOnly: true });
    const r = one(item('证件有效期', ['网站负责人信息'], [from, span, end]));
    expect(r.key).toBe('web.validity');
    expect(parts(r)).toEqual([['span', span.id], ['from', from.id]]);
  });
  it('an end date asked ○长期 ○指定日期 (the date shows on the second answer): the validity\'s 长期 answer', () => {
    const radio = c('radio', { options: ['长期', '指定日期'] });
    const r = one(item('证件有效期截止', ['主体负责人信息'], [radio]));
    expect(r.key).toBe('principal.validity');
    expect(parts(r)).toEqual([['longTerm', radio.id]]);
    // the date revealed beside it (指定日期) is the end date
    const date = c('date');
    expect(parts(one(item('证件有效期截止', ['主体负责人信息'], [radio, date])))).toEqual([['value', date.id]]);
  });
  it('a material card: one upload under a heading that names it, a note before the box (含签发机关和有效期限的一面)', () => {
    const rs = classify(snap([
      item('含照片的一面，四角完整、文字清晰', ['*身份证人像面'], [c('upload', { sub: '身份证人像面' })]),
      item('含签发机关和有效期限的一面', ['*身份证国徽面'], [c('upload', { sub: '含签发机关和有效期限的一面' })]),
    ]), { platform: 'aliyun' });
    expect(keys(rs)).toEqual([['*身份证人像面', 'principal.idFront', 'found'], ['*身份证国徽面', 'principal.idBack', 'found']]);
    // a heading over several items stays a section
    const two = classify(snap([item('含照片的一面', ['身份证国徽面'], [c('upload')]), item('说明', ['身份证国徽面'], [c('upload')])]), { platform: 'aliyun' });
    expect(two).toHaveLength(0);
  });
  it('a material card of two captioned boxes (人像面 / 国徽面) under a note: the card\'s title and each caption name the slots', () => {
    const rs = classify(snap([
      item('网站负责人身份证正反面，须在有效期内。', ['*网站负责人身份证', '上传资料'], [c('upload', { sub: '人像面' }), c('upload', { sub: '国徽面' })]),
    ]), { platform: 'tencent' });
    expect(keys(rs)).toEqual([['网站负责人身份证人像面', 'web.idFront', 'found'], ['网站负责人身份证国徽面', 'web.idBack', 'found']]);
    expect(rs.map((r) => r.item.headings)).toEqual([['上传资料'], ['上传资料']]);
    // a title that with the captions still names nothing leaves the note's item unread
    expect(classify(snap([item('须在有效期内。', ['*补充说明'], [c('upload', { sub: '人像面' }), c('upload', { sub: '国徽面' })])]), { platform: 'tencent' })).toHaveLength(0);
  });
  it('主体负责人 ○同法定代表人 ○其他人员: whether the principal is the legal representative', () => {
    const radio = item('主体负责人', ['主体负责人信息'], [c('radio', { options: ['同法定代表人', '其他人员'] })]);
    expect(readPage('baidu', snap([radio], ['填写主办者信息'])).readings.map((r) => r.key)).toEqual(['entity.principalIsLegalRep']);
    // a box for the name under the same label is the principal's name
    expect(one(item('主体负责人', ['主办单位信息'], [c('text')])).key).toBe('principal.name');
  });
  it('备案云资源: a radio per row of the account\'s instances is the choice; a list of resource kinds is not', () => {
    const rs = classify(snap([
      item('备案资源', [], [c('radio', { options: ['云服务器', '备案授权码'], current: '云服务器' })]),
      item('云服务器实例', [], [c('radio', { options: ['i-ycc3h7q2vz web-test 115.190.8.21 华北2（北京）', 'i-ycc8m2x4k7 zhangwei-notes 47.96.12.34 华东2（上海）'] })]),
    ]), { platform: 'volcengine' });
    expect(keys(rs)).toEqual([['云服务器实例', 'site.cloudResource', 'found']]);
  });
});

describe('classify: generation-13 shapes (an address asked in parts, questions asked under their value\'s label, the licence\'s validity)', () => {
  it('证件住所所在地区 (a cascader of its own) and 证件住所详细地址: the address\'s region and its detail', () => {
    const region = c('cascader');
    const detail = c('text');
    const rs = classify(snap([item('证件住所所在地区', ['主办单位信息'], [region]), item('证件住所详细地址', ['主办单位信息'], [detail])]));
    expect(rs.map((r) => [r.key, parts(r)])).toEqual([['entity.certAddressRegion', [['region', region.id]]], ['entity.certAddressDetail', [['detail', detail.id]]]]);
  });
  it('通讯地址 ○同证件住所 ○另行填写: whether the mailing address is the certificate\'s', () => {
    expect(one(item('通讯地址', ['主办单位信息'], [c('radio', { options: ['同证件住所', '另行填写'] })])).key).toBe('entity.mailingSameAsCert');
    // the address itself in a box stays the address
    expect(one(item('通讯地址', ['主办单位信息'], [c('text')])).key).toBe('entity.mailingAddress');
  });
  it('证件有效期是否有截止日期 ○有 ○无: the validity asked the other way round', () => {
    expect(one(item('证件有效期是否有截止日期', ['主体负责人信息'], [c('radio', { options: ['有', '无'] })])).key).toBe('principal.hasEnd');
  });
  it('营业期限 (起始 | 截止 | 长期) under the subject\'s certificate: the licence\'s own validity', () => {
    const from = c('date', { sub: '起始日期' });
    const to = c('date', { sub: '截止日期' });
    const lt = c('checkbox', { sub: '长期' });
    const r = one(item('营业期限', ['主办单位证件'], [from, to, lt]));
    expect(r.key).toBe('entity.certValidity');
    expect(parts(r)).toEqual([['longTerm', lt.id], ['from', from.id], ['to', to.id]]);
  });
  it('主体负责人为法定代表人 as a switch: whether the principal is the legal representative', () => {
    const sw = item('主体负责人为法定代表人', ['主体负责人信息'], [c('switch', { sub: '否' })]);
    expect(readPage('aliyun', snap([sw], ['填写主办者信息'])).readings.map((r) => r.key)).toEqual(['principal.isLegalRep']);
  });
});

describe('headingRole', () => {
  it.each([
    ['主体负责人信息', 'principal'], // the longest cue at the start: not the subject's (主体)
    ['主办单位信息', 'entity'],
    ['主办单位主体负责人', 'entity'], // the earliest cue wins
    ['网站负责人信息', 'web'],
    ['网站安全负责人', 'security'], // longer than 网站 / 安全负责人
    ['网站应急联络人', 'emergency'],
    ['网络接入服务商信息', 'provider'],
    ['域名注册服务商', 'registrar'],
    ['网站基本信息', 'site'],
    ['法定代表人信息', 'legalRep'],
    ['  主体 负责人：', 'principal'], // normalised
  ])('%s → %s', (h, role) => expect(headingRole(h)).toBe(role));
  it('a heading that names no role', () => {
    expect(headingRole('服务信息')).toBeUndefined();
    expect(headingRole('')).toBeUndefined();
  });
});

describe('recognizeStep / readPage', () => {
  const fake = (ks: readonly string[]) => ks.map((key) => ({ key }) as Reading);
  it.each(STEPS.map((p) => [p.platform, p.step, p] as const))('%s/%s from each of its titles', (platform, step, prior) => {
    for (const t of prior.titles) expect(recognizeStep(platform, snap([], [t]), [])?.step, t).toBe(step);
  });
  it.each(STEPS.filter((p) => p.expect.length).map((p) => [p.platform, p.step, p] as const))('%s/%s from its readings alone', (platform, step, prior) => {
    expect(recognizeStep(platform, snap([], []), fake(expectedKeys(prior, '单位')))?.step).toBe(step);
  });
  it('nothing from unrelated titles or one stray reading', () => {
    expect(recognizeStep('aliyun', snap([], ['登录']), [])).toBeUndefined();
    expect(recognizeStep('aliyun', snap([], []), fake(['site.name']))).toBeUndefined();
  });
  it('the old portal\'s 开办主体 step: its 开办主体性质 lists the old nature codes, read as the nature under the step too', () => {
    const items = [
      item('开办主体性质', ['开办主体信息'], [c('select', { options: ['企业', '个人', '个体经营', '事业单位', '军队', '政府机关'] })]),
      item('负责人姓名', ['负责人信息'], [c('text')]), item('证件号码', ['负责人信息'], [c('text')]),
    ];
    const { prior, readings } = readPage('beian-old', snap(items, ['开办主体管理']));
    expect(prior?.step).toBe('subject');
    expect(readings.map((r) => [r.key, r.status])).toEqual([['entity.nature', 'found'], ['principal.name', 'found'], ['principal.certNumber', 'found']]);
  });
  it('an unknown step: readPage still reads every field', () => {
    const items = [
      item('主办单位名称', [], [c('text')]), item('网站名称', [], [c('text')]), item('网络接入服务商名称', [], [c('select')]),
      item('网站负责人手机号码', [], [c('text')]), item('用户名', [], [c('text')]),
    ];
    const { prior, readings } = readPage('tencent', snap(items, ['第 3 步']));
    expect(prior).toBeUndefined();
    expect(readings.map((r) => r.key)).toEqual(['entity.name', 'site.name', 'provider.name', 'web.mobile']);
  });
  it('readPage uses the step it recognised as the prior for unmarked person fields', () => {
    const items = [item('手机号码', [], [c('text')]), item('电子邮箱', [], [c('text')]), item('证件有效期', [], [c('date'), c('date')])];
    expect(readPage('aliyun', snap(items, ['填写网站信息'])).readings.map((r) => r.key)).toEqual(['web.mobile', 'web.email', 'web.validity']);
    expect(readPage('aliyun', snap(items, ['填写主办者信息'])).readings.map((r) => r.key)).toEqual(['principal.mobile', 'principal.email', 'principal.validity']);
    expect(readPage('miit', snap([item('手机号码', [], [c('text')]), item('证件号码后六位', [], [c('text')])], ['短信核验']))).toMatchObject({
      prior: { step: 'sms' }, readings: [{ key: 'principal.mobile' }, { key: 'principal.idLast6' }],
    });
  });
});

// ── DOM fixtures through takeSnapshot ──
// happy-dom has no layout: getClientRects()/getBoundingClientRect() give zero sizes, and getComputedStyle
// gives '' for opacity (Number('') is 0), so isVisible (lib/dom/drivers/engine.ts) would call every
// element hidden and takeSnapshot would find no control. The setup below gives every element that is not
// display:none / [hidden] (itself or an ancestor) a 120×24 rect (and offset size), and a stylesheet gives every element an
// explicit opacity and visibility, so hidden ones are still told apart.
beforeAll(() => {
  const laidOut = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) if ((e as HTMLElement).hidden || getComputedStyle(e).display === 'none') return false;
    return true;
  };
  Element.prototype.getBoundingClientRect = function (this: Element) { return laidOut(this) ? new DOMRect(0, 0, 120, 24) : new DOMRect(0, 0, 0, 0); };
  Element.prototype.getClientRects = function (this: Element) { return (laidOut(this) ? [new DOMRect(0, 0, 120, 24)] : []) as unknown as DOMRectList; };
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get(this: HTMLElement) { return laidOut(this) ? 120 : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get(this: HTMLElement) { return laidOut(this) ? 24 : 0; } });
  const style = document.createElement('style');
  style.textContent = '* { opacity: 1; visibility: visible; }';
  document.head.append(style);
});

function page(html: string) {
  document.body.innerHTML = html;
  return takeSnapshot(document).snapshot;
}
const formItem = (label: string, content: string) =>
  `<div class="el-form-item"><label class="el-form-item__label">${label}</label><div class="el-form-item__content">${content}</div></div>`;
const elInput = (value = '', attrs = '') => `<div class="el-input${attrs.includes('disabled') ? ' is-disabled' : ''}"><div class="el-input__wrapper"><input class="el-input__inner" value="${value}" ${attrs}></div></div>`;
const elRadios = (opts: string[], checked?: string) =>
  `<div class="el-radio-group">${opts.map((o) => `<label class="el-radio${o === checked ? ' is-checked' : ''}"><span class="el-radio__input"><input type="radio" class="el-radio__original"${o === checked ? ' checked' : ''}></span><span class="el-radio__label">${o}</span></label>`).join('')}</div>`;
const elSelect = `<div class="el-select"><div class="el-select__wrapper"><span class="el-select__placeholder is-transparent">请选择</span></div></div>`;

describe('takeSnapshot + readPage on DOM fixtures (happy-dom)', () => {
  it('the layout stub makes controls visible and keeps display:none ones out', () => {
    const s = page(`${formItem('网站名称', elInput())}<div style="display:none">${formItem('网站首页URL', elInput())}</div>`);
    expect(s.items.map((i) => i.label)).toEqual(['网站名称']);
  });

  it('Element Plus form items under card headers, the active step title, disabled and current values', () => {
    const s = page(`
      <div class="el-steps"><div class="el-step"><div class="el-step__title is-finish">验证备案类型</div></div><div class="el-step"><div class="el-step__title is-process">填写主办者信息</div></div></div>
      <div class="el-card"><div class="el-card__header">主办单位信息</div><div class="el-card__body"><form class="el-form">
        ${formItem('主办单位名称', elInput('杭州云栖示例科技有限公司'))}
        ${formItem('证件类型', elRadios(['营业执照（个人或企业）', '统一社会信用代码证书'], '营业执照（个人或企业）'))}
        ${formItem('证件号码', elInput('', 'disabled'))}
        ${formItem('通讯地址', `<div class="el-cascader">${elInput()}</div>`)}
        ${formItem('详细地址', elInput())}
      </form></div></div>
      <div class="el-card"><div class="el-card__header">主体负责人信息</div><div class="el-card__body"><form class="el-form">
        ${formItem('姓名', elInput())}
        ${formItem('证件类型', elSelect)}
        ${formItem('证件有效期', `<div class="el-date-editor el-range-editor"><input placeholder="开始日期"><span>至</span><input placeholder="结束日期"></div><label class="el-checkbox"><span class="el-checkbox__input"><input type="checkbox"></span><span class="el-checkbox__label">长期</span></label>`)}
        ${formItem('负责人证件', ['证件正面', '证件反面', '手持证件'].map((cap) => `<div class="slot"><div class="el-upload"><input type="file"></div><div class="caption">${cap}</div></div>`).join(''))}
      </form></div></div>`);
    expect(s.titles).toEqual(['填写主办者信息']);
    expect(s.items.find((i) => i.label === '证件号码')!.controls[0]).toMatchObject({ shape: 'text', library: 'element', disabled: true });
    expect(s.items.find((i) => i.label === '主办单位名称')!.controls[0]!.current).toBe('杭州云栖示例科技有限公司');
    expect(s.items.find((i) => i.label === '姓名')!.headings[0]).toBe('主体负责人信息');
    const { prior, readings } = readPage('aliyun', s);
    expect(prior?.step).toBe('subject');
    expect(keys(readings)).toEqual([
      ['主办单位名称', 'entity.name', 'found'], ['证件类型', 'entity.certType', 'found'], ['证件号码', 'entity.certNumber', 'found'], ['通讯地址', 'entity.mailingAddress', 'found'],
      ['姓名', 'principal.name', 'found'], ['证件类型', 'principal.certType', 'found'], ['证件有效期', 'principal.validity', 'found'],
      ['证件正面', 'principal.idFront', 'found'], ['证件反面', 'principal.idBack', 'found'], ['手持证件', 'principal.idHandheld', 'found'],
    ]);
    const by = (k: string) => readings.find((r) => r.key === k)!;
    expect(by('entity.certType').parts[0]!.control).toMatchObject({ shape: 'radio', current: '营业执照（个人或企业）', options: ['营业执照（个人或企业）', '统一社会信用代码证书'] });
    expect(by('entity.mailingAddress').parts.map((p) => [p.part, p.control.shape])).toEqual([['region', 'cascader'], ['detail', 'text']]);
    expect(by('principal.validity').parts.map((p) => [p.part, p.control.shape])).toEqual([['longTerm', 'checkbox'], ['range', 'date-range']]);
  });

  it('an el-descriptions bordered table: th labels, td controls, the descriptions title as the section', () => {
    const s = page(`<div class="el-descriptions"><div class="el-descriptions__header"><div class="el-descriptions__title">网站负责人信息</div></div>
      <table class="el-descriptions__table is-bordered"><tbody>
        <tr><th class="el-descriptions__label">姓名</th><td class="el-descriptions__content">${elInput()}</td><th class="el-descriptions__label">手机号码</th><td class="el-descriptions__content">${elInput()}</td></tr>
        <tr><th class="el-descriptions__label">证件号码</th><td class="el-descriptions__content">${elInput()}</td><th class="el-descriptions__label">电子邮箱</th><td class="el-descriptions__content">${elInput()}</td></tr>
      </tbody></table></div>`);
    expect(s.items.map((i) => [i.label, i.headings[0]])).toEqual([['姓名', '网站负责人信息'], ['手机号码', '网站负责人信息'], ['证件号码', '网站负责人信息'], ['电子邮箱', '网站负责人信息']]);
    expect(readPage('aliyun', s).readings.map((r) => r.key)).toEqual(['web.name', 'web.mobile', 'web.certNumber', 'web.email']);
  });

  it('an inline-vertical descriptions row (Arco): each cell holds its own label over its control, three items, not one', () => {
    const cell = (label: string) => `<td class="arco-descriptions-item"><div class="arco-descriptions-item-label-inline"><span><i>*</i>${label}</span></div><div class="arco-descriptions-item-value-inline"><input class="arco-input" value=""></div></td>`;
    const s = page(`<div class="arco-descriptions arco-descriptions-layout-inline-vertical"><div class="arco-descriptions-title">主体负责人</div><div class="arco-descriptions-body">
      <table class="arco-descriptions-table"><tbody><tr class="arco-descriptions-row">${cell('主体负责人姓名')}${cell('负责人证件号码')}${cell('负责人手机号码')}</tr></tbody></table></div></div>`);
    expect(s.items.map((i) => [i.label, i.controls.length])).toEqual([['主体负责人姓名', 1], ['负责人证件号码', 1], ['负责人手机号码', 1]]);
    expect(readPage('aliyun', s).readings.map((r) => r.key)).toEqual(['principal.name', 'principal.certNumber', 'principal.mobile']);
  });

  it('an input group\'s addon (http://) is the box\'s own text, never its label: the caption above names it', () => {
    const s = page(`<div class="row"><label>网站名称</label><div><span class="next-input"><input value=""></span></div></div>
      <div class="row"><label>网站首页URL</label><div class="ctl"><span class="next-input-group"><span class="next-input-group-addon next-before">http://</span><span class="next-input"><input placeholder="www.example.cn" value=""></span></span></div></div>`);
    expect(s.items.map((i) => i.label)).toEqual(['网站名称', '网站首页URL']);
    expect(readPage('aliyun', s).readings.map((r) => r.key)).toEqual(['site.name', 'site.homeUrl']);
  });

  it('a data table of materials (资料名称 | 要求 | 上传): each row named by its first cell, the notes between neither label nor section', () => {
    const row = (name: string, note: string) => `<tr><td class="el-table__cell"><div class="cell"><span class="u-req">*</span>${name}</div></td><td class="el-table__cell"><div class="cell"><strong>${note}</strong></div></td><td class="el-table__cell"><div class="cell"><div class="el-upload"><input type="file"></div></div></td></tr>`;
    const s = page(`<div class="el-card"><div class="el-card__header">主体资料</div><div class="el-card__body"><div class="el-table">
      <div class="el-table__header-wrapper"><table><thead><tr><th><div class="cell">资料名称</div></th><th><div class="cell">要求</div></th><th><div class="cell">上传</div></th></tr></thead></table></div>
      <div class="el-table__body-wrapper"><table><tbody>${row('主体证件（营业执照）', '营业执照原件的彩色扫描件')}${row('主体负责人身份证（人像面）', '法定代表人身份证原件')}${row('网站负责人身份证（国徽面）', '有效期需在 3 个月以上')}</tbody></table></div>
    </div></div></div>`);
    expect(s.items.map((i) => [i.label, i.headings[0]])).toEqual([['主体证件（营业执照）', '主体资料'], ['主体负责人身份证（人像面）', '主体资料'], ['网站负责人身份证（国徽面）', '主体资料']]);
    expect(readPage('aliyun', s).readings.map((r) => r.key)).toEqual(['entity.licence', 'principal.idFront', 'web.idBack']);
  });

  it('a comparison table (a field per row, a role per column, a copy tick in each column head): the column\'s role names each cell, also alone in its row, and its tick', () => {
    const row = (label: string, a: string, b?: string) => `<tr><th scope="row"><i>*</i>${label}</th><td>${a}</td>${b ? `<td>${b}</td>` : '<td>—</td>'}</tr>`;
    const head = (role: string) => `<th scope="col">${role}<br><span><input type="checkbox"> 同开办主体负责人</span></th>`;
    const s = page(`<h3>网站负责人信息</h3><table><thead><tr><th scope="col">项目</th>${head('网站安全负责人')}${head('网站应急联络人')}</tr></thead><tbody>
      ${row('姓名', '<input type="text">', '<input type="text">')}${row('证件号码', '<input type="text">', '<input type="text">')}${row('电子邮件地址', '<input type="text">')}</tbody></table>`);
    expect(s.items.filter((i) => i.controls[0]?.shape === 'text').map((i) => i.label)).toEqual(['网站安全负责人姓名', '网站应急联络人姓名', '网站安全负责人证件号码', '网站应急联络人证件号码', '网站安全负责人电子邮件地址']);
    // (the copy ticks in the heads are each column's 同开办主体负责人 question)
    expect(readPage('beian-old', s).readings.map((r) => r.key)).toEqual(['security.sameAsPrincipal', 'emergency.sameAsPrincipal', 'security.name', 'emergency.name', 'security.certNumber', 'emergency.certNumber', 'security.email']);
  });

  it('materials as rows of name | rule | upload: a long name in title marks is the slot\'s caption, the rule beside it is not', () => {
    const row = (name: string, rule: string) => `<div class="mat-row"><div class="mat-name"><span>* </span>${name}</div><div class="mat-rule">${rule}</div><div><div class="el-upload"><input type="file"></div></div></div>`;
    const s = page(`<h2>上传资料</h2>${row('营业执照', '上传营业执照原件彩色扫描件或照片，jpg/png，不超过 4MB')}${row('《ICP备案信息真实性承诺书》', '下载模板，打印后由主体负责人签字并加盖公章')}`);
    expect(readPage('aliyun', s).readings.map((r) => r.key)).toEqual(['entity.licence', 'entity.commitment']);
  });
  it('labels with an English line (主办单位名称 Organizer name) are read by their Chinese words', () => {
    const s = page(`${formItem('主办单位名称<br><span>Organizer name</span>', elInput())}${formItem('服务器公网IP<br><span>Public IP</span>', elInput())}${formItem('网站首页URL', elInput())}`);
    expect(readPage('aliyun', s).readings.map((r) => r.key)).toEqual(['entity.name', 'site.ips', 'site.homeUrl']);
  });
  it('an English line that starts with an acronym (证件类型ID type) is dropped too; 服务器公网IP keeps its IP', () => {
    const s = page(`<h3>互联网信息服务负责人</h3>${formItem('证件类型<br><span>ID type</span>', elInput())}${formItem('证件号码ID number', elInput())}${formItem('服务器公网IPPublic IP', elInput())}`);
    expect(readPage('aliyun', s).readings.map((r) => r.key)).toEqual(['web.certType', 'web.certNumber', 'site.ips']);
  });
  it('a row of text boxes under a label that names nothing (联系方式) is one item per box, named by its placeholder', () => {
    const boxes = ['手机号码', '应急联系电话', '电子邮箱', '办公室电话（选填）'].map((ph) => `<input placeholder="${ph}">`).join('');
    const s = page(`<h3>网站负责人</h3>${formItem('联系方式', boxes)}`);
    expect(readPage('aliyun', s).readings.map((r) => [r.item.label, r.key])).toEqual([
      ['手机号码', 'web.mobile'], ['应急联系电话', 'web.emergencyPhone'], ['电子邮箱', 'web.email'], ['办公室电话（选填）', 'web.landline'],
    ]);
  });
  it('a landline split into 区号 | 号码 (| 分机号) boxes is one value in pieces; two unnamed boxes stay unread', () => {
    const s = page(`<h3>负责人信息</h3>${formItem('办公室电话', '<input placeholder="区号"><span>-</span><input placeholder="号码"><input placeholder="分机号（选填）">')}`);
    const [r] = readPage('mps', s).readings;
    expect(r!.key).toBe('principal.landline');
    expect(r!.parts.map((p) => p.part)).toEqual(['areaCode', 'localNumber', 'extension']);
    const t = page(`<h3>负责人信息</h3>${formItem('办公室电话', '<input><input>')}`);
    expect(readPage('mps', t).readings).toEqual([]);
  });
  it('a select\'s prompt (请选择证件类型) heads nothing: the fields after it keep their person', () => {
    const s = page(`<h3>主体负责人信息</h3>${formItem('证件类型', '<select><option value="">请选择证件类型</option><option>居民身份证</option></select>')}<div class="hint-title">请选择证件类型</div>${formItem('证件号码', elInput())}`);
    expect(readPage('aliyun', s).readings.map((r) => r.key)).toEqual(['principal.certType', 'principal.certNumber']);
  });
  it('a title bar in bold naming a person is a section heading, though no tag or class says so', () => {
    const box = (title: string) => `<div class="box"><div class="bar" style="font-weight:600"><span>${title}</span><span style="font-weight:400">与主体负责人一致</span></div>${formItem('手机号码', elInput())}${formItem('电子邮件地址', elInput())}</div>`;
    const s = page(box('网站安全负责人') + box('网站应急联络人'));
    expect(s.items.map((i) => i.headings[0])).toEqual(['网站安全负责人', '网站安全负责人', '网站应急联络人', '网站应急联络人']);
    expect(readPage('mps', s).readings.map((r) => r.key)).toEqual(['security.mobile', 'security.email', 'emergency.mobile', 'emergency.email']);
    // a bold option title that names nobody (个人) is no heading
    const t = page(`<h3>主体负责人</h3><div style="font-weight:600">个人</div>${formItem('手机号码', elInput())}`);
    expect(t.items[0]!.headings[0]).toBe('主体负责人');
  });
  it('in a pane of tabs, the tab\'s title is the heading of the pane\'s fields (not of the panes after it)', () => {
    const s = page(`<div role="tablist"><div role="tab" id="t1" aria-controls="p1" aria-selected="false">主办单位信息</div><div role="tab" id="t2" aria-controls="p2" aria-selected="true">主体负责人信息</div></div>
      <div role="tabpanel" id="p1" aria-labelledby="t1" style="display:none">${formItem('证件号码', elInput())}</div>
      <div role="tabpanel" id="p2" aria-labelledby="t2">${formItem('证件号码', elInput())}${formItem('手机号码', elInput())}</div>`);
    expect(s.items.map((i) => [i.label, i.headings[0]])).toEqual([['证件号码', '主体负责人信息'], ['手机号码', '主体负责人信息']]);
    expect(readPage('aliyun', s).readings.map((r) => r.key)).toEqual(['principal.certNumber', 'principal.mobile']);
  });
  it('an accordion (a tablist holding its panels) keeps the headings inside its open panel', () => {
    const s = page(`<div role="tablist" class="acc"><div role="tab" id="h3" aria-expanded="true">第 3 步 负责人信息</div>
      <div role="tabpanel" aria-labelledby="h3"><h4>网站安全负责人</h4>${formItem('手机号码', elInput())}<h4>网站应急联络人</h4>${formItem('手机号码', elInput())}</div></div>`);
    expect(s.items.map((i) => i.headings[0])).toEqual(['网站安全负责人', '网站应急联络人']);
    expect(readPage('mps', s).readings.map((r) => r.key)).toEqual(['security.mobile', 'emergency.mobile']);
  });
  it('a 手机号码 input with a +86 select drawn inside it: its own box is written, not the select\'s', () => {
    const s = page(formItem('手机号码', `<div class="el-input el-input-group el-input-group--prepend"><div class="el-input-group__prepend"><div class="el-select"><div class="el-select__wrapper"><input class="el-select__input" readonly value="+86"></div></div></div><div class="el-input__wrapper"><input class="el-input__inner" value="13600136000"></div></div>`));
    expect(s.items[0]!.controls.filter((c) => c.shape === 'text').map((c) => c.current)).toEqual(['13600136000']);
  });
  it('a list with no row yet (从域名 and only a + 添加从域名 button) is an item the fill adds rows to', () => {
    const s = page(`${formItem('网站名称', elInput())}${formItem('从域名', '<button type="button">+ 添加从域名</button>')}${formItem('人脸核验', '<button type="button">开始核验</button>')}`);
    expect(s.items.map((i) => [i.label, !!i.add, i.controls.map((c) => !!c.noRow)])).toEqual([['网站名称', false, [false]], ['从域名', true, [true]]]);
    const r = readPage('aliyun', s).readings.find((x) => x.item.label === '从域名')!;
    expect([r.key, r.parts.map((p) => p.part)]).toEqual(['site.otherDomains', ['row']]);
  });
  it('a date drawn as three selects (年 / 月 / 日) is one date control, read as YYYY-MM-DD', () => {
    const sel = (opts: string[]) => `<select>${['<option value="">请选择</option>', ...opts.map((o) => `<option value="${o}">${o}</option>`)].join('')}</select>`;
    const years = Array.from({ length: 30 }, (_, i) => `${2000 + i}年`);
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    const days = Array.from({ length: 31 }, (_, i) => String(i + 1).padStart(2, '0'));
    page(`<div class="form-item"><span class="label">证件有效期起</span><span>${sel(years)}${sel(months)}${sel(days)}</span></div>`);
    const [y, m, d] = [...document.querySelectorAll('select')];
    y!.value = '2018年'; m!.value = '3月'; d!.value = '01';
    const s = takeSnapshot(document).snapshot;
    expect(s.items.map((i) => [i.label, i.controls.map((c) => [c.shape, c.current])])).toEqual([['证件有效期起', [['date', '2018-03-01']]]]);
  });
  it('a date drawn as three number boxes (□年 □月 □日, a stepper\'s buttons between) is one date control', () => {
    const box = (unit: string, value: string, attrs = '') => `<span><span class="next-number-picker"><span class="next-input"><input value="${value}" ${attrs}><span class="next-input-control"><button type="button"></button></span></span></span><span>${unit}</span></span>`;
    const s = page(formItem('网站开通日期', `<div>${box('年', '2025')}${box('月', '11')}${box('日', '20')}</div>`));
    expect(s.items.map((i) => [i.label, i.controls.map((c) => [c.shape, c.current])])).toEqual([['网站开通日期', [['date', '2025-11-20']]]]);
    expect(readPage('mps', s).readings.map((r) => r.key)).toEqual(['site.openedAt']);
    // named by their number ranges alone (no unit text)
    const t = page(formItem('网站开通日期', `<input min="1990" max="2100"><input min="1" max="12"><input min="1" max="31">`));
    expect(t.items[0]!.controls.map((c) => c.shape)).toEqual(['date']);
    // two boxes that are not a date stay boxes
    expect(page(formItem('办公室电话', `<input placeholder="区号"><input placeholder="号码">`)).items[0]!.controls.map((c) => c.shape)).toEqual(['text', 'text']);
  });
  it('toggle tags (TDesign CheckTagGroup, antd CheckableTag) are a group of boxes, checked by class', () => {
    const td = (o: string, on = false) => `<div class="t-tag t-tag--check${on ? ' t-tag--checked' : ''}"><span>${o}</span></div>`;
    const s = page(`<div class="t-form__item"><label class="t-form__label">网站语言</label><div class="t-check-tag-group">${td('中文简体', true)}${td('英语')}</div></div>`);
    expect(s.items[0]!.controls.map((c) => [c.shape, c.options, c.current])).toEqual([['checkbox-group', ['中文简体', '英语'], ['中文简体']]]);
    const ad = (o: string, on = false) => `<span class="ant-tag ant-tag-checkable${on ? ' ant-tag-checkable-checked' : ''}">${o}</span>`;
    const a = page(`<div class="ant-form-item"><div class="ant-form-item-label"><label>网站语言</label></div><div>${ad('中文简体')}${ad('英语', true)}</div></div>`);
    expect(a.items[0]!.controls.map((c) => [c.shape, c.current])).toEqual([['checkbox-group', ['英语']]]);
    expect(readPage('aliyun', a).readings.map((r) => r.key)).toEqual(['site.languages']);
  });
  it('a box with a 添加 button beside it (antd spaces it: 添 加) is a list the button adds to', () => {
    const s = page(`<div class="ant-form-item"><div class="ant-form-item-label"><label>网站IP</label></div><div><input class="ant-input" placeholder="请输入 IP"><button type="button"><span>添 加</span></button></div></div>`);
    expect(s.items.map((i) => [i.label, !!i.add])).toEqual([['网站IP', true]]);
    expect(readPage('mps', s).readings.map((r) => [r.key, r.parts.map((p) => p.part)])).toEqual([['site.ips', ['row']]]);
  });
  it('an example picture\'s caption (示例) names no upload: the card\'s title does', () => {
    const card = (title: string) => `<div class="slot"><h4>${title}<span>*</span></h4><div class="body"><div class="sample"><img alt=""><div>示例</div></div><div><span class="ant-upload-wrapper"><input type="file"></span></div></div></div>`;
    const s = page(`<div>主体资料</div>${card('营业执照')}${card('主体负责人身份证 · 人像面')}`);
    expect(readPage('aliyun', s).readings.map((r) => [r.item.label.replace(/[*\s]/g, ''), r.key])).toEqual([['营业执照', 'entity.licence'], ['主体负责人身份证·人像面', 'principal.idFront']]);
  });
  it('a card\'s title heads its own card only: in a grid of cards, a card whose title is its upload\'s name is not under the card before it', () => {
    const card = (title: string, note: string) => `<div class="mat-card"><h4>${title}</h4><div class="mat-note">${note}</div><div class="sample">示例图</div><div class="tiny-upload"><input type="file"></div></div>`;
    const s = page(`<div class="grp-title">其他</div><div class="mat-grid">${card('*备案承诺书', '法定代表人签字并加盖公章后上传')}${card('域名证书（选填）', '域名持有者须为主办单位')}${card('其他补充材料（选填）', '管局要求的其他材料')}</div>`);
    expect(s.items.map((i) => i.headings[0])).toEqual(['其他', '其他', '其他']);
    expect(readPage('aliyun', s).readings.map((r) => r.key)).toEqual(['entity.commitment', 'site.domainCert']);
    // a title bar holding a question (信息来源 ○同开办主体 ○另行填写) still heads its card's fields
    const head = `<div class="next-card"><div class="next-card-head"><div class="next-card-title">网站安全负责人</div><span>信息来源</span><div class="next-radio-group">${['同开办主体', '另行填写'].map((o) => `<label class="next-radio-wrapper"><span class="next-radio"><input type="radio"></span><span class="next-radio-label">${o}</span></label>`).join('')}</div></div>`;
    const fusionItem = (l: string) => `<div class="next-form-item"><div class="next-form-item-label"><label>${l}</label></div><div class="next-form-item-control"><span class="next-input"><input></span></div></div>`;
    const h = page(`${head}<div class="next-card-body"><form class="next-form">${fusionItem('姓名')}${fusionItem('证件号码')}</form></div></div>`);
    expect(h.items.map((i) => [i.label, i.headings[0]])).toEqual([['信息来源', undefined], ['姓名', '网站安全负责人'], ['证件号码', '网站安全负责人']]);
    // a rowspan section cell sits in its first row only, and heads every row it spans
    const row = (label: string, head = '') => `<tr>${head}<td>${label}</td><td><input type="text"></td></tr>`;
    const t = page(`<table><tbody>${row('名称', '<th rowspan="2" style="font-weight:700">网络接入服务商</th>')}${row('电话')}${row('名称', '<th rowspan="2" style="font-weight:700">域名注册服务商</th>')}${row('电话')}</tbody></table>`);
    expect(t.items.map((i) => [i.label, i.headings[0]])).toEqual([['名称', '网络接入服务商'], ['电话', '网络接入服务商'], ['名称', '域名注册服务商'], ['电话', '域名注册服务商']]);
  });
  it('a form inside an open shadow root (a micro-frontend host) is read as a part of the page', () => {
    document.body.innerHTML = `<h2>控制台</h2><micro-app-host></micro-app-host>${formItem('网站名称', elInput())}`;
    const host = document.querySelector('micro-app-host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    // (the layout stub's opacity rule, as the document has it: happy-dom gives '' otherwise)
    shadow.innerHTML = `<style>* { opacity: 1; visibility: visible; }</style><h3>主办者信息</h3>${formItem('证件号码', elInput())}${formItem('手机号码', elInput())}`;
    const s = takeSnapshot(document).snapshot;
    expect(s.items.map((i) => [i.label, i.headings[0]])).toEqual([['网站名称', '控制台'], ['证件号码', '主办者信息'], ['手机号码', '主办者信息']]);
    expect(new Set(s.items.flatMap((i) => i.controls.map((c) => c.id))).size).toBe(3);
  });
  it('a textarea is a text box of several lines (a list goes in a line each)', () => {
    const s = page(`${formItem('网站IP', '<div class="el-textarea"><textarea class="el-textarea__inner"></textarea></div>')}${formItem('网站名称', elInput())}`);
    expect(s.items.map((i) => [i.label, i.controls[0]!.shape, !!i.controls[0]!.multiline])).toEqual([['网站IP', 'text', true], ['网站名称', 'text', false]]);
  });
  it('a caption inside the item (证件正面 over its upload card) is no section heading: the slots are the block\'s person\'s', () => {
    const card = (cap: string) => `<div class="slot"><div class="el-upload__title">${cap}</div><div class="el-upload"><input type="file"></div></div>`;
    const s = page(`<div class="el-card"><div class="el-card__header">网站安全负责人</div><div class="el-card__body">
      ${formItem('证件照片', card('证件正面') + card('证件反面') + card('手持证件照'))}</div></div>`);
    expect(s.items[0]!.headings).toEqual(['网站安全负责人']);
    expect(readPage('mps', s).readings.map((r) => r.key)).toEqual(['security.idFront', 'security.idBack', 'security.idHandheld']);
  });

  it('a plain <table> with <td> labels and no <label for>: provider and registrar by the headings above', () => {
    const s = page(`
      <h3>网站基本信息</h3>
      <table><tr><td>网站名称</td><td><input type="text"></td></tr>
        <tr><td>网站开通日期</td><td><input type="date"></td></tr>
        <tr><td>服务类型</td><td><input type="radio" name="i" id="i1" value="1"><label for="i1">是</label><input type="radio" name="i" id="i2" value="0"><label for="i2">否</label></td></tr></table>
      <h3>网络接入服务商</h3>
      <table><tr><td>名称</td><td><select><option value="">请选择</option><option value="a">阿里云计算有限公司</option></select></td></tr><tr><td>电话</td><td><input></td></tr></table>
      <h3>域名注册服务商</h3>
      <table><tr><td>名称</td><td><select><option value="">请选择</option><option value="b">阿里云计算有限公司（原万网）</option></select></td></tr><tr><td>电话</td><td><input></td></tr></table>
      <table><tr><td>验证码</td><td><input></td></tr><tr><td colspan="2"><button>提交</button></td></tr></table>`);
    const radio = s.items.find((i) => i.label === '服务类型')!.controls;
    expect(radio).toHaveLength(1);
    expect(radio[0]).toMatchObject({ shape: 'radio', options: ['是', '否'], current: '' });
    const { prior, readings } = readPage('mps', s);
    expect(prior?.step).toBe('site');
    expect(keys(readings)).toEqual([
      ['网站名称', 'site.name', 'found'], ['网站开通日期', 'site.openedAt', 'found'], ['服务类型', 'site.interactive', 'found'],
      ['名称', 'provider.name', 'found'], ['电话', 'provider.phone', 'found'], ['名称', 'registrar.name', 'found'], ['电话', 'registrar.phone', 'found'],
    ]);
    expect(readings.find((r) => r.key === 'provider.name')!.parts[0]!.control.options).toEqual(['阿里云计算有限公司']);
  });

  it('native inputs with <label for>, radios wrapped per option, fieldsets with legends, 同主体负责人, consent and 验证码', () => {
    const s = page(`
      <fieldset><legend>主体负责人信息</legend>
        <div><label for="n">姓名</label><input id="n" value="李娜"></div>
        <div><label for="m">手机号码</label><input id="m" type="tel"></div>
        <div class="form-item"><span class="label">证件类型</span><span><label><input type="radio" name="t" value="1">居民身份证</label><label><input type="radio" name="t" value="2" checked>护照</label></span></div>
      </fieldset>
      <fieldset><legend>网站负责人信息</legend>
        <div><label><input type="checkbox" id="same">同主体负责人</label></div>
        <div><label for="n2">姓名</label><input id="n2"></div>
      </fieldset>
      <div><label><input type="checkbox">我已阅读并同意《备案服务协议》</label></div>
      <div><label for="cap">验证码</label><input id="cap"></div>
      <button type="submit">提交</button>`);
    const { readings } = readPage('aliyun', s);
    expect(keys(readings)).toEqual([
      ['姓名', 'principal.name', 'found'], ['手机号码', 'principal.mobile', 'found'], ['证件类型', 'principal.certType', 'found'],
      ['网站负责人信息', 'web.sameAsPrincipal', 'found'], ['姓名', 'web.name', 'found'], // the box's item is named by the legend just before it
    ]);
    const by = (k: string) => readings.find((r) => r.key === k)!;
    expect(by('principal.name').parts[0]!.control.current).toBe('李娜');
    expect(by('principal.certType').parts[0]!.control).toMatchObject({ shape: 'radio', options: ['居民身份证', '护照'], current: '护照' });
    expect(by('web.sameAsPrincipal').parts[0]!.control).toMatchObject({ shape: 'checkbox', current: false });
    expect(s.items.some((i) => i.label.includes('提交'))).toBe(false);
  });
});

describe('cases found by reviewing the engine', () => {
  it('单位名称 under 主办单位信息 is the subject\'s name; under 网络接入服务商 the provider\'s', () => {
    expect(one(item('单位名称', ['主办单位信息'], [c('text')])).key).toBe('entity.name');
    expect(one(item('单位名称', ['网络接入服务商'], [c('select')])).key).toBe('provider.name');
  });
  it('unmarked 姓名 / 证件号码 on the site step are the site principal\'s, not the subject\'s', () => {
    const { readings } = readPage('aliyun', snap([
      item('网站名称', [], [c('text')]), item('网站域名', [], [c('text')]), item('网站首页URL', [], [c('text')]),
      item('姓名', [], [c('text')]), item('证件号码', [], [c('text')]), item('手机号码', [], [c('text')]),
    ], ['填写网站信息']));
    expect(readings.map((r) => r.key)).toEqual(['site.name', 'site.domains', 'site.homeUrl', 'web.name', 'web.certNumber', 'web.mobile']);
  });
  it('应急联系人手机号码 is the person\'s own emergency number on an ICP console, the 应急联络人\'s mobile on the 公安 platform', () => {
    const icp = readPage('baidu', snap([item('应急联系人手机号码', ['主体负责人信息'], [c('text')])])).readings;
    expect(icp.map((r) => r.key)).toEqual(['principal.emergencyPhone']);
    const mps = readPage('mps', snap([item('应急联络人手机号码', ['网站应急联络人'], [c('text')])])).readings;
    expect(mps.map((r) => r.key)).toEqual(['emergency.mobile']);
  });
  it('<address>详细地址 in a box of its own is that address\'s detail', () => {
    const detail = c('text');
    const r = one(item('通信地址详细地址', ['主体信息'], [detail]));
    expect(r.key).toBe('entity.mailingAddressDetail');
    expect(parts(r)).toEqual([['detail', detail.id]]);
  });
  it('plain radios with <label for> in a paragraph are one question named by the text before them', () => {
    const s = page(`<p>证件类型：<input type="radio" name="t" id="t1"><label for="t1">居民身份证</label> <input type="radio" name="t" id="t2"><label for="t2">护照</label></p>`);
    expect(s.items.map((i) => [i.label, i.controls.map((x) => x.shape), i.controls[0]?.options])).toEqual([['证件类型', ['radio'], ['居民身份证', '护照']]]);
  });
  it('upload slots captioned by their own <label> (正面 | 反面 | 手持) are read with the row\'s label (证件照片)', () => {
    const s = page(`<ul><li><span class="l">网站安全负责人</span></li><li><span class="l">*证件照片：</span><div class="c">${['正面', '反面', '手持'].map((cap, i) => `<label>${cap} <input type="file" id="f${i}"></label>`).join('')}</div></li></ul>`);
    const photos = s.items.find((i) => i.label === '证件照片')!;
    expect(photos.controls.map((x) => [x.shape, x.sub])).toEqual([['upload', '正面'], ['upload', '反面'], ['upload', '手持']]);
    const { readings } = readPage('beian-old', { ...s, items: s.items.map((i) => ({ ...i, headings: ['网站安全负责人'] })) });
    expect(readings.map((r) => [r.item.label, r.key])).toEqual([['证件照片正面', 'security.idFront'], ['证件照片反面', 'security.idBack'], ['证件照片手持', 'security.idHandheld']]);
  });
  it('an IP address typed box by box is one control; its row\'s IPv4 / IPv6 select is another', () => {
    const boxes = (n: number) => `<div class="tiny-ip-address"><ul>${'<li><input type="text"></li>'.repeat(n)}</ul></div>`;
    const s = page(`<div class="tiny-form-item"><label class="tiny-form-item__label">网站IP</label><div><div class="tiny-select"><div class="tiny-input"><input class="tiny-input__inner" value="IPv4" readonly></div></div>${boxes(4)}</div></div>`);
    expect(s.items.map((i) => [i.label, i.controls.map((x) => x.shape)])).toEqual([['网站IP', ['select', 'text']]]);
  });
  it('a read-only box that opens a hand-drawn region picker is a cascader, filled level by level by clicking the names it shows', async () => {
    const s = page(`<table><tr><th>负责人常住地址：</th><td><input type="text" id="addr" readonly placeholder="点击选择省 / 市 / 区县"></td></tr></table>
      <p>浙江省是本页别处的一段文字</p><div id="cp" hidden><div class="tabs"></div><div class="list"></div></div>`);
    expect(s.items.map((i) => [i.label, i.controls.map((x) => x.shape)])).toEqual([['负责人常住地址', ['cascader']]]);
    // the picker: each level's links drawn after a click (the next level a moment later, like an AJAX load)
    const levels = [['北京市', '浙江省'], ['宁波市', '杭州市'], ['余杭区', '西湖区']];
    const input = document.getElementById('addr') as HTMLInputElement;
    const cp = document.getElementById('cp')!;
    const picked: string[] = [];
    const show = (level: number) => setTimeout(() => {
      const list = cp.querySelector('.list')!;
      list.innerHTML = '';
      for (const name of levels[level]!) {
        const a = document.createElement('a');
        a.textContent = name;
        a.addEventListener('click', () => { picked.push(name); if (level < 2) show(level + 1); else { input.value = picked.join(' / '); cp.hidden = true; } });
        list.append(a);
      }
    }, 20);
    input.addEventListener('click', () => { cp.hidden = false; picked.length = 0; show(0); });
    expect(await setValue(input, 'cascader', ['浙江省', '杭州市', '西湖区'])).toEqual({ ok: true });
    expect(picked).toEqual(['浙江省', '杭州市', '西湖区']);
    expect(readCurrent(input, 'cascader')).toEqual(['浙江省', '杭州市', '西湖区']);
  });
  it('a detail box behind the region an earlier step chose, shown beside it (TDesign InputAdornment): the address\'s detail only', () => {
    const s = page(`<div class="t-form__item"><label class="t-form__label">通信地址</label><div class="t-form__controls"><div class="t-input-adornment"><span class="t-input-adornment__prepend">浙江省杭州市余杭区</span><div class="t-input__wrap"><div class="t-input"><input class="t-input__inner" placeholder="街道、门牌号"></div></div></div></div></div>`);
    const item = s.items.find((i) => i.label === '通信地址')!;
    expect(item.controls.map((x) => [x.shape, x.addon])).toEqual([['text', '浙江省杭州市余杭区']]);
    const { readings } = readPage('baidu', { ...s, items: s.items.map((i) => ({ ...i, headings: ['主办单位信息'] })) });
    expect(readings.map((r) => [r.key, r.parts.map((p) => p.part)])).toEqual([['entity.mailingAddress', ['detail']]]);
  });
  it('a caption inside a labelled form item (an upload\'s 加盖公章的授权书扫描件) heads none of the items after it', () => {
    const s = page(`<h3 class="section-title">主体负责人信息</h3>
      <div class="el-form-item"><label class="el-form-item__label">法定代表人授权书</label><div class="el-form-item__content"><input type="file"><div class="photo-title">加盖公章的授权书扫描件</div></div></div>
      <div class="el-form-item"><label class="el-form-item__label" for="m">手机号码</label><div class="el-form-item__content"><input id="m"></div></div>`);
    expect(s.items.find((i) => i.label === '手机号码')!.headings[0]).toBe('主体负责人信息');
  });
  it('a name over its note before a control (<div>身份证人像面</div><div>含照片一面…</div>): the name is the label', () => {
    const s = page(`<div class="mat-row"><div><div class="mat-name">*身份证人像面</div><div class="mat-note">含照片一面，四角完整、字迹清晰</div></div><div><input type="file"></div></div>`);
    expect(s.items.map((i) => i.label)).toEqual(['身份证人像面']);
  });
  it('a descriptions cell holding only + 添加域名 is a list with no row yet, in document order; its label and note cells head nothing', () => {
    const s = page(`<h3 class="section-title">互联网信息服务</h3><table class="el-descriptions__table"><tbody>
      <tr><td class="el-descriptions__label" colspan="1">*网站域名</td><td class="el-descriptions__content" colspan="0"><button class="el-button">+ 添加域名</button><div class="zoo-hint">不带 www</div></td></tr>
      <tr><td class="el-descriptions__label" colspan="1">网站首页地址</td><td class="el-descriptions__content" colspan="0"><div class="el-input"><input class="el-input__inner"></div></td></tr>
    </tbody></table>`);
    expect(s.items.map((i) => [i.label, i.headings[0], i.controls.map((c) => (c.noRow ? 'noRow' : c.shape))])).toEqual([
      ['网站域名', '互联网信息服务', ['noRow']], ['网站首页地址', '互联网信息服务', ['text']],
    ]);
  });
  it('a Tea TagSelect (a tag input whose typing opens a list) is a multi-select', () => {
    const s = page(`<div class="tea-form__item"><div class="tea-form__label"><label>网站语言</label></div><div class="tea-form__controls"><div class="tea-tag-input languages"><div class="tea-tag-input__inner"><div class="tea-tag-group"><input placeholder="请选择网站语言" class="tea-input tea-input--tag"></div></div></div></div></div>`);
    expect(s.items.map((i) => [i.label, i.controls.map((x) => x.shape)])).toEqual([['网站语言', ['multi-select']]]);
  });
});

describe('generation-14 shapes on DOM fixtures (happy-dom)', () => {
  it('主体性质 listing 企业 | 个人 | 事业单位 … is the nature, though 个人 is among its options', () => {
    const nature = c('select', { options: ['企业', '个人', '个体经营', '事业单位', '政府机关', '社会团体'] });
    expect(one(item('主体性质', ['单位基本信息'], [nature])).key).toBe('entity.nature');
    expect(one(item('主体性质', ['开办主体'], [c('radio', { options: ['个人', '单位'] })])).key).toBe('entity.kind');
    // the old portal's 开办主体性质 lists the natures with 个人 among them: read as the nature (the fill view spells it
    // in the old list's words too), and as the kind where it lists only 个人 / 单位
    expect(one(item('开办主体性质', [], [c('radio', { options: ['个人', '企业', '个体经营', '事业单位', '军队'] })])).key).toBe('entity.nature');
    expect(one(item('开办主体性质', [], [c('radio', { options: ['个人', '单位'] })])).key).toBe('entity.kind');
  });
  it('an upload\'s caption inside an antd form item (-row / -extra parts around it) heads none of the items after it', () => {
    const antItem = (label: string, content: string, extra = '') => `<div class="ant-form-item"><div class="ant-form-item-row"><div class="ant-form-item-label"><label>${label}</label></div><div class="ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${content}</div></div>${extra ? `<div class="ant-form-item-additional"><div class="ant-form-item-extra">${extra}</div></div>` : ''}</div></div></div>`;
    const s = page(`<div class="ant-card"><div class="ant-card-head-title">网站安全负责人</div><div class="ant-card-body">
      ${antItem('负责人证件照片', '<div class="photo"><input type="file"><div class="photo-title">证件正面</div></div><div class="photo"><input type="file"><div class="photo-title">手持证件照</div></div>', 'jpg / png，不超过 2 MB')}
      ${antItem('手机号码', '<input class="ant-input">')}</div></div>`);
    expect(s.items.find((i) => i.label === '手机号码')!.headings[0]).toBe('网站安全负责人');
  });
  it('a list with no row yet (+ 添加域名) is read where it stands, before the 主域名 select it feeds', () => {
    const s = page(formItem('网站域名', '<button class="el-button">+ 添加域名</button>') + formItem('主域名', elSelect));
    expect(s.items.map((i) => [i.label, i.controls.map((x) => (x.noRow ? 'noRow' : x.shape))])).toEqual([['网站域名', ['noRow']], ['主域名', ['select']]]);
  });
  it('rows of a table the library wraps in boxes (Fusion .next-table > … > table) take the + 添加域名 under the wrapper', () => {
    const s = page(`<div class="fl-row"><label>网站域名</label><div><div class="domain-table">
      <div class="next-table"><div class="next-table-inner"><div class="next-table-header"><table><thead><tr><th>域名</th><th>操作</th></tr></thead></table></div>
      <div class="next-table-body"><table><tbody><tr><td><span class="next-input"><input value=""></span></td><td></td></tr></tbody></table></div></div></div>
      <button class="next-btn">+ 添加域名</button></div></div></div>`);
    const rows = s.items.find((i) => i.controls.some((x) => x.shape === 'text'))!;
    expect(rows.label).toBe('域名');
    expect(rows.add).toBe(true);
  });
  it('a list whose answers carry a note (否，另行填写): the one option leading with the answer is chosen and reads back as it', async () => {
    document.body.innerHTML = `<select id="same"><option value="">请选择</option><option value="y">是（李娜）</option><option value="n">否，另行填写</option></select>`;
    const sel = document.querySelector<HTMLSelectElement>('#same')!;
    expect(await setValue(sel, 'select', '否', { accept: ['否'] })).toEqual({ ok: true });
    expect(sel.value).toBe('n');
    expect(matches('select', '否', ['否'], readCurrent(sel, 'select'))).toBe(true);
    expect(matches('select', '是', ['是'], readCurrent(sel, 'select'))).toBe(false);
    // two options leading with the answer: none is chosen
    document.body.innerHTML = `<select id="two"><option value="">请选择</option><option>否，另行填写</option><option>否，稍后填写</option></select>`;
    expect(await setValue(document.querySelector<HTMLSelectElement>('#two')!, 'select', '否', { accept: ['否'] })).toEqual({ ok: false, error: 'fill.noOption' });
  });
  it('身份证地址是否在浙江省 (any province, several wordings) is the ID-address question; other labels are not', () => {
    for (const l of ['身份证地址是否在浙江省', '证件住所是否在浙江', '身份证住址是否位于内蒙古自治区内']) expect(one(item(l, ['主办者证件'], [c('radio', { options: ['是', '否'] })])).key).toBe('entity.certInProvince');
    expect(classify(snap([item('身份证地址是否在火星', ['主办者证件'], [c('radio', { options: ['是', '否'] })])])).map((r) => r.key)).not.toContain('entity.certInProvince');
  });
  it('an Arco InputTag is a multi-select (a list typed one value at a time), not a text box', () => {
    const s = page(`<div class="arco-form-item"><div class="arco-form-label-item"><label>网站域名</label></div><div class="arco-form-item-wrapper"><div class="arco-input-tag domains"><span class="arco-input-tag-view"><span class="arco-input-tag-inner"><input class="arco-input-tag-input" placeholder="如 example.com"></span></span></div></div></div>`);
    expect(s.items.map((i) => [i.label, i.controls.map((x) => x.shape)])).toEqual([['网站域名', ['multi-select']]]);
  });
  it('a region shown as text before the box (an earlier step chose it): the box takes the address\'s detail only', () => {
    const s = page(`<h3 class="section-title">主办者信息</h3><table class="el-descriptions__table"><tbody><tr><td class="el-descriptions__label">*通信地址</td><td class="el-descriptions__content"><div class="desc-ctl"><span class="ro">浙江省 / 杭州市 / 西湖区</span><div class="el-input"><input class="el-input__inner" placeholder="街道、门牌号"></div></div></td></tr></tbody></table>`);
    const item = s.items.find((i) => i.label === '通信地址')!;
    expect(item.controls.map((x) => [x.shape, x.addon])).toEqual([['text', '浙江省 / 杭州市 / 西湖区']]);
    const { readings } = readPage('baidu', s);
    expect(readings.map((r) => [r.key, r.parts.map((p) => p.part)])).toEqual([['entity.mailingAddress', ['detail']]]);
    // a caption that is no region stays no addon
    expect(page(formItem('手机号码', `<span>+86</span>${elInput()}`)).items[0]!.controls[0]!.addon).toBeUndefined();
  });
  it('an Element Plus transfer (可选 → 已选) is one list: its options are both lists\', its value the chosen list; filling moves entries both ways', async () => {
    const panel = (title: string, items: string[]) => `<div class="el-transfer-panel"><p class="el-transfer-panel__header"><label class="el-checkbox"><span class="el-checkbox__input"><input type="checkbox"></span><span class="el-checkbox__label">${title}</span></label></p>
      <div class="el-transfer-panel__body"><div class="el-checkbox-group el-transfer-panel__list">${items.map((t) => `<label class="el-checkbox el-transfer-panel__item"><span class="el-checkbox__input"><input type="checkbox" value="${t}"></span><span class="el-checkbox__label"><span>${t}</span></span></label>`).join('')}</div></div></div>`;
    // a tiny transfer: ticked entries move (unticked) to the other list when the enabled button is pressed
    document.body.innerHTML = formItem('网站语言', `<div class="el-transfer">${panel('可选语言', ['中文简体', '英语', '日语'])}<div class="el-transfer__buttons"><button class="to-left" disabled>&lt;</button><button class="to-right" disabled>&gt;</button></div>${panel('已选语言', ['法语'])}</div>`);
    const [l, r] = [...document.querySelectorAll<HTMLElement>('.el-transfer-panel__list')] as [HTMLElement, HTMLElement];
    const ticked = (p: HTMLElement) => [...p.querySelectorAll<HTMLInputElement>('input')].filter((i) => i.checked);
    const toRight = document.querySelector<HTMLButtonElement>('.to-right')!;
    const toLeft = document.querySelector<HTMLButtonElement>('.to-left')!;
    const sync = () => { toRight.disabled = !ticked(l).length; toLeft.disabled = !ticked(r).length; };
    document.body.addEventListener('change', sync);
    const move = (from: HTMLElement, to: HTMLElement) => { for (const i of ticked(from)) { i.checked = false; to.append(i.closest('label')!); } sync(); };
    toRight.addEventListener('click', () => move(l, r));
    toLeft.addEventListener('click', () => move(r, l));
    const s = takeSnapshot(document).snapshot;
    const ctl = s.items.find((i) => i.label === '网站语言')!.controls;
    expect(ctl.map((x) => [x.shape, x.options, x.current])).toEqual([['checkbox-group', ['中文简体', '英语', '日语', '法语'], ['法语']]]);
    const root = () => document.querySelector<HTMLElement>('.el-transfer')!;
    expect(await setValue(root(), 'checkbox-group', ['中文简体', '英语'])).toEqual({ ok: true });
    expect(readCurrent(root(), 'checkbox-group')).toEqual(['中文简体', '英语']);
    expect(await setValue(root(), 'checkbox-group', ['藏语'])).toEqual({ ok: false, error: 'fill.noOption' });
  });
});

describe('generation-17 shapes on DOM fixtures (happy-dom)', () => {
  it('a material row of name | note sentence | upload: the name is the label, not the note before the control', () => {
    const s = page(`<h3 class="section-title">负责人资料</h3>
      <div class="mat-row"><div class="mat-name"><i>*</i>主体负责人证件 · 正面</div><div class="help">主体负责人（法定代表人）身份证人像面，须在有效期内。</div><div><input type="file"></div></div>
      <div class="mat-row"><div class="mat-name"><i>*</i>网站负责人证件 · 背面</div><div class="help">网站负责人身份证国徽面。</div><div><input type="file"></div></div>`);
    expect(s.items.map((i) => i.label)).toEqual(['主体负责人证件 · 正面', '网站负责人证件 · 背面']);
    const { readings } = readPage('aliyun', s);
    expect(readings.map((r) => r.key)).toEqual(['principal.idFront', 'web.idBack']);
  });
  it('a note alone before a control (no name before it) still names it, as before', () => {
    const s = page(`<div class="row"><div class="help">请上传营业执照。</div><div><input type="file"></div></div>`);
    expect(s.items.map((i) => i.label)).toEqual(['请上传营业执照。']);
  });
  it('截止日期 shown once 指定日期 is chosen (有效期截止 ○长期 ○指定日期) is that person\'s validity end', () => {
    const s = page(`<h3 class="section-title">互联网信息服务负责人</h3>
      <label>证件有效期 · 起 <input type="date" id="from"></label>
      <div><span>有效期截止</span> <label><input type="radio" name="k" value="长期">长期</label><label><input type="radio" name="k" value="指定日期" checked>指定日期</label></div>
      <label>截止日期 <input type="date" id="to"></label>`);
    const { readings } = readPage('huawei', s);
    const validity = readings.find((r) => r.key === 'web.validity')!;
    expect(validity.parts.map((p) => p.part)).toEqual(['longTerm', 'to']);
    expect(readings.map((r) => r.key)).toContain('web.validFrom');
  });
  it('a lone 截止日期 with no validity before it is read as nothing', () => {
    const s = page(`<h3 class="section-title">网站信息</h3><label>网站名称 <input id="n"></label><label>截止日期 <input type="date" id="to"></label>`);
    const { readings } = readPage('huawei', s);
    expect(readings.map((r) => r.item.label)).not.toContain('截止日期');
  });
  it('an Arco TreeSelect of one value is a select, its shown value read past the placeholder', () => {
    const s = page(`<div class="arco-form-item"><div class="arco-form-label-item"><label>网站类型</label></div><div class="arco-tree-select arco-tree-select-single"><div class="arco-tree-select-view"><span class="arco-tree-select-view-value">E 电子商务类</span></div></div></div>`);
    expect(s.items.map((i) => [i.label, i.controls.map((x) => [x.shape, x.current])])).toEqual([['网站类型', [['select', 'E 电子商务类']]]]);
  });
});

describe('generation-18 shapes on DOM fixtures (happy-dom)', () => {
  it('a role\'s title bar carrying a button still heads its fields; a step strip\'s current item names the step', () => {
    const s = page(`<ol class="steps"><li>2 网站基本信息</li><li class="cur">3 网站负责人</li></ol>
      <div class="role"><div class="bar section-title">网站安全负责人<input type="button" value="复制开办主体负责人信息"></div>
        <div class="f"><label for="a">姓名</label><input id="a"></div>
        <div class="f"><label for="b">证件有效期</label><div><span>起</span><input type="date" id="b"><label for="c">止</label><input type="date" id="c"><label><input type="checkbox" id="d"> 长期</label></div></div></div>
      <div class="role"><div class="bar section-title">网站应急联络人<input type="button" value="复制开办主体负责人信息"></div>
        <div class="f"><label for="e">联络人姓名</label><input id="e"></div></div>`);
    expect(s.titles).toEqual(['3 网站负责人']);
    const { prior, readings } = readPage('beian-old', s);
    expect(prior?.step).toBe('principal');
    expect(readings.map((r) => r.key)).toEqual(['security.name', 'security.validity', 'emergency.name']);
    // the 止 date and its 长期 box, labelled on their own, are the validity's end
    expect(readings[1]!.parts.map((p) => p.part)).toEqual(['from', 'to', 'longTerm']);
  });
  it('a role prefix before a person word and the field (网站应急联络人 · 联络人姓名) is that role\'s field', () => {
    expect(one(item('网站应急联络人 · 联络人姓名', [], [c('text')])).key).toBe('emergency.name');
  });
  it('a span\'s start and end asked in two labelled dates (域名证书有效期 · 起 / 止) are one validity; a person\'s stay its own fields', () => {
    const rs = classify(snap([item('域名证书有效期 · 起', ['网站基本信息'], [c('date')]), item('域名证书有效期 · 止', ['网站基本信息'], [c('date')])]));
    expect(rs.map((r) => [r.key, r.parts.map((p) => p.part)])).toEqual([['site.domainCertValidity', ['from', 'to']]]);
    const ps = classify(snap([item('证件有效期 · 起', ['负责人信息'], [c('date')]), item('证件有效期 · 止', ['负责人信息'], [c('date')])]));
    expect(ps.map((r) => r.key)).toEqual(['principal.validFrom', 'principal.validTo']);
  });
  it('a one-page wizard drawn as an Element Plus timeline: each item\'s title heads its fields', () => {
    const s = page(`<ul class="el-timeline"><li class="el-timeline-item"><div class="el-timeline-item__wrapper"><div class="el-timeline-item__timestamp is-top">第一步 · 开办主体</div>
      <div class="el-timeline-item__content">${formItem('姓名', elInput())}</div></div></li>
      <li class="el-timeline-item"><div class="el-timeline-item__wrapper"><div class="el-timeline-item__timestamp is-top">第三步 · 网站负责人</div>
      <div class="el-timeline-item__content"><div class="el-card__header">网站安全负责人</div>${formItem('姓名', elInput())}</div></div></li></ul>`);
    expect(s.items.map((i) => i.headings[0])).toEqual(['第一步 · 开办主体', '网站安全负责人']);
    expect(readPage('mps', s).readings.map((r) => r.key)).toEqual(['entity.name', 'security.name']);
  });
  it('a validity in one text whose hint shows both dates is a range; 通讯地址与证件住所 ○一致 ○不一致 is the same-address question', () => {
    expect(parts(one(item('证件有效期', ['网站负责人'], [c('text', { sub: '如 2018-03-01 至 2038-03-01' })])))).toEqual([['range', nextControl - 1]]);
    expect(parts(one(item('证件有效期', ['网站负责人'], [c('text', { hint: '如 2018.03.01-2038.03.01' })])))).toEqual([['range', nextControl - 1]]);
    // (dashes inside ISO dates join nothing: 2018-03-01 alone is one date)
    expect(parts(one(item('证件有效期', ['网站负责人'], [c('text', { hint: '如 2018-03-01' })])))).toEqual([['from', nextControl - 1]]);
    expect(one(item('通讯地址与证件住所', ['主办单位信息'], [c('radio', { options: ['一致', '不一致'] })])).key).toBe('entity.mailingSameAsCert');
  });
  it('a region asked in one text of its own (常住地址 · 所在地区) is that address\'s region', () => {
    const r = one(item('常住地址 · 所在地区', ['负责人信息'], [c('text', { sub: '省 / 市 / 区县' })]));
    expect([r.key, r.parts.map((p) => p.part)]).toEqual(['principal.addressRegion', ['region']]);
  });
  it('an item the page marks required is told so (a *, a required class or attribute); others are not', () => {
    const s = page(`${formItem('<i>*</i>网站备注', elInput())}<div class="el-form-item is-required"><label class="el-form-item__label">网站名称</label><div class="el-form-item__content">${elInput()}</div></div>
      ${formItem('办公电话', elInput('', 'required'))}${formItem('电子邮箱', elInput())}`);
    expect(s.items.map((i) => [i.label, !!i.required])).toEqual([['网站备注', true], ['网站名称', true], ['办公电话', true], ['电子邮箱', false]]);
  });
});

describe('generation-18 widget shapes (happy-dom)', () => {
  it('a TDesign TreeSelect picking a region is a cascader; one of anything else a select, a multiple one a multi-select', () => {
    // (as TDesign renders it: the SelectInput's classes on the TreeSelect's root)
    const tree = (ph: string, multi = false) => `<div class="t-form__item"><div class="t-form__label"><label>${ph}</label></div><div class="t-form__controls"><div class="t-tree-select t-select-input${multi ? ' t-select-input--multiple' : ''}"><div class="t-input__wrap"><div class="t-input"><input class="t-input__inner" placeholder="${ph}"></div></div></div></div></div>`;
    const s = page(tree('请选择省 / 市 / 区县') + tree('请选择网站类型') + tree('请选择语言', true));
    expect(s.items.map((i) => i.controls.map((x) => x.shape))).toEqual([['cascader'], ['select'], ['multi-select']]);
  });
});

describe('a value chosen in a dialog (happy-dom)', () => {
  it('an item whose only control is a 选择… button is a picker, reading what it shows as chosen without its buttons and notes', () => {
    const row = (inner: string) => `<div class="t-form__item"><div class="t-form__label"><label>云服务器实例</label></div><div class="t-form__controls"><div class="t-form__controls-content">${inner}</div><div class="t-form__tips">剩余时长须不少于 3 个月</div></div></div>`;
    let s = page(row('<button class="t-button">选择实例</button>'));
    expect(s.items.map((i) => [i.label, i.controls.map((x) => [x.shape, x.current])])).toEqual([['云服务器实例', [['picker', '']]]]);
    expect(readPage('aliyun', s).readings.map((r) => r.key)).toEqual(['site.cloudResource']);
    s = page(row('<div><span class="t-tag">i-bp1yq7d2k5x9w3m0（47.96.56.78）</span><a class="t-link">更换</a></div>'));
    expect(s.items[0]!.controls[0]!.current).toBe('i-bp1yq7d2k5x9w3m0（47.96.56.78）');
  });
  it('a file\'s 选择文件 button or an 添加 button is no picker', () => {
    const s = page(`<div class="form-item"><label class="label">其他资料</label><div><button>选择文件</button></div></div>`);
    expect(s.items.map((i) => i.controls.map((x) => x.shape))).not.toContainEqual(['picker']);
  });
});

describe('generation-19 shapes (happy-dom)', () => {
  it('a 长期 switch beside a person\'s end date makes it the validity\'s end and 长期', () => {
    const rs = classify(snap([item('证件有效期起', ['主体负责人信息'], [c('date')]), item('证件有效期止', ['主体负责人信息'], [c('date'), c('switch', { sub: '长期有效' })])]));
    expect(rs.map((r) => [r.key, r.parts.map((p) => p.part)])).toEqual([['principal.validFrom', ['value']], ['principal.validity', ['to', 'longTerm']]]);
  });
  it('a server-rendered tab strip of in-page links names its hidden panes; a lone * heads nothing', () => {
    const s = page(`<div class="tip">带 <b>*</b> 为必填项</div><ul class="tabs"><li class="cur"><a href="#t1">一、单位信息</a></li><li><a href="#t2">二、负责人信息</a></li></ul>
      <div id="t1"><table><tr><th>主办单位名称</th><td><input id="a"></td></tr></table></div>
      <div id="t2"><table><tr><th>证件号码</th><td><input id="b"></td></tr></table></div>`);
    expect(s.items.map((i) => [i.label, i.headings[0]])).toEqual([['主办单位名称', '一、单位信息'], ['证件号码', '二、负责人信息']]);
    expect(readPage('beian-old', s).readings.map((r) => r.key)).toEqual(['entity.name', 'principal.certNumber']);
  });
});

describe('generation-20 shapes', () => {
  it('a provider word before a block\'s field (服务商电话, 服务商编码) is that block\'s field; 管辖地 its jurisdiction', () => {
    expect(one(item('服务商电话', ['网络接入服务商'], [c('text')])).key).toBe('provider.phone');
    expect(one(item('服务商电话', ['域名注册服务商'], [c('text')])).key).toBe('registrar.phone');
    expect(one(item('服务商编码', ['网络接入服务商'], [c('text')])).key).toBe('provider.code');
    expect(one(item('管辖地', ['域名注册服务商'], [c('select', { options: ['境内', '境外'] })])).key).toBe('registrar.jurisdiction');
  });
  it('an upload named 身份证 under a person is that person\'s ID photos; 法定代表人授权书 the authorisation letter; 关联实例 the instance', () => {
    expect(one(item('主体负责人身份证', ['主体负责人'], [c('upload')])).key).toBe('principal.idPhotos');
    expect(one(item('法定代表人授权书', ['授权材料'], [c('upload')])).key).toBe('entity.authorization');
    expect(one(item('关联实例', ['备案资源'], [c('radio', { options: ['web-01 实例ID：i-bp1w7yq3m5k8d2n0 公网IP：47.96.56.78'] })])).key).toBe('site.cloudResource');
  });
});

describe('generation-20 page shapes (happy-dom)', () => {
  it('a pledge tick after a form is a question of its own, never a part of the control before it', () => {
    const s = page(`<form><div class="form-item"><label class="label">云服务器</label><div><label><input type="radio" name="srv" value="a">web-01 47.96.12.34</label><label><input type="radio" name="srv" value="b">web-02 47.96.12.35</label></div></div></form>
      <div><label><input type="checkbox" id="ok">我已阅读并同意《华为云网站备案服务协议》</label></div>`);
    const srv = s.items.find((i) => i.label === '云服务器')!;
    expect(srv.controls.map((x) => x.shape)).toEqual(['radio']);
  });
  it('a group of radios is open while one option is (a disabled instance among others); closed when every one is', () => {
    const group = (a: string, b: string) => { const el = document.createElement('div'); el.innerHTML = `<label><input type="radio" name="g" ${a}>甲</label><label><input type="radio" name="g" ${b}>乙</label>`; return el; };
    expect(isDisabled(group('disabled', ''))).toBe(false);
    expect(isDisabled(group('disabled', 'disabled'))).toBe(true);
  });
  it('a cascader drawn open in the page reads the chosen path from its menus', () => {
    const el = document.createElement('div');
    el.className = 'tiny-cascader-panel';
    el.innerHTML = ['浙江省', '杭州市', '余杭区'].map((n, i) => `<div class="tiny-cascader-menu"><ul><li class="tiny-cascader-node">其他${i}</li><li class="tiny-cascader-node ${i < 2 ? 'in-active-path' : 'is-active'}"><span class="tiny-cascader-node__label">${n}</span></li></ul></div>`).join('');
    document.body.append(el);
    expect(readCurrent(el, 'cascader')).toEqual(['浙江省', '杭州市', '余杭区']);
    el.remove();
  });
});

describe('generation-21 page shapes (happy-dom)', () => {
  it('a comparison table whose first row is all <th> (项目 | 网络接入服务商 | 域名注册服务商) names each cell by its column and row', () => {
    const s = page(`<table><tr><th>项目</th><th>网络接入服务商</th><th>域名注册服务商</th></tr>
      <tr><td>名称：</td><td><input type="text" id="a"></td><td><input type="text" id="b"></td></tr>
      <tr><td>联系电话：</td><td><input type="text" id="c"></td><td><input type="text" id="d"></td></tr></table>`);
    expect(s.items.map((i) => i.label)).toEqual(['网络接入服务商名称', '域名注册服务商名称', '网络接入服务商联系电话', '域名注册服务商联系电话']);
    expect(keys(classify(s)).map(([, k]) => k)).toEqual(['provider.name', 'registrar.name', 'provider.phone', 'registrar.phone']);
  });
  it('a single <th> row is a section title, not a header over columns: the row\'s name stays the label', () => {
    const s = page(`<table><tr><th colspan="2">主办单位信息</th></tr><tr><td>主办单位名称：</td><td><input type="text"></td></tr></table>`);
    expect(s.items.map((i) => i.label)).toEqual(['主办单位名称']);
  });
  it('an upload\'s state (未上传) never names it: the slot is named by the text before it', () => {
    const s = page(`<div><h3>网站负责人证件</h3><div class="upitem"><h4>身份证人像面</h4><div class="req">网站负责人居民身份证有照片的一面</div>
      <div><ul><li>未上传</li></ul><input type="file" style="display:none"><input type="button" value="上传"></div></div></div>`);
    const up = s.items.find((i) => i.controls[0]?.shape === 'upload')!;
    expect(up.label).not.toBe('未上传');
    expect(classify(s).map((r) => r.key)).toEqual(['web.idFront']);
  });
  // a strip over panes of its own: a click on the i-th item shows the i-th pane (as the page's own script does)
  const strip = (items: string, panes: string, after = '') => {
    document.body.innerHTML = `<div class="strip">${items}</div><form>${panes}${after}</form>`;
    const tabs = [...document.querySelectorAll<HTMLElement>('.strip > :not(.note)')];
    const boxes = [...document.querySelectorAll<HTMLElement>('form > .pg')];
    tabs.forEach((t, i) => t.addEventListener('click', () => {
      boxes.forEach((b, j) => { b.style.display = i === j ? '' : 'none'; });
      tabs.forEach((x, j) => { x.className = i === j ? 'cur' : ''; });
    }));
    return boxes;
  };
  const pg = (n: number, label: string) => `<div class="pg"${n ? ' style="display:none"' : ''}><table><tr><td>${label}：</td><td><input type="text"></td></tr></table></div>`;
  it('a pager of form pages (1 网站信息 | 2 服务信息 | 3 接入信息, 第 1/3 页) is walked page by page, then the first page shown again', async () => {
    const boxes = strip('<a class="cur">1 网站信息</a><a>2 服务信息</a><a>3 接入信息</a><span class="note">第 1/3 页</span>',
      pg(0, '网站名称') + pg(1, '网站语种') + pg(2, '名称'), '<div class="vrow">验证码：<input type="text"></div>');
    expect(await shownAfterWalk(boxes)).toEqual({ seen: [1, 2], back: 0 });
  });
  it('a strip that does not mark the shown pane\'s item (a wizard\'s own steps above panes) is never clicked', async () => {
    const boxes = strip('<a>1 网站信息</a><a class="cur">2 服务信息</a><a>3 接入信息</a>', pg(0, '网站名称') + pg(1, '网站语种') + pg(2, '名称'));
    expect(await shownAfterWalk(boxes)).toEqual({ seen: [], back: 0 });
  });
  it('ARIA tabs that no tablist holds (Arco\'s tab header) are walked by their aria-controls', async () => {
    document.body.innerHTML = `<div class="hd">${['单位信息', '负责人信息', '联系方式'].map((t, i) => `<div role="tab" id="t${i}" aria-controls="p${i}" aria-selected="${i === 0}">${t}</div>`).join('')}</div>
      ${[0, 1, 2].map((i) => `<div role="tabpanel" id="p${i}"${i ? ' style="display:none"' : ''}><label>姓名<input type="text"></label></div>`).join('')}`;
    const tabs = [...document.querySelectorAll<HTMLElement>('[role=tab]')];
    const boxes = [...document.querySelectorAll<HTMLElement>('[role=tabpanel]')];
    tabs.forEach((t, i) => t.addEventListener('click', () => {
      tabs.forEach((x, j) => x.setAttribute('aria-selected', String(i === j)));
      boxes.forEach((b, j) => { b.style.display = i === j ? '' : 'none'; });
    }));
    expect(await shownAfterWalk(boxes)).toEqual({ seen: [1, 2], back: 0 });
  });
});

describe('generation-22 page shapes (happy-dom)', () => {
  it('a switch between captions takes the one before it where the one after it names the next control (长期有效 [switch] 证件有效期止 [date])', () => {
    const s = page(`<div><label class="lbl">证件有效期</label><div class="row"><span>证件有效期起</span><input type="text" class="d1"><span>长期有效</span><button type="button" role="switch" aria-checked="false" class="sw"></button><span>证件有效期止</span><input type="text" class="d2"></div></div>`);
    const sw = s.items.flatMap((i) => i.controls).find((c) => c.shape === 'switch');
    expect(sw?.sub).toBe('长期有效');
  });
  it('an empty Element Plus multiple select that takes typing (its input hidden until focused) is a multi-select; a single one is not', () => {
    const sel = (hidden: boolean) => `<div class="el-form-item"><label class="el-form-item__label">网站域名</label><div class="el-form-item__content"><div class="el-select"><div class="el-select__wrapper is-filterable"><div class="el-select__selection"><div class="el-select__selected-item el-select__input-wrapper${hidden ? ' is-hidden' : ''}"><input type="text" class="el-select__input" role="combobox"></div><div class="el-select__selected-item el-select__placeholder is-transparent"><span>输入域名后回车</span></div></div></div></div></div></div>`;
    expect(page(sel(true)).items[0]!.controls[0]!.shape).toBe('multi-select');
    expect(page(sel(false)).items[0]!.controls[0]!.shape).toBe('select');
  });
  it('a choice whose options ask whose the person is (负责人信息: ○同主体负责人 ○填写其他人) is that person\'s source; 同开办主体负责人 is the same-as-principal tick', () => {
    expect(one(item('负责人信息', ['网站负责人'], [c('radio', { options: ['同主体负责人', '填写其他人'] })])).key).toBe('web.source');
    expect(one(item('网站应急联络人', ['网站应急联络人'], [c('checkbox', { sub: '同开办主体负责人' })])).key).toBe('emergency.sameAsPrincipal');
  });
});

describe('generation-23 shapes', () => {
  it('an address box whose note says it takes what follows the region (所属区域之后的街道、门牌号) is that address\'s detail; a bracket may name it too (通信地址（街道门牌）)', () => {
    expect(parts(one(item('主办单位通信地址', ['主办单位信息'], [c('text', { hint: '所属区域之后的街道、门牌号' })])))).toEqual([['detail', nextControl - 1]]);
    expect(parts(one(item('主办单位通信地址', ['主办单位信息'], [c('text', { hint: '需精确到门牌号' })])))).toEqual([['line', nextControl - 1]]);
    expect(one(item('通信地址（街道门牌）', ['主办者信息'], [c('text')])).key).toBe('entity.mailingAddressDetail');
  });
  it('a side of an ID named after whose it is alone (网站安全负责人正面) is that person\'s ID photo; 主体备案号 the subject\'s own filing number; 接入云资源 the instance', () => {
    expect(one(item('网站安全负责人正面', ['网站负责人'], [c('upload')])).key).toBe('security.idFront');
    expect(one(item('网站应急联络人手持', ['网站负责人'], [c('upload')]), []).key).toBe('emergency.idHandheld');
    expect(one(item('主体备案号', ['原备案信息'], [c('text')])).key).toBe('entity.icpNumber');
    expect(one(item('接入云资源', ['网站信息'], [c('checkbox-group', { options: ['i-bp1 web-01 47.96.56.78'] })])).key).toBe('site.cloudResource');
  });
});

describe('generation-23 page shapes (happy-dom)', () => {
  // Tea's tabs: no role, the chosen one marked is-active; its panes drawn once chosen, then kept hidden
  const teaTabs = (on: number) => `<div class="tea-tabs"><div class="tea-tabs__tabbar"><ul class="tea-tabs__tablist">${['网站安全负责人', '网站应急联络人', '提示说明'].map((t, i) => `<li class="tea-tabs__tabitem"><a class="tea-tabs__tab${i === on ? ' is-active' : ''}">${t}</a></li>`).join('')}</ul></div>
    ${[0, 1].map((i) => `<div class="tea-tabs__tabpanel"${i === on ? '' : ' style="display:none"'}><div class="tea-form__item"><label class="tea-form__label">姓名</label><div class="tea-form__controls"><input type="text" class="tea-input"></div></div></div>`).join('')}</div>`;
  it('a pane of tabs with no role is headed by the chosen tab\'s title, never by another tab\'s', () => {
    expect(page(teaTabs(1)).items.map((i) => i.headings[0])).toEqual(['网站应急联络人']);
    expect(keys(readPage('mps', page(teaTabs(0))).readings)).toEqual([['姓名', 'security.name', 'found']]);
  });
  it('tabs with no role are walked by clicking them, the chosen one told by its state class', async () => {
    document.body.innerHTML = teaTabs(0);
    const tabs = [...document.querySelectorAll<HTMLElement>('.tea-tabs__tab')];
    const boxes = [...document.querySelectorAll<HTMLElement>('.tea-tabs__tabpanel')];
    tabs.forEach((t, i) => t.addEventListener('click', () => {
      tabs.forEach((x, j) => { x.className = `tea-tabs__tab${i === j ? ' is-active' : ''}`; });
      boxes.forEach((b, j) => { b.style.display = i === j ? '' : 'none'; });
    }));
    const panes = new Panes(document);
    const seen: string[] = [];
    while (await panes.next()) seen.push(tabs.find((t) => t.classList.contains('is-active'))!.textContent!);
    await panes.restore();
    // (提示说明 names no part of the filing: never opened)
    expect({ seen, back: tabs.find((t) => t.classList.contains('is-active'))!.textContent }).toEqual({ seen: ['网站应急联络人'], back: '网站安全负责人' });
  });
});

describe('generation-23 pledges', () => {
  it('a pledge ticked for the unit (我单位已阅读并知悉《…告知书》) is its own item, never a box of the copy tick above it', () => {
    const s = page(`<div class="el-form-item"><label class="el-form-item__label">同开办主体负责人</label><div class="el-form-item__content"><label><input type="checkbox"> 使用开办主体负责人信息</label></div></div>
      <div class="el-form-item"><label class="el-form-item__label"> </label><div class="el-form-item__content"><label><input type="checkbox"> 我单位已阅读并知悉《互联网信息服务单位网络安全责任告知书》</label></div></div>`);
    expect(s.items.map((i) => i.controls.map((c) => c.shape))).toEqual([['checkbox'], ['checkbox']]);
  });
});

describe('generation-24 shapes', () => {
  it('a tick that makes the role the filer himself (网站负责人为主办者本人) is that role\'s same-as-principal box', () => {
    expect(one(item('网站负责人', ['网站负责人'], [c('checkbox', { sub: '网站负责人为主办者本人' })]))).toMatchObject({ key: 'web.sameAsPrincipal', status: 'found' });
  });
});

describe('generation-25 shapes', () => {
  it('an address named without its own 地址 before the detail\'s (通信详细地址) is that address\'s detail', () => {
    expect(one(item('通信详细地址', ['主办者信息'], [c('text')]))).toMatchObject({ key: 'entity.mailingAddressDetail', status: 'found' });
  });
  it('a 同法定代表人 switch under the principal says the principal is the 法定代表人; a signed 备案承诺书 is the commitment', () => {
    expect(one(item('同法定代表人', ['主体负责人信息'], [c('switch')]))).toMatchObject({ key: 'principal.isLegalRep', status: 'found' });
    expect(one(item('已签署的备案承诺书', ['主体负责人信息'], [c('upload')])).key).toBe('entity.commitment');
  });
  it('网站域名 as a checkbox group of the account\'s domains, 网站首页URL as radios built from them', () => {
    expect(one(item('网站域名', ['网站信息'], [c('checkbox-group', { options: ['yunqi-demo.cn', 'yunqi-demo.com.cn'] })])).key).toBe('site.domains');
    expect(one(item('网站首页URL', ['网站信息'], [c('radio', { options: ['www.yunqi-demo.cn', 'yunqi-demo.cn'] })])).key).toBe('site.homeUrl');
  });
});

describe('a selection column', () => {
  it('a radio per row under an empty header (Tea\'s fixed header in a table of its own) is one choice named by the next column', () => {
    const row = (id: string, ip: string) => `<tr><td><label class="tea-form-check"><span class="tea-radio-wrap"><input type="radio" class="tea-radio"></span><span class="tea-form-check__label">&nbsp;</span></label></td><td>${id}</td><td>${ip}</td></tr>`;
    const s = page(`<h3>备案资源</h3><div class="tea-table"><div class="tea-table__header"><table><thead><tr><th></th><th>云服务器实例</th><th>公网IP</th></tr></thead></table></div>
      <div class="tea-table__body"><table><tbody>${row('i-bp1f3k8q0c2x7m4n', '47.98.120.6')}${row('i-bp1c6zw4n8q2h5tx', '47.96.12.34')}</tbody></table></div></div>`);
    expect(s.items.map((i) => [i.label, i.controls.map((c) => c.shape)])).toEqual([['云服务器实例', ['radio']]]);
    expect(s.items[0]!.controls[0]!.options).toEqual(['i-bp1f3k8q0c2x7m4n 47.98.120.6', 'i-bp1c6zw4n8q2h5tx 47.96.12.34']);
    expect(readPage('aliyun', s).readings.map((r) => r.key)).toEqual(['site.cloudResource']);
  });
});

describe('generation-26 shapes', () => {
  it('an 接入备案 asks for the numbers the subject and site already have as 原主体备案号 / 原网站备案号', () => {
    expect(one(item('原主体备案号', ['原备案信息'], [c('text')]))).toMatchObject({ key: 'entity.icpNumber', status: 'found' });
    expect(one(item('原网站备案号', ['原备案信息'], [c('text')]))).toMatchObject({ key: 'site.icpNumber', status: 'found' });
  });
  it('接入IP地址 under 接入信息 is the site\'s IP list', () => {
    expect(one(item('接入IP地址', ['接入信息'], [c('text')])).key).toBe('site.ips');
  });
});

describe('generation-27 shapes', () => {
  it('a person field under a title that names nobody (填写变更信息) is the one person the page names, or the principal; under 其他人员信息 nobody', () => {
    expect(one(item('手机号码', ['填写变更信息'], [c('text')]))).toMatchObject({ key: 'principal.mobile', status: 'found' });
    expect(classify(snap([item('手机号码', ['其他人员信息'], [c('text')])]))).toEqual([]);
    expect(classify(snap([item('手机号码', ['填写变更信息'], [c('text')]), item('姓名', ['网站负责人'], [c('text')]), item('姓名', ['网站安全负责人'], [c('text')])])).map((r) => r.key)).toEqual(['web.name', 'security.name']);
  });
  it('同主办人 is the same-as-principal tick; 接入云服务器 the instances; 接收核验链接的手机号 a mobile', () => {
    expect(one(item('网站负责人', ['网站负责人'], [c('checkbox', { sub: '网站负责人同主办人' })])).key).toBe('web.sameAsPrincipal');
    expect(one(item('接入云服务器', ['网站信息'], [c('checkbox-group', { options: ['i-bp1w9n4www3r6q2y 47.96.12.34'] })])).key).toBe('site.cloudResource');
    expect(one(item('接收核验链接的手机号', ['人脸核验'], [c('text')])).key).toBe('principal.mobile');
  });
  it('a steps bar\'s titles head nothing but the current step\'s; steps that hold the fields head them', () => {
    const bar = `<div class="ant-steps">${['上传资料', '资料上传及人脸核验', '短信核验'].map((t, i) => `<div class="ant-steps-item${i === 1 ? ' ant-steps-item-process' : ''}"><div class="ant-steps-item-title">${t}</div></div>`).join('')}</div>`;
    expect(page(`${bar}${formItem('手机号码', elInput())}`).items[0]!.headings[0]).toBe('资料上传及人脸核验');
    const wizard = `<div class="steps">${['主办者信息', '网站负责人'].map((t) => `<div class="step"><div class="step-title">${t}</div><div class="step-body">${formItem('姓名', elInput())}</div></div>`).join('')}</div>`;
    expect(page(wizard).items.map((i) => i.headings[0])).toEqual(['主办者信息', '网站负责人']);
  });
  it('a row of loose 是 / 否 radios whose caption is a <label> of its own (长期：) is that question, not the row above', () => {
    const s = page(`<h3>网站安全负责人信息</h3>
      <p><label class="cap" for="f">证件有效期起：</label><input type="text" id="f"></p>
      <p><label class="cap">长期：</label><span><input type="radio" name="l" value="1"> 是</span> <span><input type="radio" name="l" value="0"> 否</span></p>
      <p><label class="cap" for="t">证件有效期止：</label><input type="text" id="t"></p>`);
    expect(s.items.map((i) => [i.label, i.controls.map((c) => c.shape).join(',')])).toEqual([['证件有效期起', 'text'], ['长期', 'radio'], ['证件有效期止', 'text']]);
  });
});

describe('generation-28 shapes', () => {
  it('备案资源类型 as a list of kinds is the resource kind, never as a list of instances; 实例ID heads the instances', () => {
    expect(one(item('备案资源类型', ['填写基本信息'], [c('radio', { options: ['请选择', '云服务器', '备案服务号'] })])).key).toBe('site.resourceKind');
    expect(classify(snap([item('资源类型', ['备案云服务'], [c('radio', { options: ['ins-7mv2xq9d 47.96.12.34'] })])])).map((r) => r.key)).not.toContain('site.resourceKind');
    expect(one(item('实例ID', ['备案云服务'], [c('radio', { options: ['ins-7mv2xq9d web-01 47.96.12.34'] })])).key).toBe('site.cloudResource');
  });
});

describe('generation-29 shapes', () => {
  it('an address whose region is asked in an item of its own: its text is the detail, not the whole line again', () => {
    const rs = classify(snap([item('通信地址所属区域', ['主办者信息'], [c('select', { sub: '省' }), c('select', { sub: '市' }), c('select', { sub: '区县' })]), item('通信地址', ['主办者信息'], [c('text')])]));
    expect(rs.find((r) => r.item.label === '通信地址')).toMatchObject({ key: 'entity.mailingAddress', parts: [{ part: 'detail' }] });
    // asked alone, it is the whole line
    expect(one(item('通信地址', ['主办者信息'], [c('text')])).parts).toMatchObject([{ part: 'line' }]);
  });
});

describe('generation-30 shapes', () => {
  it('a label the subject has too (证件号码) is nobody\'s guess on a page that asks the subject\'s fields and names no person', () => {
    const page = [item('单位性质', ['备案信息验证'], [c('select')]), item('证件号码', ['备案信息验证'], [c('text')])];
    expect(keys(classify(snap(page)))).toEqual([['单位性质', 'entity.nature', 'found']]);
    // alone, or among a person's fields, it is still the page's one person's
    expect(one(item('证件号码', ['备案信息验证'], [c('text')])).key).toBe('principal.certNumber');
    // with the step's fields around it (主体所在地, 证件种类) the step is recognised and it is the subject's
    const basic = [item('主体所在地', ['备案信息验证'], [c('select', { sub: '省份' }), c('select', { sub: '城市' }), c('select', { sub: '区县' })]), ...page, item('证件种类', ['备案信息验证'], [c('select')])];
    const { prior, readings } = readPage('aliyun', snap(basic));
    expect(prior?.step).toBe('basic');
    expect(readings.map((r) => r.key).sort()).toEqual(['entity.certNumber', 'entity.certType', 'entity.nature', 'entity.region']);
  });
  it('负责人名称 is that person\'s name; 网站首选域名 the main domain; 交互式服务 whether it is interactive; 网站说明 the remark; 待备案域名 the domains', () => {
    expect(one(item('负责人名称', ['网站负责人'], [c('text')])).key).toBe('web.name');
    expect(one(item('网站首选域名', ['网站基本信息'], [c('text')])).key).toBe('site.mainDomain');
    expect(one(item('交互式服务', ['网站基本信息'], [c('switch')])).key).toBe('site.interactive');
    expect(one(item('网站说明', ['网站信息'], [c('text')])).key).toBe('site.remark');
    expect(one(item('待备案域名', ['网站信息'], [c('text')])).key).toBe('site.domains');
  });
});

describe('generation-31 shapes', () => {
  it('涉及前置审批 answered 是 / 否 is whether the site has a pre-approval; Baidu\'s 备案操作码 is the filing service code', () => {
    expect(one(item('涉及前置审批', ['网站基本信息'], [c('radio', { options: ['是', '否'] })])).key).toBe('site.hasPreApproval');
    expect(one(item('备案操作码', ['选择备案资源'], [c('text')])).key).toBe('site.filingServiceCode');
  });
});

describe('generation-36 and -37 shapes', () => {
  it('备案网站域名 is the site\'s domains; 网站首页域名 its main domain', () => {
    expect(one(item('备案网站域名', ['验证备案信息'], [c('text')])).key).toBe('site.domains');
    expect(one(item('网站首页域名', ['网站基本信息'], [c('text')])).key).toBe('site.mainDomain');
  });
  it('a tab whose pane is drawn only when first shown (Arco\'s lazy TabPane: an empty panel) is walked', async () => {
    document.body.innerHTML = `<div class="hd">${['主办单位', '主体负责人', '联系方式'].map((t, i) => `<div role="tab" id="t${i}" aria-controls="p${i}" aria-selected="${i === 0}">${t}</div>`).join('')}</div>
      <div role="tabpanel" id="p0"><label>单位名称<input type="text"></label></div><div role="tabpanel" id="p1" style="display:none"></div><div role="tabpanel" id="p2" style="display:none"><p>请如实填写</p></div>`;
    const tabs = [...document.querySelectorAll<HTMLElement>('[role=tab]')];
    const boxes = [...document.querySelectorAll<HTMLElement>('[role=tabpanel]')];
    tabs.forEach((t, i) => t.addEventListener('click', () => {
      tabs.forEach((x, j) => x.setAttribute('aria-selected', String(i === j)));
      boxes.forEach((b, j) => { b.style.display = i === j ? '' : 'none'; });
      if (i === 1 && !boxes[1]!.children.length) boxes[1]!.innerHTML = '<label>负责人姓名<input type="text"></label>';
    }));
    // (a pane holding text but no field, 联系方式 here, is not a part of the form: never opened)
    expect(await shownAfterWalk(boxes)).toEqual({ seen: [1], back: 0 });
  });
});

describe('the page\'s fields no reading names (listed in the panel, left as they are)', () => {
  it('an editable field with a wording the dictionary lacks is listed; ticks, 验证码 and locked fields are not', () => {
    const items = [
      item('网站名称', ['网站信息'], [c('text')]),
      item('网站备忘', ['网站信息'], [c('text')]),
      item('图形验证码', [], [c('text')]),
      item('我已阅读并同意', [], [c('checkbox')]),
      item('审核编号', [], [c('text', { readOnly: true })]),
    ];
    const s = snap(items);
    expect(unreadLabels(s, classify(s))).toEqual(['网站备忘']);
  });
  it('an item whose box another reading takes as its part (详细地址 after the region cascader) is not listed', () => {
    const s = snap([item('通讯地址', ['主办者'], [c('cascader')]), item('详细地址', ['主办者'], [c('text', { sub: '街道、门牌号' })])]);
    const rs = classify(s);
    expect(rs.map((r) => [r.key, r.parts.map((p) => p.part)])).toEqual([['entity.mailingAddress', ['region', 'detail']]]);
    expect(unreadLabels(s, rs)).toEqual([]);
  });
});

describe('generation-38 shapes', () => {
  const segmented = (on: number) => `<div class="el-segmented"><div class="el-segmented__group">${['主办单位', '主体负责人'].map((t, i) => `<label class="el-segmented__item${i === on ? ' is-selected' : ''}"><input type="radio" class="el-segmented__item-input"${i === on ? ' checked' : ''}><div class="el-segmented__item-label">${t}</div></label>`).join('')}</div></div>`;
  const panes = (on: number) => `<form class="el-form"><div class="p-unit"${on ? ' style="display:none"' : ''}>${formItem('主办单位名称', elInput())}</div><div class="p-principal"${on ? '' : ' style="display:none"'}>${formItem('证件号码', elInput())}</div></form>`;
  it('a Segmented over panes of its own (each its own class) names the shown pane: 证件号码 under 主体负责人 is the principal\'s', () => {
    const s = page(`<div class="card">${segmented(1)}${panes(1)}</div>`);
    const r = classify(s).find((x) => x.item.label === '证件号码')!;
    expect(r.key).toBe('principal.certNumber');
  });
  it('the Segmented is walked as a tab strip: the hidden pane is shown, then the first again', async () => {
    document.body.innerHTML = `<div class="card">${segmented(0)}${panes(0)}</div>`;
    const labels = [...document.querySelectorAll<HTMLElement>('.el-segmented__item')];
    const boxes = [...document.querySelectorAll<HTMLElement>('form > div')];
    labels.forEach((l, i) => l.addEventListener('click', () => {
      labels.forEach((x, j) => { x.classList.toggle('is-selected', i === j); x.querySelector('input')!.checked = i === j; });
      boxes.forEach((b, j) => { b.style.display = i === j ? '' : 'none'; });
    }));
    expect(await shownAfterWalk(boxes)).toEqual({ seen: [1], back: 0 });
  });
  it('a Segmented answering a question (个人 | 单位 over each one\'s fields) is never walked: clicking it would change the filing', async () => {
    document.body.innerHTML = `<div class="card"><div class="el-segmented"><div class="el-segmented__group">${['个人', '单位'].map((t, i) => `<label class="el-segmented__item${i ? '' : ' is-selected'}"><input type="radio"${i ? '' : ' checked'}><div>${t}</div></label>`).join('')}</div></div>
      <form><div class="p-a">${formItem('姓名', elInput())}</div><div class="p-b" style="display:none">${formItem('单位名称', elInput())}</div></form></div>`;
    const walk = new Panes(document);
    expect(await walk.next()).toBe(false);
  });
  it('投资人或主管单位 may be a select (of the subject\'s own name, searchable)', () => {
    expect(one(item('投资者或上级主管单位', ['主办单位信息'], [c('select')])).key).toBe('entity.investor');
  });
});

describe('generation-39 shapes', () => {
  // a card whose fields live in a dialog opened by its 编辑 (rendered only while open), as a filer opens it
  const dialogPage = (refuse = false) => {
    document.body.innerHTML = `<form class="el-form">${formItem('网站名称', elInput())}</form>
      <div class="card"><div class="sec-title">网站负责人</div><div class="sum-row"><span>尚未填写网站负责人信息</span><button type="button" class="edit">编辑</button></div></div>
      <table><tr><td>域名</td><td><button type="button" class="row-edit">编辑</button></td></tr></table>`;
    const log: string[] = [];
    const open = () => {
      const d = document.createElement('div');
      d.setAttribute('role', 'dialog');
      d.innerHTML = `<div class="el-dialog__body">${formItem('负责人姓名', elInput())}</div><div class="el-dialog__footer"><button type="button">取消</button><button type="button" class="ok">确定</button></div>`;
      d.querySelector('.ok')!.addEventListener('click', () => { log.push('确定'); if (!refuse) d.remove(); });
      document.body.append(d);
      log.push('opened');
    };
    document.querySelector('.edit')!.addEventListener('click', open);
    document.querySelector('.row-edit')!.addEventListener('click', () => log.push('row opened'));
    return log;
  };
  it('a part of the form in a dialog (网站负责人 [编辑]) is opened while the fill lacks its fields, then closed with its 确定', async () => {
    const log = dialogPage();
    const panes = new Panes(document);
    expect(await panes.next(['web'])).toBe(true);
    expect(document.querySelector('[role=dialog]')).not.toBeNull();
    // (opened once: the next step closes it, and no other part is wanted; a list's own row is never opened)
    expect(await panes.next(['web'])).toBe(false);
    await panes.restore();
    expect(log).toEqual(['opened', '确定']);
    expect(document.querySelector('[role=dialog]')).toBeNull();
  });
  it('a dialog of a part the fill does not lack is never opened', async () => {
    const log = dialogPage();
    expect(await new Panes(document).next(['provider', 'site'])).toBe(false);
    expect(await new Panes(document).next()).toBe(false);
    expect(log).toEqual([]);
  });
  it('a dialog its 确定 does not close (the page refused an entry) is left open for the filer', async () => {
    const log = dialogPage(true);
    const panes = new Panes(document);
    expect(await panes.next(['web'])).toBe(true);
    await panes.restore();
    expect(log).toEqual(['opened', '确定']);
    expect(document.querySelector('[role=dialog]')).not.toBeNull();
  });
  it('a line\'s number on a paper form (4. 证件是否长期有效, 一、网站安全负责人) is not a part of its label', () => {
    expect(one(item('4. 证件是否长期有效', ['一、网站安全负责人'], [c('radio', { options: ['是', '否'] })])).key).toBe('security.longTerm');
    expect(one(item('二、网站应急联络人', [], [c('checkbox', { sub: '同主体负责人信息' })])).key).toBe('emergency.sameAsPrincipal');
  });
});

describe('generation-40 shapes', () => {
  it('a table of the filing\'s people opens a person\'s row by its 编辑; a list\'s own row (a domain\'s) never', async () => {
    document.body.innerHTML = `<table><tr><td>网站安全负责人</td><td>未填写</td><td><button type="button" class="p">编辑</button></td></tr>
      <tr><td>yunqi-demo.cn</td><td>网站首页</td><td><button type="button" class="d">编辑</button></td></tr></table>`;
    const log: string[] = [];
    document.querySelector('.p')!.addEventListener('click', () => {
      const d = document.createElement('div');
      d.className = 'el-dialog';
      d.innerHTML = `${formItem('负责人姓名', elInput())}<button type="button" class="ok">确定</button>`;
      d.querySelector('.ok')!.addEventListener('click', () => { log.push('确定'); d.remove(); });
      document.body.append(d);
      log.push('person');
    });
    document.querySelector('.d')!.addEventListener('click', () => log.push('domain'));
    const panes = new Panes(document);
    expect(await panes.next(['security', 'site'])).toBe(true);
    expect(await panes.next(['security', 'site'])).toBe(false);
    await panes.restore();
    expect(log).toEqual(['person', '确定']);
  });
  it('a step strip whose finished step holds a state of its own (antd\'s rail-process) is marked by its items\' own classes', async () => {
    const titles = ['主办者', '负责人', '联系方式'];
    const cls = (i: number, on: number) => `ant-steps-item ${i < on ? 'ant-steps-item-finish' : i === on ? 'ant-steps-item-process ant-steps-item-active' : 'ant-steps-item-wait'}`;
    document.body.innerHTML = `<div class="card"><div class="ant-steps">${titles.map((t, i) => `<div class="${cls(i, 0)}"><div class="ant-steps-item-rail"></div><div class="ant-steps-item-title">${t}</div></div>`).join('')}</div>
      <div class="form">${titles.map((t, i) => `<div class="p${i}"${i ? ' style="display:none"' : ''}>${formItem(`${t}姓名`, elInput())}</div>`).join('')}</div></div>`;
    const items = [...document.querySelectorAll<HTMLElement>('.ant-steps-item')];
    const boxes = [...document.querySelectorAll<HTMLElement>('.form > div')];
    items.forEach((t, i) => t.addEventListener('click', () => {
      items.forEach((x, j) => { x.className = cls(j, i); x.firstElementChild!.className = `ant-steps-item-rail${j === i - 1 ? ' ant-steps-item-rail-process' : ''}`; });
      boxes.forEach((b, j) => { b.style.display = i === j ? '' : 'none'; });
    }));
    expect(await shownAfterWalk(boxes)).toEqual({ seen: [1, 2], back: 0 });
  });
  it('a pane the fill\'s walk shows (负责人 alone) is read as the step the page was recognised as before', () => {
    const first = snap([item('姓名', ['主办者'], [c('text')]), item('证件住址', ['主办者'], [c('text')]), item('通讯地址', ['主办者'], [c('cascader')]), item('投资人或主管单位', ['主办者'], [c('text')])], ['主办者']);
    // (four of the fourteen values the subject step asks: enough to name it without its title)
    const { prior } = readPage('tencent', first);
    expect(prior?.step).toBe('subject');
    const pane = snap([item('证件类型', ['负责人'], [c('select')]), item('证件号码', ['负责人'], [c('text')])], ['负责人']);
    expect(readPage('tencent', pane).readings.map((r) => r.key)).toEqual([]);
    expect(readPage('tencent', pane, [], prior).readings.map((r) => r.key)).toEqual(['principal.certType', 'principal.certNumber']);
  });
  it('网站域名 drawn as a select (a multiple one showing no tag yet) is the site\'s domains', () => {
    expect(one(item('网站域名', ['网站信息'], [c('select')])).key).toBe('site.domains');
  });
});

describe('generation-41 shapes', () => {
  it('a field after one whose label names its person (主体负责人姓名, then 证件号码) is that person\'s, never the subject\'s', () => {
    const s = snap([item('主体负责人姓名', [], [c('text')]), item('证件类型', [], [c('select')]), item('证件号码', [], [c('text')])]);
    const subject = STEPS.find((x) => x.platform === 'volcengine' && x.step === 'subject')!;
    expect(classify(s, { platform: 'volcengine', prior: subject }).map((r) => [r.key, r.status])).toEqual([
      ['principal.name', 'found'], ['principal.certType', 'found'], ['principal.certNumber', 'found'],
    ]);
    // (a label naming a block ends it: 主办单位证件号码 after it is the subject's)
    const t = snap([item('主体负责人姓名', [], [c('text')]), item('主办单位证件号码', [], [c('text')])]);
    expect(classify(t, { platform: 'volcengine', prior: subject }).map((r) => r.key)).toEqual(['principal.name', 'entity.certNumber']);
  });
  it('a region in three selects, the second and third named only by a level (常住地址 [▾] 省 [▾] 市 [▾]), is one region in three parts', () => {
    const s = snap([
      item('常住地址', ['常住地址与联系方式'], [c('select', { options: ['北京市', '浙江省'] })]),
      item('省', ['常住地址与联系方式'], [c('select', { options: [] })]),
      item('市', ['常住地址与联系方式'], [c('select', { options: [] })]),
      item('详细地址', ['常住地址与联系方式'], [c('text')]),
    ]);
    const rs = classify(s, { platform: 'beian-old', prior: STEPS.find((x) => x.platform === 'beian-old' && x.step === 'subject') });
    expect(rs.map((r) => [r.key, r.parts.map((p) => p.part)])).toEqual([['principal.address', ['province', 'city', 'district', 'detail']]]);
    expect(unreadLabels(s, rs)).toEqual([]);
  });
  it('a step\'s title with 基本 (网站基本信息) names the step of 网站信息', () => {
    expect(recognizeStep('aliyun', snap([], ['网站基本信息']), [])?.step).toBe('site');
  });
  it('a button naming no one (填写负责人) opens the part its card names (网站负责人)', async () => {
    document.body.innerHTML = `<div class="card"><div class="sec-title">网站负责人</div><div class="sum"><span>尚未填写网站负责人</span><button type="button" class="open">填写负责人</button></div></div>`;
    document.querySelector('.open')!.addEventListener('click', () => {
      const d = document.createElement('div');
      d.className = 'arco-modal';
      d.innerHTML = `${formItem('负责人姓名', elInput())}<button type="button" class="ok">确定</button>`;
      d.querySelector('.ok')!.addEventListener('click', () => d.remove());
      document.body.append(d);
    });
    const panes = new Panes(document);
    expect(await panes.next(['web'])).toBe(true);
    await panes.restore();
    expect(document.querySelector('.arco-modal')).toBeNull();
  });
  it('a Segment over panes of its own (主办单位 | 主体负责人) is the panes\' switch: no field, its chosen option the shown pane\'s title', () => {
    const seg = `<div class="tea-segment"><button type="button" role="radio" aria-checked="false" class="tea-btn">主办单位</button><button type="button" role="radio" aria-checked="true" class="tea-btn is-selected">主体负责人</button></div>`;
    const s = page(`<div class="card">${seg}<div class="p-unit" style="display:none">${formItem('单位名称', elInput())}</div><div class="p-pr">${formItem('证件号码', elInput())}</div></div>`);
    expect(s.items.map((i) => [i.label, i.headings[0]])).toEqual([['证件号码', '主体负责人']]);
    expect(classify(s).map((r) => r.key)).toEqual(['principal.certNumber']);
  });
});

describe('generation-34 and -35 shapes', () => {
  it('one label naming its boxes in turn (证件类型 / 证件号码 over a select and a box) is a reading per box', () => {
    const rs = classify(snap([item('证件类型 / 证件号码', ['开办主体信息'], [c('select'), c('text')])]));
    expect(rs.map((r) => [r.item.label, r.key, r.status])).toEqual([['证件类型', 'entity.certType', 'found'], ['证件号码', 'entity.certNumber', 'found']]);
  });
  it('a table\'s 选择 column under 备案实例 is the instance, named by the heading', () => {
    const rs = classify(snap([
      item('资源类型', ['备案实例'], [c('radio', { options: ['云服务器ECS', '轻量应用服务器', '备案服务号'] })]),
      item('选择', ['备案实例'], [c('radio', { options: ['i-bp1k2v7tst0w5x8m yunqi-test 121.43.20.6 2026-10-31', 'i-bp1w9n4www3r6q2y yunqi-web 47.96.56.78 2027-06-30'] })]),
    ]));
    expect(rs.map((r) => r.key)).toEqual(['site.resourceKind', 'site.cloudResource']);
  });
});

describe('generation-32 and -33 shapes', () => {
  it('通信地址详细 (an address\'s name followed by 详细) is that address\'s detail', () => {
    const r = one(item('通信地址详细', ['主办者信息'], [c('text')]));
    expect(r.key).toBe('entity.mailingAddressDetail');
    expect(r.parts.map((p) => p.part)).toEqual(['detail']);
  });
});

describe('generation-44 page shapes (happy-dom)', () => {
  it('a side menu over panes, beside a foot that is always shown (a consent tick), is walked pane by pane, 备注说明 too', async () => {
    const menu = ['网站信息', '网站负责人', '备注说明'].map((t, i) => `<li class="t-menu__item${i ? '' : ' t-is-active'}"><span class="t-menu__content">${t}</span></li>`).join('');
    const pane = (cls: string, label: string, shown: boolean) => `<div class="${cls}" style="display:${shown ? 'block' : 'none'}"><div class="sec-title">${label}</div><div class="row"><label>${label}名称</label><div><input type="text"></div></div></div>`;
    document.body.innerHTML = `<div class="card"><div class="t-default-menu"><div class="t-default-menu__inner"><ul class="t-menu">${menu}</ul></div></div>
      <div>${pane('p-site', '网站', true)}${pane('p-wp', '负责人', false)}${pane('p-remark', '备注', false)}<div class="actions"><label><input type="checkbox"> 我已阅读并同意《服务协议》</label><button type="button">下一步</button></div></div></div>`;
    const tabs = [...document.querySelectorAll<HTMLElement>('.t-menu__item')];
    const boxes = [...document.querySelectorAll<HTMLElement>('.p-site, .p-wp, .p-remark')];
    tabs.forEach((t, i) => t.addEventListener('click', () => {
      boxes.forEach((b, j) => { b.style.display = i === j ? 'block' : 'none'; });
      tabs.forEach((x, j) => x.classList.toggle('t-is-active', i === j));
    }));
    expect(await shownAfterWalk(boxes)).toEqual({ seen: [1, 2], back: 0 });
  });
  it('备注说明 names a part of the filing (网站备注); 提示说明 and 填写说明 are help', () => {
    expect(['备注说明', '提示说明', '填写说明', '网站负责人'].map(namesSection)).toEqual([true, false, false, true]);
  });
  it('a radio per row under a 选择 column, the table in a descriptions cell, is named by the cell\'s label (云服务器)', () => {
    const row = (id: string, ip: string) => `<tr><td><label class="el-radio"><span class="el-radio__input"><input type="radio" class="el-radio__original" value="${id}"></span><span class="el-radio__label">&nbsp;</span></label></td><td>${id}</td><td>${ip}</td></tr>`;
    const s = page(`<table class="el-descriptions__table"><tbody><tr><td class="el-descriptions__cell el-descriptions__label is-bordered-label">云服务器</td><td class="el-descriptions__cell el-descriptions__content is-bordered-content">
      <table class="el-table__header"><thead><tr><th>选择</th><th>实例ID</th><th>弹性公网IP</th></tr></thead><tbody>${row('ecs-1a', '121.43.20.6')}${row('ecs-7f', '47.96.12.34')}</tbody></table></td></tr></tbody></table>`);
    const radio = s.items.find((i) => i.controls[0]?.shape === 'radio');
    expect(radio?.label).toBe('云服务器');
    expect(classify(s).find((r) => r.item === radio)?.key).toBe('site.cloudResource');
    // a table on its own under a heading keeps its 选择, and the heading names the choice
    const alone = page(`<h3>备案实例</h3><table><thead><tr><th>选择</th><th>实例ID</th><th>公网IP</th></tr></thead><tbody>${row('i-bp1k', '121.43.20.6')}${row('i-bp1w', '47.96.56.78')}</tbody></table>`);
    const choice = alone.items.find((i) => i.controls[0]?.shape === 'radio');
    expect(choice?.label).toBe('选择');
    expect(classify(alone).find((r) => r.item.id === choice?.id)?.key).toBe('site.cloudResource');
  });
  it('a note that a field is still loading (证件类型加载中…) is told, as 正在加载… is; a label that names loading is not', () => {
    document.body.innerHTML = '<div><span class="help">证件类型加载中…</span></div>';
    expect(loadingNoteShown()).toBe(true);
    document.body.innerHTML = '<div><span>正在查询您账号下的实例…</span></div>';
    expect(loadingNoteShown()).toBe(true);
    document.body.innerHTML = '<div><label>证件类型</label><span>获取验证码</span></div>';
    expect(loadingNoteShown()).toBe(false);
  });
});
