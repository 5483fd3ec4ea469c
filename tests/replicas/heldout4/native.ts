/**
 * The gen-4 pages without a library bundle: the console shell of the iframe build (the form itself is
 * the antd app, loaded into a same-origin frame) and the old portal's site page (plain HTML and a small
 * inline script keeping the state). No library code.
 */
import type { ZooPage } from '../zoo/contract';
import { AREAS, ACCESS_PROVIDERS, MPS_ACCESS_METHODS, OLD_LANGUAGE_CODES, REGISTRARS, framePath } from './common';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An Alibaba console page embedding the step's form in an iframe. window.__replica lives here (the top
 * page): getState() is the frame's state plus the shell's own buttons; changes adds both counts.
 */
export function consoleShellHtml(page: ZooPage): string {
  const src = framePath(page.build);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>填写网站信息 - ICP代备案管理系统 - 阿里云</title>
<style>
  body { margin: 0; font: 13px/1.5 "PingFang SC", "Microsoft YaHei", sans-serif; color: #333; background: #f2f3f5; }
  .topbar { height: 50px; background: #1f2329; color: #fff; display: flex; align-items: center; padding: 0 20px; gap: 24px; }
  .topbar .logo { font-weight: 600; font-size: 15px; }
  .topbar a { color: #c9cdd4; text-decoration: none; }
  .layout { display: flex; }
  .menu { width: 190px; background: #fff; min-height: calc(100vh - 50px); border-right: 1px solid #e5e6eb; }
  .menu div { padding: 10px 20px; color: #555; }
  .menu div.on { color: #ff6a00; background: #fff4ec; border-right: 2px solid #ff6a00; }
  .main { flex: 1; padding: 16px 24px; }
  .crumb { color: #888; margin-bottom: 8px; }
  .steps { display: flex; gap: 0; background: #fff; padding: 14px 20px; margin-bottom: 12px; }
  .steps span { flex: 1; color: #999; }
  .steps span.done { color: #333; }
  .steps span.cur { color: #ff6a00; font-weight: 600; }
  .order { background: #fff; padding: 10px 20px; margin-bottom: 12px; color: #666; }
  iframe { width: 100%; height: 1320px; border: 0; background: #fff; display: block; }
  .bar { background: #fff; padding: 14px 20px; border-top: 1px solid #eee; text-align: center; }
  .bar button { padding: 6px 22px; margin: 0 6px; border: 1px solid #ccc; background: #fff; cursor: pointer; }
  .bar button.primary { background: #ff6a00; border-color: #ff6a00; color: #fff; }
</style>
</head>
<body>
<div class="topbar"><span class="logo">阿里云 | ICP代备案管理系统</span><a href="#">我的备案</a><a href="#">备案信息</a><a href="#">帮助文档</a></div>
<div class="layout">
  <div class="menu"><div>首页</div><div class="on">我的备案</div><div>备案订单</div><div>备案服务号管理</div><div>公安联网备案</div></div>
  <div class="main">
    <div class="crumb">我的备案 / 首次备案 / 填写网站信息</div>
    <div class="steps"><span class="done">① 填写基本信息</span><span class="done">② 填写主办者信息</span><span class="cur">③ 填写网站信息</span><span>④ 上传资料</span><span>⑤ 提交初审</span></div>
    <div class="order">订单号：20251201000123　主办单位：杭州云栖示例科技有限公司　备案类型：首次备案</div>
    <iframe id="formFrame" name="formFrame" title="网站信息表单" src="${esc(src)}"></iframe>
    <div class="bar"><button type="button" id="prev">上一步</button><button type="button" class="primary" id="next">下一步</button></div>
  </div>
</div>
<script>
(function () {
  var shell = { prevClicks: 0, nextClicks: 0 };
  var own = 0;
  var frame = document.getElementById('formFrame');
  var inner = function () { try { return frame.contentWindow && frame.contentWindow.__replica; } catch (e) { return undefined; } };
  document.getElementById('prev').addEventListener('click', function () { shell.prevClicks++; own++; });
  document.getElementById('next').addEventListener('click', function () { shell.nextClicks++; own++; });
  (function install() {
    if (!inner()) return setTimeout(install, 30);
    window.__replica = {
      platform: ${JSON.stringify(page.platform)}, step: ${JSON.stringify(page.step)}, variant: ${JSON.stringify(page.variant ?? '')},
      getState: function () { var r = inner(); var s = r ? r.getState() : {}; var out = {}; for (var k in s) out[k] = s[k]; for (var j in shell) out[j] = shell[j]; return out; },
      get changes() { var r = inner(); return (r ? r.changes : 0) + own; },
    };
  })();
})();
</script>
</body>
</html>`;
}

/** The old portal's 新办网站申请 site page for a unit: div rows, red star elements, "：" labels. */
export function oldSiteHtml(): string {
  const star = '<span class="star">*</span>';
  const row = (label: string, control: string, required = true, extra = '') =>
    `<div class="row"${extra}><div class="lbl">${required ? star : ''}${label}：</div><div class="ctl">${control}</div></div>`;
  const opts = (list: string[]) => ['<option value="">--请选择--</option>', ...list.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`)].join('');
  const chain = (id: string) =>
    `<select id="${id}P" data-chain="${id}" data-level="0"><option value="">--省--</option></select> <select id="${id}C" data-chain="${id}" data-level="1" disabled><option value="">--市--</option></select> <select id="${id}D" data-chain="${id}" data-level="2" disabled><option value="">--区县--</option></select>`;
  const radios = (name: string, list: string[]) => list.map((v) => `<label class="ck"><input type="radio" name="${name}" value="${esc(v)}"> ${esc(v)}</label>`).join('');
  const langs = OLD_LANGUAGE_CODES.map(([c, l]) => `<label class="ck"><input type="checkbox" name="languages" value="${c}"> ${l}</label>`).join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>全国互联网安全管理服务平台 - 新办网站申请</title>
<style>
  body { margin: 0; font: 12px/1.6 SimSun, "Microsoft YaHei", sans-serif; background: #eef3f8; color: #222; }
  .head { background: #1d5fa8; color: #fff; padding: 14px 30px; font-size: 20px; font-weight: bold; }
  .nav { background: #2a72c0; padding: 6px 30px; }
  .nav a { color: #fff; margin-right: 22px; text-decoration: none; }
  .wrap { width: 980px; margin: 14px auto; background: #fff; border: 1px solid #b9cde5; padding: 12px 20px 20px; }
  .stepline { color: #1d5fa8; margin: 4px 0 10px; }
  .bar { background: #dce8f5; font-weight: bold; padding: 5px 10px; margin: 14px 0 6px; border-left: 4px solid #1d5fa8; }
  .row { display: flex; align-items: flex-start; padding: 5px 0; border-bottom: 1px dashed #e2e8f0; }
  .lbl { width: 220px; text-align: right; padding: 3px 8px 0 0; flex: none; }
  .ctl { flex: 1; }
  .star { color: #e00; margin-right: 2px; }
  input[type=text], input[type=date], textarea { border: 1px solid #9bb3cf; padding: 2px 4px; }
  input[type=text] { width: 260px; }
  textarea { width: 360px; height: 54px; }
  .tip { color: #888; margin-left: 6px; }
  .ck { margin-right: 12px; white-space: nowrap; display: inline-block; }
  .sub { margin-bottom: 4px; }
  .btns { text-align: center; margin-top: 18px; }
  .btns button { padding: 4px 26px; margin: 0 10px; }
  input:disabled { background: #eee; color: #555; }
</style>
</head>
<body>
<div class="head">全国互联网安全管理服务平台</div>
<div class="nav"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="wrap">
  <div class="stepline">新办网站申请 ＞ 第二步：网站基本信息</div>
  <form id="f" onsubmit="return false">
  <div class="bar">开办主体</div>
  ${row('开办主体名称', '<input type="text" id="subjectName" value="杭州云栖示例科技有限公司" disabled>')}
  <div class="bar">网站基本信息</div>
  ${row('网站名称', '<input type="text" id="siteName"><span class="tip">须与工信部备案的网站名称一致</span>')}
  ${row('网站开通日期', '<input type="date" id="openedAt">')}
  ${row('网站主域名', '<input type="text" id="mainDomain"><span class="tip">不含 www.</span>')}
  ${row('从域名', '<div id="subList"></div><button type="button" id="subAdd">添加</button>', false)}
  ${row('网站IP', '<textarea id="ips"></textarea><span class="tip">每行一个IP</span>')}
  <div class="bar">网络接入服务商</div>
  ${row('接入服务商所属地区管辖', radios('apJurisdiction', ['境内', '境外']))}
  ${row('接入服务商所在地', chain('ap'))}
  ${row('网络接入服务商名称', `<select id="apName">${opts(ACCESS_PROVIDERS)}</select>`)}
  ${row('网站接入方式', `<select id="apMethod">${opts(MPS_ACCESS_METHODS)}</select>`)}
  ${row('接入服务商联系电话', '<input type="text" id="apPhone">')}
  <div class="bar">域名注册服务商</div>
  ${row('注册服务商所属地区管辖', radios('rgJurisdiction', ['境内', '境外']))}
  ${row('注册服务商所在地', chain('rg'))}
  ${row('域名注册服务商名称', `<select id="rgName">${opts(REGISTRARS)}</select>`)}
  ${row('注册服务商联系电话', '<input type="text" id="rgPhone">')}
  <div class="bar">网站服务</div>
  ${row('是否提供互联网交互服务', radios('interactive', ['是', '否']))}
  ${row('网站语种', langs)}
  ${row('相关前置许可', radios('preLicence', ['有', '无']))}
  ${row('是否提供互联网危险物品信息发布服务', radios('dangerous', ['是', '否']))}
  ${row('备注', '<textarea id="remark"></textarea>', false)}
  ${row('验证码', '<input type="text" id="captcha" style="width:90px"> <img alt="验证码" width="70" height="22" style="vertical-align:middle;background:#ddd"> <a href="#">看不清，换一张</a>')}
  </form>
  <div class="btns"><button type="button" id="save">保 存</button><button type="button" id="submit">提 交</button></div>
</div>
<script>
(function () {
  var AREAS = ${JSON.stringify(AREAS)};
  var byCode = {};
  (function walk(list) { list.forEach(function (a) { byCode[a.code] = a; if (a.children) walk(a.children); }); })(AREAS);
  var st = {
    subjectName: '杭州云栖示例科技有限公司', siteName: '', openedAt: '', mainDomain: '', subDomains: [], ips: [],
    apJurisdiction: '', apRegion: [], apName: '', apMethod: '', apPhone: '',
    rgJurisdiction: '', rgRegion: [], rgName: '', rgPhone: '',
    interactive: '', languages: [], preLicence: '', dangerous: '', remark: '', captcha: '', saveClicks: 0, submitClicks: 0,
  };
  var r = { platform: 'beian-old', step: 'site', variant: '单位', getState: function () { return JSON.parse(JSON.stringify(st)); }, changes: 0 };
  window.__replica = r;
  var bump = function () { r.changes++; };
  var $ = function (id) { return document.getElementById(id); };
  ['siteName', 'openedAt', 'mainDomain', 'apPhone', 'rgPhone', 'remark', 'captcha'].forEach(function (id) {
    var on = function () { st[id] = $(id).value; bump(); };
    $(id).addEventListener('input', on); $(id).addEventListener('change', on);
  });
  ['apName', 'apMethod', 'rgName'].forEach(function (id) { $(id).addEventListener('change', function () { st[id] = $(id).value; bump(); }); });
  var ipsOn = function () { st.ips = $('ips').value.split(/[\\r\\n]+/).map(function (x) { return x.trim(); }).filter(Boolean); bump(); };
  $('ips').addEventListener('input', ipsOn); $('ips').addEventListener('change', ipsOn);
  ['apJurisdiction', 'rgJurisdiction', 'interactive', 'preLicence', 'dangerous'].forEach(function (name) {
    document.querySelectorAll('input[name=' + name + ']').forEach(function (el) { el.addEventListener('change', function () { if (el.checked) { st[name] = el.value; bump(); } }); });
  });
  document.querySelectorAll('input[name=languages]').forEach(function (el) {
    el.addEventListener('change', function () {
      st.languages = Array.prototype.filter.call(document.querySelectorAll('input[name=languages]'), function (x) { return x.checked; }).map(function (x) { return x.value; });
      bump();
    });
  });
  // 从域名 rows
  var subs = $('subList');
  var syncSubs = function () { st.subDomains = Array.prototype.map.call(subs.querySelectorAll('input'), function (x) { return x.value.trim(); }).filter(Boolean); bump(); };
  var addSub = function () {
    var d = document.createElement('div'); d.className = 'sub';
    d.innerHTML = '<input type="text" placeholder="从域名"> <button type="button">删除</button>';
    var inp = d.querySelector('input');
    inp.addEventListener('input', syncSubs); inp.addEventListener('change', syncSubs);
    d.querySelector('button').addEventListener('click', function () { d.remove(); syncSubs(); });
    subs.appendChild(d);
  };
  addSub();
  $('subAdd').addEventListener('click', function () { addSub(); });
  // chained region selects, each chain with its own loader and state
  var fetchAreas = function (code) {
    var list = code === '' ? AREAS : ((byCode[code] && byCode[code].children) || []);
    return new Promise(function (res) { setTimeout(function () { res(list.map(function (a) { return { code: a.code, name: a.name }; })); }, 200); });
  };
  ['ap', 'rg'].forEach(function (id) {
    var sels = [$(id + 'P'), $(id + 'C'), $(id + 'D')];
    var heads = ['--省--', '--市--', '--区县--'];
    var fill = function (i, list) {
      sels[i].innerHTML = '<option value="">' + heads[i] + '</option>' + list.map(function (a) { return '<option value="' + a.code + '">' + a.name + '</option>'; }).join('');
      sels[i].disabled = false;
    };
    var clear = function (from) { for (var i = from; i < 3; i++) { sels[i].innerHTML = '<option value="">' + heads[i] + '</option>'; sels[i].disabled = true; } };
    var sync = function () {
      var names = [];
      for (var i = 0; i < 3; i++) { var o = sels[i].selectedOptions[0]; if (!o || !o.value) break; names.push(o.textContent); }
      st[id + 'Region'] = names; bump();
    };
    fetchAreas('').then(function (l) { fill(0, l); });
    sels.forEach(function (s, i) {
      s.addEventListener('change', function () {
        clear(i + 1); sync();
        if (i < 2 && s.value) { var want = s.value; fetchAreas(want).then(function (l) { if (s.value === want) fill(i + 1, l); }); }
      });
    });
  });
  $('save').addEventListener('click', function () { st.saveClicks++; bump(); });
  $('submit').addEventListener('click', function () { st.submitClicks++; bump(); });
})();
</script>
</body>
</html>`;
}
