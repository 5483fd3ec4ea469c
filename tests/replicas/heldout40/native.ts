/**
 * Gen-40 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout40-beian-old-site-unit-native-captiontables   the old 公安 portal's 网站基本信息 step for a unit (http) as
 *    CAPTION TABLES: one bordered <table> per section, each with a <caption> (网站信息 / 网络接入服务商 / 域名注册服务商 /
 *    服务信息); texts with blur checks, textareas one value a line (从域名, IPs), coded <select>s, 是 / 否 radios (交互 reveals
 *    the 交互服务类型 checkboxes), coded language checkboxes; a captcha; 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { INTERACTIVE_KINDS, MPS_ACCESS_METHODS, MPS_LANGUAGE_CODES, MPS_PROVIDERS, PREFIX } from './common';

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
.split { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 20px; align-items: start; } .split-aside { position: sticky; top: 16px; }
.ftable { width: 100%; border-collapse: collapse; margin-bottom: 16px; background: #fff; } .ftable caption { text-align: left; font-weight: 600; padding: 8px 0; color: #0b3d7e; }
.ftable td { border: 1px solid #d5dbe5; padding: 8px 10px; vertical-align: middle; } .ftable td.lab { width: 220px; background: #f5f7fa; text-align: right; font-size: 13px; color: #444; }
.ftable td.lab i { color: #d23c26; font-style: normal; margin-right: 2px; }
.menu-layout { display: grid; grid-template-columns: 220px minmax(0, 1fr); gap: 16px; align-items: start; }
.todo li { font-size: 13px; color: #888; list-style: none; } .todo li.ok { color: #2a9d55; } .todo { padding-left: 0; }
.ot-row { display: grid; grid-template-columns: 150px minmax(0, 1fr); gap: 12px; align-items: start; margin: 10px 0; } .ot-row > label { color: #555; text-align: right; font-size: 13px; line-height: 32px; } .ot-row > label i { color: #d23c26; font-style: normal; margin-right: 2px; } .ot-row > .ro { line-height: 32px; }
.sticky-bar { position: sticky; bottom: 0; background: #fff; border-top: 1px solid #e5e5e5; padding: 10px 24px; display: flex; gap: 12px; align-items: center; }
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

/* ------------------------------------------------------------------ old 公安 portal: 网站基本信息 (单位), caption tables */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9edf2; color: #222; }
.banner { background: #1d4f91; color: #fff; height: 54px; line-height: 54px; padding: 0 24px; font: bold 19px "SimHei", sans-serif; }
.page { width: 880px; margin: 10px auto 24px; background: #fff; border: 1px solid #c3cfdc; padding: 8px 20px 16px; }
.crumb { color: #666; padding: 4px 0 8px; }
table.sec { width: 100%; border-collapse: collapse; margin-bottom: 12px; } table.sec caption { text-align: left; font-weight: bold; color: #1d4f91; padding: 6px 0 4px; border-bottom: 2px solid #1d4f91; }
table.sec td { border: 1px solid #c4d0de; padding: 4px 8px; } table.sec td.k { width: 190px; text-align: right; background: #f3f6fa; } table.sec td.k em { color: #e00; font-style: normal; }
input[type=text], select, textarea { border: 1px solid #9fb0c2; font: inherit; box-sizing: border-box; } input[type=text], select { height: 22px; width: 280px; } textarea { width: 280px; height: 48px; }
.err { color: #e00; margin-left: 8px; } .help { color: #888; margin-left: 6px; } label.opt { margin-right: 10px; white-space: nowrap; }
.vcode { display: inline-block; width: 58px; text-align: center; background: #f2e8d5; font: italic bold 15px monospace; margin-left: 6px; }
.btns { text-align: center; padding-top: 14px; } .btns input { padding: 3px 24px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = { siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomains: [], ips: [], apName: '', apMethod: '', apPhone: '', apCode: '',
    registrar: '', interactive: '', interactiveKinds: [], languages: [], dangerous: '', captcha: '', nextClicks: 0 };
  var R = { platform: 'beian-old', step: 'site', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  function lines(t) { return t.split(/[\r\n;；,，]+/).map(function (x) { return x.trim(); }).filter(Boolean); }
  var RULES = {
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式为 yyyy-mm-dd'; },
    icp: function (v) { return /^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '备案号格式如 浙ICP备12345678号-1'; },
    domain: function (v) { return /^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v) ? '' : '域名格式不正确'; },
    phone: function (v) { return /^(\d{5}|\d{3,4}-?\d{3,4}-?\d{3,4})$/.test(v) ? '' : '电话格式不正确'; },
    code: function (v) { return /^[0-9A-Z]{8}-?[0-9A-Z]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码'; }
  };
  function reveal() { document.getElementById('kindsRow').style.display = S.interactive === '是' ? '' : 'none'; }
  function bindGroup(name, k, many) {
    Array.prototype.forEach.call(document.querySelectorAll('input[name="' + name + '"]'), function (el) {
      el.addEventListener('change', function () {
        if (many) set(k, Array.prototype.filter.call(document.querySelectorAll('input[name="' + name + '"]'), function (x) { return x.checked; }).map(function (x) { return x.getAttribute('data-t'); }));
        else set(k, el.getAttribute('data-t'));
        reveal();
      });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-k]'), function (el) {
    var k = el.getAttribute('data-k');
    var f = function () {
      if (el.tagName === 'SELECT') set(k, el.value ? el.options[el.selectedIndex].text : '');
      else if (el.tagName === 'TEXTAREA') set(k, lines(el.value));
      else set(k, el.value.trim());
      var m = document.getElementById(k + '_err'); if (m) m.textContent = '';
    };
    el.addEventListener('change', f);
    if (el.tagName !== 'SELECT') el.addEventListener('input', f);
    var r = el.getAttribute('data-blur');
    if (r) el.addEventListener('blur', function () { var v = el.value.trim(); var m = document.getElementById(k + '_err'); if (v && m) m.textContent = RULES[r](v); });
  });
  bindGroup('interactive', 'interactive', false);
  bindGroup('interactiveKinds', 'interactiveKinds', true);
  bindGroup('languages', 'languages', true);
  bindGroup('dangerous', 'dangerous', false);
  reveal();
  document.getElementById('next').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); document.getElementById('formMsg').textContent = S.captcha ? '' : '请输入验证码'; });
})();
`;

const row = (label: string, k: string, ctl: string, req = true) => `<tr><td class="k">${req ? '<em>*</em>' : ''}<label for="${k}">${label}</label>：</td><td>${ctl}</td></tr>`;
const txt = (k: string, blur = '', extra = '') => `<input type="text" id="${k}" name="${k}" data-k="${k}"${blur ? ` data-blur="${blur}"` : ''}${extra}><span class="err" id="${k}_err"></span>`;
const area = (k: string, ph: string) => `<textarea id="${k}" name="${k}" data-k="${k}" placeholder="${ph}"></textarea><span class="help">每行一个</span>`;
const coded = (k: string, l: [string, string][]) => `<select id="${k}" name="${k}" data-k="${k}"><option value="">--请选择--</option>${l.map(([c, t]) => `<option value="${c}">${t}</option>`).join('')}</select>`;
const code2 = (l: readonly string[]): [string, string][] => l.map((t, i) => [String(i + 1).padStart(2, '0'), t]);
const radios = (name: string, l: string[]) => l.map((t, i) => `<label class="opt"><input type="radio" name="${name}" id="${name}${i}" data-t="${t}" value="${i}">${t}</label>`).join('');
const checks = (name: string, l: [string, string][]) => l.map(([c, t]) => `<label class="opt"><input type="checkbox" name="${name}" id="${name}_${c}" data-t="${t}" value="${c}">${t}</label>`).join('');

export function oldSiteHtml(): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>全国互联网安全管理服务平台 - 新办网站申请</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="banner">全国互联网安全管理服务平台</div>
<div class="page" id="sitePage">
<div class="crumb">当前位置：新办网站申请 &gt; 开办主体 → <b>网站基本信息</b> → 网站负责人信息 → 提示说明（开办主体：杭州云栖示例科技有限公司）</div>
<table class="sec" id="tSite"><caption>一、网站信息</caption>
${row('网站名称', 'siteName', txt('siteName', '', ' maxlength="60"'))}
${row('工信部备案号', 'icpNumber', txt('icpNumber', 'icp', ' placeholder="如 浙ICP备12345678号-1"'))}
${row('网站开通日期', 'openedAt', txt('openedAt', 'date', ' placeholder="yyyy-mm-dd" style="width:120px"'))}
${row('网站域名', 'mainDomain', txt('mainDomain', 'domain') + '<span class="help">一级域名，不带 www.</span>')}
${row('从域名', 'subDomains', area('subDomains', '同一网站的其他域名'), false)}
${row('网站IP', 'ips', area('ips', '域名实际解析到的 IP'))}
</table>
<table class="sec" id="tAccess"><caption>二、网络接入服务商</caption>
${row('接入商名称', 'apName', coded('apName', code2(MPS_PROVIDERS)))}
${row('网站接入方式', 'apMethod', coded('apMethod', code2(MPS_ACCESS_METHODS)))}
${row('接入商电话', 'apPhone', txt('apPhone', 'phone'))}
${row('接入商编码', 'apCode', txt('apCode', 'code') + '<span class="help">组织机构代码</span>')}
</table>
<table class="sec" id="tRegistrar"><caption>三、域名注册服务商</caption>
${row('注册商名称', 'registrar', coded('registrar', code2(MPS_PROVIDERS)))}
</table>
<table class="sec" id="tService"><caption>四、服务信息</caption>
${row('是否提供互联网交互服务', 'interactive', radios('interactive', ['是', '否']))}
<tr id="kindsRow"><td class="k"><em>*</em>交互服务类型：</td><td>${checks('interactiveKinds', code2(INTERACTIVE_KINDS))}</td></tr>
${row('网站语种', 'languages', checks('languages', MPS_LANGUAGE_CODES))}
${row('是否提供涉及管制物品信息发布服务', 'dangerous', radios('dangerous', ['是', '否']))}
<tr><td class="k"><em>*</em><label for="captcha">验证码</label>：</td><td><input type="text" id="captcha" data-k="captcha" style="width:90px"><span class="vcode">k7Qm</span></td></tr>
</table>
<div class="btns"><input type="button" id="next" value="下一步"> <span class="err" id="formMsg"></span></div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
