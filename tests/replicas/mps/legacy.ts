/**
 * The OLD 公安 portal www.beian.gov.cn (server-rendered JSP style): plain HTML tables, native controls, a tiny
 * inline script for the 省/市/县 selects. No framework: the form's FormData is the page state.
 */
import * as O from './options';
import { REGIONS, type Region } from './regions';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const options = (list: O.Opt[], first: string) =>
  [`<option value="">${first}</option>`, ...list.map((o) => `<option value="${esc(o.value)}">${esc(o.label)}</option>`)].join('');

/** Compact region data for the old portal's area.js: [code, name, children?]. */
type Area = [string, string, Area[]?];
const compact = (r: Region): Area => (r.children?.length ? [r.code, r.name, r.children.map(compact)] : [r.code, r.name]);

export const OLD_PORTAL_AREA_JS = `/* area.js */
var AREA_DATA = ${JSON.stringify(REGIONS.map(compact))};
function areaFill(sel, list, first) {
  sel.options.length = 0;
  sel.options.add(new Option(first, ''));
  for (var i = 0; i < (list || []).length; i++) sel.options.add(new Option(list[i][1], list[i][0]));
}
function areaFind(list, code) {
  for (var i = 0; i < (list || []).length; i++) if (list[i][0] == code) return list[i];
  return null;
}
function areaBind(p, c, a) {
  var ps = document.getElementById(p), cs = document.getElementById(c), as = document.getElementById(a);
  ps.onchange = function () {
    var hit = areaFind(AREA_DATA, ps.value);
    areaFill(cs, hit ? hit[2] : [], '--请选择市--');
    areaFill(as, [], '--请选择县(区)--');
  };
  cs.onchange = function () {
    var hp = areaFind(AREA_DATA, ps.value), hc = hp ? areaFind(hp[2], cs.value) : null;
    areaFill(as, hc ? hc[2] : [], '--请选择县(区)--');
  };
}
`;

const row = (label: string, body: string, required = true) =>
  `<tr>
      <td class="label">${required ? '<span class="red">*</span>' : ''}${label}：</td>
      <td class="value">${body}</td>
    </tr>`;

const serviceTypes = O.OLD_SERVICE_TYPES.map(
  (o) =>
    `<span class="radio-item"><input type="radio" name="serviceType" id="serviceType${o.value}" value="${o.value}"><label for="serviceType${o.value}">${esc(o.label)}</label></span>`,
).join('\n        ');
const languages = O.LANGUAGES.map(
  (o) => `<label class="check-item"><input type="checkbox" name="language" value="${o.value}">${esc(o.label)}</label>`,
).join('\n        ');

export const OLD_PORTAL_CSS = `
body { margin: 0; font: 12px/1.6 "宋体", SimSun, Arial, sans-serif; color: #333; background: #f3f3f3; }
#header { height: 80px; background: #1d5a9e; color: #fff; }
#header .logo { float: left; font-size: 24px; font-weight: bold; line-height: 80px; padding-left: 30px; }
#header .top-link { float: right; line-height: 80px; padding-right: 30px; }
#header .top-link a { color: #fff; margin-left: 10px; }
.main { width: 1100px; margin: 10px auto; overflow: hidden; background: #fff; border: 1px solid #d5d5d5; }
.left-menu { float: left; width: 180px; border-right: 1px solid #d5d5d5; min-height: 700px; }
.left-menu h3 { margin: 0; padding: 8px 12px; background: #e6eef8; font-size: 14px; }
.left-menu ul { list-style: none; margin: 0; padding: 0; }
.left-menu li { padding: 6px 16px; border-bottom: 1px dotted #ccc; }
.left-menu li.cur { background: #1d5a9e; }
.left-menu li.cur a { color: #fff; }
.content { margin-left: 190px; padding: 10px 16px; }
.content .pos { color: #888; border-bottom: 1px solid #eee; padding-bottom: 4px; }
.content .title { font-size: 16px; font-weight: bold; color: #1d5a9e; margin: 10px 0; }
table.form-table { width: 100%; border-collapse: collapse; }
table.form-table td { border: 1px solid #d9e3ef; padding: 6px 8px; }
table.form-table td.label { width: 170px; text-align: right; background: #f1f6fc; white-space: nowrap; }
table.form-table td.sub-title { background: #dfeaf7; font-weight: bold; }
.red { color: #f00; }
.input-text { width: 260px; height: 20px; border: 1px solid #a9bfd6; }
.tip { color: #999; margin-left: 6px; }
.radio-item { display: inline-block; width: 120px; }
.check-item { display: inline-block; width: 90px; }
.btn-bar { text-align: center; padding: 16px; }
.btn-bar input { padding: 4px 18px; margin: 0 8px; }
`;

export function oldPortalHtml(): string {
  const provinces = REGIONS.map((r) => `<option value="${r.code}">${esc(r.name)}</option>`).join('');
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>全国互联网安全管理服务平台 - 新办网站申请</title>
<link rel="stylesheet" type="text/css" href="/portal/css/portal.css" />
<script type="text/javascript" src="/portal/js/area.js"></script>
</head>
<body>
<div id="header">
  <div class="logo">全国互联网安全管理服务平台</div>
  <div class="top-link">欢迎您，张三 <a href="/portal/index">首页</a><a href="/portal/logout">退出</a></div>
</div>
<div class="main">
  <div class="left-menu">
    <h3>网站备案</h3>
    <ul>
      <li><a href="/portal/subject/list">开办主体管理</a></li>
      <li class="cur"><a href="/portal/website/newWebsiteApply">新办网站申请</a></li>
      <li><a href="/portal/website/claim">已办网站认领</a></li>
      <li><a href="/portal/website/change">网站信息变更</a></li>
      <li><a href="/portal/website/cancel">网站注销申请</a></li>
    </ul>
  </div>
  <div class="content">
    <div class="pos">当前位置：首页 &gt; 网站备案 &gt; 新办网站申请</div>
    <div class="title">新办网站申请 - 网站基本信息</div>
    <form id="websiteForm" name="websiteForm" action="/portal/website/saveWebsite.do" method="post">
    <input type="hidden" name="token" value="7f3c2a91e4b04d5c" />
    <input type="hidden" name="subjectId" value="330106000123" />
    <table class="form-table" cellpadding="0" cellspacing="0">
    <tr><td colspan="2" class="sub-title">网站基本信息</td></tr>
    ${row('网站名称', '<input type="text" name="websiteName" id="websiteName" class="input-text" maxlength="50" />')}
    ${row('网站域名', '<input type="text" name="domainName" id="domainName" class="input-text" maxlength="100" /><span class="tip">如：example.com，多个域名以英文逗号分隔</span>')}
    ${row('IP', '<input type="text" name="websiteIp" id="websiteIp" class="input-text" maxlength="64" /><span class="tip">网站服务器IP地址</span>')}
    ${row('网站开通日期', '<input type="text" name="openDate" id="openDate" class="input-text Wdate" maxlength="10" /><span class="tip">格式：YYYY-MM-DD</span>')}
    <tr><td colspan="2" class="sub-title">网络接入服务商</td></tr>
    ${row(
      '接入服务商所属区域',
      `<select name="ispProvince" id="ispProvince"><option value="">--请选择省--</option>${provinces}</select>
        <select name="ispCity" id="ispCity"><option value="">--请选择市--</option></select>
        <select name="ispCounty" id="ispCounty"><option value="">--请选择县(区)--</option></select>`,
    )}
    ${row('接入服务商名称', `<select name="ispName" id="ispName">${options(O.ACCESS_PROVIDERS, '--请选择--')}</select>`)}
    ${row('接入方式', `<select name="accessMode" id="accessMode">${options(O.ACCESS_MODES, '--请选择--')}</select>`)}
    <tr><td colspan="2" class="sub-title">服务信息</td></tr>
    ${row(
      '是否提供互联网交互服务',
      '<input type="radio" name="interactive" id="interactive1" value="1" /><label for="interactive1">是</label> <input type="radio" name="interactive" id="interactive0" value="0" /><label for="interactive0">否</label>',
    )}
    ${row('服务类型', `<div class="radio-list">
        ${serviceTypes}
      </div>`)}
    ${row('网站语种', `<div class="check-list">
        ${languages}
      </div>`)}
    </table>
    <div id="formMsg" class="red"></div>
    <div class="btn-bar">
      <input type="button" value="返回" onclick="history.back()" />
      <input type="submit" value="提交" id="submitBtn" />
    </div>
    </form>
  </div>
</div>
<script type="text/javascript">
(function () {
  areaBind('ispProvince', 'ispCity', 'ispCounty');
  var form = document.getElementById('websiteForm');
  var changes = 0, submits = 0;
  form.addEventListener('input', function () { changes++; }, true);
  form.addEventListener('change', function () { changes++; }, true);
  form.addEventListener('submit', function (e) { e.preventDefault(); submits++; document.getElementById('formMsg').innerHTML = '请核对信息后提交'; });
  window.__replica = {
    platform: 'beian-old',
    step: 'site',
    getState: function () {
      var fd = new FormData(form), out = {};
      fd.forEach(function (v, k) { out[k] = v; });
      var multi = {};
      form.querySelectorAll('input[type=checkbox]').forEach(function (c) { multi[c.name] = true; });
      Object.keys(multi).forEach(function (k) { out[k] = fd.getAll(k); });
      return out;
    },
    get changes() { return changes; },
    get submits() { return submits; }
  };
})();
</script>
</body>
</html>`;
}
