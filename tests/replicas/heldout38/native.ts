/**
 * Gen-38 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout38-beian-old-subject-person-native-rowspan   the old 公安 portal's 开办主体 step for a person (http) as a
 *    ROWSPAN TABLE: one bordered table whose first column holds group captions spanning their rows (开办主体 / 负责人 /
 *    证件照片 / 联系方式); coded <select>s, a start-date text + a term <select> with the end shown derived, the residence
 *    as ONE text line, two file inputs, blur checks; a captcha; 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { ID_TERMS, MPS_OLD_NATURE_CODES, MPS_PERSON_CERT_CODES, PREFIX } from './common';

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
.lf-label { width: 220px; flex: none; } .lf-label b { font-weight: 500; } .lf-label b i { color: #d23c26; font-style: normal; margin-right: 2px; } .lf-ctl { flex: 1; max-width: 520px; }
.anchor-layout { display: grid; grid-template-columns: 160px minmax(0, 1fr); gap: 20px; align-items: start; } .anchor-rail { position: sticky; top: 16px; }
.rail-layout { display: grid; grid-template-columns: 180px minmax(0, 1fr); gap: 20px; align-items: start; } .rail { position: sticky; top: 16px; height: 300px; background: #fff; padding: 12px; }
.sticky-bar { position: sticky; bottom: 0; background: #fff; border-top: 1px solid #e5e5e5; padding: 10px 24px; display: flex; gap: 12px; align-items: center; box-shadow: 0 -2px 6px rgba(0,0,0,.05); }
.ot-item { display: grid; grid-template-columns: 170px minmax(0, 1fr); gap: 12px; align-items: start; margin: 10px 0; } .ot-item > label { color: #555; text-align: right; font-size: 13px; line-height: 32px; }
.ot-item > label i { color: #d23c26; font-style: normal; margin-right: 2px; }
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

/* ------------------------------------------------------------------ old 公安 portal: 开办主体 (个人), rowspan table */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #eaeef3; color: #222; }
.banner { background: #17488a; color: #fff; height: 56px; line-height: 56px; padding: 0 24px; font: bold 19px "SimHei", sans-serif; }
.page { width: 860px; margin: 10px auto 24px; background: #fff; border: 1px solid #c3cfdc; padding: 8px 20px 16px; }
.crumb { color: #666; padding: 4px 0 8px; }
table.form { width: 100%; border-collapse: collapse; } table.form td, table.form th { border: 1px solid #b9c7d8; padding: 4px 8px; }
table.form th.grp { width: 70px; background: #dde6f1; color: #17488a; writing-mode: horizontal-tb; text-align: center; }
table.form td.cap { width: 150px; text-align: right; background: #f4f7fb; } table.form td.cap em { color: #e00; font-style: normal; }
input[type=text], select { border: 1px solid #9fb0c2; font: inherit; box-sizing: border-box; height: 22px; width: 260px; }
.err { color: #e00; margin-left: 8px; } .help { color: #888; margin-left: 6px; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #f2e8d5; font: italic bold 15px monospace; margin-left: 6px; }
.btns { text-align: center; padding-top: 14px; } .btns input { padding: 3px 24px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = { kind: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prTerm: '', homeAddress: '', prFront: [], prBack: [],
    prOffice: '', prMobile: '', prEmail: '', captcha: '', nextClicks: 0 };
  var R = { platform: 'beian-old', step: 'subject', variant: '个人', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
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
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮箱格式不正确'; },
    phone: function (v) { return /^0\d{2,3}-?\d{7,8}$/.test(v) ? '' : '电话格式如 0571-88886666'; },
    address: function (v) { return /(省|市).*(区|县|市).*\d+\s*号/.test(v) ? '' : '请填写省市区县及街道门牌号'; }
  };
  function endDate() {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(S.prValidFrom), y = parseInt(S.prTerm, 10);
    document.getElementById('prValidTo').textContent = S.prTerm === '长期' ? '长期有效' : m && y ? (Number(m[1]) + y) + '-' + m[2] + '-' + m[3] : '—';
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-k]'), function (el) {
    var k = el.getAttribute('data-k');
    var f = function () {
      if (el.type === 'file') set(k, Array.prototype.map.call(el.files, function (x) { return x.name; }));
      else if (el.tagName === 'SELECT') set(k, el.value ? el.options[el.selectedIndex].text : '');
      else set(k, el.value.trim());
      var m = document.getElementById(k + '_err'); if (m) m.textContent = '';
      endDate();
    };
    el.addEventListener('change', f);
    if (el.type === 'text') el.addEventListener('input', f);
    var r = el.getAttribute('data-blur');
    if (r) el.addEventListener('blur', function () { var v = el.value.trim(); var m = document.getElementById(k + '_err'); if (v && m) m.textContent = RULES[r](v); });
  });
  document.getElementById('next').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); document.getElementById('formMsg').textContent = S.captcha ? '' : '请输入验证码'; });
})();
`;

const cap = (label: string, k: string, req = true) => `<td class="cap">${req ? '<em>*</em>' : ''}<label for="${k}">${label}</label>：</td>`;
const txt = (k: string, blur = '', extra = '') => `<input type="text" id="${k}" name="${k}" data-k="${k}"${blur ? ` data-blur="${blur}"` : ''}${extra}><span class="err" id="${k}_err"></span>`;
const coded = (k: string, l: [string, string][]) => `<select id="${k}" name="${k}" data-k="${k}"><option value="">--请选择--</option>${l.map(([c, t]) => `<option value="${c}">${t}</option>`).join('')}</select>`;

export function oldSubjectHtml(): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>全国互联网安全管理服务平台 - 开办主体管理</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="banner">全国互联网安全管理服务平台</div>
<div class="page">
<div class="crumb">当前位置：新办网站申请 &gt; <b>开办主体</b> → 网站基本信息 → 网站负责人信息 → 提示说明</div>
<table class="form" id="subjectTable">
<tr><th class="grp" rowspan="1">开办主体</th>${cap('开办主体性质', 'kind')}<td>${coded('kind', MPS_OLD_NATURE_CODES)}</td></tr>
<tr><th class="grp" rowspan="6">负责人</th>${cap('负责人姓名', 'prName')}<td>${txt('prName', '', ' maxlength="30"')}</td></tr>
<tr>${cap('证件类型', 'prCertType')}<td>${coded('prCertType', MPS_PERSON_CERT_CODES)}</td></tr>
<tr>${cap('证件号码', 'prCertNumber')}<td>${txt('prCertNumber', 'id', ' maxlength="18"')}</td></tr>
<tr>${cap('证件有效期开始', 'prValidFrom')}<td>${txt('prValidFrom', 'date', ' placeholder="yyyy-mm-dd" style="width:120px"')}</td></tr>
<tr>${cap('有效期限', 'prTerm')}<td><select id="prTerm" name="prTerm" data-k="prTerm"><option value="">--请选择--</option>${ID_TERMS.map((t) => `<option value="${t}">${t}</option>`).join('')}</select><span class="help">截止日期：<span id="prValidTo">—</span></span></td></tr>
<tr>${cap('负责人常住地址', 'homeAddress')}<td>${txt('homeAddress', 'address', ' style="width:420px" placeholder="省市区县 + 街道门牌号"')}</td></tr>
<tr><th class="grp" rowspan="2">证件照片</th>${cap('证件正面', 'prFront')}<td><input type="file" id="prFront" name="prFront" data-k="prFront" accept="image/*"><span class="help">jpg/png，不超过 400KB</span></td></tr>
<tr>${cap('证件反面', 'prBack')}<td><input type="file" id="prBack" name="prBack" data-k="prBack" accept="image/*"></td></tr>
<tr><th class="grp" rowspan="3">联系方式</th>${cap('办公室电话', 'prOffice', false)}<td>${txt('prOffice', 'phone', ' placeholder="区号-号码"')}</td></tr>
<tr>${cap('手机号码', 'prMobile')}<td>${txt('prMobile', 'mobile', ' maxlength="11"')}</td></tr>
<tr>${cap('电子邮箱', 'prEmail')}<td>${txt('prEmail', 'email')}</td></tr>
<tr><th class="grp">校验</th>${cap('验证码', 'captcha')}<td><input type="text" id="captcha" data-k="captcha" style="width:90px"><span class="vcode">p3Xe</span></td></tr>
</table>
<div class="btns"><input type="button" id="next" value="下一步"> <span class="err" id="formMsg"></span></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
