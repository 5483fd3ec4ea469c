/**
 * Gen-32 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout32-beian-old-principal-person-native-floatdivs   the old 公安 portal's 网站负责人 step for a person (http) as
 *    FLOATED DIVS: no table, each row a div with its caption span floated left, two <h3> blocks (网站安全负责人 /
 *    网站应急联络人); coded selects, validity as two texts + a 长期 tick (the end disabled while ticked), blur checks; a
 *    captcha, the 责任告知书 tick; 下一步
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
.help { color: #888; font-size: 12px; } .field-err { color: #d23c26; font-size: 12px; line-height: 1.5; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; }
.sec-title { font-weight: 600; margin: 16px 0 10px; padding-left: 8px; border-left: 3px solid #0052d9; }
.dom-card { margin-bottom: 8px; } .dom-card .el-card__body { display: flex; gap: 8px; align-items: center; padding: 10px 14px; }
.rail { display: grid; grid-template-columns: 170px minmax(0, 1fr); gap: 16px; align-items: start; } .rail-nav { position: sticky; top: 16px; }
.fl-row { display: grid; grid-template-columns: 170px minmax(0, 1fr); gap: 12px; align-items: center; margin: 10px 0; } .fl-row > label { color: #555; text-align: right; font-size: 13px; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 24px; }
.vs-layout { display: grid; grid-template-columns: 200px minmax(0, 1fr); gap: 20px; align-items: start; }
.ro { color: #333; } .seg-pane { padding-top: 12px; }
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

/* ------------------------------------------------------------------ old 公安 portal: 网站负责人 (个人), floated divs */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef3; color: #222; }
.banner { background: #1a5aa6; color: #fff; height: 64px; line-height: 64px; padding: 0 30px; border-bottom: 3px solid #c9151e; font: bold 21px "SimHei", sans-serif; }
.nav { width: 900px; margin: 10px auto 0; color: #555; }
.wrap { width: 900px; margin: 6px auto 20px; background: #fff; border: 1px solid #c4ceda; padding: 8px 24px 16px; overflow: hidden; }
h3 { clear: both; margin: 14px 0 6px; padding: 2px 8px; font-size: 13px; color: #1a5aa6; border-bottom: 1px dashed #9db3cc; }
.item { clear: both; overflow: hidden; padding: 4px 0; }
.item .cap { float: left; width: 140px; text-align: right; padding-right: 10px; color: #333; }
.item .cap b { color: #e00; font-weight: normal; }
.item .ctl { float: left; }
input[type=text], select { border: 1px solid #a7b6c6; font: inherit; height: 22px; box-sizing: border-box; width: 230px; }
input.date { width: 110px; } .err { color: #e00; margin-left: 6px; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #f3eddc; font: italic bold 15px monospace; margin-left: 6px; }
.btns { clear: both; text-align: center; padding-top: 14px; } .btns input { padding: 3px 24px; }
`;

const coded = (l: [string, string][]) => ['<option value="">--请选择--</option>', ...l.map(([c, t]) => `<option value="${c}">${t}</option>`)].join('');

const OLD_SCRIPT = String.raw`
(function () {
  var S = { aqName: '', aqCertType: '', aqCertNumber: '', aqValidFrom: '', aqValidTo: '', aqLongTerm: false, aqMobile: '', aqEmail: '',
    yjName: '', yjCertType: '', yjCertNumber: '', yjMobile: '', notice: false, captcha: '', nextClicks: 0 };
  var R = { platform: 'beian-old', step: 'principal', variant: '个人', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var RULES = {
    id: function (v) { return /^\d{17}[\dX]$/i.test(v) ? '' : '身份证号码格式不正确'; },
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 yyyy-mm-dd'; },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮件格式不正确'; }
  };
  Array.prototype.forEach.call(document.querySelectorAll('[data-k]'), function (el) {
    var k = el.getAttribute('data-k');
    var f = function () {
      if (el.type === 'checkbox') set(k, el.checked);
      else if (el.tagName === 'SELECT') set(k, el.value ? el.options[el.selectedIndex].text : '');
      else set(k, el.value.trim());
      var m = document.getElementById(el.id + '_err'); if (m) m.textContent = '';
      if (k === 'aqLongTerm') { var to = document.getElementById('aqValidTo'); to.disabled = el.checked; if (el.checked) { to.value = ''; S.aqValidTo = ''; } }
    };
    el.addEventListener('change', f);
    if (el.type === 'text') el.addEventListener('input', f);
    var r = el.getAttribute('data-blur');
    if (r) el.addEventListener('blur', function () { var v = el.value.trim(); var m = document.getElementById(el.id + '_err'); if (v && m) m.textContent = RULES[r](v); });
  });
  document.getElementById('next').addEventListener('click', function () {
    set('nextClicks', S.nextClicks + 1);
    document.getElementById('formMsg').textContent = S.notice ? '' : '请先阅读并勾选责任告知书';
  });
})();
`;

function item(id: string, cap: string, control: string, req = true): string {
  return `<div class="item"><span class="cap"><label for="${id}">${req ? '<b>*</b>' : ''}${cap}</label>：</span><span class="ctl">${control}<span class="err" id="${id}_err"></span></span></div>`;
}
const txt = (id: string, blur = '', cls = '') => `<input type="text" id="${id}" data-k="${id}"${blur ? ` data-blur="${blur}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
const sel = (id: string) => `<select id="${id}" data-k="${id}">${coded(MPS_PERSON_CERT_CODES)}</select>`;

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
<div class="nav">新办网站申请：网站基本信息 → <b>网站负责人信息</b> → 提示说明</div>
<div class="wrap">
<h3>网站安全负责人</h3>
${item('aqName', '负责人姓名', txt('aqName'))}
${item('aqCertType', '证件类型', sel('aqCertType'))}
${item('aqCertNumber', '证件号码', txt('aqCertNumber', 'id'))}
<div class="item"><span class="cap"><b>*</b>证件有效期：</span><span class="ctl">
<label for="aqValidFrom">有效期起</label> ${txt('aqValidFrom', 'date', 'date')} <label for="aqValidTo">有效期止</label> ${txt('aqValidTo', 'date', 'date')}
<label><input type="checkbox" id="aqLongTerm" data-k="aqLongTerm">长期</label><span class="err" id="aqValidFrom_err"></span><span class="err" id="aqValidTo_err"></span></span></div>
${item('aqMobile', '手机号码', txt('aqMobile', 'mobile'))}
${item('aqEmail', '电子邮件', txt('aqEmail', 'email'))}
<h3>网站应急联络人</h3>
${item('yjName', '联络人姓名', txt('yjName'))}
${item('yjCertType', '联络人证件类型', sel('yjCertType'))}
${item('yjCertNumber', '联络人证件号码', txt('yjCertNumber', 'id'))}
${item('yjMobile', '联络人手机号码', txt('yjMobile', 'mobile'))}
<h3>提交</h3>
<div class="item"><span class="cap"></span><span class="ctl"><label><input type="checkbox" id="notice" data-k="notice">已阅读并知悉责任告知书</label></span></div>
<div class="item"><span class="cap"><b>*</b><label for="captcha">验证码</label>：</span><span class="ctl"><input type="text" id="captcha" data-k="captcha" style="width:80px"><span class="vcode">k7Rm</span></span></div>
<div class="btns"><input type="button" id="next" value="下一步"> <span class="err" id="formMsg"></span></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
