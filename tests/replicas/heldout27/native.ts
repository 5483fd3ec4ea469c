/**
 * Gen-27 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout27-beian-old-principal-unit-native-details   the old 公安 portal's 网站负责人 for a unit (http): one native
 *    <details open> per role (<summary> title, <p> rows of <label for> caption + control); 同开办主体负责人 CHECKBOXES
 *    copying the held principal (李娜) and locking the rows; coded ID-type selects; 起 text + 长期 是 / 否 radios + 止 text
 *    (disabled when 长期); blur checks; a captcha; 上一步 / 下一步
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
.al-main { margin-left: 176px; } .vc-main { margin-left: 200px; } .bd-main { margin-left: 190px; }
.al-body, .mps-body, .vc-body, .bd-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
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
.ro { color: #333; }
.derived { display: inline-block; min-width: 110px; padding: 4px 10px; background: #f5f5f5; border-radius: 3px; color: #333; }
.same-sum { background: #fafafa; border: 1px dashed #ddd; padding: 6px 12px; font-size: 13px; margin: 4px 0 12px; }
.t-label { font-size: 12px; color: #666; margin-bottom: 4px; } .t-label i { color: #e54545; font-style: normal; margin-right: 2px; }
/* aliyun apply person (tea): change table */
table.chg { width: 100%; border-collapse: collapse; background: #fff; }
table.chg th, table.chg td { border: 1px solid #e5e5e5; padding: 8px 12px; text-align: left; vertical-align: top; font-size: 13px; }
table.chg thead th { background: #f7f8fa; font-weight: 500; } table.chg td.old { color: #999; width: 260px; } table.chg th.item { width: 150px; font-weight: normal; color: #555; }
/* aliyun apply unit (arco): grid form */
.grid3 { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 4px 20px; }
.grid3 .wide { grid-column: 1 / -1; }
.gcard { margin-bottom: 16px; }
/* aliyun apply person (opentiny): steps + two-column grid */
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; }
.box2 { background: #fff; border-radius: 4px; padding: 12px 18px; }
.box2 h3 { margin: 0 0 12px; font-size: 15px; }
.g-item { margin-bottom: 12px; }
/* mps apply person (arco): drawer */
.sec-title { font-weight: 500; color: #0b3d7e; margin: 18px 0 10px; border-bottom: 1px solid #eef; padding-bottom: 4px; }
/* mps apply unit (tea): inline cards */
.inline-card { margin-bottom: 16px; }
.inline-grid { display: flex; flex-wrap: wrap; gap: 10px 28px; }
.inline-grid .in-item { display: flex; gap: 8px; align-items: flex-start; min-width: 330px; }
.inline-grid .in-item > .cap { width: 120px; text-align: right; color: #555; font-size: 12px; line-height: 30px; flex: none; }
.inline-grid .in-item > .cap i { color: #e54545; font-style: normal; margin-right: 2px; }
/* volcengine subject unit (fusion): bento */
.bento { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 16px; align-items: start; }
.bento .span2 { grid-column: span 2; } .bento .span3 { grid-column: 1 / -1; }
.b-item { margin-bottom: 12px; }
/* baidu upload person (antd): drag list */
.drag-item { display: grid; grid-template-columns: 240px minmax(0, 1fr); gap: 16px; width: 100%; }
`;

const LIB_ASSETS: Record<string, string> = { antd: 'antd', tea: 'tea', arco: 'arco', 'fusion-next': 'fusion', opentiny: 'opentiny' };

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

/* ------------------------------------------------------------------ old 公安 portal: 网站负责人 (单位), details */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 76px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 4px solid #c9151e; }
.banner b { font: bold 23px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; } .banner small { display: block; opacity: .75; }
.banner .who { margin-left: auto; }
.menu { background: #2f69ad; height: 30px; display: flex; justify-content: center; } .menu a { color: #fff; padding: 0 18px; line-height: 30px; text-decoration: none; } .menu a.cur { background: #c9151e; }
.box { width: 880px; margin: 12px auto 30px; background: #fff; border: 1px solid #c9d3de; padding: 10px 24px 18px; }
h2 { font: bold 15px "SimHei", "Microsoft YaHei", sans-serif; color: #0d4592; margin: 4px 0 8px; }
.steps { color: #666; margin-bottom: 8px; } .steps b { color: #c9151e; }
details { border: 1px solid #c9d3de; margin: 10px 0; } summary { background: #e3ecf6; color: #0d4592; font-weight: bold; padding: 3px 10px; cursor: pointer; }
details p { margin: 0; padding: 4px 10px; border-bottom: 1px dotted #dde4ec; }
details p label.cap { display: inline-block; width: 130px; text-align: right; margin-right: 8px; } details p label.cap em { color: #e00; font-style: normal; }
input[type=text], select { border: 1px solid #9fb0c2; font: inherit; padding: 0 3px; height: 22px; box-sizing: border-box; }
input[readonly], select:disabled, input:disabled { background: #eef1f4; color: #555; }
.err { color: #e00; margin-left: 6px; } .tip { color: #888; margin-left: 6px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; }
.btns { text-align: center; padding: 12px 0 0; } .btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
`;

/** The held 开办主体负责人 of the unit (the profile's 李娜, filed in step 1), as the page's script copies it. */
const HELD = { name: '李娜', cert: '01', certNumber: '330110198511204525', from: '2016-05-10', to: '', long: '是', mobile: '13600136000', email: 'lina@yunqi-demo.cn' };

/**
 * The page's script (inline, ES5 like the portal's): state S and window.__replica; [data-k] text boxes / selects (the
 * option's text) / radios (the checked one's value text) / checkboxes (checked); [data-blur] checks writing #<id>_err;
 * [data-click] counters; the 同开办主体负责人 checkboxes copying the held principal into the role's rows (read-only);
 * 长期 是 clearing and disabling the end date.
 */
const OLD_SCRIPT = String.raw`
(function () {
  var HELD = ${JSON.stringify(HELD)};
  var S = {
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secLongTerm: '', secValidTo: '', secMobile: '', secEmail: '',
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgLongTerm: '', emgValidTo: '', emgPhone: '',
    captcha: '', prevClicks: 0, nextClicks: 0
  };
  var R = { platform: 'beian-old', step: 'principal', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  function $(id) { return document.getElementById(id); }
  function all(q) { return Array.prototype.slice.call(document.querySelectorAll(q)); }
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  function textOf(sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; }
  var ROLES = {
    sec: { same: 'aqtz', name: 'aqxm', cert: 'aqzjlx', num: 'aqzjhm', from: 'aqyxq1', long: 'aqcq', to: 'aqyxq2', phone: 'aqsj', email: 'aqyx' },
    emg: { same: 'yjtz', name: 'yjxm', cert: 'yjzjlx', num: 'yjzjhm', from: 'yjyxq1', long: 'yjcq', to: 'yjyxq2', phone: 'yjdh' }
  };
  function radios(name) { return all('input[type=radio][name=' + name + ']'); }
  function longOf(name) { var v = ''; radios(name).forEach(function (r) { if (r.checked) v = r.value === '1' ? '是' : '否'; }); return v; }
  function read(el) {
    var k = el.getAttribute('data-k');
    if (el.type === 'radio') set(k, longOf(el.name));
    else if (el.tagName === 'SELECT') set(k, textOf(el));
    else if (el.type === 'checkbox') set(k, el.checked);
    else set(k, el.value.trim());
  }
  function syncTo(role) {
    var ids = ROLES[role], to = $(ids.to), on = longOf(ids.long) === '是';
    to.disabled = on;
    if (on && to.value) { to.value = ''; read(to); }
  }
  all('[data-k]').forEach(function (el) {
    var f = function () {
      read(el); err(el.id, '');
      if (el.type === 'radio') syncTo(el.name === 'aqcq' ? 'sec' : 'emg');
      if (el.type === 'checkbox') copy(el.id === 'aqtz' ? 'sec' : 'emg', el.checked);
    };
    el.addEventListener('change', f);
    if (el.type !== 'radio' && el.type !== 'checkbox') el.addEventListener('input', f);
  });
  all('[data-click]').forEach(function (el) {
    el.addEventListener('click', function () { var k = el.getAttribute('data-click'); set(k, (S[k] || 0) + 1); });
  });
  /* 同开办主体负责人: ticked copies the held principal into the role's rows and locks them; unticked clears and unlocks */
  function copy(role, on) {
    var ids = ROLES[role];
    var vals = { name: HELD.name, cert: HELD.cert, num: HELD.certNumber, from: HELD.from, to: HELD.to, phone: HELD.mobile, email: HELD.email };
    Object.keys(ids).forEach(function (f) {
      if (f === 'same') return;
      if (f === 'long') {
        radios(ids.long).forEach(function (r) { r.checked = on && r.value === (HELD.long === '是' ? '1' : '0'); r.disabled = on; });
        set(role + 'LongTerm', on ? HELD.long : '');
        return;
      }
      var el = $(ids[f]);
      el.value = on ? vals[f] : '';
      if (el.tagName === 'SELECT') el.disabled = on; else el.readOnly = on;
      read(el);
    });
    syncTo(role);
  }
  function validId(s) {
    if (!/^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(s)) return false;
    var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], sum = 0;
    for (var i = 0; i < 17; i++) sum += w[i] * Number(s[i]);
    return '10X98765432'[sum % 11] === s[17].toUpperCase();
  }
  var rules = {
    id: function (v) { return validId(v) ? '' : '证件号码校验未通过'; },
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(v)) ? '' : '日期格式：yyyy-mm-dd'; },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '请输入11位手机号码'; },
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮件地址格式不正确'; }
  };
  all('[data-blur]').forEach(function (el) {
    el.addEventListener('blur', function () { var v = el.value.trim(); var r = rules[el.getAttribute('data-blur')]; if (v && r) err(el.id, r(v)); });
  });
  $('btnNext').addEventListener('click', function () {
    $('btnMsg').textContent = !S.captcha ? '请输入验证码' : !S.secName || !S.emgName ? '请填写负责人信息' : '请核对验证码';
  });
})();`;

export function oldPrincipalHtml(): string {
  const cap = (id: string, t: string, req = true) => `<label class="cap" for="${id}">${req ? '<em>*</em>' : ''}${t}：</label>`;
  const txt = (id: string, k: string, t: string, extra = '', blur = '') =>
    `<p>${cap(id, t)}<input type="text" id="${id}" name="${id}" data-k="${k}"${blur ? ` data-blur="${blur}"` : ''}${extra}><span class="err" id="${id}_err"></span></p>`;
  const certSel = (id: string, k: string) =>
    `<p>${cap(id, '证件类型')}<select id="${id}" name="${id}" data-k="${k}"><option value="">--请选择--</option>${MPS_PERSON_CERT_CODES.map(([c, t]) => `<option value="${c}">${t}</option>`).join('')}</select></p>`;
  const same = (id: string, k: string) => `<p>${cap(id, '同开办主体负责人', false)}<input type="checkbox" id="${id}" name="${id}" data-k="${k}"> <span class="tip">勾选后自动带入开办主体负责人信息（李娜）</span></p>`;
  const validity = (from: string, long: string, to: string, kp: string) => `
    ${txt(from, `${kp}ValidFrom`, '证件有效期起', ' maxlength="10" style="width:100px"', 'date').replace('</p>', '<span class="tip">格式：yyyy-mm-dd</span></p>')}
    <p><label class="cap">长期：</label><span><input type="radio" name="${long}" id="${long}1" value="1" data-k="${kp}LongTerm"> 是</span> <span><input type="radio" name="${long}" id="${long}0" value="0" data-k="${kp}LongTerm"> 否</span></p>
    ${txt(to, `${kp}ValidTo`, '证件有效期止', ' maxlength="10" style="width:100px"', 'date')}`;
  const body = `
<div class="banner"><div><b>全国互联网安全管理服务平台</b><small>公安机关互联网站安全管理服务平台</small></div><div class="who">当前用户：杭州云栖示例科技有限公司 | 退出</div></div>
<div class="menu"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="box">
  <h2>新办网站申请</h2>
  <div class="steps">1.开办主体 &gt; 2.网站基本信息 &gt; <b>3.网站负责人</b> &gt; 4.提示说明</div>
  <div class="tip" style="margin:0">开办主体：杭州云栖示例科技有限公司 · 开办主体负责人：李娜（居民身份证 3301**********4525）</div>
  <form id="f" onsubmit="return false">
  <details open id="secRole"><summary>网站安全负责人信息</summary>
    ${same('aqtz', 'secSame')}
    ${txt('aqxm', 'secName', '负责人姓名', ' maxlength="30" style="width:160px"')}
    ${certSel('aqzjlx', 'secCertType')}
    ${txt('aqzjhm', 'secCertNumber', '证件号码', ' maxlength="18" style="width:200px"', 'id')}
    ${validity('aqyxq1', 'aqcq', 'aqyxq2', 'sec')}
    ${txt('aqsj', 'secMobile', '手机号码', ' maxlength="11" style="width:140px"', 'mobile')}
    ${txt('aqyx', 'secEmail', '电子邮件地址', ' maxlength="60" style="width:220px"', 'email')}
  </details>
  <details open id="emgRole"><summary>网站应急联络人信息</summary>
    ${same('yjtz', 'emgSame')}
    ${txt('yjxm', 'emgName', '联络人姓名', ' maxlength="30" style="width:160px"')}
    ${certSel('yjzjlx', 'emgCertType')}
    ${txt('yjzjhm', 'emgCertNumber', '证件号码', ' maxlength="18" style="width:200px"', 'id')}
    ${validity('yjyxq1', 'yjcq', 'yjyxq2', 'emg')}
    ${txt('yjdh', 'emgPhone', '联系电话', ' maxlength="11" style="width:140px"', 'mobile')}
  </details>
  <p style="margin:10px 0 0"><label class="cap" for="yzm"><em>*</em>验证码：</label><input type="text" id="yzm" name="yzm" maxlength="4" style="width:70px" data-k="captcha"> <span class="vcode" aria-hidden="true">K4mz</span> <a href="#" onclick="return false">看不清，换一张</a></p>
  <div class="btns"><input type="button" id="btnPrev" value="上一步" data-click="prevClicks"><input type="button" id="btnNext" class="main-btn" value="下一步" data-click="nextClicks"><div class="err" id="btnMsg"></div></div>
  </form>
</div>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>网站负责人 - 新办网站申请 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
</head>
<body>
${body}
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
