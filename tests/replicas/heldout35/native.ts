/**
 * Gen-35 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout35-beian-old-site-unit-native-olnumbered   the old 公安 portal's 网站基本信息 step for a unit (http) as a NUMBERED
 *    LIST: no table; one <ol> per section (网站信息 / 网络接入服务商 / 域名注册服务商), each field a numbered <li> with its
 *    caption then its control; a coded <select> revealing 交互服务类型 ticks, 语种 a <select multiple>, IPs a textarea, the
 *    provider's region ONE text line, coded radios, provider <select>s, blur checks; a captcha; 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { INTERACTIVE_KINDS, MPS_LANGUAGE_CODES, MPS_PROVIDERS, PREFIX } from './common';

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .vc-top, .bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .vc-top { background: #0c1426; } .bd-top { background: #2468f2; }
.al-top span, .mps-top span, .vc-top span, .bd-top span { opacity: .9; font-size: 13px; } .who { margin-left: auto; }
.al-body, .mps-body, .vc-body, .bd-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; } .msg { color: #d23c26; font-size: 13px; }
.help { color: #888; font-size: 12px; } .field-err { color: #d23c26; font-size: 12px; line-height: 1.5; } .ro { color: #333; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; } .row-inline { display: inline-flex; gap: 8px; align-items: center; }
.fl-row { display: grid; grid-template-columns: 170px minmax(0, 1fr); gap: 12px; align-items: start; margin: 10px 0; } .fl-row > label { color: #555; text-align: right; font-size: 13px; line-height: 32px; }
.fl-row > label i { color: #d23c26; font-style: normal; margin-right: 2px; }
.legend-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 22px 18px; margin-top: 10px; }
.lbox { position: relative; border: 1px solid #c9d3e0; border-radius: 4px; padding: 22px 16px 10px; background: #fff; }
.lbox > .lt { position: absolute; top: -11px; left: 12px; background: #f3f4f7; padding: 0 8px; font-weight: 600; color: #0b3d7e; }
.lbox .fl-row { grid-template-columns: 150px minmax(0, 1fr); }
.anchor-layout { display: grid; grid-template-columns: 180px minmax(0, 1fr); gap: 20px; align-items: start; } .anchor-side { position: sticky; top: 16px; }
.aside-layout { display: grid; grid-template-columns: 300px minmax(0, 1fr); gap: 16px; align-items: start; } .licence-aside { position: sticky; top: 16px; }
.num { display: inline-block; width: 22px; height: 22px; line-height: 22px; border-radius: 50%; background: #165dff; color: #fff; text-align: center; margin-right: 8px; font-size: 12px; }
.rules td { vertical-align: top; }
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

/* ------------------------------------------------------------------ old 公安 portal: 网站基本信息 (单位), numbered list */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #eef1f5; color: #222; }
.banner { background: #1d4f91; color: #fff; height: 60px; line-height: 60px; padding: 0 24px; border-bottom: 3px solid #c0141c; font: bold 20px "SimHei", sans-serif; }
.page { width: 900px; margin: 10px auto 24px; background: #fff; border: 1px solid #c3cfdc; padding: 8px 24px 16px; }
.crumb { color: #666; padding: 4px 0 8px; border-bottom: 1px dashed #ccd6e0; }
h3 { margin: 14px 0 4px; font-size: 13px; color: #1d4f91; }
ol.steps { margin: 0; padding-left: 28px; } ol.steps > li { padding: 5px 0; border-bottom: 1px dotted #dde4ec; }
ol.steps > li .cap { display: inline-block; width: 150px; color: #333; } ol.steps > li .cap em { color: #e00; font-style: normal; }
input[type=text], select, textarea { border: 1px solid #9fb0c2; font: inherit; box-sizing: border-box; } input[type=text], select { height: 22px; width: 260px; }
select[multiple] { height: 96px; } textarea { width: 260px; height: 44px; vertical-align: top; }
.err { color: #e00; margin-left: 8px; } .sub { margin: 4px 0 0 154px; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #eef3d9; font: italic bold 15px monospace; margin-left: 6px; }
.btns { text-align: center; padding-top: 14px; } .btns input { padding: 3px 24px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = { siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ipText: '', interactive: '', interactiveKinds: [], languages: [],
    apName: '', apRegion: '', apMethod: '', apPhone: '', rgName: '', rgPhone: '', captcha: '', nextClicks: 0 };
  var R = { platform: 'beian-old', step: 'site', variant: '单位', changes: 0, getState: function () {
    var o = JSON.parse(JSON.stringify(S)); delete o.ipText;
    o.ips = S.ipText.split(/[\r\n;；,，]+/).map(function (x) { return x.trim(); }).filter(Boolean); return o; } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var RULES = {
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 yyyy-mm-dd'; },
    domain: function (v) { return /^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v) ? '' : '域名格式不正确'; },
    icp: function (v) { return /^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '备案号格式如 浙ICP备12345678号-1'; },
    phone: function (v) { return /^(0\d{2,3}-?\d{7,8}|9\d{4}|400-?\d{3}-?\d{4}|4009-?\d{3}-?\d{3})$/.test(v) ? '' : '电话格式不正确'; }
  };
  var kinds = document.getElementById('kindsRow');
  Array.prototype.forEach.call(document.querySelectorAll('[data-k]'), function (el) {
    var k = el.getAttribute('data-k');
    var f = function () {
      if (el.type === 'checkbox') {
        set(k, Array.prototype.filter.call(document.querySelectorAll('input[data-k="' + k + '"]'), function (x) { return x.checked; }).map(function (x) { return x.value; }));
      } else if (el.type === 'radio') { if (el.checked) set(k, el.value); }
      else if (el.tagName === 'SELECT' && el.multiple) set(k, Array.prototype.filter.call(el.options, function (o) { return o.selected; }).map(function (o) { return o.text; }));
      else if (el.tagName === 'SELECT') {
        set(k, el.value ? el.options[el.selectedIndex].text : '');
        if (k === 'interactive') { kinds.style.display = S.interactive === '是' ? '' : 'none'; if (S.interactive !== '是') { S.interactiveKinds = []; Array.prototype.forEach.call(kinds.querySelectorAll('input'), function (x) { x.checked = false; }); } }
      }
      else set(k, el.value.trim());
      var m = document.getElementById(k + '_err'); if (m) m.textContent = '';
    };
    el.addEventListener('change', f);
    if (el.type === 'text' || el.tagName === 'TEXTAREA') el.addEventListener('input', f);
    var r = el.getAttribute('data-blur');
    if (r) el.addEventListener('blur', function () { var v = el.value.trim(); var m = document.getElementById(k + '_err'); if (v && m) m.textContent = RULES[r](v); });
  });
  document.getElementById('next').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); document.getElementById('formMsg').textContent = S.captcha ? '' : '请输入验证码'; });
})();
`;

const li = (cap: string, control: string, k = '', req = true) =>
  `<li><span class="cap">${req ? '<em>*</em>' : ''}${k ? `<label for="${k}">${cap}</label>` : cap}：</span>${control}${k ? `<span class="err" id="${k}_err"></span>` : ''}</li>`;
const txt = (k: string, blur = '', extra = '') => `<input type="text" id="${k}" name="${k}" data-k="${k}"${blur ? ` data-blur="${blur}"` : ''}${extra}>`;
const names = (k: string, l: string[]) => `<select id="${k}" name="${k}" data-k="${k}"><option value="">--请选择--</option>${l.map((t, i) => `<option value="${String(i + 1).padStart(2, '0')}">${t}</option>`).join('')}</select>`;
const METHODS: [string, string][] = [['01', '租赁虚拟空间'], ['02', '租赁主机'], ['03', '自有服务器'], ['04', '其他']];

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
<div class="page">
<div class="crumb">当前位置：新办网站申请 &gt; 开办主体 → <b>网站基本信息</b> → 网站负责人信息 → 提示说明（开办主体：杭州云栖示例科技有限公司）</div>
<h3>一、网站信息</h3>
<ol class="steps">
${li('网站名称', txt('siteName', '', ' maxlength="50"'), 'siteName')}
${li('工信部备案号', txt('icpNumber', 'icp', ' placeholder="如 浙ICP备12345678号-1"'), 'icpNumber')}
${li('网站开通日期', txt('openedAt', 'date', ' placeholder="yyyy-mm-dd" style="width:120px"'), 'openedAt')}
${li('网站域名', txt('mainDomain', 'domain', ' placeholder="一级域名，不带 www."'), 'mainDomain')}
${li('网站IP地址', '<textarea id="ipText" name="ipText" data-k="ipText" placeholder="每行一个 IP"></textarea>', 'ipText')}
${li('是否提供互联网交互服务', '<select id="interactive" data-k="interactive"><option value="">--请选择--</option><option value="1">是</option><option value="0">否</option></select>', 'interactive')}
<li id="kindsRow" style="display:none"><span class="cap"><em>*</em>交互服务类型：</span>${INTERACTIVE_KINDS.map((t) => `<label><input type="checkbox" name="interactiveKinds" data-k="interactiveKinds" value="${t}">${t}</label>`).join(' ')}</li>
${li('网站语种', `<select id="languages" data-k="languages" multiple>${MPS_LANGUAGE_CODES.map(([c, t]) => `<option value="${c}">${t}</option>`).join('')}</select> <span class="help">按住 Ctrl 多选</span>`, 'languages')}
</ol>
<h3>二、网络接入服务商</h3>
<ol class="steps">
${li('接入服务商名称', names('apName', MPS_PROVIDERS), 'apName')}
${li('接入服务商所属区域', txt('apRegion', '', ' placeholder="如 北京市市辖区海淀区"'), 'apRegion')}
${li('网站接入方式', METHODS.map(([c, t]) => `<label><input type="radio" name="apMethod" data-k="apMethod" value="${t}" data-code="${c}">${t}</label>`).join(' '))}
${li('接入服务商电话', txt('apPhone', 'phone'), 'apPhone')}
</ol>
<h3>三、域名注册服务商</h3>
<ol class="steps">
${li('域名注册服务商名称', names('rgName', MPS_PROVIDERS), 'rgName')}
${li('注册服务商电话', txt('rgPhone', 'phone'), 'rgPhone')}
</ol>
<h3>四、提交</h3>
<ol class="steps">
${li('验证码', '<input type="text" id="captcha" data-k="captcha" style="width:90px"><span class="vcode">p3Xw</span>', 'captcha')}
</ol>
<div class="btns"><input type="button" id="next" value="下一步"> <span class="err" id="formMsg"></span></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
