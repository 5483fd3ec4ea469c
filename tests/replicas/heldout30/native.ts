/**
 * Gen-30 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout30-beian-old-principal-unit-native-rolecards   the old 公安 portal's 网站负责人 step for a unit (http) as ROLE
 *    CARDS: two bordered cards side by side (网站安全负责人 / 网站应急联络人), each with its own 同主体负责人信息 tick, a
 *    coded 证件类型 select, text boxes with blur checks, 有效期 as TWO text boxes (yyyy-mm-dd); a 告知书 tick, a captcha,
 *    上一步 / 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_PERSON_CERT_CODES, PREFIX } from './common';

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .tc-top, .hw-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .tc-top { background: #242933; } .hw-top { background: #191919; }
.al-top span, .mps-top span, .tc-top span, .hw-top span { opacity: .9; font-size: 13px; } .mps-top .who { margin-left: auto; }
.al-body, .mps-body, .tc-body, .hw-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
.page-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; }
.help { color: #888; font-size: 12px; } .field-err { color: #d23c26; font-size: 12px; line-height: 1.5; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; }
.grid2 { display: grid; grid-template-columns: 150px minmax(0, 1fr); gap: 12px 16px; align-items: center; margin: 6px 0; }
.grid4 { display: grid; grid-template-columns: 130px minmax(0, 1fr) 130px minmax(0, 1fr); gap: 12px 16px; align-items: center; }
.grid2 > label, .grid4 > label { color: #555; font-size: 13px; text-align: right; }
.rowcards .rc { margin-bottom: 12px; }
.listcards { display: grid; grid-template-columns: 180px minmax(0, 1fr); gap: 16px; }
.sec-list { list-style: none; margin: 0; padding: 8px 0; background: #fff; } .sec-list li { padding: 8px 16px; cursor: pointer; } .sec-list li.on { color: #0052d9; background: #f0f5ff; }
.toolbar .tb-row { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; margin-bottom: 12px; } .tb-cap { color: #555; font-size: 13px; min-width: 72px; }
.vsteps { display: grid; grid-template-columns: 180px minmax(0, 1fr); gap: 16px; }
.sh-row { display: grid; grid-template-columns: 140px minmax(0, 1fr); align-items: center; gap: 12px; margin-bottom: 16px; } .sh-row label { color: #555; }
`;

const LIB_ASSETS: Record<string, string> = { antd: 'antd', tdesign: 'tdesign', 'element-plus': 'vue' };

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

/* ------------------------------------------------------------------ old 公安 portal: 网站负责人 (单位), role cards */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #eef2f6; color: #222; }
.banner { background: #134d97; color: #fff; height: 70px; display: flex; align-items: center; padding: 0 30px; border-bottom: 3px solid #c9151e; font: bold 22px "SimHei", sans-serif; }
.box { width: 960px; margin: 12px auto; background: #fff; border: 1px solid #c9d3de; padding: 10px 20px 18px; }
.cards { display: flex; gap: 14px; } .rcard { flex: 1; border: 1px solid #9fb0c2; } .rcard h3 { margin: 0; padding: 4px 10px; background: #dfe9f5; color: #134d97; font-size: 13px; }
.rcard p { margin: 6px 10px; } .rcard p span.c { display: inline-block; width: 96px; text-align: right; } .rcard em { color: #e00; font-style: normal; }
input[type=text], select { border: 1px solid #9fb0c2; font: inherit; height: 22px; box-sizing: border-box; width: 190px; }
.err { color: #e00; display: block; margin-left: 100px; } .btns { text-align: center; padding-top: 12px; } .btns input { padding: 3px 22px; margin: 0 8px; }
.vcode { display: inline-block; width: 60px; text-align: center; background: #eef3e6; font: italic bold 15px monospace; }
`;

const certOptions = ['<option value="">--请选择--</option>', ...MPS_PERSON_CERT_CODES.map(([c, l]) => `<option value="${c}">${l}</option>`)].join('');

function roleCard(p: string, title: string): string {
  const f = (k: string, cap: string, blur = '') => `<p class="fld"><span class="c"><em>*</em>${cap}：</span><input type="text" id="${p}${k}" data-k="${p}${k}"${blur ? ` data-blur="${blur}"` : ''}><span class="err" id="${p}${k}_err"></span></p>`;
  return `<div class="rcard" id="card_${p}"><h3>${title}</h3>
<p><input type="checkbox" id="${p}Same" data-k="${p}Same"><label for="${p}Same">同主体负责人信息</label></p>
${f('Name', '姓名')}
<p class="fld"><span class="c"><em>*</em>证件类型：</span><select id="${p}CertType" data-k="${p}CertType">${certOptions}</select></p>
${f('CertNumber', '证件号码', 'id')}
${f('ValidFrom', '证件有效期起', 'date')}
${f('ValidTo', '证件有效期止', 'date')}
${f('Mobile', '手机号码', 'mobile')}
${f('Email', '电子邮件地址', 'email')}
</div>`;
}

const OLD_SCRIPT = String.raw`
(function () {
  var S = { aqSame: false, aqName: '', aqCertType: '', aqCertNumber: '', aqValidFrom: '', aqValidTo: '', aqMobile: '', aqEmail: '',
    yjSame: false, yjName: '', yjCertType: '', yjCertNumber: '', yjValidFrom: '', yjValidTo: '', yjMobile: '', yjEmail: '', notice: false, captcha: '', prevClicks: 0, nextClicks: 0 };
  var R = { platform: 'beian-old', step: 'principal', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var RULES = {
    id: function (v) { return /^\d{17}[\dX]$/i.test(v) ? '' : '证件号码格式不正确'; },
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 yyyy-mm-dd'; },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮件地址格式不正确'; }
  };
  Array.prototype.forEach.call(document.querySelectorAll('[data-k]'), function (el) {
    var k = el.getAttribute('data-k');
    var f = function () {
      if (el.type === 'checkbox') { set(k, el.checked); if (/Same$/.test(k)) Array.prototype.forEach.call(document.querySelectorAll('#card_' + k.slice(0, 2) + ' p.fld'), function (p) { p.style.display = el.checked ? 'none' : ''; }); }
      else if (el.tagName === 'SELECT') set(k, el.value ? el.options[el.selectedIndex].text : '');
      else set(k, el.value.trim());
      var m = document.getElementById(el.id + '_err'); if (m) m.textContent = '';
    };
    el.addEventListener('change', f);
    if (el.type === 'text') el.addEventListener('input', f);
    var r = el.getAttribute('data-blur');
    if (r) el.addEventListener('blur', function () { var v = el.value.trim(); var m = document.getElementById(el.id + '_err'); if (v && m) m.textContent = RULES[r](v); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-click]'), function (el) {
    el.addEventListener('click', function () { var k = el.getAttribute('data-click'); set(k, S[k] + 1); });
  });
})();
`;

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
<div class="box">
<div>新办网站备案：开办主体 → 网站基本信息 → <b>网站负责人信息</b> → 提交</div>
<div class="cards">
${roleCard('aq', '网站安全负责人')}
${roleCard('yj', '网站应急联络人')}
</div>
<p><input type="checkbox" id="notice" data-k="notice"><label for="notice">我已阅读《互联网信息服务单位网络安全责任告知书》</label></p>
<p>验证码：<input type="text" id="captcha" data-k="captcha" style="width:80px"> <span class="vcode">7kQ2</span></p>
<div class="btns"><input type="button" id="prev" value="上一步" data-click="prevClicks"><input type="button" id="next" value="下一步" data-click="nextClicks"></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
