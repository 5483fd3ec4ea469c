/**
 * Gen-28 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout28-beian-old-site-person-native-rowspan   the old 公安 portal's 网站基本信息 for a person (http): ONE <table> whose
 *    first column is a section cell spanning its rows (网站信息 / 网络接入服务商 / 域名注册服务商 / 服务信息); text boxes with
 *    blur checks, ONE text of IPs, a 所属地区管辖 select, THREE region selects filled from the portal's area API level by
 *    level, a coded 接入方式 select, 是 / 否 radios (危险物品 是 reveals the item boxes), coded language checkboxes; a
 *    captcha; 上一步 / 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_ACCESS_METHODS, MPS_DANGEROUS_CODES, MPS_LANGUAGE_CODES, PREFIX } from './common';

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .tc-top, .hw-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .tc-top { background: #242933; } .hw-top { background: #191919; }
.al-top b, .mps-top b, .tc-top b, .hw-top b { font-size: 16px; } .al-top span, .mps-top span, .tc-top span, .hw-top span { opacity: .9; font-size: 13px; }
.al-side, .tc-side, .hw-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; z-index: 1; }
.tc-side { width: 190px; background: #2b303b; border-right: 0; } .hw-side { width: 200px; }
.al-side a, .tc-side a, .hw-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; cursor: pointer; }
.tc-side a { color: #c5cad5; } .tc-side a.on { color: #fff; background: #0052d9; }
.al-side a.on { color: #ff6a00; background: #fff5ee; } .hw-side a.on { color: #c7000b; background: #fff1f0; }
.al-main { margin-left: 176px; } .tc-main { margin-left: 190px; } .hw-main { margin-left: 200px; }
.al-body, .mps-body, .tc-body, .hw-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
.crumbs { color: #888; font-size: 12px; margin: 2px 0 12px; }
.page-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; }
.help { color: #888; font-size: 12px; line-height: 1.5; }
.msg { color: #d23c26; font-size: 12px; } .ok-msg { color: #1a9c47; font-size: 12px; margin-left: 6px; }
.field-err { color: #d23c26; font-size: 12px; line-height: 1.5; }
.row-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; }
.mps-top .who { margin-left: auto; }
.ctl { width: 100%; }
.ro { color: #333; }
.derived { display: inline-block; min-width: 110px; padding: 4px 10px; background: #f5f5f5; border-radius: 3px; color: #333; }
.same-sum { background: #fafafa; border: 1px dashed #ddd; padding: 6px 12px; font-size: 13px; margin: 4px 0 12px; }
.facts-ro { display: flex; flex-wrap: wrap; gap: 8px 28px; background: #fff; padding: 12px 20px; margin-bottom: 16px; border-radius: 4px; font-size: 13px; }
.facts-ro span { color: #888; margin-right: 8px; }
.sec-title { font-weight: 500; color: #0b3d7e; margin: 18px 0 10px; border-bottom: 1px solid #eef; padding-bottom: 4px; }
/* aliyun site person (elp): field table */
.field-table .sec-row td { background: #fff7f0 !important; } .field-table .sec-cap { color: #ff6a00; }
.field-table .cap .star { color: #e54545; font-style: normal; margin-right: 2px; }
/* aliyun basic person (antd): check pane */
.checkpane { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 16px; align-items: start; }
/* tencent site unit (antd): progress rail */
.rail-layout { display: grid; grid-template-columns: minmax(0, 1fr) 220px; gap: 16px; align-items: start; }
.rail { position: sticky; top: 12px; } .rail-list { list-style: none; padding: 0; margin: 8px 0 0; font-size: 13px; }
.rail-list li { display: flex; justify-content: space-between; padding: 4px 0; border-bottom: 1px dashed #eee; }
/* huawei site person (elp): split form */
.split2 { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; align-items: start; }
`;

const LIB_ASSETS: Record<string, string> = { antd: 'antd', tdesign: 'tdesign', 'element-plus': 'vue', opentiny: 'opentiny' };

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

/* ------------------------------------------------------------------ old 公安 portal: 网站基本信息 (个人), rowspan table */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 76px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 4px solid #c9151e; }
.banner b { font: bold 23px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; } .banner small { display: block; opacity: .75; }
.banner .who { margin-left: auto; }
.menu { background: #2f69ad; height: 30px; display: flex; justify-content: center; } .menu a { color: #fff; padding: 0 18px; line-height: 30px; text-decoration: none; } .menu a.cur { background: #c9151e; }
.box { width: 920px; margin: 12px auto 30px; background: #fff; border: 1px solid #c9d3de; padding: 10px 24px 18px; }
h2 { font: bold 15px "SimHei", "Microsoft YaHei", sans-serif; color: #0d4592; margin: 4px 0 8px; }
.steps { color: #666; margin-bottom: 8px; } .steps b { color: #c9151e; }
table.rs { width: 100%; border-collapse: collapse; } table.rs td, table.rs th { border: 1px solid #c9d3de; padding: 3px 8px; }
table.rs th.sec { width: 34px; background: #e3ecf6; color: #0d4592; writing-mode: vertical-rl; letter-spacing: 4px; text-align: center; }
table.rs td.cap { width: 150px; text-align: right; background: #f5f8fb; } table.rs td.cap em { color: #e00; font-style: normal; }
input[type=text], select { border: 1px solid #9fb0c2; font: inherit; padding: 0 3px; height: 22px; box-sizing: border-box; }
.err { color: #e00; margin-left: 6px; } .tip { color: #888; margin-left: 6px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; }
.btns { text-align: center; padding: 12px 0 0; } .btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
`;

/**
 * The page's script (inline, ES5 like the portal's): state S and window.__replica; [data-k] text boxes / selects (the
 * option's text) / radio groups (the checked one's label) / checkbox groups (the checked labels); [data-blur] checks writing
 * #<id>_err; [data-click] counters; the region selects filled from the area API level by level; 危险物品 是 revealing items.
 */
const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', ipText: '', apJurisdiction: '', apProv: '', apCity: '', apDist: '', apName: '', apMethod: '', apPhone: '', apCode: '',
    rgName: '', rgPhone: '', interactive: '', dangerous: '', dangerousItems: [], languages: [], captcha: '', prevClicks: 0, nextClicks: 0
  };
  function ipsOf(t) {
    return String(t || '').split(/[\s;；,，]+/).filter(function (x) { return /^(\d{1,3}\.){3}\d{1,3}$/.test(x) || /^[0-9a-f:]+$/i.test(x) && x.indexOf(':') >= 0; });
  }
  function view() {
    var o = JSON.parse(JSON.stringify(S));
    o.ips = ipsOf(S.ipText); delete o.ipText;
    o.apRegion = [S.apProv, S.apCity, S.apDist].filter(function (x) { return x; }); delete o.apProv; delete o.apCity; delete o.apDist;
    return o;
  }
  var R = { platform: 'beian-old', step: 'site', variant: '个人', changes: 0, getState: view };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  function $(id) { return document.getElementById(id); }
  function all(q) { return Array.prototype.slice.call(document.querySelectorAll(q)); }
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  function textOf(sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; }
  function labelOf(inp) { var l = document.querySelector('label[for="' + inp.id + '"]'); return l ? l.textContent.trim() : inp.value; }
  function read(el) {
    var k = el.getAttribute('data-k');
    if (el.type === 'radio') { var v = ''; all('input[name=' + el.name + ']').forEach(function (r) { if (r.checked) v = labelOf(r); }); set(k, v); }
    else if (el.type === 'checkbox') set(k, all('input[name=' + el.name + ']').filter(function (c) { return c.checked; }).map(labelOf));
    else if (el.tagName === 'SELECT') set(k, textOf(el));
    else set(k, el.value.trim());
  }
  all('[data-k]').forEach(function (el) {
    var f = function () { read(el); err(el.id, ''); if (el.name === 'wxwp') $('wxwpItems').style.display = S.dangerous === '是' ? '' : 'none'; if (el.name === 'wxwp' && S.dangerous !== '是') clearItems(); };
    el.addEventListener('change', f);
    if (el.type !== 'radio' && el.type !== 'checkbox' && el.tagName !== 'SELECT') el.addEventListener('input', f);
  });
  function clearItems() { all('input[name=wxwpxm]').forEach(function (c) { c.checked = false; }); if (S.dangerousItems.length) set('dangerousItems', []); }
  all('[data-click]').forEach(function (el) {
    el.addEventListener('click', function () { var k = el.getAttribute('data-click'); set(k, (S[k] || 0) + 1); });
  });
  /* region selects: each level asks the portal's area API for the children of the level above */
  function fill(sel, parent) {
    sel.options.length = 1; sel.disabled = true;
    if (parent === null) return;
    var x = new XMLHttpRequest();
    x.open('GET', '${PREFIX}area?parent=' + encodeURIComponent(parent));
    x.onload = function () {
      JSON.parse(x.responseText).forEach(function (a) { var o = document.createElement('option'); o.value = a.code; o.text = a.name; sel.add(o); });
      sel.disabled = false;
    };
    x.send();
  }
  var prov = $('jrsf'), city = $('jrcs'), dist = $('jrqx');
  fill(prov, '');
  prov.addEventListener('change', function () { fill(city, prov.value || null); fill(dist, null); set('apCity', ''); set('apDist', ''); });
  city.addEventListener('change', function () { fill(dist, city.value || null); set('apDist', ''); });
  var rules = {
    date: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(v)) ? '' : '日期格式：yyyy-mm-dd'; },
    icp: function (v) { return /^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '备案号格式如：浙ICP备12345678号-1'; },
    domain: function (v) { return /^(?!www\.)([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v) ? '' : '请填写不带www.的一级域名'; },
    ips: function (v) {
      var bad = v.split(/[\s;；,，]+/).filter(function (x) { return x && !(/^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$/.test(x) || /^[0-9a-f:]+$/i.test(x) && x.indexOf(':') >= 0); });
      return bad.length ? bad[0] + ' 不是有效的IP地址' : '';
    },
    phone: function (v) { return /^(0\d{2,3}-?\d{7,8}|9\d{4}|400-?\d{3}-?\d{4}|4009-?\d{3}-?\d{3}|1[3-9]\d{9})$/.test(v) ? '' : '电话号码格式不正确'; },
    code: function (v) { return /^[0-9A-Z]{8}-?[0-9A-Z]$/.test(v) ? '' : '组织机构代码为9位'; }
  };
  all('[data-blur]').forEach(function (el) {
    el.addEventListener('blur', function () { var v = el.value.trim(); var r = rules[el.getAttribute('data-blur')]; if (v && r) err(el.id, r(v)); });
  });
  $('btnNext').addEventListener('click', function () {
    $('btnMsg').textContent = !S.captcha ? '请输入验证码' : !S.icpNumber ? '请填写工信部备案号' : '验证码错误';
  });
})();`;

export function oldSiteHtml(): string {
  const cap = (id: string, t: string, req = true) => `<td class="cap"><label for="${id}">${req ? '<em>*</em>' : ''}${t}：</label></td>`;
  const txt = (id: string, k: string, t: string, extra = '', blur = '', tip = '') =>
    `${cap(id, t)}<td><input type="text" id="${id}" name="${id}" data-k="${k}"${blur ? ` data-blur="${blur}"` : ''}${extra}>${tip ? `<span class="tip">${tip}</span>` : ''}<span class="err" id="${id}_err"></span></td>`;
  const yesNo = (name: string, k: string, t: string) =>
    `<td class="cap"><em>*</em>${t}：</td><td><input type="radio" name="${name}" id="${name}1" value="1" data-k="${k}"><label for="${name}1">是</label> <input type="radio" name="${name}" id="${name}0" value="0" data-k="${k}"><label for="${name}0">否</label></td>`;
  const checks = (name: string, k: string, items: [string, string][]) =>
    items.map(([c, t]) => `<input type="checkbox" name="${name}" id="${name}${c}" value="${c}" data-k="${k}"><label for="${name}${c}">${t}</label>`).join(' ');
  const sec = (t: string, n: number) => `<th class="sec" rowspan="${n}">${t}</th>`;
  const body = `
<div class="banner"><div><b>全国互联网安全管理服务平台</b><small>公安机关互联网站安全管理服务平台</small></div><div class="who">当前用户：张伟 | 退出</div></div>
<div class="menu"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="box">
  <h2>新办网站申请</h2>
  <div class="steps">1.开办主体 &gt; <b>2.网站基本信息</b> &gt; 3.网站负责人 &gt; 4.提示说明</div>
  <form id="f" onsubmit="return false">
  <table class="rs">
    <tr>${sec('网站信息', 5)}${txt('wzmc', 'siteName', '网站名称', ' maxlength="50" style="width:260px"', '', '须与ICP备案网站名称一致')}</tr>
    <tr>${txt('icpbah', 'icpNumber', '工信部备案号', ' maxlength="30" style="width:220px"', 'icp')}</tr>
    <tr>${txt('ktrq', 'openedAt', '网站开通日期', ' maxlength="10" style="width:100px"', 'date', '格式：yyyy-mm-dd')}</tr>
    <tr>${txt('zym', 'mainDomain', '主域名', ' maxlength="60" style="width:220px"', 'domain', '如 example.cn')}</tr>
    <tr>${txt('wzip', 'ipText', '网站IP', ' maxlength="200" style="width:320px"', 'ips', '多个IP以 ; 分隔')}</tr>
    <tr>${sec('网络接入服务商', 6)}${cap('jrgx', '所属地区管辖')}<td><select id="jrgx" name="jrgx" data-k="apJurisdiction"><option value="">--请选择--</option><option value="1">境内</option><option value="2">境外</option></select></td></tr>
    <tr>${cap('jrsf', '所属区域')}<td><select id="jrsf" name="jrsf" data-k="apProv"><option value="">--省--</option></select> <select id="jrcs" name="jrcs" data-k="apCity" disabled><option value="">--市--</option></select> <select id="jrqx" name="jrqx" data-k="apDist" disabled><option value="">--县(区)--</option></select></td></tr>
    <tr>${txt('jrmc', 'apName', '名称', ' maxlength="60" style="width:260px"')}</tr>
    <tr>${cap('jrfs', '网站接入方式')}<td><select id="jrfs" name="jrfs" data-k="apMethod"><option value="">--请选择--</option>${MPS_ACCESS_METHODS.map((m, i) => `<option value="0${i + 1}">${m}</option>`).join('')}</select></td></tr>
    <tr>${txt('jrdh', 'apPhone', '联系电话', ' maxlength="20" style="width:160px"', 'phone')}</tr>
    <tr>${txt('jrdm', 'apCode', '组织机构代码', ' maxlength="10" style="width:160px"', 'code', '接入商编码')}</tr>
    <tr>${sec('域名注册服务商', 2)}${txt('zcmc', 'rgName', '名称', ' maxlength="60" style="width:260px"')}</tr>
    <tr>${txt('zcdh', 'rgPhone', '联系电话', ' maxlength="20" style="width:160px"', 'phone')}</tr>
    <tr>${sec('服务信息', 3)}${yesNo('jhfw', 'interactive', '是否提供互联网交互服务')}</tr>
    <tr>${yesNo('wxwp', 'dangerous', '互联网危险物品信息发布')}</tr>
    <tr><td class="cap"><em>*</em>网站语种：</td><td>${checks('yz', 'languages', MPS_LANGUAGE_CODES)}</td></tr>
    <tr id="wxwpItems" style="display:none"><th class="sec"></th><td class="cap">危险物品类别：</td><td>${checks('wxwpxm', 'dangerousItems', MPS_DANGEROUS_CODES)}</td></tr>
  </table>
  <p style="margin:10px 0 0"><label for="yzm"><em style="color:#e00;font-style:normal">*</em>验证码：</label><input type="text" id="yzm" name="yzm" maxlength="4" style="width:70px" data-k="captcha"> <span class="vcode" aria-hidden="true">p7Rw</span> <a href="#" onclick="return false">看不清，换一张</a></p>
  <div class="btns"><input type="button" id="btnPrev" value="上一步" data-click="prevClicks"><input type="button" id="btnNext" class="main-btn" value="下一步" data-click="nextClicks"><div class="err" id="btnMsg"></div></div>
  </form>
</div>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>网站基本信息 - 新办网站申请 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
</head>
<body>
${body}
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
