/**
 * Gen-36 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout36-beian-old-principal-person-native-hrblocks   the old 公安 portal's 网站负责人 step for a person (http) as HR
 *    BLOCKS: no table, no dl; each field a block with its caption ABOVE the control, groups split by <hr> rules under
 *    <h4> captions (网站安全负责人 / 网站应急联络人 / 提示说明); coded <select>s, two validity texts + 是否长期 是 / 否 radios,
 *    a file input, blur checks; the emergency contact's 同主体负责人信息 tick hiding its fields; a captcha; 下一步
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
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; } .row-inline { display: inline-flex; gap: 8px; align-items: center; }
.sec-title { font-weight: 600; margin: 4px 0 12px; padding-left: 8px; border-left: 3px solid #2468f2; }
.preview-layout { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 16px; align-items: start; } .preview-pane { position: sticky; top: 16px; }
.cg-item { margin-bottom: 14px; } .cg-label { padding-bottom: 4px; } .compact-tick { display: inline-flex; align-items: center; padding: 0 11px; border: 1px solid #d9d9d9; border-left: 0; border-radius: 0 6px 6px 0; }
.drag { width: 240px; }
.narrow { max-width: 560px; margin: 0 auto; } .nc-block { background: #fff; border: 1px solid #e3e6eb; border-radius: 6px; padding: 14px 18px; margin-bottom: 14px; }
.nc-item { margin-bottom: 12px; } .nc-item > label { display: block; font-size: 13px; color: #444; margin-bottom: 4px; } .nc-item > label i { color: #d23c26; font-style: normal; margin-right: 2px; }
.lanes { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; align-items: start; }
.gcards { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; align-items: start; }
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

/* ------------------------------------------------------------------ old 公安 portal: 网站负责人 (个人), hr blocks */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #eef1f5; color: #222; }
.banner { background: #0f3f7a; color: #fff; height: 60px; line-height: 60px; padding: 0 24px; font: bold 19px "SimHei", sans-serif; }
.page { width: 720px; margin: 10px auto 24px; background: #fff; border: 1px solid #c3cfdc; padding: 8px 24px 16px; }
.crumb { color: #666; padding: 4px 0 8px; }
h4 { margin: 10px 0 4px; font-size: 13px; color: #0f3f7a; } hr { border: 0; border-top: 1px solid #9fb0c2; margin: 12px 0; }
.blk { margin: 8px 0; } .blk .cap { display: block; color: #333; font-weight: bold; } .blk .cap em { color: #e00; font-style: normal; }
input[type=text], select { border: 1px solid #9fb0c2; font: inherit; height: 22px; box-sizing: border-box; width: 260px; } input.dt { width: 120px; }
.err { display: block; color: #e00; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #f3e6d0; font: italic bold 15px monospace; margin-left: 6px; }
.btns { text-align: center; padding-top: 10px; } .btns input { padding: 3px 24px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = { aqName: '', aqCertType: '', aqCertNumber: '', aqValidFrom: '', aqValidTo: '', aqLongTerm: '', aqMobile: '', aqEmail: '', aqFront: [],
    yjSame: false, yjName: '', yjCertType: '', yjCertNumber: '', yjMobile: '', notice: false, captcha: '', nextClicks: 0 };
  var R = { platform: 'beian-old', step: 'principal', variant: '个人', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
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
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮件格式不正确'; }
  };
  var yjBox = document.getElementById('yjFields');
  Array.prototype.forEach.call(document.querySelectorAll('[data-k]'), function (el) {
    var k = el.getAttribute('data-k');
    var f = function () {
      if (el.type === 'checkbox') {
        set(k, el.checked);
        if (k === 'yjSame') {
          yjBox.style.display = el.checked ? 'none' : '';
          if (el.checked) { ['yjName', 'yjCertType', 'yjCertNumber', 'yjMobile'].forEach(function (x) { S[x] = ''; document.getElementById(x).value = ''; }); }
        }
      }
      else if (el.type === 'radio') { if (el.checked) { set(k, el.value); var to = document.getElementById('aqValidTo'); to.disabled = el.value === '是'; if (to.disabled) { to.value = ''; S.aqValidTo = ''; } } }
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
  document.getElementById('next').addEventListener('click', function () {
    set('nextClicks', S.nextClicks + 1);
    document.getElementById('formMsg').textContent = !S.captcha ? '请输入验证码' : !S.notice ? '请阅读并勾选告知书' : '';
  });
})();
`;

function blk(id: string, cap: string, control: string, req = true): string {
  const c = `${req ? '<em>*</em>' : ''}${cap}`;
  return `<div class="blk">${id ? `<label class="cap" for="${id}">${c}</label>` : `<span class="cap">${c}</span>`}${control}${id ? `<span class="err" id="${id}_err"></span>` : ''}</div>`;
}
const txt = (id: string, blur = '', extra = '') => `<input type="text" id="${id}" name="${id}" data-k="${id}"${blur ? ` data-blur="${blur}"` : ''}${extra}>`;
const coded = (id: string, l: [string, string][]) => `<select id="${id}" name="${id}" data-k="${id}"><option value="">--请选择--</option>${l.map(([c, t]) => `<option value="${c}">${t}</option>`).join('')}</select>`;

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
<div class="page">
<div class="crumb">当前位置：新办网站申请 &gt; 网站负责人信息（开办主体 → 网站基本信息 → <b>网站负责人信息</b> → 提示说明）</div>
<h4>网站安全负责人</h4>
${blk('aqName', '安全负责人姓名', txt('aqName'))}
${blk('aqCertType', '证件类型', coded('aqCertType', MPS_PERSON_CERT_CODES))}
${blk('aqCertNumber', '证件号码', txt('aqCertNumber', 'id', ' maxlength="18"'))}
${blk('aqValidFrom', '证件有效期起', txt('aqValidFrom', 'date', ' class="dt" placeholder="yyyy-mm-dd"'))}
${blk('aqValidTo', '证件有效期止', txt('aqValidTo', 'date', ' class="dt" placeholder="yyyy-mm-dd"'))}
${blk('', '是否长期', '<label><input type="radio" name="aqLongTerm" id="aqLongTermY" data-k="aqLongTerm" value="是">是</label> <label><input type="radio" name="aqLongTerm" id="aqLongTermN" data-k="aqLongTerm" value="否">否</label>')}
${blk('aqMobile', '手机号码', txt('aqMobile', 'mobile', ' maxlength="11"'))}
${blk('aqEmail', '电子邮件', txt('aqEmail', 'email'))}
${blk('aqFront', '证件正面', '<input type="file" id="aqFront" data-k="aqFront" accept="image/jpeg,image/png">')}
<hr>
<h4>网站应急联络人</h4>
${blk('', '', '<label><input type="checkbox" id="yjSame" data-k="yjSame">同主体负责人信息</label>', false)}
<div id="yjFields">
${blk('yjName', '联络人姓名', txt('yjName'))}
${blk('yjCertType', '联络人证件类型', coded('yjCertType', MPS_PERSON_CERT_CODES))}
${blk('yjCertNumber', '联络人证件号码', txt('yjCertNumber', 'id', ' maxlength="18"'))}
${blk('yjMobile', '联络人手机号码', txt('yjMobile', 'mobile', ' maxlength="11"'))}
</div>
<hr>
<h4>提示说明</h4>
${blk('', '', '<label><input type="checkbox" id="notice" data-k="notice">已阅读并知悉《互联网安全告知书》</label>', false)}
${blk('captcha', '验证码', '<input type="text" id="captcha" data-k="captcha" style="width:90px"><span class="vcode">p4Xe</span>')}
<div class="btns"><input type="button" id="next" value="下一步"> <span class="err" id="formMsg"></span></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
