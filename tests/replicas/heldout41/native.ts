/**
 * Gen-41 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout41-beian-old-subject-person-native-grid3   the old 公安 portal's 开办主体 step for a person (http) as a
 *    THREE-COLUMN GRID of label / control cells: coded <select>s, date texts, three chained region <select>s fed level by
 *    level by the area API (/__heldout41/area?parent=), blur checks; a captcha; 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_OLD_NATURE_CODES, MPS_PERSON_CERT_CODES, PREFIX } from './common';

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .vc-top, .bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .vc-top { background: #1664ff; } .bd-top { background: #2468f2; }
.al-top span, .mps-top span, .vc-top span, .bd-top span { opacity: .9; font-size: 13px; } .who { margin-left: auto; }
.al-body, .mps-body, .vc-body, .bd-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; } .msg { color: #d23c26; font-size: 13px; }
.help { color: #888; font-size: 12px; } .field-err { color: #d23c26; font-size: 12px; line-height: 1.5; } .ro { color: #333; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; } .row-inline { display: inline-flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.sec-title { font-weight: 600; margin: 4px 0 12px; padding-left: 8px; border-left: 3px solid #2468f2; }
.fl-row { display: grid; grid-template-columns: 180px minmax(0, 1fr); gap: 12px; align-items: start; margin: 10px 0; } .fl-row > label { color: #555; text-align: right; font-size: 13px; line-height: 32px; }
.fl-row > label i { color: #d23c26; font-style: normal; margin-right: 2px; }
.sum-row { display: flex; justify-content: space-between; align-items: center; border: 1px solid #e5e6eb; padding: 10px 14px; margin: 8px 0; background: #fafafa; }
.tea-card, .sec-site, .sec-wp { margin-bottom: 16px; } .pane { padding-top: 8px; }
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

/* ------------------------------------------------------------------ old 公安 portal: 开办主体 (个人), three-column grid */

const OLD_CSS = `
body { margin: 0; font: 13px/1.6 "SimSun", "Microsoft YaHei", sans-serif; background: #eef2f7; color: #222; }
.banner { background: #1b4f93; color: #fff; height: 54px; line-height: 54px; padding: 0 24px; font: bold 18px "SimHei", sans-serif; }
.crumb { width: 1040px; margin: 10px auto 0; color: #555; }
.box { width: 1040px; margin: 8px auto 30px; background: #fff; border: 1px solid #c8d3e2; padding: 14px 18px 20px; }
.box h3 { margin: 8px 0; padding: 4px 8px; background: #e6edf7; font-size: 14px; color: #1b4f93; }
.g3 { display: grid; grid-template-columns: repeat(3, 110px minmax(0, 1fr)); border-top: 1px solid #dde4ee; border-left: 1px solid #dde4ee; }
.g3 > .l, .g3 > .c { border-right: 1px solid #dde4ee; border-bottom: 1px solid #dde4ee; padding: 6px 8px; min-height: 30px; }
.g3 > .l { background: #f6f8fb; text-align: right; color: #333; } .g3 > .l em { color: #c00; font-style: normal; }
.g3 > .wide { grid-column: span 5; }
.g3 input[type=text] { width: 92%; border: 1px solid #b9c4d3; padding: 2px 4px; font: inherit; } .g3 select { max-width: 96%; font: inherit; }
.err { color: #c00; font-size: 12px; display: block; } .note { color: #777; font-size: 12px; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #e8eef6; font: italic bold 15px monospace; margin-left: 6px; }
.btns { text-align: center; padding-top: 14px; } .btns input { padding: 3px 28px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var PREFIX = ${JSON.stringify(PREFIX)};
  var S = { kind: '', prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', homeProv: '', homeCity: '', homeCounty: '', homeDetail: '',
    prOffice: '', prMobile: '', prEmail: '', captcha: '', nextClicks: 0 };
  function view() {
    var o = JSON.parse(JSON.stringify(S));
    o.homeRegion = [S.homeProv, S.homeCity, S.homeCounty].filter(Boolean);
    delete o.homeProv; delete o.homeCity; delete o.homeCounty;
    return o;
  }
  var R = { platform: 'beian-old', step: 'subject', variant: '个人', changes: 0, getState: view };
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
    phone: function (v) { return /^0\d{2,3}-?\d{7,8}$/.test(v) ? '' : '电话号码格式如 0571-88886666'; },
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮件格式不正确'; }
  };
  function byId(id) { return document.getElementById(id); }
  var LEVELS = ['homeProv', 'homeCity', 'homeCounty'];
  function load(i, parent) {
    var sel = byId(LEVELS[i]);
    sel.innerHTML = '<option value="">加载中…</option>';
    fetch(PREFIX + 'area?parent=' + encodeURIComponent(parent)).then(function (r) { return r.json(); }).then(function (l) {
      setTimeout(function () {
        sel.innerHTML = '<option value="">请选择</option>' + l.map(function (a) { return '<option value="' + a.code + '">' + a.name + '</option>'; }).join('');
      }, 250);
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
  byId('next').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); byId('formMsg').textContent = S.captcha ? '' : '请输入验证码'; });
  load(0, '');
})();
`;

const txt = (k: string, blur = '', extra = '') => `<input type="text" id="${k}" name="${k}" data-k="${k}"${blur ? ` data-blur="${blur}"` : ''}${extra}><span class="err" id="${k}_err"></span>`;
const coded = (k: string, l: [string, string][]) => `<select id="${k}" name="${k}" data-k="${k}"><option value="">请选择</option>${l.map(([c, t]) => `<option value="${c}">${t}</option>`).join('')}</select>`;
const lab = (k: string, t: string, req = true) => `<div class="l"><label for="${k}">${req ? '<em>*</em>' : ''}${t}</label></div>`;

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
<div class="crumb">当前位置：首页 &gt; 开办主体管理 &gt; 开办主体信息</div>
<div class="box" id="box">
<h3>主体基本信息</h3>
<div class="g3" id="gBase">
${lab('kind', '开办主体性质')}<div class="c">${coded('kind', MPS_OLD_NATURE_CODES)}</div>
${lab('prName', '负责人姓名')}<div class="c">${txt('prName', '', ' maxlength="30"')}</div>
${lab('prCertType', '证件类型')}<div class="c">${coded('prCertType', MPS_PERSON_CERT_CODES)}</div>
${lab('prCertNumber', '证件号码')}<div class="c">${txt('prCertNumber', 'id', ' maxlength="18"')}</div>
${lab('prValidFrom', '证件有效期起')}<div class="c">${txt('prValidFrom', 'date', ' placeholder="yyyy-mm-dd"')}</div>
${lab('prValidTo', '证件有效期止')}<div class="c">${txt('prValidTo', 'date', ' placeholder="yyyy-mm-dd"')}</div>
</div>
<h3>常住地址与联系方式</h3>
<div class="g3" id="gAddr">
${lab('homeProv', '常住地址')}<div class="c wide"><select id="homeProv"></select> 省 <select id="homeCity"><option value="">请选择</option></select> 市 <select id="homeCounty"><option value="">请选择</option></select> 区县</div>
${lab('homeDetail', '详细地址')}<div class="c wide">${txt('homeDetail', '', ' placeholder="街道、门牌号" style="width:60%"')}</div>
${lab('prOffice', '办公室电话', false)}<div class="c">${txt('prOffice', 'phone')}</div>
${lab('prMobile', '手机号码')}<div class="c">${txt('prMobile', 'mobile', ' maxlength="11"')}</div>
${lab('prEmail', '电子邮件')}<div class="c">${txt('prEmail', 'email')}</div>
${lab('captcha', '验证码')}<div class="c wide"><input type="text" id="captcha" data-k="captcha" style="width:90px"><span class="vcode">p4Xe</span> <span class="note">看不清？换一张</span></div>
</div>
<div class="btns"><input type="button" id="next" value="下一步"> <span class="err" id="formMsg" style="display:inline"></span></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
