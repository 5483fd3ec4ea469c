/**
 * Gen-44 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout44-beian-old-subject-unit-native-foldsummary   the old 公安 portal's 开办主体 step for a unit (http) as FOLD
 *    SUMMARY: one <details>/<summary> fold per section (开办主体 / 单位信息 / 负责人信息 / 联系方式; all open), each
 *    summary line showing how many of its required fields are filled; coded <select>s, texts with blur checks, three
 *    chained region <select>s fed level by level by the area API (/__heldout44/area?parent=), a 长期有效 tick disabling
 *    the end date, two file inputs, a captcha; 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_OLD_NATURE_CODES, MPS_PERSON_CERT_CODES, MPS_UNIT_CERT_CODES, PREFIX } from './common';

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
.ot-row { display: grid; grid-template-columns: 150px minmax(0, 1fr); gap: 12px; align-items: start; margin: 10px 0; } .ot-row > label { color: #555; text-align: right; font-size: 13px; line-height: 32px; } .ot-row > label i { color: #d23c26; font-style: normal; margin-right: 2px; }
.tl-q { font-weight: 600; margin-bottom: 8px; } .tl-row { display: flex; gap: 12px; align-items: flex-start; margin: 8px 0; } .tl-row > label { width: 170px; flex: none; text-align: right; line-height: 32px; font-size: 13px; color: #555; }
.tl-row > label i, .g3 label i, .sheet .lab i { color: #d23c26; font-style: normal; margin-right: 2px; }
.g3 { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px 24px; } .g3 > div > label { display: block; font-size: 13px; color: #555; margin-bottom: 4px; } .g3 .wide { grid-column: 1 / -1; }
.sheet { display: grid; grid-template-columns: 160px minmax(0, 1fr) 160px minmax(0, 1fr); border-top: 1px solid #dcdfe6; border-left: 1px solid #dcdfe6; background: #fff; }
.sheet > div { border-right: 1px solid #dcdfe6; border-bottom: 1px solid #dcdfe6; padding: 8px 10px; min-height: 32px; } .sheet .lab { background: #f5f7fa; text-align: right; font-size: 13px; color: #444; line-height: 32px; }
.sheet .head { grid-column: 1 / -1; background: #e8eef8; font-weight: 600; color: #0b3d7e; } .sheet .span3 { grid-column: 2 / -1; }
.stack-cards > .card-w { border: 1px solid #e3e6eb; }
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

/* ------------------------------------------------------------------ old 公安 portal: 开办主体 (单位), fold summary */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9edf2; color: #222; }
.banner { background: #17457f; color: #fff; height: 54px; line-height: 54px; padding: 0 24px; font: bold 19px "SimHei", sans-serif; }
.crumb { width: 880px; margin: 8px auto 0; color: #666; }
.page { width: 880px; margin: 6px auto 24px; background: #fff; border: 1px solid #c3cfdc; padding: 10px 20px 16px; }
details { border: 1px solid #c7d3e1; margin: 10px 0; } details > summary { background: #e4ecf6; color: #17457f; font-weight: bold; font-size: 13px; padding: 5px 10px; cursor: pointer; }
details > summary .cnt { font-weight: normal; color: #888; margin-left: 10px; }
.fld { display: flex; align-items: center; padding: 4px 12px; border-top: 1px dotted #dde3ea; } .fld > .k { width: 170px; text-align: right; padding-right: 10px; flex: none; } .fld > .k em { color: #e00; font-style: normal; }
input[type=text], select { border: 1px solid #9fb0c2; font: inherit; height: 22px; width: 260px; box-sizing: border-box; } input[disabled] { background: #eee; } select.lv { width: 120px; margin-right: 6px; }
.err { color: #e00; margin-left: 8px; } .help { color: #888; margin-left: 6px; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #f0e6d0; font: italic bold 15px monospace; margin-left: 6px; }
.btns { text-align: center; padding-top: 14px; } .btns input { padding: 3px 26px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var PREFIX = ${JSON.stringify(PREFIX)};
  var S = { nature: '', unitName: '', unitCertType: '', unitCertNumber: '', licence: [], legalRep: '', offProv: '', offCity: '', offCounty: '', officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, homeAddress: '', prFront: [], prOffice: '', prMobile: '', prEmail: '',
    captcha: '', nextClicks: 0 };
  function view() {
    var o = JSON.parse(JSON.stringify(S));
    o.officeRegion = [S.offProv, S.offCity, S.offCounty].filter(Boolean);
    delete o.offProv; delete o.offCity; delete o.offCounty;
    return o;
  }
  var R = { platform: 'beian-old', step: 'subject', variant: '单位', changes: 0, getState: view };
  window.__replica = R;
  function byId(id) { return document.getElementById(id); }
  function counts() {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) {
      var req = d.querySelectorAll('[data-req]');
      var done = Array.prototype.filter.call(req, function (el) { return el.type === 'file' ? el.files && el.files.length : !!el.value; }).length;
      d.querySelector('.cnt').textContent = '（已填 ' + done + ' / ' + req.length + ' 项）';
    });
  }
  function set(k, v) { S[k] = v; R.changes++; counts(); }
  var RULES = {
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 yyyy-mm-dd'; },
    id: function (v) {
      if (!/^\d{17}[\dXx]$/.test(v)) return '证件号码格式不正确';
      var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], s = 0;
      for (var i = 0; i < 17; i++) s += w[i] * Number(v[i]);
      return '10X98765432'[s % 11] === v[17].toUpperCase() ? '' : '证件号码校验未通过';
    },
    uscc: function (v) {
      var A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
      if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v)) return '统一社会信用代码格式不正确';
      var w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28], s = 0;
      for (var i = 0; i < 17; i++) s += w[i] * A.indexOf(v[i]);
      return A[(31 - (s % 31)) % 31] === v[17] ? '' : '统一社会信用代码校验未通过';
    },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    phone: function (v) { return /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(v) ? '' : '电话号码格式如 0571-88886666'; },
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮件格式不正确'; }
  };
  var LEVELS = ['offProv', 'offCity', 'offCounty'];
  function load(i, parent) {
    var sel = byId(LEVELS[i]);
    sel.innerHTML = '<option value="">加载中…</option>';
    fetch(PREFIX + 'area?parent=' + encodeURIComponent(parent)).then(function (r) { return r.json(); }).then(function (l) {
      setTimeout(function () {
        sel.innerHTML = '<option value="">请选择</option>' + l.map(function (a) { return '<option value="' + a.code + '">' + a.name + '</option>'; }).join('');
      }, 300);
    });
  }
  LEVELS.forEach(function (k, i) {
    byId(k).addEventListener('change', function () {
      var el = byId(k);
      set(k, el.value ? el.options[el.selectedIndex].text : '');
      for (var j = i + 1; j < LEVELS.length; j++) { set(LEVELS[j], ''); byId(LEVELS[j]).innerHTML = '<option value="">请选择</option>'; }
      if (el.value && i < 2) load(i + 1, el.value);
    });
  });
  load(0, '');
  Array.prototype.forEach.call(document.querySelectorAll('[data-k]'), function (el) {
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
  ['licence', 'prFront'].forEach(function (k) {
    byId(k).addEventListener('change', function () { set(k, Array.prototype.map.call(byId(k).files || [], function (f) { return f.name; })); });
  });
  byId('prLongTerm').addEventListener('change', function () {
    var on = byId('prLongTerm').checked;
    var to = byId('prValidTo');
    to.disabled = on;
    if (on) { to.value = ''; set('prValidTo', ''); }
    set('prLongTerm', on);
  });
  byId('next').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); byId('formMsg').textContent = S.captcha ? '' : '请输入验证码'; });
  counts();
})();
`;

const txt = (k: string, blur = '', extra = '') => `<input type="text" id="${k}" name="${k}" data-k="${k}" data-req="1"${blur ? ` data-blur="${blur}"` : ''}${extra}><span class="err" id="${k}_err"></span>`;
const coded = (k: string, l: [string, string][]) => `<select id="${k}" name="${k}" data-k="${k}" data-req="1"><option value="">请选择</option>${l.map(([c, t]) => `<option value="${c}">${t}</option>`).join('')}</select>`;
const fld = (k: string, t: string, control: string, req = true) => `<div class="fld" id="f_${k}"><span class="k"><label for="${k}">${req ? '<em>*</em>' : ''}${t}</label>：</span><span>${control}</span></div>`;
const fold = (title: string, body: string) => `<details open><summary>${title}<span class="cnt"></span></summary>${body}</details>`;

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
<div class="crumb">当前位置：首页 &gt; 开办主体管理 &gt; 新增开办主体（单位）</div>
<div class="page">
<form id="subjectForm" onsubmit="return false">
${fold('开办主体', fld('nature', '开办主体性质', coded('nature', MPS_OLD_NATURE_CODES)))}
${fold('单位信息', [
    fld('unitName', '主办单位名称', txt('unitName', '', ' maxlength="100" style="width:360px"')),
    fld('unitCertType', '主办单位证件类型', coded('unitCertType', MPS_UNIT_CERT_CODES)),
    fld('unitCertNumber', '主办单位证件号码', txt('unitCertNumber', 'uscc', ' maxlength="18"')),
    fld('licence', '有效证件', '<input type="file" id="licence" accept="image/*" data-req="1"><span class="help">营业执照扫描件，jpg / png，不超过 400 KB</span>'),
    fld('legalRep', '法人代表人姓名', txt('legalRep', '', ' maxlength="30"')),
    fld('offProv', '单位办公地址', '<select class="lv" id="offProv"><option value="">请选择</option></select><select class="lv" id="offCity"><option value="">请选择</option></select><select class="lv" id="offCounty"><option value="">请选择</option></select>'),
    fld('officeDetail', '办公地址详细地址', txt('officeDetail', '', ' style="width:360px" placeholder="街道、门牌号"')),
  ].join(''))}
${fold('负责人信息', [
    fld('prName', '负责人姓名', txt('prName', '', ' maxlength="30"')),
    fld('prCertType', '负责人证件类型', coded('prCertType', MPS_PERSON_CERT_CODES)),
    fld('prCertNumber', '负责人证件号码', txt('prCertNumber', 'id', ' maxlength="18"')),
    fld('prValidFrom', '证件有效期起', txt('prValidFrom', 'date', ' placeholder="yyyy-mm-dd" style="width:140px"')),
    fld('prValidTo', '证件有效期止', `${txt('prValidTo', 'date', ' placeholder="yyyy-mm-dd" style="width:140px"')} <label><input type="checkbox" id="prLongTerm"> 长期有效</label>`),
    fld('homeAddress', '负责人常住地址', txt('homeAddress', '', ' style="width:420px" placeholder="省市区县 + 街道门牌"')),
    fld('prFront', '负责人证件正面', '<input type="file" id="prFront" accept="image/*" data-req="1"><span class="help">jpg / png，不超过 400 KB</span>'),
  ].join(''))}
${fold('联系方式', [
    fld('prOffice', '办公室电话', txt('prOffice', 'phone', ' placeholder="区号-号码"')),
    fld('prMobile', '手机号码', txt('prMobile', 'mobile', ' maxlength="11"')),
    fld('prEmail', '负责人邮箱', txt('prEmail', 'email')),
    fld('captcha', '验证码', '<input type="text" id="captcha" data-k="captcha" style="width:90px"><span class="vcode">t4Wk</span> <span class="help">看不清？换一张</span>'),
  ].join(''))}
<div class="btns"><input type="button" id="next" value="下一步"> <span class="err" id="formMsg"></span></div>
</form>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
