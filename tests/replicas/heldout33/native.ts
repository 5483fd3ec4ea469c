/**
 * Gen-33 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout33-beian-old-site-person-native-inlineblocks   the old 公安 portal's 网站基本信息 step for a person (http) as
 *    INLINE BLOCKS: no table, no floats; each field an inline-block cell with its caption above the control, three cells
 *    to a line, grouped under <h4> captions (网站信息 / 网络接入服务商 / 域名注册服务商); coded radios and checkboxes, a
 *    provider <select>, the provider region as three <select>s filled from the area API (/__heldout33/area?parent=<code>),
 *    blur checks; a captcha; 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_ACCESS_METHODS, MPS_LANGUAGE_CODES, MPS_PROVIDERS, PREFIX } from './common';

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .vc-top, .bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .vc-top { background: #0c1426; } .bd-top { background: #2468f2; }
.al-top span, .mps-top span, .vc-top span, .bd-top span { opacity: .9; font-size: 13px; } .who { margin-left: auto; }
.al-body, .mps-body, .vc-body, .bd-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; } .msg { color: #d23c26; font-size: 13px; }
.help { color: #888; font-size: 12px; } .field-err { color: #d23c26; font-size: 12px; line-height: 1.5; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; } .row-inline { display: inline-flex; gap: 8px; align-items: center; }
.sec-title { font-weight: 600; margin: 16px 0 10px; padding-left: 8px; border-left: 3px solid #2468f2; }
.inset-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 14px 20px; } .box { background: #fff; border: 1px solid #dcdee3; padding: 14px 16px; border-radius: 3px; }
.box h4 { margin: 0 0 10px; font-size: 14px; } .box .cell { margin-bottom: 10px; } .box .cap { color: #666; font-size: 12px; margin-bottom: 4px; }
.aside-layout { display: grid; grid-template-columns: minmax(0, 1fr) 260px; gap: 16px; align-items: start; } .aside { background: #fffbe6; border: 1px solid #ffe58f; padding: 12px 14px; font-size: 12px; color: #6b5a1e; position: sticky; top: 16px; }
.aside li { margin-bottom: 6px; } .top-label { color: #555; font-size: 13px; margin-bottom: 4px; } .top-label i, .vg-label i { color: #d23c26; font-style: normal; margin-right: 2px; }
.col-cell { margin-bottom: 14px; }
.nat-cards .arco-radio { border: 1px solid #e5e6eb; border-radius: 4px; padding: 10px 14px; margin-right: 10px; } .nat-cards .arco-radio-checked { border-color: #165dff; background: #f2f6ff; }
.vgrid { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px 20px; } .vg-label { color: #555; font-size: 13px; margin-bottom: 4px; } .vg-wide { grid-column: span 2; }
.tl-sec { background: #fff; padding: 12px 16px; border-radius: 4px; } .tl-row { display: grid; grid-template-columns: 200px minmax(0, 1fr); gap: 12px; align-items: center; margin: 8px 0; } .tl-row > label { color: #555; text-align: right; font-size: 13px; }
.tl-row > label i { color: #d23c26; font-style: normal; margin-right: 2px; }
.orders { background: #fff; padding: 16px; border-radius: 4px; } .drawer-foot { display: flex; gap: 12px; padding: 12px 0; align-items: center; }
.dr-row { margin-bottom: 12px; } .dr-row > label { display: block; color: #555; font-size: 13px; margin-bottom: 4px; } .dr-row > label i { color: #d23c26; font-style: normal; margin-right: 2px; }
.sticky-bar { position: sticky; bottom: 0; background: #fff; border-top: 1px solid #e5e5e5; padding: 10px 24px; display: flex; gap: 12px; align-items: center; z-index: 5; }
.fl-row { display: grid; grid-template-columns: 170px minmax(0, 1fr); gap: 12px; align-items: center; margin: 10px 0; } .fl-row > label { color: #555; text-align: right; font-size: 13px; }
.dom-row { display: flex; gap: 8px; align-items: center; margin-bottom: 6px; }
`;

const LIB_ASSETS: Record<string, string> = { arco: 'arco', tea: 'tea', 'fusion-next': 'fusion', opentiny: 'opentiny' };

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

/* ------------------------------------------------------------------ old 公安 portal: 网站基本信息 (个人), inline blocks */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #eaf0f5; color: #222; }
.banner { background: #0f4c92; color: #fff; height: 66px; line-height: 66px; padding: 0 28px; border-bottom: 3px solid #c9151e; font: bold 21px "SimHei", sans-serif; }
.page { width: 960px; margin: 10px auto 24px; background: #fff; border: 1px solid #c6d1dd; padding: 8px 20px 16px; }
.steps { color: #666; padding: 4px 0 8px; border-bottom: 1px solid #e3e8ee; }
h4 { margin: 14px 0 6px; font-size: 13px; color: #0f4c92; background: #eef4fa; padding: 2px 8px; }
.cell { display: inline-block; vertical-align: top; width: 300px; margin: 4px 0; }
.cell .cap { display: block; color: #333; } .cell .cap em { color: #e00; font-style: normal; }
.cell.wide { width: 610px; }
input[type=text], select { border: 1px solid #a3b3c4; font: inherit; height: 22px; box-sizing: border-box; width: 270px; } select.rg { width: 88px; }
.err { display: block; color: #e00; min-height: 0; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #f5efdf; font: italic bold 15px monospace; margin-left: 6px; }
.btns { text-align: center; padding-top: 12px; } .btns input { padding: 3px 24px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = { siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ip: '', interactive: '', languages: [], apName: '', prov: '', city: '', dist: '',
    apMethod: '', apPhone: '', rgName: '', rgPhone: '', captcha: '', nextClicks: 0 };
  var names = { prov: '', city: '', dist: '' };
  var R = { platform: 'beian-old', step: 'site', variant: '个人', changes: 0, getState: function () {
    var o = JSON.parse(JSON.stringify(S)); delete o.prov; delete o.city; delete o.dist;
    o.apRegion = [names.prov, names.city, names.dist].filter(Boolean); return o; } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var RULES = {
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 yyyy-mm-dd'; },
    domain: function (v) { return /^(?!www\.)([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v) ? '' : '请填写不带 www. 的主域名'; },
    ip: function (v) { return /^(\d{1,3}\.){3}\d{1,3}$/.test(v) || /^[0-9a-f:]+$/i.test(v) ? '' : 'IP地址格式不正确'; },
    icp: function (v) { return /^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '备案号格式如 浙ICP备12345678号-1'; },
    phone: function (v) { return /^(0\d{2,3}-?\d{7,8}|9\d{4}|400-?\d{3}-?\d{4}|1[3-9]\d{9})$/.test(v) ? '' : '电话格式不正确'; }
  };
  var PFX = '${PREFIX}';
  function load(sel, parent) {
    sel.innerHTML = '<option value="">--请选择--</option>';
    if (parent === null) return;
    var x = new XMLHttpRequest();
    x.open('GET', PFX + 'area?parent=' + encodeURIComponent(parent));
    x.onload = function () { JSON.parse(x.responseText).forEach(function (a) { var o = document.createElement('option'); o.value = a.code; o.text = a.name; sel.appendChild(o); }); };
    x.send();
  }
  var P = document.getElementById('prov'), C = document.getElementById('city'), D = document.getElementById('dist');
  load(P, '');
  function region(k, el) {
    set(k, el.value); names[k] = el.value ? el.options[el.selectedIndex].text : '';
    if (k === 'prov') { S.city = S.dist = ''; names.city = names.dist = ''; load(C, el.value || null); load(D, null); }
    if (k === 'city') { S.dist = ''; names.dist = ''; load(D, el.value || null); }
  }
  [P, C, D].forEach(function (el) { el.addEventListener('change', function () { region(el.id, el); }); });
  Array.prototype.forEach.call(document.querySelectorAll('[data-k]'), function (el) {
    var k = el.getAttribute('data-k');
    var f = function () {
      if (el.type === 'radio') { if (el.checked) set(k, el.getAttribute('data-label')); }
      else if (el.type === 'checkbox') {
        var l = Array.prototype.filter.call(document.querySelectorAll('input[data-k="' + k + '"]'), function (c) { return c.checked; }).map(function (c) { return c.getAttribute('data-label'); });
        set(k, l);
      }
      else if (el.tagName === 'SELECT') set(k, el.value ? el.options[el.selectedIndex].text : '');
      else set(k, el.value.trim());
      var m = document.getElementById(el.id + '_err'); if (m) m.textContent = '';
    };
    el.addEventListener('change', f);
    if (el.type === 'text') el.addEventListener('input', f);
    var r = el.getAttribute('data-blur');
    if (r) el.addEventListener('blur', function () { var v = el.value.trim(); var m = document.getElementById(el.id + '_err'); if (v && m) m.textContent = RULES[r](v); });
  });
  document.getElementById('next').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); document.getElementById('formMsg').textContent = S.captcha ? '' : '请输入验证码'; });
})();
`;

function cell(id: string, cap: string, control: string, req = true, wide = false): string {
  const c = `${req ? '<em>*</em>' : ''}${cap}`;
  return `<div class="cell${wide ? ' wide' : ''}">${id ? `<label class="cap" for="${id}">${c}</label>` : `<span class="cap">${c}</span>`}${control}${id ? `<span class="err" id="${id}_err"></span>` : ''}</div>`;
}
const txt = (id: string, blur = '', extra = '') => `<input type="text" id="${id}" name="${id}" data-k="${id}"${blur ? ` data-blur="${blur}"` : ''}${extra}>`;
const opts = (l: string[]) => ['<option value="">--请选择--</option>', ...l.map((t, i) => `<option value="${String(i + 1).padStart(2, '0')}">${t}</option>`)].join('');
const radios = (k: string, l: [string, string][]) => l.map(([c, t]) => `<label><input type="radio" name="${k}" id="${k}_${c}" value="${c}" data-k="${k}" data-label="${t}">${t}</label>`).join(' ');

export function oldSiteHtml(): string {
  const langs = MPS_LANGUAGE_CODES.map(([c, t]) => `<label><input type="checkbox" name="languages" id="lang_${c}" value="${c}" data-k="languages" data-label="${t}">${t}</label>`).join(' ');
  const methods = MPS_ACCESS_METHODS.map((t, i): [string, string] => [String(i + 1).padStart(2, '0'), t]);
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>全国互联网安全管理服务平台 - 网站基本信息</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="banner">全国互联网安全管理服务平台</div>
<div class="page">
<div class="steps">新办网站申请：开办主体 → <b>网站基本信息</b> → 网站负责人信息 → 提示说明</div>
<h4>网站信息</h4>
${cell('siteName', '网站名称', txt('siteName'))}${cell('icpNumber', '工信部备案号', txt('icpNumber', 'icp'))}${cell('openedAt', '网站开通日期', txt('openedAt', 'date', ' placeholder="yyyy-mm-dd"'))}
${cell('mainDomain', '网站主域名', txt('mainDomain', 'domain'))}${cell('ip', '网站IP地址', txt('ip', 'ip'))}${cell('', '是否提供互联网交互服务', radios('interactive', [['1', '是'], ['0', '否']]))}
${cell('', '网站语种', langs, true, true)}
<h4>网络接入服务商</h4>
${cell('apName', '接入服务商名称', `<select id="apName" data-k="apName">${opts(MPS_PROVIDERS)}</select>`)}${cell('prov', '接入服务商所属区域', '<select id="prov" class="rg"></select> <select id="city" class="rg"></select> <select id="dist" class="rg"></select>')}${cell('', '网站接入方式', radios('apMethod', methods))}
${cell('apPhone', '接入服务商电话', txt('apPhone', 'phone'))}
<h4>域名注册服务商</h4>
${cell('rgName', '域名注册服务商名称', `<select id="rgName" data-k="rgName">${opts(MPS_PROVIDERS)}</select>`)}${cell('rgPhone', '注册服务商电话', txt('rgPhone', 'phone'))}
<h4>提交</h4>
${cell('captcha', '验证码', `<input type="text" id="captcha" data-k="captcha" style="width:90px"><span class="vcode">q4Wd</span>`)}
<div class="btns"><input type="button" id="next" value="下一步"> <span class="err" id="formMsg"></span></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
