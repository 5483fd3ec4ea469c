/**
 * Gen-26 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout26-beian-old-principal-person-native-dlcopy   the old 公安 portal's 网站负责人 for a person (http): one <dl> per
 *    role (<dt> caption / <dd> control; no <table>, no <label>); 同开办主体负责人 是 / 否 radios copying the held principal
 *    and making the rows read-only; coded ID-type selects; yyyy-mm-dd text dates + a 长期 checkbox; blur checks; a
 *    captcha; 上一步 / 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_PERSON_CERT_CODES, PREFIX } from './common';

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .tc-top, .hw-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .tc-top { background: #1b2431; } .hw-top { background: #191919; }
.al-top b, .mps-top b, .tc-top b, .hw-top b { font-size: 16px; } .al-top span, .mps-top span, .tc-top span, .hw-top span { opacity: .9; font-size: 13px; }
.al-side, .tc-side, .hw-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; z-index: 1; }
.al-side a, .tc-side a, .hw-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; cursor: pointer; }
.al-side a.on { color: #ff6a00; background: #fff5ee; } .tc-side a.on { color: #0052d9; background: #eef3fe; } .hw-side a.on { color: #c7000b; background: #fdf0f0; }
.al-main, .tc-main, .hw-main { margin-left: 176px; }
.al-body, .mps-body, .tc-body, .hw-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
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
.facts-ro { display: flex; gap: 28px; background: #fafafa; border: 1px dashed #ddd; padding: 8px 14px; font-size: 13px; margin: 0 0 14px; flex-wrap: wrap; }
.facts-ro span { color: #888; margin-right: 6px; }
.ip-row { display: flex; gap: 8px; align-items: center; margin-bottom: 6px; }
.derived { display: inline-block; min-width: 110px; padding: 4px 10px; background: #f5f5f5; border-radius: 3px; color: #333; }
/* aliyun apply person (tdesign): access cards */
.acc-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; }
/* mps apply unit (elp): description list */
.desc-sec { background: #fff; border-radius: 4px; padding: 12px 16px; margin-bottom: 16px; }
.desc-sec h3 { margin: 0 0 10px; font-size: 15px; color: #0b3d7e; }
/* mps apply person (opentiny): three columns */
.cols3 { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; align-items: start; }
.col-card { background: #fff; border-radius: 4px; padding: 12px 16px; }
.col-card h3 { margin: 0 0 12px; font-size: 15px; border-left: 3px solid #0b3d7e; padding-left: 8px; }
.t-item { margin-bottom: 12px; } .t-label { font-size: 12px; color: #666; margin-bottom: 4px; } .t-label i { color: #e54545; font-style: normal; margin-right: 2px; }
.same-sum { background: #fafafa; border: 1px dashed #ddd; padding: 6px 12px; font-size: 13px; margin: 4px 0 12px; }
/* tencent subject person (tdesign): id-card panel */
.idpanel { display: grid; grid-template-columns: 280px minmax(0, 1fr); gap: 16px; align-items: start; }
.idpanel .cards { background: #fff; border-radius: 4px; padding: 16px; }
/* huawei subject unit (elp): section cards */
.sec-card { margin-bottom: 16px; }
`;

const LIB_ASSETS: Record<string, string> = { antd: 'antd', tdesign: 'tdesign', 'element-plus': 'vue', opentiny: 'opentiny' };

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

/* ------------------------------------------------------------------ old 公安 portal: 网站负责人 (个人), dl copy */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 76px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 4px solid #c9151e; }
.banner b { font: bold 23px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; } .banner small { display: block; opacity: .75; }
.banner .who { margin-left: auto; }
.menu { background: #2f69ad; height: 30px; display: flex; justify-content: center; } .menu a { color: #fff; padding: 0 18px; line-height: 30px; text-decoration: none; } .menu a.cur { background: #c9151e; }
.box { width: 900px; margin: 12px auto 30px; background: #fff; border: 1px solid #c9d3de; padding: 10px 24px 18px; }
h2 { font: bold 15px "SimHei", "Microsoft YaHei", sans-serif; color: #0d4592; margin: 4px 0 8px; }
h3 { font-size: 13px; color: #fff; background: #2f69ad; padding: 2px 10px; margin: 12px 0 4px; }
.steps { color: #666; margin-bottom: 8px; } .steps b { color: #c9151e; }
dl.role { display: grid; grid-template-columns: 150px 1fr; margin: 0; border-top: 1px solid #dde4ec; }
dl.role dt, dl.role dd { margin: 0; padding: 4px 8px; border-bottom: 1px solid #dde4ec; }
dl.role dt { background: #f2f6fa; text-align: right; } dl.role dt em { color: #e00; font-style: normal; }
input[type=text], select { border: 1px solid #9fb0c2; font: inherit; padding: 0 3px; height: 22px; box-sizing: border-box; }
input[readonly] { background: #eef1f4; color: #555; }
.err { color: #e00; margin-left: 6px; } .tip { color: #888; margin-left: 6px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; }
.btns { text-align: center; padding: 12px 0 0; } .btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
`;

/** The held 开办主体负责人 (the profile's 张伟, filed in step 1), as the page's script copies it. */
const HELD = { name: '张伟', cert: '01', certNumber: '330106199003071236', from: '2018-03-01', to: '2038-03-01', mobile: '13800138000', email: 'zhangwei@example.com' };

/**
 * The page's script (inline, ES5 like the portal's): state S and window.__replica; [data-k] text boxes / selects (the
 * option's text) / radios (the checked one's text) / checkboxes (checked); [data-blur] checks writing #<id>_err;
 * [data-click] counters; the 同开办主体负责人 radios copying the held principal into the role's rows (read-only).
 */
const OLD_SCRIPT = String.raw`
(function () {
  var HELD = ${JSON.stringify(HELD)};
  var S = {
    secSame: '', secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secValidTo: '', secLongTerm: false, secMobile: '', secEmail: '',
    emgSame: '', emgName: '', emgCertType: '', emgCertNumber: '', emgPhone: '', captcha: '', prevClicks: 0, nextClicks: 0
  };
  var R = { platform: 'beian-old', step: 'principal', variant: '个人', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  function $(id) { return document.getElementById(id); }
  function all(q) { return Array.prototype.slice.call(document.querySelectorAll(q)); }
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  function textOf(sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; }
  function read(el) {
    var k = el.getAttribute('data-k');
    if (el.tagName === 'SELECT') set(k, textOf(el));
    else if (el.type === 'checkbox') set(k, el.checked);
    else set(k, el.value.trim());
  }
  all('[data-k]').forEach(function (el) {
    if (el.type === 'radio') return;
    var f = function () { read(el); err(el.id, ''); };
    el.addEventListener('input', f); el.addEventListener('change', f);
  });
  all('[data-click]').forEach(function (el) {
    el.addEventListener('click', function () { var k = el.getAttribute('data-click'); set(k, (S[k] || 0) + 1); });
  });
  /* 同开办主体负责人: 是 copies the held principal into the role's rows and locks them; 否 clears and unlocks */
  var ROLES = {
    sec: { name: 'aqxm', cert: 'aqzjlx', num: 'aqzjhm', from: 'aqyxq1', to: 'aqyxq2', long: 'aqcq', phone: 'aqsj', email: 'aqyx' },
    emg: { name: 'yjxm', cert: 'yjzjlx', num: 'yjzjhm', phone: 'yjdh' }
  };
  function copy(role, on) {
    var ids = ROLES[role];
    var vals = { name: HELD.name, cert: HELD.cert, num: HELD.certNumber, from: HELD.from, to: HELD.to, phone: HELD.mobile, email: HELD.email };
    Object.keys(ids).forEach(function (f) {
      var el = $(ids[f]);
      if (f === 'long') { el.checked = false; el.disabled = on; read(el); return; }
      el.value = on ? vals[f] : '';
      if (el.tagName === 'SELECT') el.disabled = on; else el.readOnly = on;
      read(el);
    });
  }
  all('input[type=radio][data-k]').forEach(function (el) {
    el.addEventListener('change', function () {
      if (!el.checked) return;
      var k = el.getAttribute('data-k');
      var v = el.parentNode.textContent.replace(/\s+/g, '');
      set(k, v);
      copy(k === 'secSame' ? 'sec' : 'emg', v === '是');
    });
  });
  /* 长期 clears and disables the end date */
  $('aqcq').addEventListener('change', function () {
    var to = $('aqyxq2');
    to.disabled = $('aqcq').checked;
    if (to.disabled) { to.value = ''; set('secValidTo', ''); }
  });
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
  const txt = (id: string, k: string, extra = '', blur = '') =>
    `<input type="text" id="${id}" name="${id}" data-k="${k}"${blur ? ` data-blur="${blur}"` : ''}${extra}><span class="err" id="${id}_err"></span>`;
  const certSel = (id: string, k: string) =>
    `<select id="${id}" name="${id}" data-k="${k}"><option value="">--请选择--</option>${MPS_PERSON_CERT_CODES.map(([c, t]) => `<option value="${c}">${t}</option>`).join('')}</select>`;
  const same = (name: string, k: string) => ['是', '否'].map((t, i) => `<span><input type="radio" name="${name}" value="${i ? '0' : '1'}" data-k="${k}"> ${t}</span>`).join(' ');
  const dt = (cap: string, req = true) => `<dt>${req ? '<em>*</em>' : ''}${cap}</dt>`;
  const body = `
<div class="banner"><div><b>全国互联网安全管理服务平台</b><small>公安机关互联网站安全管理服务平台</small></div><div class="who">当前用户：张伟 | 退出</div></div>
<div class="menu"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="box">
  <h2>新办网站申请</h2>
  <div class="steps">1.开办主体 &gt; 2.网站基本信息 &gt; <b>3.网站负责人</b> &gt; 4.提示说明</div>
  <div class="tip" style="margin:0">开办主体负责人：张伟（居民身份证 3301**********1236）</div>
  <form id="f" onsubmit="return false">
  <h3>网站安全负责人</h3>
  <dl class="role" id="secRole">
    ${dt('同开办主体负责人')}<dd>${same('aqtz', 'secSame')}</dd>
    ${dt('负责人姓名')}<dd>${txt('aqxm', 'secName', ' maxlength="30" style="width:160px"')}</dd>
    ${dt('证件类型')}<dd>${certSel('aqzjlx', 'secCertType')}</dd>
    ${dt('证件号码')}<dd>${txt('aqzjhm', 'secCertNumber', ' maxlength="18" style="width:200px"', 'id')}</dd>
    ${dt('证件有效期')}<dd>${txt('aqyxq1', 'secValidFrom', ' maxlength="10" style="width:100px" title="证件有效期起"', 'date')} 至 ${txt('aqyxq2', 'secValidTo', ' maxlength="10" style="width:100px" title="证件有效期止"', 'date')} <span><input type="checkbox" id="aqcq" name="aqcq" data-k="secLongTerm"> 长期</span><span class="tip">格式：yyyy-mm-dd</span></dd>
    ${dt('手机号码')}<dd>${txt('aqsj', 'secMobile', ' maxlength="11" style="width:140px"', 'mobile')}</dd>
    ${dt('电子邮件地址')}<dd>${txt('aqyx', 'secEmail', ' maxlength="60" style="width:220px"', 'email')}</dd>
  </dl>
  <h3>网站应急联络人</h3>
  <dl class="role" id="emgRole">
    ${dt('同开办主体负责人')}<dd>${same('yjtz', 'emgSame')}</dd>
    ${dt('联络人姓名')}<dd>${txt('yjxm', 'emgName', ' maxlength="30" style="width:160px"')}</dd>
    ${dt('证件类型')}<dd>${certSel('yjzjlx', 'emgCertType')}</dd>
    ${dt('证件号码')}<dd>${txt('yjzjhm', 'emgCertNumber', ' maxlength="18" style="width:200px"', 'id')}</dd>
    ${dt('联系电话')}<dd>${txt('yjdh', 'emgPhone', ' maxlength="11" style="width:140px"', 'mobile')}</dd>
  </dl>
  <dl class="role" style="margin-top:10px">
    ${dt('验证码')}<dd><input type="text" id="yzm" name="yzm" maxlength="4" style="width:70px" data-k="captcha"> <span class="vcode" aria-hidden="true">R7wp</span> <a href="#" onclick="return false">看不清，换一张</a></dd>
  </dl>
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
