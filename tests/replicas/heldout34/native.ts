/**
 * Gen-34 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout34-beian-old-subject-person-native-dlgrid   the old 公安 portal's 开办主体 step for a person (http) as a DL GRID:
 *    no table; <dl> pairs (<dt> caption, <dd> control) floated two to a line under <h3> captions (主体信息 / 负责人信息 /
 *    联系方式); coded <select>s, two validity texts + a 长期 tick disabling the end, 常住地址 three <select>s filled from the
 *    area API (/__heldout34/area?parent=<code>), a file input, blur checks; a captcha; 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_OLD_NATURE_CODES, MPS_PERSON_CERT_CODES, PREFIX } from './common';

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .tc-top, .hw-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .tc-top { background: #1b2537; } .hw-top { background: #c7000b; }
.al-top span, .mps-top span, .tc-top span, .hw-top span { opacity: .9; font-size: 13px; } .who { margin-left: auto; }
.al-body, .mps-body, .tc-body, .hw-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; } .msg { color: #d23c26; font-size: 13px; }
.help { color: #888; font-size: 12px; } .field-err { color: #d23c26; font-size: 12px; line-height: 1.5; } .ro { color: #333; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; } .row-inline { display: inline-flex; gap: 8px; align-items: center; }
.sec-title { font-weight: 600; margin: 4px 0 12px; padding-left: 8px; border-left: 3px solid #2468f2; }
.preview-layout { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 16px; align-items: start; } .preview-pane { position: sticky; top: 16px; }
.cg-item { margin-bottom: 14px; } .cg-label { padding-bottom: 4px; } .compact-tick { display: inline-flex; align-items: center; padding: 0 11px; border: 1px solid #d9d9d9; border-left: 0; border-radius: 0 6px 6px 0; }
.drag { width: 240px; }
.set-row { padding: 16px 0; border-bottom: 1px solid #eee; } .set-title { font-weight: 600; margin-bottom: 6px; }
.rg-row { display: grid; grid-template-columns: 170px minmax(0, 1fr); gap: 12px; align-items: center; margin: 10px 0; } .rg-row > label { color: #555; text-align: right; font-size: 13px; }
.rg-row > label i { color: #d23c26; font-style: normal; margin-right: 2px; }
.res-grid { width: 100%; border-collapse: collapse; margin: 8px 0; font-size: 13px; } .res-grid th, .res-grid td { border: 1px solid #e6e6e6; padding: 6px 10px; text-align: left; } .res-grid th { background: #fafafa; }
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

/* ------------------------------------------------------------------ old 公安 portal: 开办主体 (个人), dl grid */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef3; color: #222; }
.banner { background: #164a8a; color: #fff; height: 64px; line-height: 64px; padding: 0 26px; border-bottom: 3px solid #b8141c; font: bold 20px "SimHei", sans-serif; }
.page { width: 940px; margin: 10px auto 24px; background: #fff; border: 1px solid #c3cfdc; padding: 8px 20px 16px; overflow: hidden; }
.crumb { color: #666; padding: 4px 0 8px; border-bottom: 1px dashed #ccd6e0; }
h3 { clear: both; margin: 14px 0 6px; font-size: 13px; color: #164a8a; border-bottom: 2px solid #164a8a; padding-bottom: 2px; }
dl.f { float: left; width: 450px; margin: 3px 0; } dl.f dt { float: left; width: 130px; text-align: right; padding-right: 8px; color: #333; } dl.f dt em { color: #e00; font-style: normal; }
dl.f dd { margin-left: 138px; } dl.f.wide { width: 900px; }
input[type=text], select { border: 1px solid #9fb0c2; font: inherit; height: 22px; box-sizing: border-box; width: 230px; } select.rg { width: 96px; } input.dt { width: 110px; }
.err { display: block; color: #e00; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #eef3d9; font: italic bold 15px monospace; margin-left: 6px; }
.btns { clear: both; text-align: center; padding-top: 14px; } .btns input { padding: 3px 24px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = { kind: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prov: '', city: '', dist: '', homeDetail: '',
    prMobile: '', prOffice: '', prEmail: '', prFront: [], captcha: '', nextClicks: 0 };
  var names = { prov: '', city: '', dist: '' };
  var R = { platform: 'beian-old', step: 'subject', variant: '个人', changes: 0, getState: function () {
    var o = JSON.parse(JSON.stringify(S)); delete o.prov; delete o.city; delete o.dist;
    o.homeRegion = [names.prov, names.city, names.dist].filter(Boolean); return o; } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var RULES = {
    id: function (v) {
      if (!/^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(v)) return '身份证号码格式不正确';
      var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], sum = 0;
      for (var i = 0; i < 17; i++) sum += w[i] * Number(v[i]);
      return '10X98765432'[sum % 11] === v[17].toUpperCase() ? '' : '身份证号码校验位不正确';
    },
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 yyyy-mm-dd'; },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    phone: function (v) { return /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(v) ? '' : '电话格式如 0571-88886666'; },
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
      if (el.type === 'checkbox') {
        set(k, el.checked);
        if (k === 'prLongTerm') { var to = document.getElementById('prValidTo'); to.disabled = el.checked; if (el.checked) { to.value = ''; S.prValidTo = ''; } }
      }
      else if (el.type === 'file') set(k, Array.prototype.map.call(el.files || [], function (x) { return x.name; }));
      else if (el.tagName === 'SELECT') set(k, el.value ? el.options[el.selectedIndex].text : '');
      else set(k, el.value.trim());
      var m = document.getElementById(el.id + '_err'); if (m) m.textContent = '';
    };
    el.addEventListener('change', f);
    if (el.type === 'text') el.addEventListener('input', f);
    var r = el.getAttribute('data-blur');
    if (r) el.addEventListener('blur', function () { var v = el.value.trim(); var m = document.getElementById(el.id + '_err'); if (v && m) m.textContent = RULES[r](v); });
  });
  document.getElementById('next').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); document.getElementById('formMsg').textContent = S.captcha ? '' : '请输入验证码'; });
})();
`;

function pair(id: string, cap: string, control: string, req = true, wide = false): string {
  const c = `${req ? '<em>*</em>' : ''}${cap}：`;
  return `<dl class="f${wide ? ' wide' : ''}"><dt>${id ? `<label for="${id}">${c}</label>` : c}</dt><dd>${control}${id ? `<span class="err" id="${id}_err"></span>` : ''}</dd></dl>`;
}
const txt = (id: string, blur = '', extra = '') => `<input type="text" id="${id}" name="${id}" data-k="${id}"${blur ? ` data-blur="${blur}"` : ''}${extra}>`;
const coded = (id: string, l: [string, string][]) => `<select id="${id}" name="${id}" data-k="${id}"><option value="">--请选择--</option>${l.map(([c, t]) => `<option value="${c}">${t}</option>`).join('')}</select>`;

export function oldSubjectHtml(): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>全国互联网安全管理服务平台 - 开办主体</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="banner">全国互联网安全管理服务平台</div>
<div class="page">
<div class="crumb">当前位置：开办主体管理 &gt; 新增开办主体（<b>开办主体</b> → 网站基本信息 → 网站负责人信息 → 提示说明）</div>
<h3>主体信息</h3>
${pair('kind', '开办主体性质', coded('kind', MPS_OLD_NATURE_CODES))}
<h3>负责人信息</h3>
${pair('prName', '负责人姓名', txt('prName'))}${pair('prCertType', '证件类型', coded('prCertType', MPS_PERSON_CERT_CODES))}
${pair('prCertNumber', '证件号码', txt('prCertNumber', 'id', ' maxlength="18"'))}${pair('prValidFrom', '证件有效期起', txt('prValidFrom', 'date', ' class="dt" placeholder="yyyy-mm-dd"'))}
${pair('prValidTo', '证件有效期止', `${txt('prValidTo', 'date', ' class="dt" placeholder="yyyy-mm-dd"')} <label><input type="checkbox" id="prLongTerm" data-k="prLongTerm">长期</label>`)}${pair('prFront', '负责人证件正面', '<input type="file" id="prFront" data-k="prFront" accept="image/jpeg,image/png">')}
${pair('prov', '负责人常住地址', '<select id="prov" class="rg"></select> <select id="city" class="rg"></select> <select id="dist" class="rg"></select>', true, true)}
${pair('homeDetail', '详细地址', txt('homeDetail', '', ' style="width:460px" placeholder="街道、门牌号"'), true, true)}
<h3>联系方式</h3>
${pair('prMobile', '手机号码', txt('prMobile', 'mobile', ' maxlength="11"'))}${pair('prOffice', '办公室电话', txt('prOffice', 'phone'), false)}
${pair('prEmail', '电子邮箱', txt('prEmail', 'email'))}
<h3>提交</h3>
${pair('captcha', '验证码', '<input type="text" id="captcha" data-k="captcha" style="width:90px"><span class="vcode">k7Rm</span>')}
<div class="btns"><input type="button" id="next" value="下一步"> <span class="err" id="formMsg"></span></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
