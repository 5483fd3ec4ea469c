/**
 * Gen-37 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout37-beian-old-site-person-native-tabpanels   the old 公安 portal's 网站基本信息 step for a person (http) as TAB
 *    PANELS: a strip of three links (网站信息 / 网络接入服务商 / 域名注册服务商) switching server-rendered <div> panels (one
 *    shown, the others display:none); texts, a date text, an IP textarea, a coded <select>, language ticks, the provider's
 *    region THREE <select>s filled late from the area API (/__heldout37/area), coded radios, provider <select>s, blur
 *    checks; a captcha; 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_LANGUAGE_CODES, MPS_PROVIDERS, PREFIX } from './common';

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .vc-top, .bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .vc-top { background: #0c1426; } .bd-top { background: #2468f2; }
.al-top span, .mps-top span, .vc-top span, .bd-top span { opacity: .9; font-size: 13px; } .who { margin-left: auto; }
.al-body, .mps-body, .vc-body, .bd-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; } .msg { color: #d23c26; font-size: 13px; }
.help { color: #888; font-size: 12px; } .field-err { color: #d23c26; font-size: 12px; line-height: 1.5; } .ro { color: #333; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; } .row-inline { display: inline-flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.sec-title { font-weight: 600; margin: 4px 0 12px; padding-left: 8px; border-left: 3px solid #2468f2; }
.fl-row { display: grid; grid-template-columns: 170px minmax(0, 1fr); gap: 12px; align-items: start; margin: 10px 0; } .fl-row > label { color: #555; text-align: right; font-size: 13px; line-height: 32px; }
.fl-row > label i, .top-item > label i, .g-item > label i { color: #d23c26; font-style: normal; margin-right: 2px; }
.top-item, .g-item { margin-bottom: 14px; } .top-item > label, .g-item > label { display: block; font-size: 13px; color: #444; margin-bottom: 6px; }
.two-col, .grid2 { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 4px 24px; }
.vs-layout { display: grid; grid-template-columns: 200px minmax(0, 1fr); gap: 20px; align-items: start; } .vs-rail { position: sticky; top: 16px; height: 260px; }
.ro-line { color: #555; font-size: 13px; margin-bottom: 12px; } .sec-h { margin: 6px 0 4px; color: #0c1426; } .sections { background: #fff; padding: 4px 20px; }
`;

const LIB_ASSETS: Record<string, string> = { arco: 'arco', tea: 'tea', 'fusion-next': 'fusion' };

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

/* ------------------------------------------------------------------ old 公安 portal: 网站基本信息 (个人), tab panels */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9edf2; color: #222; }
.banner { background: #1d4f91; color: #fff; height: 58px; line-height: 58px; padding: 0 24px; border-bottom: 3px solid #c0141c; font: bold 20px "SimHei", sans-serif; }
.page { width: 880px; margin: 10px auto 24px; background: #fff; border: 1px solid #c3cfdc; padding: 8px 20px 16px; }
.crumb { color: #666; padding: 4px 0 8px; }
.tabs { border-bottom: 2px solid #1d4f91; height: 28px; } .tabs a { float: left; margin-right: 4px; padding: 0 16px; height: 27px; line-height: 27px; background: #dfe7f1; color: #1d4f91; text-decoration: none; border: 1px solid #b7c6d8; border-bottom: 0; }
.tabs a.on { background: #1d4f91; color: #fff; }
.panel { border: 1px solid #c3cfdc; border-top: 0; padding: 10px 16px; }
.item { padding: 4px 0; } .item .cap { display: inline-block; width: 160px; text-align: right; padding-right: 8px; } .item .cap em { color: #e00; font-style: normal; }
input[type=text], select, textarea { border: 1px solid #9fb0c2; font: inherit; box-sizing: border-box; } input[type=text], select { height: 22px; width: 260px; }
textarea { width: 260px; height: 44px; vertical-align: top; } .rsel { width: 120px !important; }
.err { color: #e00; margin-left: 8px; } .help { color: #888; margin-left: 6px; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #eef3d9; font: italic bold 15px monospace; margin-left: 6px; }
.btns { text-align: center; padding-top: 14px; } .btns input { padding: 3px 24px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = { siteName: '', openedAt: '', mainDomain: '', ipText: '', interactive: '', languages: [],
    apName: '', apProv: '', apCity: '', apDist: '', apMethod: '', apPhone: '', rgName: '', rgPhone: '', captcha: '', nextClicks: 0 };
  var R = { platform: 'beian-old', step: 'site', variant: '个人', changes: 0, getState: function () {
    var o = JSON.parse(JSON.stringify(S)); delete o.ipText; delete o.apProv; delete o.apCity; delete o.apDist;
    o.ips = S.ipText.split(/[\r\n;；,，]+/).map(function (x) { return x.trim(); }).filter(Boolean);
    o.apRegion = [S.apProv, S.apCity, S.apDist].filter(Boolean); return o; } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var RULES = {
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 yyyy-mm-dd'; },
    domain: function (v) { return /^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v) ? '' : '域名格式不正确'; },
    phone: function (v) { return /^(0\d{2,3}-?\d{7,8}|9\d{4}|400-?\d{3}-?\d{4}|4009-?\d{3}-?\d{3})$/.test(v) ? '' : '电话格式不正确'; }
  };
  // tabs
  var links = document.querySelectorAll('.tabs a');
  Array.prototype.forEach.call(links, function (a) {
    a.addEventListener('click', function (ev) {
      ev.preventDefault();
      Array.prototype.forEach.call(links, function (x) { x.className = x === a ? 'on' : ''; document.getElementById(x.getAttribute('data-panel')).style.display = x === a ? '' : 'none'; });
    });
  });
  // region selects from the area API
  var PRE = '${PREFIX}';
  function fill(sel, parent) {
    sel.innerHTML = '<option value="">--请选择--</option>';
    if (parent === null) return;
    var x = new XMLHttpRequest();
    x.open('GET', PRE + 'area?parent=' + encodeURIComponent(parent));
    x.onload = function () { setTimeout(function () {
      JSON.parse(x.responseText).forEach(function (a) { var o = document.createElement('option'); o.value = a.code; o.text = a.name; sel.appendChild(o); });
    }, 200); };
    x.send();
  }
  var prov = document.getElementById('apProv'), city = document.getElementById('apCity'), dist = document.getElementById('apDist');
  fill(prov, ''); fill(city, null); fill(dist, null);
  var txt = function (sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; };
  prov.addEventListener('change', function () { S.apCity = ''; S.apDist = ''; set('apProv', txt(prov)); fill(city, prov.value || null); fill(dist, null); });
  city.addEventListener('change', function () { S.apDist = ''; set('apCity', txt(city)); fill(dist, city.value || null); });
  dist.addEventListener('change', function () { set('apDist', txt(dist)); });
  Array.prototype.forEach.call(document.querySelectorAll('[data-k]'), function (el) {
    var k = el.getAttribute('data-k');
    var f = function () {
      if (el.type === 'checkbox') {
        set(k, Array.prototype.filter.call(document.querySelectorAll('input[data-k="' + k + '"]'), function (x) { return x.checked; }).map(function (x) { return x.value; }));
      } else if (el.type === 'radio') { if (el.checked) set(k, el.value); }
      else if (el.tagName === 'SELECT') set(k, el.value ? el.options[el.selectedIndex].text : '');
      else set(k, el.value.trim());
      var m = document.getElementById(k + '_err'); if (m) m.textContent = '';
    };
    el.addEventListener('change', f);
    if (el.type === 'text' || el.tagName === 'TEXTAREA') el.addEventListener('input', f);
    var r = el.getAttribute('data-blur');
    if (r) el.addEventListener('blur', function () { var v = el.value.trim(); var m = document.getElementById(k + '_err'); if (v && m) m.textContent = RULES[r](v); });
  });
  document.getElementById('next').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); document.getElementById('formMsg').textContent = S.captcha ? '' : '请输入验证码'; });
})();
`;

const item = (cap: string, control: string, k = '', req = true, help = '') =>
  `<div class="item"><span class="cap">${req ? '<em>*</em>' : ''}${k ? `<label for="${k}">${cap}</label>` : cap}：</span>${control}${help ? `<span class="help">${help}</span>` : ''}${k ? `<span class="err" id="${k}_err"></span>` : ''}</div>`;
const txt = (k: string, blur = '', extra = '') => `<input type="text" id="${k}" name="${k}" data-k="${k}"${blur ? ` data-blur="${blur}"` : ''}${extra}>`;
const names = (k: string, l: string[]) => `<select id="${k}" name="${k}" data-k="${k}"><option value="">--请选择--</option>${l.map((t, i) => `<option value="${String(i + 1).padStart(2, '0')}">${t}</option>`).join('')}</select>`;
const METHODS: [string, string][] = [['01', '租赁虚拟空间'], ['02', '租赁主机'], ['03', '自有服务器'], ['04', '其他']];

export function oldSiteHtml(): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>全国互联网安全管理服务平台 - 新办网站申请</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="banner">全国互联网安全管理服务平台</div>
<div class="page">
<div class="crumb">当前位置：新办网站申请 &gt; 开办主体 → <b>网站基本信息</b> → 网站负责人信息 → 提示说明（开办主体：张伟，个人）</div>
<div class="tabs"><a href="#" class="on" data-panel="pSite" id="tabSite">网站信息</a><a href="#" data-panel="pAp" id="tabAp">网络接入服务商</a><a href="#" data-panel="pRg" id="tabRg">域名注册服务商</a></div>
<div class="panel" id="pSite">
${item('网站名称', txt('siteName', '', ' maxlength="50"'), 'siteName', true, '与ICP备案网站名称一致')}
${item('网站开通日期', txt('openedAt', 'date', ' placeholder="yyyy-mm-dd" style="width:120px"'), 'openedAt')}
${item('网站首页域名', txt('mainDomain', 'domain', ' placeholder="一级域名，不带 www."'), 'mainDomain')}
${item('服务器IP', '<textarea id="ipText" name="ipText" data-k="ipText" placeholder="多个IP用分号隔开"></textarea>', 'ipText')}
${item('是否提供互联网交互服务', '<select id="interactive" data-k="interactive"><option value="">--请选择--</option><option value="1">是</option><option value="0">否</option></select>', 'interactive')}
${item('网站语种', MPS_LANGUAGE_CODES.map(([c, t]) => `<label><input type="checkbox" name="languages" data-k="languages" value="${t}" data-code="${c}">${t}</label>`).join(' '))}
</div>
<div class="panel" id="pAp" style="display:none">
${item('接入服务商名称', names('apName', MPS_PROVIDERS), 'apName')}
${item('接入服务商所在地', '<select id="apProv" class="rsel"></select> <select id="apCity" class="rsel"></select> <select id="apDist" class="rsel"></select>')}
${item('网站接入方式', METHODS.map(([c, t]) => `<label><input type="radio" name="apMethod" data-k="apMethod" value="${t}" data-code="${c}">${t}</label>`).join(' '))}
${item('接入服务商联系电话', txt('apPhone', 'phone'), 'apPhone')}
</div>
<div class="panel" id="pRg" style="display:none">
${item('域名注册服务商名称', names('rgName', MPS_PROVIDERS), 'rgName')}
${item('域名注册服务商电话', txt('rgPhone', 'phone'), 'rgPhone')}
</div>
<div class="item" style="margin-top:10px"><span class="cap"><em>*</em><label for="captcha">验证码</label>：</span><input type="text" id="captcha" data-k="captcha" style="width:90px"><span class="vcode">k7Rm</span></div>
<div class="btns"><input type="button" id="next" value="下一步"> <span class="err" id="formMsg"></span></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
