/**
 * Gen-42 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout42-beian-old-principal-unit-native-tbodygroups   the old 公安 portal's 网站负责人 step for a unit (http) as
 *    TBODY GROUPS: one bordered <table> whose role sections are <tbody> groups, each opened by a <th colspan> row
 *    (网站安全负责人 / 网站应急联络人); texts with blur checks, a coded <select>, date texts, a 同主体负责人信息 tick copying
 *    and locking the held principal (security officer) or hiding the contact's own rows (emergency contact), a file input,
 *    a captcha; 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_PERSON_CERT_CODES, PREFIX } from './common';

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .tc-top, .hw-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .tc-top { background: #1b2537; } .hw-top { background: #c7000b; }
.al-top span, .mps-top span, .tc-top span, .hw-top span { opacity: .9; font-size: 13px; } .who { margin-left: auto; }
.al-body, .mps-body, .tc-body, .hw-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; } .msg { color: #d23c26; font-size: 13px; }
.help { color: #888; font-size: 12px; } .field-err { color: #d23c26; font-size: 12px; line-height: 1.5; } .ro { color: #333; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; } .row-inline { display: inline-flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.sec-title { font-weight: 600; margin: 4px 0 12px; padding-left: 8px; border-left: 3px solid #2468f2; }
.split { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 20px; align-items: start; } .split-aside { position: sticky; top: 16px; }
.ftable { width: 100%; border-collapse: collapse; margin-bottom: 16px; background: #fff; } .ftable caption { text-align: left; font-weight: 600; padding: 8px 0; color: #0b3d7e; }
.ftable td { border: 1px solid #d5dbe5; padding: 8px 10px; vertical-align: middle; } .ftable td.lab { width: 220px; background: #f5f7fa; text-align: right; font-size: 13px; color: #444; }
.ftable td.lab i { color: #d23c26; font-style: normal; margin-right: 2px; }
.menu-layout { display: grid; grid-template-columns: 220px minmax(0, 1fr); gap: 16px; align-items: start; }
.todo li { font-size: 13px; color: #888; list-style: none; } .todo li.ok { color: #2a9d55; } .todo { padding-left: 0; }
.ot-row { display: grid; grid-template-columns: 150px minmax(0, 1fr); gap: 12px; align-items: start; margin: 10px 0; } .ot-row > label { color: #555; text-align: right; font-size: 13px; line-height: 32px; } .ot-row > label i { color: #d23c26; font-style: normal; margin-right: 2px; } .ot-row > .ro { line-height: 32px; }
.sticky-bar { position: sticky; bottom: 0; background: #fff; border-top: 1px solid #e5e5e5; padding: 10px 24px; display: flex; gap: 12px; align-items: center; }
`;

const LIB_ASSETS: Record<string, string> = { antd: 'antd', tdesign: 'tdesign', 'element-plus': 'elp', opentiny: 'opentiny' };

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

/* ------------------------------------------------------------------ old 公安 portal: 网站负责人 (单位), tbody groups */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #eef1f5; color: #222; }
.banner { background: #1d4f91; color: #fff; height: 54px; line-height: 54px; padding: 0 24px; font: bold 19px "SimHei", sans-serif; }
.crumb { width: 900px; margin: 8px auto 0; color: #666; }
.page { width: 900px; margin: 6px auto 24px; background: #fff; border: 1px solid #c3cfdc; padding: 10px 20px 16px; }
table.roles { width: 100%; border-collapse: collapse; } table.roles th.grp { text-align: left; background: #dde7f3; color: #1d4f91; font-size: 13px; padding: 6px 10px; border: 1px solid #b9c8da; }
table.roles td { border: 1px solid #c4d0de; padding: 4px 8px; } table.roles td.k { width: 180px; text-align: right; background: #f6f8fb; } table.roles td.k em { color: #e00; font-style: normal; }
input[type=text], select { border: 1px solid #9fb0c2; font: inherit; height: 22px; width: 260px; box-sizing: border-box; } input[disabled], select[disabled] { background: #eee; }
.err { color: #e00; margin-left: 8px; } .help { color: #888; margin-left: 6px; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #f2e8d5; font: italic bold 15px monospace; margin-left: 6px; }
.btns { text-align: center; padding-top: 14px; } .btns input { padding: 3px 24px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = { aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidFrom: '', aqValidTo: '', aqMobile: '', aqEmail: '', aqFront: [],
    yjSame: false, yjName: '', yjCertType: '', yjCertNumber: '', yjMobile: '', captcha: '', nextClicks: 0 };
  var R = { platform: 'beian-old', step: 'principal', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var HELD = { aqName: '李娜', aqCertType: '居民身份证', aqCertNumber: '330110198511204525', aqValidFrom: '2016-05-10', aqValidTo: '长期', aqMobile: '13600136000', aqEmail: 'lina@yunqi-demo.cn' };
  var RULES = {
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) || v === '长期' ? '' : '日期格式为 yyyy-mm-dd'; },
    id: function (v) {
      if (!/^\d{17}[\dXx]$/.test(v)) return '证件号码格式不正确';
      var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], s = 0;
      for (var i = 0; i < 17; i++) s += w[i] * Number(v[i]);
      return '10X98765432'[s % 11] === v[17].toUpperCase() ? '' : '证件号码校验未通过';
    },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮件格式不正确'; }
  };
  function byId(id) { return document.getElementById(id); }
  var fields = Array.prototype.slice.call(document.querySelectorAll('[data-k]'));
  fields.forEach(function (el) {
    var k = el.getAttribute('data-k');
    var f = function () {
      if (el.tagName === 'SELECT') set(k, el.value ? el.options[el.selectedIndex].text : '');
      else set(k, el.value.trim());
      var m = byId(k + '_err'); if (m) m.textContent = '';
    };
    el.addEventListener('change', f);
    if (el.type === 'text') el.addEventListener('input', f);
    var r = el.getAttribute('data-blur');
    if (r) el.addEventListener('blur', function () { var v = el.value.trim(); var m = byId(k + '_err'); if (v && m) m.textContent = RULES[r](v); });
  });
  byId('aqSame').addEventListener('change', function () {
    var on = byId('aqSame').checked;
    set('aqSame', on);
    fields.forEach(function (el) {
      var k = el.getAttribute('data-k');
      if (k.indexOf('aq') !== 0) return;
      el.disabled = on;
      if (el.tagName === 'SELECT') { el.value = on ? '01' : ''; set(k, on ? '居民身份证' : ''); }
      else { el.value = on ? HELD[k] : ''; set(k, on ? HELD[k] : ''); }
    });
  });
  byId('aqFront').addEventListener('change', function () { set('aqFront', Array.prototype.map.call(byId('aqFront').files || [], function (f) { return f.name; })); });
  byId('yjSame').addEventListener('change', function () {
    var on = byId('yjSame').checked;
    set('yjSame', on);
    Array.prototype.forEach.call(document.querySelectorAll('tr.yj-own'), function (tr) { tr.style.display = on ? 'none' : ''; });
  });
  byId('next').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); byId('formMsg').textContent = S.captcha ? '' : '请输入验证码'; });
})();
`;

const txt = (k: string, blur = '', extra = '') => `<input type="text" id="${k}" name="${k}" data-k="${k}"${blur ? ` data-blur="${blur}"` : ''}${extra}><span class="err" id="${k}_err"></span>`;
const coded = (k: string, l: [string, string][]) => `<select id="${k}" name="${k}" data-k="${k}"><option value="">请选择</option>${l.map(([c, t]) => `<option value="${c}">${t}</option>`).join('')}</select>`;
const row = (k: string, t: string, control: string, req = true, cls = '') => `<tr${cls ? ` class="${cls}"` : ''}><td class="k"><label for="${k}">${req ? '<em>*</em>' : ''}${t}</label></td><td>${control}</td></tr>`;

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
<div class="crumb">当前位置：首页 &gt; 新办网站申请 &gt; 网站负责人信息（开办主体：杭州云栖示例科技有限公司）</div>
<div class="page">
<table class="roles" id="roles">
<tbody id="gAq">
<tr><th class="grp" colspan="2">网站安全负责人</th></tr>
${row('aqSame', '同主体负责人信息', '<label><input type="checkbox" id="aqSame"> 同主体负责人信息</label><span class="help">勾选后带入主体负责人信息，不可修改</span>', false)}
${row('aqName', '负责人姓名', txt('aqName', '', ' maxlength="30"'))}
${row('aqCertType', '证件类型', coded('aqCertType', MPS_PERSON_CERT_CODES))}
${row('aqCertNumber', '证件号码', txt('aqCertNumber', 'id', ' maxlength="18"'))}
${row('aqValidFrom', '证件有效期起', txt('aqValidFrom', 'date', ' placeholder="yyyy-mm-dd"'))}
${row('aqValidTo', '证件有效期止', txt('aqValidTo', 'date', ' placeholder="yyyy-mm-dd 或 长期"'))}
${row('aqMobile', '手机号码', txt('aqMobile', 'mobile', ' maxlength="11"'))}
${row('aqEmail', '电子邮件地址', txt('aqEmail', 'email'))}
${row('aqFront', '证件正面', '<input type="file" id="aqFront" accept="image/*"><span class="help">jpg / png，不超过 400 KB</span>')}
</tbody>
<tbody id="gYj">
<tr><th class="grp" colspan="2">网站应急联络人</th></tr>
${row('yjSame', '同主体负责人信息', '<label><input type="checkbox" id="yjSame"> 同主体负责人信息</label>', false)}
${row('yjName', '联络人姓名', txt('yjName', '', ' maxlength="30"'), true, 'yj-own')}
${row('yjCertType', '联络人证件类型', coded('yjCertType', MPS_PERSON_CERT_CODES), true, 'yj-own')}
${row('yjCertNumber', '联络人证件号码', txt('yjCertNumber', 'id', ' maxlength="18"'), true, 'yj-own')}
${row('yjMobile', '联络人手机号码', txt('yjMobile', 'mobile', ' maxlength="11"'), true, 'yj-own')}
</tbody>
<tbody id="gCheck">
<tr><th class="grp" colspan="2">提交确认</th></tr>
${row('captcha', '验证码', '<input type="text" id="captcha" data-k="captcha" style="width:90px"><span class="vcode">k7Qm</span> <span class="help">看不清？换一张</span>')}
</tbody>
</table>
<div class="btns"><input type="button" id="next" value="下一步"> <span class="err" id="formMsg" style="display:inline"></span></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
