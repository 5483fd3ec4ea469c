/**
 * Gen-39 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout39-beian-old-principal-unit-native-paperform   the old 公安 portal's 网站负责人 step for a unit (http) as a
 *    PAPER FORM: numbered lines of text with underlined blanks (like the printed form): copy ticks, a coded <select>,
 *    coded 是 / 否 radios for 长期 hiding the end date, date texts, a file input, blur checks; a notice tick; a captcha; 提交
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_PERSON_CERT_CODES, PREFIX } from './common';

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
.vc-top, .bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; } .vc-top { background: #1664ff; } .bd-top { background: #2468f2; }
.vc-top span, .bd-top span { opacity: .9; font-size: 13px; } .vc-body, .bd-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
.fl-row { display: grid; grid-template-columns: 180px minmax(0, 1fr); gap: 12px; align-items: start; margin: 10px 0; } .fl-row > label { text-align: right; line-height: 32px; color: #555; font-size: 13px; }
.fl-row > label i, .top-item > label i { color: #d23c26; font-style: normal; margin-right: 2px; }
.top-item { margin: 8px 0 14px; } .top-item > label { display: block; margin-bottom: 6px; color: #333; font-size: 13px; }
.two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 0 24px; }
.side-layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 20px; align-items: start; } .side-sum { position: sticky; top: 16px; }
.photo-layout { display: grid; grid-template-columns: 260px minmax(0, 1fr); gap: 20px; align-items: start; } .photo-col .slot { border: 1px dashed #c5cbd4; padding: 12px; margin-bottom: 12px; background: #fafbfc; }
.sum-row { display: flex; justify-content: space-between; align-items: center; border: 1px solid #e5e6eb; padding: 10px 14px; margin: 8px 0; background: #fafafa; }
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

/* ------------------------------------------------------------------ old 公安 portal: 网站负责人 (单位), paper form */

const OLD_CSS = `
body { margin: 0; font: 14px/2.4 "SimSun", "Songti SC", "Noto Serif CJK SC", serif; background: #e9e4d8; color: #222; }
.banner { background: #17488a; color: #fff; height: 52px; line-height: 52px; padding: 0 24px; font: bold 18px "SimHei", sans-serif; }
.paper { width: 820px; margin: 14px auto 30px; background: #fffdf6; border: 1px solid #cfc6ad; box-shadow: 0 2px 8px rgba(0,0,0,.12); padding: 24px 40px 28px; }
.paper h2 { text-align: center; font-size: 20px; letter-spacing: 4px; margin: 0 0 8px; } .paper h3 { font-size: 15px; margin: 14px 0 2px; }
.line { margin: 2px 0; } .line label { margin-right: 2px; }
.line input[type=text] { border: 0; border-bottom: 1px solid #333; background: transparent; font: inherit; width: 200px; padding: 0 4px; outline: none; }
.line select { border: 0; border-bottom: 1px solid #333; background: transparent; font: inherit; }
.err { color: #c00; font-size: 12px; margin-left: 6px; } .note { color: #777; font-size: 12px; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #f2e8d5; font: italic bold 15px monospace; margin-left: 6px; }
.btns { text-align: center; padding-top: 14px; } .btns input { padding: 3px 28px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = { aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqLongTerm: '', aqValidFrom: '', aqValidTo: '', aqMobile: '', aqEmail: '', aqFront: [],
    yjSame: false, yjName: '', yjCertType: '', yjCertNumber: '', yjMobile: '', notice: false, captcha: '', submitClicks: 0 };
  var HELD = { aqName: '李娜', aqCertType: '居民身份证', aqCertNumber: '330110198511204525', aqLongTerm: '是', aqValidFrom: '2016-05-10', aqValidTo: '', aqMobile: '13600136000', aqEmail: 'lina@yunqi-demo.cn' };
  var R = { platform: 'beian-old', step: 'principal', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var RULES = {
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 yyyy-mm-dd'; },
    id: function (v) {
      if (!/^\d{17}[\dXx]$/.test(v)) return '证件号码格式不正确';
      var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], s = 0;
      for (var i = 0; i < 17; i++) s += w[i] * Number(v[i]);
      return '10X98765432'[s % 11] === v[17].toUpperCase() ? '' : '证件号码校验未通过';
    },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮件地址格式不正确'; }
  };
  function byId(id) { return document.getElementById(id); }
  function sync() {
    byId('aqValidToLine').style.display = S.aqLongTerm === '是' ? 'none' : '';
    byId('yjLines').style.display = S.yjSame ? 'none' : '';
    ['aqName', 'aqCertNumber', 'aqValidFrom', 'aqValidTo', 'aqMobile', 'aqEmail', 'aqCertType'].forEach(function (k) { byId(k).disabled = S.aqSame; });
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-k]'), function (el) {
    var k = el.getAttribute('data-k');
    var f = function () {
      if (el.type === 'file') set(k, Array.prototype.map.call(el.files, function (x) { return x.name; }));
      else if (el.type === 'checkbox') set(k, el.checked);
      else if (el.type === 'radio') { if (el.checked) set(k, el.getAttribute('data-label')); if (k === 'aqLongTerm' && S.aqLongTerm === '是') { set('aqValidTo', ''); byId('aqValidTo').value = ''; } }
      else if (el.tagName === 'SELECT') set(k, el.value ? el.options[el.selectedIndex].text : '');
      else set(k, el.value.trim());
      var m = byId(k + '_err'); if (m) m.textContent = '';
      if (k === 'aqSame') {
        Object.keys(HELD).forEach(function (h) {
          var v = S.aqSame ? HELD[h] : ''; set(h, v);
          if (h === 'aqLongTerm') Array.prototype.forEach.call(document.querySelectorAll('input[name=aqLongTerm]'), function (r) { r.checked = r.getAttribute('data-label') === v; });
          else if (h === 'aqCertType') { var sel = byId('aqCertType'); sel.value = ''; Array.prototype.forEach.call(sel.options, function (o) { if (o.text === v) sel.value = o.value; }); }
          else byId(h).value = v;
        });
      }
      sync();
    };
    el.addEventListener('change', f);
    if (el.type === 'text') el.addEventListener('input', f);
    var r = el.getAttribute('data-blur');
    if (r) el.addEventListener('blur', function () { var v = el.value.trim(); var m = byId(k + '_err'); if (v && m) m.textContent = RULES[r](v); });
  });
  byId('submit').addEventListener('click', function () { set('submitClicks', S.submitClicks + 1); byId('formMsg').textContent = S.notice ? (S.captcha ? '' : '请输入验证码') : '请先阅读并同意责任告知书'; });
  sync();
})();
`;

const blank = (k: string, blur = '', extra = '') => `<input type="text" id="${k}" name="${k}" data-k="${k}"${blur ? ` data-blur="${blur}"` : ''}${extra}><span class="err" id="${k}_err"></span>`;
const coded = (k: string, l: [string, string][]) => `<select id="${k}" name="${k}" data-k="${k}"><option value="">请选择</option>${l.map(([c, t]) => `<option value="${c}">${t}</option>`).join('')}</select>`;
const lab = (k: string, t: string) => `<label for="${k}">${t}</label>：`;

export function oldPrincipalHtml(): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>全国互联网安全管理服务平台 - 网站负责人信息</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="banner">全国互联网安全管理服务平台</div>
<div class="paper" id="paper">
<h2>网站负责人信息登记表</h2>
<div class="note">开办主体：杭州云栖示例科技有限公司（单位）　第 3 步，共 4 步：开办主体 → 网站基本信息 → <b>网站负责人信息</b> → 提示说明</div>
<h3>一、网站安全负责人</h3>
<div class="line"><input type="checkbox" id="aqSame" data-k="aqSame"><label for="aqSame">同主体负责人信息</label> <span class="note">（勾选后带出主体负责人的信息）</span></div>
<div class="line">1. ${lab('aqName', '安全负责人姓名')}${blank('aqName', '', ' maxlength="30"')}　2. ${lab('aqCertType', '证件类型')}${coded('aqCertType', MPS_PERSON_CERT_CODES)}</div>
<div class="line">3. ${lab('aqCertNumber', '证件号码')}${blank('aqCertNumber', 'id', ' maxlength="18" style="width:240px"')}</div>
<div class="line">4. 证件是否长期有效：<input type="radio" name="aqLongTerm" id="aqLong1" value="1" data-k="aqLongTerm" data-label="是"><label for="aqLong1">是</label> <input type="radio" name="aqLongTerm" id="aqLong0" value="0" data-k="aqLongTerm" data-label="否"><label for="aqLong0">否</label></div>
<div class="line">5. ${lab('aqValidFrom', '证件有效期起')}${blank('aqValidFrom', 'date', ' placeholder="yyyy-mm-dd" style="width:120px"')}<span id="aqValidToLine">　${lab('aqValidTo', '证件有效期止')}${blank('aqValidTo', 'date', ' placeholder="yyyy-mm-dd" style="width:120px"')}</span></div>
<div class="line">6. ${lab('aqMobile', '手机号码')}${blank('aqMobile', 'mobile', ' maxlength="11" style="width:140px"')}　7. ${lab('aqEmail', '电子邮件地址')}${blank('aqEmail', 'email')}</div>
<div class="line">8. ${lab('aqFront', '证件正面')}<input type="file" id="aqFront" name="aqFront" data-k="aqFront" accept="image/*"> <span class="note">jpg/png，不超过 400KB；勾选同主体负责人信息时也须重新上传</span></div>
<h3>二、网站应急联络人</h3>
<div class="line"><input type="checkbox" id="yjSame" data-k="yjSame"><label for="yjSame">同主体负责人信息</label></div>
<div id="yjLines">
<div class="line">1. ${lab('yjName', '联络人姓名')}${blank('yjName')}　2. ${lab('yjCertType', '联络人证件类型')}${coded('yjCertType', MPS_PERSON_CERT_CODES)}</div>
<div class="line">3. ${lab('yjCertNumber', '联络人证件号码')}${blank('yjCertNumber', 'id', ' maxlength="18" style="width:240px"')}　4. ${lab('yjMobile', '联络人手机号码')}${blank('yjMobile', 'mobile', ' maxlength="11" style="width:140px"')}</div>
</div>
<h3>三、确认</h3>
<div class="line"><input type="checkbox" id="notice" data-k="notice"><label for="notice">我已阅读并同意《互联网信息服务单位网络安全责任告知书》</label></div>
<div class="line">${lab('captcha', '验证码')}<input type="text" id="captcha" data-k="captcha" style="width:90px"><span class="vcode">k7Wn</span></div>
<div class="btns"><input type="button" id="submit" value="提交"> <span class="err" id="formMsg"></span></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
