/**
 * Gen-43 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout43-beian-old-site-person-native-labelabove   the old 公安 portal's 网站基本信息 step for a person (http) as
 *    LABEL ABOVE: <h4> section heads, each field a block whose label sits on the line above its control; texts with blur
 *    checks, provider <select>s, three chained region <select>s fed level by level by the area API
 *    (/__heldout43/area?parent=), coded radios and checkboxes; a captcha; 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_ACCESS_METHODS, MPS_DANGEROUS_CODES, MPS_LANGUAGE_CODES, MPS_PROVIDERS, PREFIX } from './common';

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
.fl-row { display: grid; grid-template-columns: 200px minmax(0, 1fr); gap: 12px; align-items: start; margin: 10px 0; } .fl-row > label { color: #555; text-align: right; font-size: 13px; line-height: 32px; }
.fl-row > label i { color: #d23c26; font-style: normal; margin-right: 2px; }
.todo li { font-size: 13px; color: #888; list-style: none; line-height: 2; } .todo li.ok { color: #2a9d55; } .todo { padding-left: 0; }
.flow-head { font-size: 14px; margin: 16px 0 8px; padding-bottom: 6px; border-bottom: 1px solid #e5e5e5; } .inline-flow .tea-form--inline .tea-form__item { min-width: 330px; margin-bottom: 12px; }
i.req { color: #d23c26; font-style: normal; margin-right: 2px; } .pane { padding: 4px 8px; }
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

/* ------------------------------------------------------------------ old 公安 portal: 网站基本信息 (个人), label above */

const OLD_CSS = `
body { margin: 0; font: 13px/1.7 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #edf1f6; color: #222; }
.banner { background: #194a8d; color: #fff; height: 52px; line-height: 52px; padding: 0 24px; font: bold 18px "SimHei", sans-serif; }
.crumb { width: 760px; margin: 8px auto 0; color: #666; }
.page { width: 760px; margin: 6px auto 24px; background: #fff; border: 1px solid #c3cfdc; padding: 8px 28px 18px; }
.page h4 { margin: 18px 0 6px; padding: 3px 0 3px 8px; border-left: 4px solid #194a8d; background: #eef3f9; color: #194a8d; font-size: 14px; }
.f { margin: 8px 0 10px; } .f > .t { display: block; font-weight: bold; color: #333; } .f > .t em { color: #d00; font-style: normal; margin-right: 2px; }
.f input[type=text], .f select { border: 1px solid #9fb0c2; font: inherit; height: 24px; width: 320px; box-sizing: border-box; } .f select.lv { width: 150px; margin-right: 6px; }
.f .opts label { margin-right: 14px; white-space: nowrap; display: inline-block; }
.err { color: #d00; margin-left: 8px; } .help { color: #888; margin-left: 6px; font-size: 12px; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #efe6d2; font: italic bold 15px monospace; margin-left: 6px; }
.btns { text-align: center; padding-top: 14px; border-top: 1px dashed #c3cfdc; } .btns input { padding: 3px 26px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var PREFIX = ${JSON.stringify(PREFIX)};
  var S = { siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ip: '', apName: '', apProv: '', apCity: '', apCounty: '', apMethod: '', apPhone: '', regName: '',
    interactive: '', dangerous: '', dangerousItems: [], languages: [], captcha: '', nextClicks: 0 };
  function view() {
    var o = JSON.parse(JSON.stringify(S));
    o.apRegion = [S.apProv, S.apCity, S.apCounty].filter(Boolean);
    delete o.apProv; delete o.apCity; delete o.apCounty;
    return o;
  }
  var R = { platform: 'beian-old', step: 'site', variant: '个人', changes: 0, getState: view };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var RULES = {
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 yyyy-mm-dd'; },
    icp: function (v) { return /^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '备案号格式如 浙ICP备12345678号-1'; },
    domain: function (v) { return /^(https?:|www\.)/i.test(v) ? '请填写不带 www. 的主域名' : /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v) ? '' : '域名格式不正确'; },
    ip: function (v) { return /^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$/.test(v) ? '' : 'IP 地址格式不正确'; },
    phone: function (v) { return /^(0\d{2,3}-?\d{7,8}|9\d{4}|400-?\d{3}-?\d{4}|1[3-9]\d{9})$/.test(v) ? '' : '电话号码格式不正确'; }
  };
  function byId(id) { return document.getElementById(id); }
  var LEVELS = ['apProv', 'apCity', 'apCounty'];
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
  // coded radios: the state holds the label of the ticked code
  Array.prototype.forEach.call(document.querySelectorAll('input[type=radio][data-r]'), function (el) {
    el.addEventListener('change', function () {
      var k = el.getAttribute('data-r');
      if (!el.checked) return;
      set(k, el.getAttribute('data-t'));
      if (k === 'dangerous') { byId('dangerousRow').style.display = el.value === '1' ? '' : 'none'; if (el.value !== '1') set('dangerousItems', []); }
    });
  });
  // coded checkbox groups: the labels of the ticked codes, in page order
  ['languages', 'dangerousItems'].forEach(function (k) {
    Array.prototype.forEach.call(document.querySelectorAll('input[type=checkbox][data-c="' + k + '"]'), function (el) {
      el.addEventListener('change', function () {
        set(k, Array.prototype.filter.call(document.querySelectorAll('input[type=checkbox][data-c="' + k + '"]'), function (x) { return x.checked; }).map(function (x) { return x.getAttribute('data-t'); }));
      });
    });
  });
  byId('next').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); byId('formMsg').textContent = S.captcha ? '' : '请输入验证码'; });
  load(0, '');
})();
`;

const f = (k: string, t: string, control: string, req = true, help = '') => `<div class="f" id="f_${k}"><label class="t" for="${k}">${req ? '<em>*</em>' : ''}${t}</label>${control}${help ? `<span class="help">${help}</span>` : ''}<span class="err" id="${k}_err"></span></div>`;
const txt = (k: string, blur = '', extra = '') => `<input type="text" id="${k}" name="${k}" data-k="${k}"${blur ? ` data-blur="${blur}"` : ''}${extra}>`;
const sel = (k: string, l: string[]) => `<select id="${k}" name="${k}" data-k="${k}"><option value="">请选择</option>${l.map((t, i) => `<option value="${String(i + 1).padStart(2, '0')}">${t}</option>`).join('')}</select>`;
const radios = (k: string, l: [string, string][]) => `<span class="opts" id="${k}">${l.map(([c, t]) => `<label><input type="radio" name="${k}" value="${c}" data-r="${k}" data-t="${t}"> ${t}</label>`).join('')}</span>`;
const checks = (k: string, l: [string, string][]) => `<span class="opts" id="${k}">${l.map(([c, t]) => `<label><input type="checkbox" name="${k}" value="${c}" data-c="${k}" data-t="${t}"> ${t}</label>`).join('')}</span>`;

export function oldSiteHtml(): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>全国互联网安全管理服务平台 - 网站基本信息</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="banner">全国互联网安全管理服务平台</div>
<div class="crumb">当前位置：首页 &gt; 新办网站申请 &gt; 网站基本信息（开办主体：张伟）</div>
<div class="page">
<form id="siteForm" onsubmit="return false">
<h4>网站信息</h4>
${f('siteName', '网站名称', txt('siteName', '', ' maxlength="50"'), true, '须与ICP备案的网站名称一致')}
${f('icpNumber', '工信部备案号', txt('icpNumber', 'icp'), true, '如 浙ICP备12345678号-1')}
${f('openedAt', '网站开通日期', txt('openedAt', 'date', ' placeholder="yyyy-mm-dd"'))}
${f('mainDomain', '主域名', txt('mainDomain', 'domain'), true, '不带 www.')}
${f('ip', '网站IP', txt('ip', 'ip'))}
<h4>网络接入服务商</h4>
${f('apName', '网络接入服务商名称', sel('apName', MPS_PROVIDERS))}
${f('apProv', '接入商所属区域', '<select class="lv" id="apProv"><option value="">请选择</option></select><select class="lv" id="apCity"><option value="">请选择</option></select><select class="lv" id="apCounty"><option value="">请选择</option></select>')}
${f('apMethod', '网站接入方式', radios('apMethod', MPS_ACCESS_METHODS.map((t, i) => [String(i + 1).padStart(2, '0'), t])))}
${f('apPhone', '接入商联系电话', txt('apPhone', 'phone'))}
<h4>域名注册服务商</h4>
${f('regName', '域名注册服务商', sel('regName', MPS_PROVIDERS))}
<h4>服务信息</h4>
${f('interactive', '是否提供互联网交互服务', radios('interactive', [['1', '是'], ['0', '否']]), true, '论坛、评论、即时通讯、网盘等')}
${f('dangerous', '互联网危险物品信息发布', radios('dangerous', [['1', '是'], ['0', '否']]))}
<div id="dangerousRow" style="display:none">${f('dangerousItems', '危险物品类别', checks('dangerousItems', MPS_DANGEROUS_CODES), false)}</div>
${f('languages', '网站语种', checks('languages', MPS_LANGUAGE_CODES))}
<h4>提交确认</h4>
${f('captcha', '验证码', '<input type="text" id="captcha" data-k="captcha" style="width:90px"><span class="vcode">p4Wz</span>', true, '看不清？换一张')}
<div class="btns"><input type="button" id="next" value="下一步"> <span class="err" id="formMsg"></span></div>
</form>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
