/**
 * Gen-23 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout23-beian-old-principal-person-native-rolegrid   the old 公安 portal's 网站负责人 for a person (http): ONE wide
 *    <table>, a ROW per role and a COLUMN per field (names only in the <th> header row; cells a role lacks shown as —),
 *    a 同开办主体负责人 tick at each row's start (copies and makes the row read-only), coded selects, blur checks, date text
 *    boxes (止 takes 长期); a second table of the officer's three <input type=file>; a captcha; 保存 / 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_PERSON_CERT_CODES, PREFIX } from './common';

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
/* aliyun apply person (fusion): nav + numbered sections */
.nav-layout { display: grid; grid-template-columns: 180px minmax(0, 1fr); gap: 16px; align-items: start; }
.nav-layout .sec-nav { position: sticky; top: 12px; background: #fff; }
.sec { background: #fff; border-radius: 4px; padding: 12px 24px 4px; margin-bottom: 16px; scroll-margin-top: 12px; }
.sec h3 { margin: 4px 0 14px; font-size: 15px; }
.dom-row { display: flex; gap: 8px; align-items: center; margin-bottom: 6px; }
.region3 { display: flex; gap: 8px; }
.derived { display: inline-block; min-width: 110px; padding: 4px 10px; background: #f5f5f5; border-radius: 3px; color: #333; }
.wp-summary { background: #fafafa; border: 1px dashed #ddd; padding: 8px 12px; font-size: 13px; margin-bottom: 14px; }
/* aliyun apply unit (antd): order cards */
.order-card { margin-bottom: 16px; }
.ecs-table { width: 100%; }
/* aliyun subject person (tea): two-column grid */
.grid2 { display: grid; grid-template-columns: 1fr 1fr; column-gap: 32px; row-gap: 4px; }
.grid2 .wide { grid-column: 1 / span 2; }
.g-item { margin-bottom: 14px; } .g-label { font-size: 12px; color: #666; margin-bottom: 6px; } .g-label i { color: #e54545; font-style: normal; margin-right: 2px; }
/* mps principal person (tea): role tabs */
.held-line { background: #fff; border-radius: 4px; padding: 10px 16px; font-size: 13px; margin-bottom: 16px; }
.role-pane { padding: 16px 8px 4px; }
.mat-file { display: flex; gap: 8px; align-items: center; } .photo-row { display: flex; gap: 24px; flex-wrap: wrap; }
.notice-text { background: #fafafa; border: 1px solid #eee; padding: 12px 16px; font-size: 13px; line-height: 1.8; max-height: 160px; overflow: auto; margin-bottom: 12px; }
/* mps apply unit (arco): rounded tabs */
.apply-tabs { background: #fff; border-radius: 4px; padding: 12px 20px; }
.apply-tabs .arco-form-item { margin-bottom: 18px; }
.round-tabs .arco-tabs-content-item:not(.arco-tabs-content-item-active) { visibility: hidden; }
.ip-row { display: flex; gap: 8px; align-items: center; margin-bottom: 6px; }
.prov-block h4 { margin: 6px 0 12px; font-size: 14px; border-left: 3px solid #0b3d7e; padding-left: 8px; }
/* volcengine basic unit (arco): narrow card */
.narrow { width: 480px; margin: 8px auto 0; background: #fff; border-radius: 6px; padding: 20px 28px 8px; box-shadow: 0 2px 8px rgba(0,0,0,.06); }
.narrow h3 { margin: 0 0 16px; font-size: 16px; }
/* baidu site person (fusion): field grid */
.fgrid { background: #fff; border-radius: 4px; padding: 12px 16px; margin-bottom: 16px; }
.fgrid h3 { margin: 4px 0 10px; font-size: 15px; }
.f-name i { color: #e54545; font-style: normal; margin-right: 2px; }
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

/* ------------------------------------------------------------------ old 公安 portal: 网站负责人 (个人), role grid */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 76px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 4px solid #c9151e; }
.banner .badge { width: 50px; height: 50px; border-radius: 50%; background: radial-gradient(#ffe27a, #c2911c); box-shadow: 0 0 0 3px #fff6cf inset; }
.banner b { font: bold 23px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; } .banner small { display: block; opacity: .75; }
.banner .who { margin-left: auto; }
.menu { background: #2f69ad; height: 30px; display: flex; justify-content: center; } .menu a { color: #fff; padding: 0 18px; line-height: 30px; text-decoration: none; } .menu a.cur { background: #c9151e; }
.box { width: 1160px; margin: 12px auto 30px; background: #fff; border: 1px solid #c9d3de; padding: 10px 18px 18px; }
h2 { font: bold 15px "SimHei", "Microsoft YaHei", sans-serif; color: #0d4592; margin: 4px 0 8px; }
.steps { color: #666; margin-bottom: 8px; } .steps b { color: #c9151e; }
.held { background: #f2f6fa; border: 1px solid #c9d3de; padding: 4px 10px; margin-bottom: 8px; }
table.grid { width: 100%; border-collapse: collapse; margin-bottom: 10px; } table.grid th, table.grid td { border: 1px solid #c9d3de; padding: 4px 5px; }
table.grid thead th { background: #dfe8f2; font-weight: bold; white-space: nowrap; } table.grid thead th em { color: #e00; font-style: normal; }
table.grid tbody th { background: #f2f6fa; white-space: nowrap; text-align: left; }
table.grid td.na { color: #999; text-align: center; }
input[type=text], select { border: 1px solid #9fb0c2; height: 22px; font: inherit; padding: 0 3px; box-sizing: border-box; }
input[readonly] { background: #eef1f4; color: #555; }
.err { color: #e00; display: block; line-height: 1.3; } .tip { color: #888; }
.vrow { margin: 12px 0 0; } .vrow input { width: 70px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; }
.btns { text-align: center; padding: 12px 0 0; } .btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
`;

/** The 开办主体负责人 the portal holds from the 开办主体 step (the profile's 张伟), for 同开办主体负责人. */
const HELD = { name: '张伟', certType: '01', certNumber: '330106199003071236', validFrom: '2018-03-01', validTo: '2038-03-01', mobile: '13800138000', email: 'zhangwei@example.com' };

/**
 * The page's script (inline, ES5 like the portal's): state S and window.__replica; [data-k] text boxes / selects (the
 * option's text) / checkboxes / file inputs (file names); [data-blur] checks writing #<id>_err; [data-click] counters;
 * the copy ticks of each role row.
 */
const OLD_SCRIPT = String.raw`
(function () {
  var HELD = ${JSON.stringify(HELD)};
  var S = {
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secValidTo: '', secMobile: '', secEmail: '',
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTo: '', emgMobile: '',
    secIdFront: [], secIdBack: [], secIdHand: [], captcha: '', saveClicks: 0, nextClicks: 0
  };
  var R = { platform: 'beian-old', step: 'principal', variant: '个人', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  function $(id) { return document.getElementById(id); }
  function all(q) { return Array.prototype.slice.call(document.querySelectorAll(q)); }
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  function textOf(sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; }
  all('[data-k]').forEach(function (el) {
    var k = el.getAttribute('data-k');
    if (el.type === 'file') {
      el.addEventListener('change', function () {
        var files = Array.prototype.slice.call(el.files || []);
        var bad = files.filter(function (f) { return !/^image\/(png|jpeg)$/.test(f.type); })[0];
        if (bad) { el.value = ''; err(el.id, '请选择 jpg / png 格式的图片'); set(k, []); return; }
        err(el.id, '');
        set(k, files.map(function (f) { return f.name; }));
      });
    } else if (el.type === 'checkbox') {
      el.addEventListener('change', function () { copyRow(el.getAttribute('data-role'), el.checked); });
    } else if (el.tagName === 'SELECT') {
      el.addEventListener('change', function () { set(k, textOf(el)); err(el.id, ''); });
    } else {
      var upd = function () { var v = el.value.trim(); if (S[k] !== v) set(k, v); err(el.id, ''); };
      el.addEventListener('input', upd); el.addEventListener('change', upd);
    }
  });
  all('[data-click]').forEach(function (el) {
    el.addEventListener('click', function () { var k = el.getAttribute('data-click'); set(k, (S[k] || 0) + 1); });
  });
  /* 同开办主体负责人: copy the held principal into the row (or clear it) and lock / unlock its boxes */
  var FIELDS = { name: 'Name', certType: 'CertType', certNumber: 'CertNumber', validFrom: 'ValidFrom', validTo: 'ValidTo', mobile: 'Mobile', email: 'Email' };
  function copyRow(role, on) {
    set(role + 'Same', on);
    Object.keys(FIELDS).forEach(function (f) {
      var el = $(role + FIELDS[f]);
      if (!el) return;
      if (el.tagName === 'SELECT') { el.value = on ? HELD[f] : ''; el.disabled = on; set(role + FIELDS[f], textOf(el)); }
      else { el.value = on ? HELD[f] : ''; el.readOnly = on; set(role + FIELDS[f], el.value); }
      err(el.id, '');
    });
  }
  function validId(s) {
    if (!/^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(s)) return false;
    var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], sum = 0;
    for (var i = 0; i < 17; i++) sum += w[i] * Number(s[i]);
    return '10X98765432'[sum % 11] === s[17].toUpperCase();
  }
  function day(v) { return /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v); }
  var rules = {
    id: function (v, el) { var t = $(el.getAttribute('data-type')); return t.value && t.value !== '01' ? '' : validId(v) ? '' : '身份证号码校验错误'; },
    from: function (v) { return day(v) ? '' : '格式：yyyy-mm-dd'; },
    to: function (v, el) {
      if (v === '长期') return '';
      if (!day(v)) return '格式：yyyy-mm-dd 或 长期';
      var f = $(el.getAttribute('data-from')).value.trim();
      return f && v <= f ? '须晚于有效期起' : '';
    },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '邮箱格式不正确'; }
  };
  all('[data-blur]').forEach(function (el) {
    el.addEventListener('blur', function () { var v = el.value.trim(); var r = rules[el.getAttribute('data-blur')]; if (v && r) err(el.id, r(v, el)); });
  });
  $('btnSave').addEventListener('click', function () { $('btnMsg').textContent = S.secName && S.emgName ? '已保存' : '请填写网站负责人信息'; });
  $('btnNext').addEventListener('click', function () {
    var miss = [];
    if (!S.secIdFront.length || !S.secIdBack.length || !S.secIdHand.length) miss.push('网站安全负责人证件照片');
    $('btnMsg').textContent = !S.captcha ? '请输入验证码' : miss.length ? '请上传：' + miss.join('、') : '请核对验证码';
  });
})();`;

const opt = (list: [string, string][], first = '--请选择--') => `<option value="">${first}</option>${list.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}`;

export function oldPrincipalHtml(): string {
  const txt = (id: string, k: string, extra = '') => `<input type="text" id="${id}" name="${id}" data-k="${k}"${extra}><span class="err" id="${id}_err"></span>`;
  const row = (role: 'sec' | 'emg', title: string, email: boolean) => `
    <tr>
      <th>${title}</th>
      <td><input type="checkbox" id="${role}Same" data-k="${role}Same" data-role="${role}" title="同开办主体负责人"></td>
      <td>${txt(`${role}Name`, `${role}Name`, ' maxlength="30" style="width:80px"')}</td>
      <td><select id="${role}CertType" name="${role}CertType" data-k="${role}CertType">${opt(MPS_PERSON_CERT_CODES)}</select></td>
      <td>${txt(`${role}CertNumber`, `${role}CertNumber`, ` maxlength="18" style="width:160px" data-blur="id" data-type="${role}CertType"`)}</td>
      <td>${txt(`${role}ValidFrom`, `${role}ValidFrom`, ' maxlength="10" style="width:90px" data-blur="from"')}</td>
      <td>${txt(`${role}ValidTo`, `${role}ValidTo`, ` maxlength="10" style="width:90px" data-blur="to" data-from="${role}ValidFrom"`)}</td>
      <td>${txt(`${role}Mobile`, `${role}Mobile`, ' maxlength="11" style="width:100px" data-blur="mobile"')}</td>
      ${email ? `<td>${txt(`${role}Email`, `${role}Email`, ' maxlength="60" style="width:170px" data-blur="email"')}</td>` : '<td class="na">—</td>'}
    </tr>`;
  const file = (id: string, k: string) => `<input type="file" id="${id}" name="${id}" accept="image/png,image/jpeg" data-k="${k}"><span class="err" id="${id}_err"></span>`;
  const body = `
<div class="banner"><div class="badge"></div><div><b>全国互联网安全管理服务平台</b><small>公安机关互联网站安全管理服务平台</small></div><div class="who">当前用户：张伟 | 退出</div></div>
<div class="menu"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="box">
  <h2>新办网站申请 — 网站负责人</h2>
  <div class="steps">1.开办主体 &gt; 2.网站基本信息 &gt; <b>3.网站负责人</b> &gt; 4.提示说明</div>
  <div class="held">开办主体负责人：张伟（居民身份证 3301**********1236）　勾选“同开办主体负责人”即使用该负责人信息。</div>
  <form id="f" onsubmit="return false">
  <table class="grid" id="roleGrid">
    <thead><tr><th>角色</th><th>同开办主体负责人</th><th><em>*</em>姓名</th><th><em>*</em>证件类型</th><th><em>*</em>证件号码</th><th><em>*</em>有效期起</th><th><em>*</em>有效期止</th><th><em>*</em>手机号码</th><th><em>*</em>电子邮件地址</th></tr></thead>
    <tbody>${row('sec', '网站安全负责人', true)}${row('emg', '网站应急联络人', false)}</tbody>
  </table>
  <div class="tip">有效期格式 yyyy-mm-dd；长期有效的证件“有效期止”填写“长期”。</div>
  <table class="grid" id="photoGrid">
    <thead><tr><th>证件照片</th><th><em>*</em>正面</th><th><em>*</em>反面</th><th><em>*</em>手持</th></tr></thead>
    <tbody><tr><th>网站安全负责人</th><td>${file('secZm', 'secIdFront')}</td><td>${file('secFm', 'secIdBack')}</td><td>${file('secSc', 'secIdHand')}</td></tr></tbody>
  </table>
  <div class="tip">jpg / png，单张不超过 2 MB；勾选“同开办主体负责人”时仍须上传。</div>
  <div class="vrow">验证码：<input type="text" id="yzm" name="yzm" maxlength="4" data-k="captcha"> <span class="vcode" aria-hidden="true">k4Tz</span> <a href="#" onclick="return false">看不清，换一张</a></div>
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
