/**
 * Gen-25 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout25-beian-old-site-unit-native-pairtable   the old 公安 portal's 网站基本信息 for a unit (http): ONE <table> with
 *    TWO field pairs a row (<th> caption | control | <th> caption | control; no <label>) and section rows spanning it; list
 *    textareas, radios, coded checkboxes, provider selects, the provider's region as three selects answered by the area
 *    API, a coded access-method select, blur checks; a captcha; 保存 / 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_ACCESS_METHODS, MPS_LANGUAGE_CODES, MPS_PROVIDERS, PREFIX } from './common';

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .vc-top, .bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .vc-top { background: #0c1426; } .bd-top { background: #2468f2; }
.al-top b, .mps-top b, .vc-top b, .bd-top b { font-size: 16px; } .al-top span, .mps-top span, .vc-top span, .bd-top span { opacity: .9; font-size: 13px; }
.al-side, .vc-side, .bd-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; z-index: 1; }
.vc-side { width: 200px; background: #161f33; border-right: 0; } .bd-side { width: 190px; }
.al-side a, .vc-side a, .bd-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; cursor: pointer; }
.vc-side a { color: #b8c0d0; } .vc-side a.on { color: #fff; background: #1664ff; }
.al-side a.on { color: #ff6a00; background: #fff5ee; } .bd-side a.on { color: #2468f2; background: #eef3fe; }
.vc-side .grp, .bd-side .grp { padding: 12px 20px 4px; color: #999; font-size: 12px; }
.al-main { margin-left: 176px; } .vc-main { margin-left: 200px; } .bd-main { margin-left: 190px; }
.al-body, .mps-body, .vc-body, .bd-body { max-width: 1180px; margin: 0 auto; padding: 16px 24px 60px; }
.crumbs { color: #888; font-size: 12px; margin: 2px 0 12px; }
.page-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; }
.help { color: #888; font-size: 12px; line-height: 1.5; }
.msg { color: #d23c26; font-size: 12px; } .ok-msg { color: #1a9c47; font-size: 12px; }
.field-err { color: #d23c26; font-size: 12px; line-height: 1.5; }
.row-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; }
.mps-top .who { margin-left: auto; }
.ctl { width: 100%; }
.facts-ro { display: flex; gap: 28px; background: #fafafa; border: 1px dashed #ddd; padding: 8px 14px; font-size: 13px; margin: 0 0 14px; flex-wrap: wrap; }
.facts-ro span { color: #888; margin-right: 6px; }
.dom-row, .ip-row { display: flex; gap: 8px; align-items: center; margin-bottom: 6px; }
.derived { display: inline-block; min-width: 110px; padding: 4px 10px; background: #f5f5f5; border-radius: 3px; color: #333; }
/* aliyun apply person (arco): form + live preview */
.live { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 16px; align-items: start; }
.live .preview { position: sticky; top: 12px; }
.live .arco-card { margin-bottom: 16px; }
.live .arco-form-item { margin-bottom: 16px; }
/* aliyun apply unit (fusion): left vertical tabs */
.vtabs-wrap { background: #fff; border-radius: 4px; padding: 12px 16px; }
.vtabs-wrap .pane { padding: 8px 24px 4px; }
.vtabs-wrap .pane h3 { margin: 0 0 14px; font-size: 15px; }
/* aliyun apply unit (tea): site list */
.site-list { margin-bottom: 16px; }
.new-site .tea-form__item { margin-bottom: 4px; }
.grp-title { font-weight: 500; margin: 14px 0 8px; border-left: 3px solid #ff6a00; padding-left: 8px; }
/* mps principal person (arco): copy panel */
.copy-layout { display: grid; grid-template-columns: 300px minmax(0, 1fr); gap: 16px; align-items: start; }
.held-card { background: #fff; border-radius: 4px; padding: 14px 16px; position: sticky; top: 12px; }
.held-card dl { display: grid; grid-template-columns: 72px 1fr; gap: 6px 8px; font-size: 13px; margin: 0 0 12px; } .held-card dt { color: #888; } .held-card dd { margin: 0; }
.held-card .arco-btn { width: 100%; margin-top: 8px; }
.role-form { background: #fff; border-radius: 4px; padding: 12px 20px 4px; margin-bottom: 16px; }
.role-form h3 { margin: 0 0 12px; font-size: 15px; }
.photo-row { display: flex; gap: 24px; flex-wrap: wrap; } .mat-file { display: flex; gap: 8px; align-items: center; }
/* mps apply person (fusion): card grid */
.card-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; }
.card-grid .next-card { height: 100%; }
.t-item { margin-bottom: 12px; } .t-label { font-size: 12px; color: #666; margin-bottom: 4px; } .t-label i { color: #e54545; font-style: normal; margin-right: 2px; }
.same-sum { background: #fafafa; border: 1px dashed #ddd; padding: 6px 12px; font-size: 13px; margin: -4px 0 12px; }
/* volcengine site person (tea): vertical stepper */
.vstep { display: grid; grid-template-columns: 200px minmax(0, 1fr); gap: 16px; align-items: start; }
.vstep .rail { background: #fff; border-radius: 4px; padding: 16px; }
.vstep .form-card { background: #fff; border-radius: 4px; padding: 16px 24px 4px; }
/* baidu subject unit (antd): twin columns */
.twin { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; }
`;

const LIB_ASSETS: Record<string, string> = { antd: 'antd', tea: 'tea', arco: 'arco', 'fusion-next': 'fusion' };

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

/* ------------------------------------------------------------------ old 公安 portal: 网站基本信息 (单位), pair table */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 76px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 4px solid #c9151e; }
.banner .badge { width: 50px; height: 50px; border-radius: 50%; background: radial-gradient(#ffe27a, #c2911c); box-shadow: 0 0 0 3px #fff6cf inset; }
.banner b { font: bold 23px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; } .banner small { display: block; opacity: .75; }
.banner .who { margin-left: auto; }
.menu { background: #2f69ad; height: 30px; display: flex; justify-content: center; } .menu a { color: #fff; padding: 0 18px; line-height: 30px; text-decoration: none; } .menu a.cur { background: #c9151e; }
.box { width: 960px; margin: 12px auto 30px; background: #fff; border: 1px solid #c9d3de; padding: 10px 24px 18px; }
h2 { font: bold 15px "SimHei", "Microsoft YaHei", sans-serif; color: #0d4592; margin: 4px 0 8px; }
.steps { color: #666; margin-bottom: 8px; } .steps b { color: #c9151e; }
table.pair { width: 100%; border-collapse: collapse; }
table.pair th, table.pair td { border: 1px solid #c9d3de; padding: 4px 6px; vertical-align: top; }
table.pair th { width: 120px; background: #f2f6fa; text-align: right; font-weight: normal; } table.pair th em { color: #e00; font-style: normal; }
table.pair th.sec { text-align: left; font-weight: bold; color: #0d4592; background: #e3ecf6; }
input[type=text], select, textarea { border: 1px solid #9fb0c2; font: inherit; padding: 0 3px; box-sizing: border-box; } input[type=text], select { height: 22px; }
.err { color: #e00; display: block; } .tip { color: #888; display: block; }
.langs label { display: inline-block; width: 76px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; }
.btns { text-align: center; padding: 12px 0 0; } .btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
`;

/**
 * The page's script (inline, ES5 like the portal's): state S and window.__replica; [data-k] text boxes / selects (the
 * option's text) / textareas (data-list: the lines) / radios (the checked one's text) / checkbox groups (the checked ones'
 * texts); [data-blur] checks writing #<id>_err; [data-click] counters; the provider region's three selects answered by the
 * area API.
 */
const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], ips: [], interactive: '', dangerous: '', languages: [],
    apName: '', apRegion: [], apMethod: '', apPhone: '', rgName: '', rgPhone: '', captcha: '', saveClicks: 0, nextClicks: 0
  };
  var R = { platform: 'beian-old', step: 'site', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  function $(id) { return document.getElementById(id); }
  function all(q) { return Array.prototype.slice.call(document.querySelectorAll(q)); }
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  function textOf(sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; }
  function labelText(el) { return el.parentNode.textContent.replace(/\s+/g, ''); }
  function shortV6(s) {
    if (!/^[0-9a-f:]+$/i.test(s) || s.indexOf(':') < 0) return s;
    var parts = s.split('::'), h = parts[0] ? parts[0].split(':') : [], t = parts.length > 1 && parts[1] ? parts[1].split(':') : [];
    var g = h.slice(); if (parts.length > 1) { for (var i = h.length + t.length; i < 8; i++) g.push('0'); g = g.concat(t); }
    g = g.map(function (x) { return (parseInt(x || '0', 16) || 0).toString(16); });
    var bs = -1, bl = 0;
    for (var a = 0; a < g.length;) { if (g[a] !== '0') { a++; continue; } var b = a; while (b < g.length && g[b] === '0') b++; if (b - a > bl && b - a > 1) { bs = a; bl = b - a; } a = b; }
    return bs < 0 ? g.join(':') : g.slice(0, bs).join(':') + '::' + g.slice(bs + bl).join(':');
  }
  all('[data-k]').forEach(function (el) {
    var k = el.getAttribute('data-k');
    if (el.tagName === 'SELECT') {
      el.addEventListener('change', function () { set(k, textOf(el)); err(el.id, ''); });
    } else if (el.type === 'radio') {
      el.addEventListener('change', function () { if (el.checked) set(k, labelText(el)); });
    } else if (el.type === 'checkbox') {
      el.addEventListener('change', function () {
        set(k, all('input[data-k="' + k + '"]').filter(function (c) { return c.checked; }).map(labelText));
      });
    } else if (el.hasAttribute('data-list')) {
      var lst = function () {
        var v = el.value.split(/[\r\n;；,，]+/).map(function (x) { return x.trim(); }).filter(Boolean);
        if (k === 'ips') v = v.map(shortV6);
        set(k, v); err(el.id, '');
      };
      el.addEventListener('input', lst); el.addEventListener('change', lst);
    } else {
      var upd = function () { var v = el.value.trim(); if (S[k] !== v) set(k, v); err(el.id, ''); };
      el.addEventListener('input', upd); el.addEventListener('change', upd);
    }
  });
  all('[data-click]').forEach(function (el) {
    el.addEventListener('click', function () { var k = el.getAttribute('data-click'); set(k, (S[k] || 0) + 1); });
  });
  var V4 = /^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$/;
  function v6(s) { return /^[0-9a-f:]+$/i.test(s) && s.indexOf(':') >= 0 && (s.match(/::/g) || []).length <= 1; }
  var DOM = /^(?!www\.)([a-z0-9-]+\.)+[a-z]{2,}$/i;
  var rules = {
    icp: function (v) { return /^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '工信部备案号格式如 浙ICP备12345678号-1'; },
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(v)) ? '' : '日期格式：yyyy-mm-dd'; },
    domain: function (v) { return DOM.test(v) ? '' : '请填写不带 www. 与 http:// 的域名'; },
    domains: function (v) { var bad = v.split(/[\r\n;；,，]+/).map(function (x) { return x.trim(); }).filter(Boolean).filter(function (x) { return !DOM.test(x); })[0]; return bad ? bad + ' 不是有效的域名' : ''; },
    ips: function (v) { var bad = v.split(/[\r\n;；,，]+/).map(function (x) { return x.trim(); }).filter(Boolean).filter(function (x) { return !V4.test(x) && !v6(x); })[0]; return bad ? bad + ' 不是有效的IP地址' : ''; },
    phone: function (v) { return /^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|9\d{4}|400-?\d{3}-?\d{4}|4009-?\d{3}-?\d{3}|1[3-9]\d{9})$/.test(v) ? '' : '电话格式不正确'; }
  };
  all('[data-blur]').forEach(function (el) {
    el.addEventListener('blur', function () { var v = el.value.trim(); var r = rules[el.getAttribute('data-blur')]; if (v && r) err(el.id, r(v)); });
  });
  /* 网络接入服务商所属区域: three selects, each level fetched from the area API */
  (function (ids, key) {
    var sels = ids.map($);
    function load(i, parent) {
      var sel = sels[i];
      sel.innerHTML = '<option value="">' + (parent === null ? '--请选择--' : '加载中…') + '</option>';
      if (parent === null) return;
      var x = new XMLHttpRequest();
      x.open('GET', ${JSON.stringify(PREFIX)} + 'area?parent=' + encodeURIComponent(parent));
      x.onload = function () {
        var list = JSON.parse(x.responseText);
        sel.innerHTML = '<option value="">--请选择--</option>' + list.map(function (a) { return '<option value="' + a.code + '">' + a.name + '</option>'; }).join('');
      };
      x.send();
    }
    function path() { var p = []; for (var i = 0; i < 3 && sels[i].value; i++) p.push(textOf(sels[i])); return p; }
    sels.forEach(function (sel, i) {
      sel.addEventListener('change', function () {
        for (var j = i + 1; j < 3; j++) load(j, j === i + 1 && sel.value ? sel.value : null);
        set(key, path());
      });
    });
    load(0, ''); load(1, null); load(2, null);
  })(['jrSheng', 'jrShi', 'jrXian'], 'apRegion');
  $('btnSave').addEventListener('click', function () { $('btnMsg').textContent = S.siteName ? '已保存' : '请填写网站名称'; });
  $('btnNext').addEventListener('click', function () {
    $('btnMsg').textContent = !S.captcha ? '请输入验证码' : !S.icpNumber ? '请填写工信部备案号' : '请核对验证码';
  });
})();`;

const opt = (list: [string, string][], first = '--请选择--') => `<option value="">${first}</option>${list.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}`;
/** FORMS §2.3 接入方式 with codes (the order the list gives). */
const METHOD_CODES: [string, string][] = MPS_ACCESS_METHODS.map((m, i) => [String(i + 1).padStart(2, '0'), m]);
const PROVIDER_CODES: [string, string][] = MPS_PROVIDERS.map((p, i) => [String(i + 1), p]);

export function oldSiteHtml(): string {
  const txt = (id: string, k: string, extra = '') => `<input type="text" id="${id}" name="${id}" data-k="${k}"${extra}><span class="err" id="${id}_err"></span>`;
  const area = (id: string, k: string, blur: string, tip: string) =>
    `<textarea id="${id}" name="${id}" rows="3" cols="30" data-k="${k}" data-list data-blur="${blur}"></textarea><span class="err" id="${id}_err"></span><span class="tip">${tip}</span>`;
  const radios = (name: string, k: string) => ['是', '否'].map((t, i) => `<label><input type="radio" name="${name}" value="${i ? '0' : '1'}" data-k="${k}"> ${t}</label>`).join(' ');
  const th = (cap: string, req = true) => `<th>${req ? '<em>*</em>' : ''}${cap}</th>`;
  const sec = (t: string) => `<tr><th class="sec" colspan="4">${t}</th></tr>`;
  const body = `
<div class="banner"><div class="badge"></div><div><b>全国互联网安全管理服务平台</b><small>公安机关互联网站安全管理服务平台</small></div><div class="who">当前用户：杭州云栖示例科技有限公司 | 退出</div></div>
<div class="menu"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="box">
  <h2>新办网站申请</h2>
  <div class="steps">1.开办主体 &gt; <b>2.网站基本信息</b> &gt; 3.网站负责人 &gt; 4.提示说明</div>
  <form id="f" onsubmit="return false">
  <table class="pair" id="siteTable">
    ${sec('网站信息')}
    <tr>${th('网站名称')}<td>${txt('wzmc', 'siteName', ' maxlength="50" style="width:240px"')}</td>${th('工信部备案号')}<td>${txt('icpbah', 'icpNumber', ' maxlength="30" style="width:200px" data-blur="icp"')}<span class="tip">如 浙ICP备12345678号-1</span></td></tr>
    <tr>${th('网站开通日期')}<td>${txt('ktrq', 'openedAt', ' maxlength="10" style="width:110px" data-blur="date"')}<span class="tip">格式：yyyy-mm-dd</span></td>${th('主域名')}<td>${txt('zym', 'mainDomain', ' maxlength="60" style="width:200px" data-blur="domain"')}</td></tr>
    <tr>${th('从域名', false)}<td>${area('cym', 'subDomains', 'domains', '同一网站的其他域名，每行一个')}</td>${th('网站IP')}<td>${area('wzip', 'ips', 'ips', '域名实际解析的IP，每行一个')}</td></tr>
    <tr>${th('是否提供互联网交互服务')}<td>${radios('jhfw', 'interactive')}<span class="tip">论坛、评论、即时通讯等用户可发布信息的服务</span></td>${th('互联网危险物品信息发布')}<td>${radios('wxwp', 'dangerous')}</td></tr>
    <tr>${th('网站语种')}<td colspan="3" class="langs">${MPS_LANGUAGE_CODES.map(([c, l]) => `<label><input type="checkbox" name="wzyz" value="${c}" data-k="languages"> ${l}</label>`).join('')}</td></tr>
    ${sec('网络接入服务商')}
    <tr>${th('名称')}<td><select id="jrsmc" name="jrsmc" data-k="apName" style="width:240px">${opt(PROVIDER_CODES)}</select></td>${th('所属区域')}<td><select id="jrSheng" name="jrSheng"></select> <select id="jrShi" name="jrShi"></select> <select id="jrXian" name="jrXian"></select></td></tr>
    <tr>${th('网站接入方式')}<td><select id="jrfs" name="jrfs" data-k="apMethod">${opt(METHOD_CODES)}</select></td>${th('联系电话')}<td>${txt('jrsdh', 'apPhone', ' maxlength="20" style="width:140px" data-blur="phone"')}</td></tr>
    ${sec('域名注册服务商')}
    <tr>${th('名称')}<td><select id="zcsmc" name="zcsmc" data-k="rgName" style="width:240px">${opt(PROVIDER_CODES)}</select></td>${th('联系电话')}<td>${txt('zcsdh', 'rgPhone', ' maxlength="20" style="width:140px" data-blur="phone"')}</td></tr>
    <tr>${th('验证码')}<td colspan="3"><input type="text" id="yzm" name="yzm" maxlength="4" style="width:70px" data-k="captcha"> <span class="vcode" aria-hidden="true">k4Tn</span> <a href="#" onclick="return false">看不清，换一张</a></td></tr>
  </table>
  <div class="btns"><input type="button" id="btnSave" value="保存" data-click="saveClicks"><input type="button" id="btnNext" class="main-btn" value="下一步" data-click="nextClicks"><div class="err" id="btnMsg"></div></div>
  </form>
</div>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>新办网站申请 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
</head>
<body>
${body}
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
