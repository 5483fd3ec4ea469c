/**
 * Gen-31 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout31-beian-old-subject-unit-native-thtable   the old 公安 portal's 开办主体 step for a unit (http) as a TH
 *    TABLE: one bordered <table>, captions in <th> cells, two bands (单位信息 / 负责人信息); coded selects, the office
 *    address as three <select>s filled from the area API (/__heldout31/area?parent=<code>), blur checks; a captcha;
 *    下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_OLD_NATURE_CODES, MPS_PERSON_CERT_CODES, MPS_UNIT_CERT_CODES, PREFIX } from './common';

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .vc-top, .bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .vc-top { background: #0c1426; } .bd-top { background: #2468f2; }
.al-top span, .mps-top span, .vc-top span, .bd-top span { opacity: .9; font-size: 13px; } .mps-top .who { margin-left: auto; }
.al-body, .mps-body, .vc-body, .bd-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; } .msg { color: #d23c26; font-size: 13px; }
.help { color: #888; font-size: 12px; } .field-err { color: #d23c26; font-size: 12px; line-height: 1.5; } .ok { color: #2a9d4b; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; } .row-inline { display: inline-flex; gap: 8px; align-items: center; }
.split { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; margin-bottom: 12px; }
.sec-title { font-weight: 600; margin: 16px 0 10px; padding-left: 8px; border-left: 3px solid #2468f2; }
.lr-head { display: flex; gap: 16px; align-items: center; margin-bottom: 8px; } .lr-grid { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 10px 16px; }
.lr-label { color: #555; font-size: 13px; margin-bottom: 4px; } .lr-label i, .fp-row i { color: #d23c26; font-style: normal; margin-right: 2px; }
.sh-row { display: grid; grid-template-columns: 180px minmax(0, 1fr); align-items: center; gap: 12px; margin-bottom: 16px; } .sh-row label { color: #555; }
.fp-row { display: grid; grid-template-columns: 170px minmax(0, 1fr); gap: 12px; align-items: center; margin: 8px 0; } .fp-row > label { color: #555; text-align: right; font-size: 13px; }
.anchor-layout { display: grid; grid-template-columns: minmax(0, 1fr) 160px; gap: 16px; align-items: start; } .anchor-layout .sec { margin-bottom: 16px; }
.anchor-nav { position: sticky; top: 16px; background: #fff; padding: 8px 0; border-left: 2px solid #e5e5e5; } .anchor-nav a { display: block; padding: 6px 14px; color: #333; font-size: 13px; text-decoration: none; }
.ro { color: #333; }
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

/* ------------------------------------------------------------------ old 公安 portal: 开办主体 (单位), th table */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #eef2f6; color: #222; }
.banner { background: #134d97; color: #fff; height: 70px; display: flex; align-items: center; padding: 0 30px; border-bottom: 3px solid #c9151e; font: bold 22px "SimHei", sans-serif; }
.box { width: 960px; margin: 12px auto; background: #fff; border: 1px solid #c9d3de; padding: 10px 20px 18px; }
table.f { width: 100%; border-collapse: collapse; } table.f th, table.f td { border: 1px solid #c9d3de; padding: 4px 8px; }
table.f th { width: 150px; background: #f2f6fb; text-align: right; font-weight: normal; } table.f th em { color: #e00; font-style: normal; }
table.f tr.band td { background: #dfe9f5; color: #134d97; font-weight: bold; }
input[type=text], select { border: 1px solid #9fb0c2; font: inherit; height: 22px; box-sizing: border-box; width: 220px; } select.rg { width: 120px; }
.err { color: #e00; margin-left: 8px; } .btns { text-align: center; padding-top: 12px; } .btns input { padding: 3px 22px; margin: 0 8px; }
.vcode { display: inline-block; width: 60px; text-align: center; background: #eef3e6; font: italic bold 15px monospace; }
`;

const coded = (l: [string, string][]) => ['<option value="">--请选择--</option>', ...l.map(([c, t]) => `<option value="${c}">${t}</option>`)].join('');

const OLD_SCRIPT = String.raw`
(function () {
  var S = { nature: '', unitName: '', unitCertType: '', unitCertNumber: '', legalRep: '', prov: '', city: '', dist: '', officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prMobile: '', prOffice: '', prEmail: '', captcha: '', nextClicks: 0 };
  var names = { prov: '', city: '', dist: '' };
  var R = { platform: 'beian-old', step: 'subject', variant: '单位', changes: 0, getState: function () {
    var o = JSON.parse(JSON.stringify(S)); delete o.prov; delete o.city; delete o.dist;
    o.officeRegion = [names.prov, names.city, names.dist].filter(Boolean); return o; } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var RULES = {
    uscc: function (v) { return /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v) ? '' : '统一社会信用代码格式不正确'; },
    id: function (v) { return /^\d{17}[\dX]$/i.test(v) ? '' : '证件号码格式不正确'; },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    phone: function (v) { return /^0\d{2,3}-?\d{7,8}$/.test(v) ? '' : '电话格式如 0571-88886666'; },
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '邮箱格式不正确'; }
  };
  var PFX = '${PREFIX}';
  function load(sel, parent) {
    sel.innerHTML = '<option value="">--请选择--</option>';
    if (parent === null) return;
    var x = new XMLHttpRequest();
    x.open('GET', PFX + 'area?parent=' + encodeURIComponent(parent));
    x.onload = function () { JSON.parse(x.responseText).forEach(function (a) { var o = document.createElement('option'); o.value = a.code; o.text = a.name; sel.appendChild(o); }); };
    x.send();
  }
  var P = document.getElementById('prov'), C = document.getElementById('city'), D = document.getElementById('dist');
  load(P, '');
  function region(k, el) {
    set(k, el.value); names[k] = el.value ? el.options[el.selectedIndex].text : '';
    if (k === 'prov') { S.city = S.dist = ''; names.city = names.dist = ''; load(C, el.value || null); load(D, null); }
    if (k === 'city') { S.dist = ''; names.dist = ''; load(D, el.value || null); }
  }
  [P, C, D].forEach(function (el) { el.addEventListener('change', function () { region(el.id, el); }); });
  Array.prototype.forEach.call(document.querySelectorAll('[data-k]'), function (el) {
    var k = el.getAttribute('data-k');
    var f = function () {
      if (el.tagName === 'SELECT') set(k, el.value ? el.options[el.selectedIndex].text : '');
      else set(k, el.value.trim());
      var m = document.getElementById(el.id + '_err'); if (m) m.textContent = '';
    };
    el.addEventListener('change', f);
    if (el.type === 'text') el.addEventListener('input', f);
    var r = el.getAttribute('data-blur');
    if (r) el.addEventListener('blur', function () { var v = el.value.trim(); var m = document.getElementById(el.id + '_err'); if (v && m) m.textContent = RULES[r](v); });
  });
  document.getElementById('next').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); });
})();
`;

function row(id: string, cap: string, control: string, req = true): string {
  return `<tr><th><label for="${id}">${req ? '<em>*</em>' : ''}${cap}：</label></th><td>${control}<span class="err" id="${id}_err"></span></td></tr>`;
}
const txt = (id: string, blur = '') => `<input type="text" id="${id}" data-k="${id}"${blur ? ` data-blur="${blur}"` : ''}>`;

export function oldSubjectHtml(): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>全国互联网安全管理服务平台 - 开办主体信息</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="banner">全国互联网安全管理服务平台</div>
<div class="box">
<div>开办主体管理：<b>开办主体信息</b> → 新办网站申请</div>
<table class="f">
<tr class="band"><td colspan="2">单位信息</td></tr>
${row('nature', '开办主体性质', `<select id="nature" data-k="nature">${coded(MPS_OLD_NATURE_CODES)}</select>`)}
${row('unitName', '主办单位名称', txt('unitName'))}
${row('unitCertType', '单位证件类型', `<select id="unitCertType" data-k="unitCertType">${coded(MPS_UNIT_CERT_CODES)}</select>`)}
${row('unitCertNumber', '单位证件号码', txt('unitCertNumber', 'uscc'))}
${row('legalRep', '法人代表人姓名', txt('legalRep'))}
<tr><th><em>*</em>单位办公地址：</th><td><select class="rg" id="prov" aria-label="省"></select> <select class="rg" id="city" aria-label="市"></select> <select class="rg" id="dist" aria-label="区县"></select></td></tr>
${row('officeDetail', '详细地址', txt('officeDetail'))}
<tr class="band"><td colspan="2">负责人信息</td></tr>
${row('prName', '负责人姓名', txt('prName'))}
${row('prCertType', '证件类型', `<select id="prCertType" data-k="prCertType">${coded(MPS_PERSON_CERT_CODES)}</select>`)}
${row('prCertNumber', '证件号码', txt('prCertNumber', 'id'))}
${row('prMobile', '手机号码', txt('prMobile', 'mobile'))}
${row('prOffice', '办公室电话', txt('prOffice', 'phone'))}
${row('prEmail', '负责人邮箱', txt('prEmail', 'email'))}
<tr><th><em>*</em><label for="captcha">验证码</label>：</th><td><input type="text" id="captcha" data-k="captcha" style="width:80px"> <span class="vcode">3hP8</span></td></tr>
</table>
<div class="btns"><input type="button" id="next" value="下一步"></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
