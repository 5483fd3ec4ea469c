/**
 * Gen-21 pages without a component-library app (server-rendered HTML, inline scripts, window.__replica installed by
 * the page) and the HTML shells of the library builds:
 *  - heldout21-aliyun-subject-unit-native-thickbox   Alibaba's legacy 企业侧 filing system (FORMS §4), 填写主办者信息 for a
 *    unit: a read-only summary table with 编辑, the form in a ThickBox dialog (#TB_overlay / #TB_window / #TB_ajaxContent)
 *    OPEN on arrival; the legacy element ids; coded selects, region selects from the area API, blur checks, a 同证件住所
 *    tick, 是否长期 radios hiding the end date, yyyy-mm-dd text dates; 保存 / 取消 / × in the dialog
 *  - heldout21-aliyun-upload-person-native-piclists  the same system's 上传资料 for a person: a picture LIST (<ul>) per
 *    material, an 上传 button opening a hidden file input (type and size checked), .fileDel_button per picture
 *  - heldout21-beian-old-site-person-native-pager    the old 公安 portal's 网站基本信息 for a person (http): one form as a
 *    PAGER of three pages (only one shown), year / month / day selects, coded radios and checkboxes, the two provider
 *    blocks as one MATRIX table (a column per provider) with region selects from the area API; 验证码, 保存 / 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { ICP_CERTS_BY_NATURE, MPS_ACCESS_METHODS, MPS_DANGEROUS_CODES, MPS_LANGUAGE_CODES, MPS_PRE_LICENCE_CODES, PREFIX } from './common';

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .volc-top, .bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #232f3e; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .volc-top { background: #0c0d0e; height: 52px; } .bd-top { background: #2468f2; }
.al-top b, .mps-top b, .volc-top b, .bd-top b { font-size: 16px; } .al-top span, .mps-top span, .volc-top span, .bd-top span { opacity: .9; font-size: 13px; }
.al-side, .volc-side, .bd-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; z-index: 1; }
.volc-side { top: 52px; width: 200px; } .bd-side { width: 200px; }
.al-side a, .volc-side a, .bd-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; cursor: pointer; }
.al-side a.on { color: #ff6a00; background: #fff5ee; } .volc-side a.on { color: #1664ff; background: #eef4ff; } .bd-side a.on { color: #2468f2; background: #eef3fe; }
.volc-side .grp, .bd-side .grp { padding: 12px 20px 4px; color: #999; font-size: 12px; }
.al-main { margin-left: 176px; } .volc-main, .bd-main { margin-left: 200px; }
.al-body, .mps-body, .volc-body, .bd-body { max-width: 1180px; margin: 0 auto; padding: 16px 24px 60px; }
.crumbs { color: #888; font-size: 12px; margin: 2px 0 12px; }
.page-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; }
.help { color: #888; font-size: 12px; line-height: 1.5; }
.msg { color: #d23c26; font-size: 12px; } .ok-msg { color: #1a9c47; font-size: 12px; }
.field-err { color: #d23c26; font-size: 12px; line-height: 1.5; }
.row-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; }
.mps-top .who { margin-left: auto; }
.ctl { width: 100%; }
.qr { width: 120px; height: 120px; background: repeating-conic-gradient(#222 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
/* aliyun upload (arco): checklist table */
.checklist .arco-upload-list { margin-top: 4px; }
.checklist td { vertical-align: top; }
/* mps site (tea): split pane */
.split { display: grid; grid-template-columns: minmax(0, 7fr) minmax(0, 5fr); gap: 16px; align-items: start; }
.split .tea-card { margin-bottom: 16px; }
.split h4.blk { margin: 0 0 12px; font-size: 15px; }
.region3 { display: flex; gap: 6px; flex-wrap: wrap; }
/* mps subject (arco): side tabs */
.side-tabs .arco-tabs-content { padding-left: 24px; }
.side-tabs .arco-tabs-content-item:not(.arco-tabs-content-item-active) { display: none; }
.side-tabs .arco-tabs-content-inner { transform: none !important; margin: 0 !important; }
.side-tabs .arco-form-item { margin-bottom: 22px; }
.photos { display: flex; gap: 18px; align-items: flex-start; } .photo-cap { text-align: center; font-size: 12px; color: #666; margin-top: 4px; }
/* volcengine subject (antd): descriptions form */
.desc-form .ant-descriptions { background: #fff; margin-bottom: 16px; }
.desc-form .ant-descriptions-item-label { width: 150px; }
.desc-form .req::before { content: "*"; color: #d23c26; margin-right: 3px; }
/* baidu basic (fusion): inline grid */
.grid-card { background: #fff; border-radius: 4px; padding: 14px 20px 4px; margin-bottom: 16px; }
.grid-card h3 { margin: 0 0 12px; font-size: 15px; }
.grid-card .next-form-item { margin-bottom: 18px; }
.inst-opt { line-height: 18px; white-space: normal; }
`;

const LIB_ASSETS: Record<string, string> = { arco: 'arco', tea: 'tea', antd: 'antd', 'fusion-next': 'fusion' };

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

/* ------------------------------------------------------------------ the server-rendered pages' shared runtime */

/**
 * A small binder the three pages share (inline): state S, window.__replica; [data-k] text boxes / textareas / selects
 * (the option's text) / single checkboxes (boolean) / file inputs (file names); radios [name][data-k] (their data-t);
 * checkbox groups [data-g] (their data-t); [data-blur] checks writing #<id>_err; [data-click] counters; chained
 * region selects answered by the area API over XHR.
 */
const RUNTIME = String.raw`
window.Replica = function (meta, init, view) {
  var S = init;
  var R = { platform: meta.platform, step: meta.step, variant: meta.variant, changes: 0, getState: function () { return JSON.parse(JSON.stringify(view ? view(S) : S)); } };
  window.__replica = R;
  var listeners = [];
  function set(k, v) { S[k] = v; R.changes++; listeners.forEach(function (f) { f(k, v); }); }
  var $ = function (id) { return document.getElementById(id); };
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  function textOf(sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; }
  function all(q) { return Array.prototype.slice.call(document.querySelectorAll(q)); }
  all('[data-k]').forEach(function (el) {
    var k = el.getAttribute('data-k');
    if (el.type === 'radio') {
      el.addEventListener('change', function () { if (el.checked) set(k, el.getAttribute('data-t')); });
    } else if (el.type === 'checkbox') {
      el.addEventListener('change', function () { set(k, el.checked); });
    } else if (el.type === 'file') {
      el.addEventListener('change', function () { set(k, Array.prototype.map.call(el.files || [], function (f) { return f.name; })); });
    } else if (el.tagName === 'SELECT') {
      el.addEventListener('change', function () { set(k, textOf(el)); err(el.id, ''); });
    } else {
      var upd = function () { var v = el.value.trim(); if (S[k] !== v) set(k, v); err(el.id, ''); };
      el.addEventListener('input', upd); el.addEventListener('change', upd);
    }
  });
  var groups = {};
  all('[data-g]').forEach(function (el) { (groups[el.getAttribute('data-g')] = groups[el.getAttribute('data-g')] || []).push(el); });
  Object.keys(groups).forEach(function (g) {
    groups[g].forEach(function (el) {
      el.addEventListener('change', function () { set(g, groups[g].filter(function (x) { return x.checked; }).map(function (x) { return x.getAttribute('data-t'); })); });
    });
  });
  all('[data-click]').forEach(function (el) {
    el.addEventListener('click', function () { var k = el.getAttribute('data-click'); set(k, (S[k] || 0) + 1); });
  });
  var rules = {};
  function blur(el) { var v = el.value.trim(); var r = rules[el.getAttribute('data-blur')]; if (v && r) err(el.id, r(v, el)); }
  all('[data-blur]').forEach(function (el) { el.addEventListener('blur', function () { blur(el); }); });
  function validId(s) {
    if (!/^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(s)) return false;
    var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], sum = 0;
    for (var i = 0; i < 17; i++) sum += w[i] * Number(s[i]);
    return '10X98765432'[sum % 11] === s[17].toUpperCase();
  }
  function validUscc(s) {
    var A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return false;
    var w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28], sum = 0;
    for (var i = 0; i < 17; i++) sum += w[i] * A.indexOf(s[i]);
    return A[(31 - (sum % 31)) % 31] === s[17];
  }
  rules.id = function (v) { return validId(v) ? '' : '身份证号码校验错误'; };
  rules.uscc = function (v) { return validUscc(v) ? '' : '统一社会信用代码校验错误'; };
  rules.mobile = function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; };
  rules.email = function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮箱格式不正确'; };
  rules.date = function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(v)) ? '' : '日期格式为 yyyy-mm-dd'; };
  rules.domain = function (v) { return /^(https?:|www\.)/i.test(v) ? '请填写不带 www. 与 http:// 的域名' : /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v) ? '' : '域名格式不正确'; };
  rules.phone = function (v) { return /^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|9\d{4}|400-?\d{3}-?\d{4}|4009-?\d{3}-?\d{3}|1[3-9]\d{9})$/.test(v) ? '' : '电话号码格式不正确'; };
  /** Chained region selects (names in the state under key); each level fetched from the area API. */
  function regions(ids, key) {
    var sels = ids.map($);
    function load(i, parent) {
      var sel = sels[i];
      sel.innerHTML = '<option value="">' + (parent === null ? '--请选择--' : '加载中…') + '</option>';
      if (parent === null) return;
      var x = new XMLHttpRequest();
      x.open('GET', meta.prefix + 'area?parent=' + encodeURIComponent(parent));
      x.onload = function () {
        var list = JSON.parse(x.responseText);
        sel.innerHTML = '<option value="">--请选择--</option>' + list.map(function (a) { return '<option value="' + a.code + '">' + a.name + '</option>'; }).join('');
      };
      x.send();
    }
    function path() { var p = []; for (var i = 0; i < 3 && sels[i].value; i++) p.push(textOf(sels[i])); return p; }
    sels.forEach(function (sel, i) {
      sel.addEventListener('change', function () {
        for (var j = i + 1; j < 3; j++) load(j, j === i + 1 && sel.value ? sel.value : null);
        set(key, path());
      });
    });
    load(0, ''); load(1, null); load(2, null);
  }
  return { S: S, set: set, $: $, err: err, textOf: textOf, all: all, rules: rules, regions: regions, validId: validId, validUscc: validUscc, on: function (f) { listeners.push(f); } };
};
`;

const page = (title: string, css: string, body: string, script: string) => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>${title}</title>
<style>${css}</style>
</head>
<body>
${body}
<script>${RUNTIME}</script>
<script>${script}</script>
</body>
</html>`;
const opt = (list: [string, string][], first = '--请选择--') => `<option value="">${first}</option>${list.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}`;

/* ------------------------------------------------------------------ Alibaba legacy: 填写主办者信息 (单位), ThickBox */

/** FORMS §1.6 codes. */
const NATURE_CODES: [string, string][] = [
  ['1', '国防机构'], ['2', '政府机关'], ['3', '事业单位'], ['4', '企业'], ['5', '个人'], ['6', '社会团体'], ['9', '民办非企业单位'], ['10', '基金会'], ['11', '律师执业机构'],
  ['12', '外国在华文化中心'], ['13', '群众性团体组织'], ['14', '司法鉴定机构'], ['15', '宗教团体'], ['16', '境外机构'], ['17', '医疗机构'], ['18', '公证机构'], ['19', '集体经济'], ['20', '仲裁机构'],
];
/** FORMS §1.7 codes of the certificates a nature may file with (the labels ICP_CERTS_BY_NATURE gives). */
const CERT_CODE: Record<string, string> = {
  '营业执照（个人或企业）': '1', 居民身份证: '2', 组织机构代码证: '3', 事业单位法人证书: '4', 社会团体法人登记证书: '6', 护照: '7', 台湾居民来往大陆通行证: '11',
  统一社会信用代码证书: '13', 港澳居民来往内地通行证: '14', 民办非企业单位登记证书: '17', 基金会法人登记证书: '19', 律师事务所执业许可证: '21', 外国企业常驻代表机构登记证: '27',
  外国人永久居留身份证: '30', 港澳居民居住证: '41', 台湾居民居住证: '42',
};
const certsByNatureCode = () => Object.fromEntries(NATURE_CODES.map(([c, n]) => [c, (ICP_CERTS_BY_NATURE[n] ?? ['统一社会信用代码证书', '组织机构代码证']).map((l) => [CERT_CODE[l] ?? '13', l])]));
const PERSON_CERT_CODES: [string, string][] = ['居民身份证', '护照', '台湾居民来往大陆通行证', '港澳居民来往内地通行证', '外国人永久居留身份证', '港澳居民居住证', '台湾居民居住证'].map((l) => [CERT_CODE[l]!, l]);

const LEGACY_CSS = `
body { margin: 0; font: 12px/1.7 "Microsoft YaHei", "SimSun", "Noto Sans CJK SC", sans-serif; color: #333; background: #f5f5f5; }
.hd { background: #ff6a00; color: #fff; height: 46px; display: flex; align-items: center; padding: 0 24px; gap: 14px; }
.hd b { font-size: 16px; } .hd .who { margin-left: auto; }
.wrap { width: 1000px; margin: 14px auto 40px; background: #fff; border: 1px solid #e2e2e2; padding: 14px 22px 24px; }
.stepsBar { display: flex; gap: 0; margin: 0 0 16px; } .stepsBar span { flex: 1; text-align: center; background: #eee; padding: 5px 0; border-right: 2px solid #fff; color: #888; }
.stepsBar span.cur { background: #ff6a00; color: #fff; }
table.info { width: 100%; border-collapse: collapse; margin-bottom: 10px; }
table.info td { border: 1px solid #e3e3e3; padding: 5px 10px; } table.info td.t { width: 150px; background: #fafafa; text-align: right; color: #666; }
h3.sec { font-size: 14px; margin: 14px 0 8px; padding-left: 8px; border-left: 3px solid #ff6a00; }
.btn { display: inline-block; padding: 3px 18px; border: 1px solid #d9d9d9; background: #fff; cursor: pointer; font: inherit; }
.btn.main { background: #ff6a00; border-color: #ff6a00; color: #fff; }
.err { color: #e00; margin-left: 6px; } .tip { color: #999; margin-left: 6px; }
#TB_overlay { position: fixed; inset: 0; background: #000; opacity: .45; z-index: 100; }
#TB_window { position: fixed; left: 50%; top: 30px; margin-left: -390px; width: 780px; background: #fff; border: 4px solid #525252; z-index: 102; }
#TB_title { background: #e8e8e8; height: 30px; display: flex; align-items: center; padding: 0 10px; font-weight: bold; }
#TB_closeAjaxWindow { margin-left: auto; } #TB_closeWindowButton { text-decoration: none; font-size: 18px; color: #333; }
#TB_ajaxContent { max-height: calc(100vh - 140px); overflow: auto; padding: 8px 16px 12px; }
.tbform td { padding: 4px 6px; border-bottom: 1px dotted #e6e6e6; } .tbform td.t { width: 130px; text-align: right; color: #555; white-space: nowrap; }
.tbform td.t em { color: #e00; font-style: normal; }
.tbform input[type=text], .tbform select, .tbform textarea { border: 1px solid #bbb; height: 24px; font: inherit; padding: 0 4px; box-sizing: border-box; }
.tbform input[type=text] { width: 280px; } .tbform textarea { width: 420px; height: 48px; }
#isLongTermUl { list-style: none; margin: 0; padding: 0; display: flex; gap: 18px; }
.tbbtns { text-align: center; padding-top: 10px; border-top: 1px solid #eee; margin-top: 8px; } .tbbtns .btn { margin: 0 8px; }
`;

export function aliyunSubjectHtml(): string {
  const t = (name: string, req = true) => `<td class="t">${req ? '<em>*</em>' : ''}${name}：</td>`;
  const txt = (id: string, k: string, extra = '') => `<input type="text" id="${id}" name="${id}" data-k="${k}"${extra}><span class="err" id="${id}_err"></span>`;
  const body = `
<div class="hd"><b>阿里云</b><span>ICP代备案管理系统</span><span class="who">当前用户：杭州云栖示例科技有限公司 | 退出</span></div>
<div class="wrap">
  <div class="stepsBar"><span>1. 验证备案类型</span><span class="cur">2. 填写主办者信息</span><span>3. 填写网站信息</span><span>4. 上传资料</span><span>5. 提交初审</span></div>
  <div id="FirstStep"><div id="formDiv">
    <h3 class="sec">主办单位信息 <a href="#TB_inline?height=600&amp;width=780&amp;inlineId=unitForm" class="thickbox" id="editUnit" style="font-size:12px;font-weight:normal;margin-left:10px">编辑</a></h3>
    <table class="info" id="main_unit">
      <tr><td class="t">主办单位名称</td><td id="v_unitName">未填写</td><td class="t">主办单位性质</td><td id="v_nature">未填写</td></tr>
      <tr><td class="t">证件类型 / 号码</td><td id="v_cert" colspan="3">未填写</td></tr>
      <tr><td class="t">通信地址</td><td id="v_mail" colspan="3">未填写</td></tr>
    </table>
    <h3 class="sec">主体负责人信息</h3>
    <table class="info" id="main_unitAdmin">
      <tr><td class="t">负责人姓名</td><td id="v_prName">未填写</td><td class="t">手机号码</td><td id="v_mobile">未填写</td></tr>
    </table>
    <div style="text-align:center;margin-top:16px"><input type="button" class="btn" value="上一步" disabled> <input type="button" class="btn main" value="下一步" disabled> <span class="tip">请先编辑并保存主办单位信息</span></div>
  </div></div>
</div>
<div id="TB_overlay" class="TB_overlayBG"></div>
<div id="TB_window" role="dialog" aria-labelledby="TB_ajaxWindowTitle">
  <div id="TB_title"><div id="TB_ajaxWindowTitle">编辑主办单位信息</div><div id="TB_closeAjaxWindow"><a href="#" id="TB_closeWindowButton" title="关闭">×</a></div></div>
  <div id="TB_ajaxContent"><form id="unitForm" class="tbform" onsubmit="return false">
    <h3 class="sec">主办单位信息</h3>
    <table>
      <tr>${t('主办单位名称')}<td>${txt('unitname', 'unitName', ' maxlength="64"')}</td></tr>
      <tr>${t('主办单位性质')}<td><select id="unitProperty" name="unitProperty" data-k="nature">${opt(NATURE_CODES)}</select></td></tr>
      <tr>${t('主办单位所属区域')}<td><select id="mainProvince"></select> <select id="mainCity"></select> <select id="mainCountry"></select></td></tr>
      <tr>${t('主办单位证件类型')}<td><select id="unitcertificatetypeId" name="unitcertificatetypeId" data-k="certType"><option value="">--请先选择单位性质--</option></select></td></tr>
      <tr>${t('主办单位证件号码')}<td>${txt('unitcertificatenum', 'certNumber', ' maxlength="18" data-blur="certno"')}</td></tr>
      <tr>${t('主办单位证件住所')}<td>${txt('unitaddress', 'certAddress', ' maxlength="128" style="width:420px"')}<div class="tip" style="margin:0">与证件上的住所完全一致（含省市区）</div></td></tr>
      <tr>${t('主办单位通信地址')}<td><textarea id="certificateaddress" name="certificateaddress" data-k="mailAddress" maxlength="128"></textarea><br><label><input type="checkbox" id="sameAddr" data-k="mailSame"> 同证件住所</label><span class="err" id="certificateaddress_err"></span></td></tr>
      <tr>${t('投资人或主管单位')}<td>${txt('unitsuperior', 'investor', ' maxlength="64"')}</td></tr>
    </table>
    <h3 class="sec">主体负责人信息</h3>
    <table>
      <tr>${t('负责人姓名')}<td>${txt('unitprincipalname', 'prName', ' maxlength="20"')}</td></tr>
      <tr>${t('负责人证件类型')}<td><select id="unitprincipalcertificatetypeId" data-k="prCertType">${opt(PERSON_CERT_CODES)}</select></td></tr>
      <tr>${t('负责人证件号码')}<td>${txt('unitprincipalcertificatenum', 'prCertNumber', ' maxlength="18" data-blur="prcertno"')}</td></tr>
      <tr>${t('证件是否长期有效')}<td><ul id="isLongTermUl"><li><label><input type="radio" name="isLongTerm" value="1" data-k="prLongTerm" data-t="是"> 是</label></li><li><label><input type="radio" name="isLongTerm" value="0" data-k="prLongTerm" data-t="否"> 否</label></li></ul></td></tr>
      <tr>${t('证件有效期起')}<td>${txt('beginDateFind', 'prValidFrom', ' maxlength="10" placeholder="yyyy-mm-dd" data-blur="date" style="width:120px"')}</td></tr>
      <tr id="endRow">${t('证件有效期止')}<td>${txt('endDateFind', 'prValidTo', ' maxlength="10" placeholder="yyyy-mm-dd" data-blur="date" style="width:120px"')}</td></tr>
      <tr>${t('手机号码')}<td>${txt('unitprincipalmobilephone', 'mobile', ' maxlength="11" data-blur="mobile"')}</td></tr>
      <tr>${t('办公室电话', false)}<td>${txt('unitprincipaltel', 'office', ' maxlength="20" data-blur="phone"')}<span class="tip">区号-号码</span></td></tr>
      <tr>${t('应急联系电话')}<td>${txt('unitprincipalemergencytel', 'emergency', ' maxlength="11" data-blur="emergency"')}</td></tr>
      <tr>${t('电子邮箱')}<td>${txt('unitprincipalemail', 'email', ' maxlength="60" data-blur="email"')}</td></tr>
      <tr>${t('即时通讯类型', false)}<td><select id="instantmessageid" data-k="imType">${opt([['1', 'QQ'], ['2', '微信'], ['3', '钉钉'], ['9', '其他']])}</select></td></tr>
      <tr>${t('即时通讯账号', false)}<td>${txt('instantmessageaccount', 'imAccount', ' maxlength="40"')}</td></tr>
      <tr>${t('备注', false)}<td><textarea id="remark" data-k="remark" maxlength="200"></textarea></td></tr>
    </table>
    <div class="tbbtns"><input type="button" class="btn main" id="btnSave" value="保存" data-click="saveClicks"><input type="button" class="btn" id="btnCancel" value="取消" data-click="cancelClicks"><div class="err" id="btnMsg"></div></div>
  </form></div>
</div>`;
  const script = `
(function () {
  var CERTS = ${JSON.stringify(certsByNatureCode())};
  var r = Replica({ platform: 'aliyun', step: 'subject', variant: '单位', prefix: ${JSON.stringify(PREFIX)} }, {
    unitName: '', nature: '', region: [], certType: '', certNumber: '', certAddress: '', mailSame: false, mailAddress: '', investor: '',
    prName: '', prCertType: '', prCertNumber: '', prLongTerm: '', prValidFrom: '', prValidTo: '', mobile: '', office: '', emergency: '', email: '',
    imType: '', imAccount: '', remark: '', saveClicks: 0, cancelClicks: 0
  });
  var $ = r.$;
  r.regions(['mainProvince', 'mainCity', 'mainCountry'], 'region');
  r.rules.certno = function (v) { return $('unitcertificatetypeId').value === '2' ? r.rules.id(v) : r.rules.uscc(v); };
  r.rules.prcertno = function (v) { return $('unitprincipalcertificatetypeId').value === '2' ? r.rules.id(v) : ''; };
  r.rules.emergency = function (v) { return r.rules.mobile(v) || (v === $('unitprincipalmobilephone').value.trim() ? '应急联系电话不能与手机号码相同' : ''); };
  $('unitProperty').addEventListener('change', function () {
    var list = CERTS[this.value] || [];
    $('unitcertificatetypeId').innerHTML = this.value ? '<option value="">--请选择--</option>' + list.map(function (c) { return '<option value="' + c[0] + '">' + c[1] + '</option>'; }).join('') : '<option value="">--请先选择单位性质--</option>';
    if (r.S.certType) r.set('certType', '');
  });
  function copyAddr() {
    var on = $('sameAddr').checked, ta = $('certificateaddress');
    ta.readOnly = on;
    if (on) { ta.value = $('unitaddress').value.trim(); r.set('mailAddress', ta.value); }
  }
  $('sameAddr').addEventListener('change', copyAddr);
  $('unitaddress').addEventListener('input', function () { if ($('sameAddr').checked) copyAddr(); });
  $('certificateaddress').addEventListener('blur', function () { var v = this.value.trim(); r.err('certificateaddress', v && !/\\d+\\s*号/.test(v) ? '通信地址须详细到门牌号' : ''); });
  Array.prototype.forEach.call(document.getElementsByName('isLongTerm'), function (el) {
    el.addEventListener('change', function () {
      var long = el.value === '1' && el.checked;
      $('endRow').style.display = long ? 'none' : '';
      if (long) { $('endDateFind').value = ''; if (r.S.prValidTo) r.set('prValidTo', ''); }
    });
  });
  function show(on) { $('TB_overlay').style.display = on ? '' : 'none'; $('TB_window').style.display = on ? '' : 'none'; }
  $('TB_closeWindowButton').addEventListener('click', function (e) { e.preventDefault(); show(false); });
  $('btnCancel').addEventListener('click', function () { show(false); });
  $('editUnit').addEventListener('click', function (e) { e.preventDefault(); show(true); });
  $('btnSave').addEventListener('click', function () {
    var S = r.S, need = ['unitName', 'nature', 'certType', 'certNumber', 'certAddress', 'mailAddress', 'investor', 'prName', 'prCertType', 'prCertNumber', 'prLongTerm', 'prValidFrom', 'mobile', 'emergency', 'email'];
    var miss = need.filter(function (k) { return !S[k]; }).length + (S.region.length < 3 ? 1 : 0);
    $('v_unitName').textContent = S.unitName || '未填写'; $('v_nature').textContent = S.nature || '未填写';
    $('v_cert').textContent = S.certType ? S.certType + ' / ' + S.certNumber : '未填写'; $('v_mail').textContent = S.mailAddress || '未填写';
    $('v_prName').textContent = S.prName || '未填写'; $('v_mobile').textContent = S.mobile || '未填写';
    $('btnMsg').textContent = miss ? '还有 ' + miss + ' 项必填信息未填写' : '';
    if (!miss) show(false);
  });
})();`;
  return page('填写主办者信息 - ICP代备案管理系统 - 阿里云', LEGACY_CSS, body, script);
}

/* ------------------------------------------------------------------ Alibaba legacy: 上传资料 (个人), picture lists */

const UPLOAD_CSS = `${LEGACY_CSS}
#traditionUploadDiv .grp { border: 1px solid #eee; margin-bottom: 12px; padding: 4px 14px 10px; }
#traditionUploadDiv h3 { font-size: 14px; margin: 6px 0; }
.upitem { display: flex; gap: 16px; align-items: flex-start; padding: 8px 0; border-top: 1px dashed #eee; }
.upitem h4 { margin: 0; width: 150px; font-size: 13px; font-weight: normal; } .upitem h4 em { color: #e00; font-style: normal; }
.upitem .req { color: #999; width: 260px; }
.upitem ul { list-style: none; margin: 0; padding: 0; min-width: 220px; }
.upitem li { display: flex; gap: 8px; align-items: center; } .upitem li i { width: 40px; height: 28px; background: #dde7f0; display: inline-block; }
.fileDel_button { border: 0; background: none; color: #1a6ad6; cursor: pointer; }
.notice { background: #fff7e6; border: 1px solid #ffd591; padding: 6px 12px; margin-bottom: 12px; }
`;

export function aliyunUploadHtml(): string {
  const item = (id: string, k: string, title: string, req: string, must = true) => `
    <div class="upitem" id="item_${id}">
      <h4>${must ? '<em>*</em>' : ''}${title}</h4>
      <div class="req">${req}</div>
      <div><ul id="${id}ul" class="piclist" data-key="${k}"><li class="empty tip">未上传</li></ul>
        <input type="file" id="${id}" name="${id}" accept="image/jpeg,image/png" style="display:none" data-up="${k}">
        <input type="button" class="btn upbtn" value="上传" data-for="${id}"> <span class="err" id="${id}_err"></span></div>
    </div>`;
  const body = `
<div class="hd"><b>阿里云</b><span>ICP代备案管理系统</span><span class="who">当前用户：张伟 | 退出</span></div>
<div class="wrap">
  <div class="stepsBar"><span>1. 验证备案类型</span><span>2. 填写主办者信息</span><span>3. 填写网站信息</span><span class="cur">4. 上传资料</span><span>5. 提交初审</span></div>
  <div class="notice">请上传证件原件的彩色扫描件或照片，格式 jpg / png，单张不超过 4MB；不接受复印件、截图。</div>
  <div id="traditionUploadDiv">
    <div class="grp"><h3>主办者证件</h3>
      ${item('unitpic0', 'hostIdFront', '身份证人像面', '主办者居民身份证有照片的一面')}
      ${item('unitpic1', 'hostIdBack', '身份证国徽面', '主办者居民身份证有国徽的一面，有效期清晰可见')}
    </div>
    <div class="grp"><h3>网站负责人证件</h3>
      ${item('websideidentitycardpic0', 'wpIdFront', '身份证人像面', '网站负责人居民身份证有照片的一面')}
      ${item('websideidentitycardpic1', 'wpIdBack', '身份证国徽面', '网站负责人居民身份证有国徽的一面')}
    </div>
    <div class="grp"><h3>其他</h3>
      ${item('verificationpic0', 'verification', '网站备案信息真实性核验单', '旧版流程使用，按管局要求上传（选传）', false)}
      ${item('mainOtherPic', 'other', '其他资料', '如居住证、域名证书等补充材料（选传）', false)}
    </div>
  </div>
  <p><label><input type="checkbox" id="promise" data-k="promise"> 本人承诺所上传资料真实、有效</label></p>
  <div style="text-align:center"><input type="button" class="btn" id="btnPrev" value="上一步" data-click="prevClicks"> <input type="button" class="btn main" id="btnSubmit" value="提交" data-click="submitClicks"><div class="err" id="btnMsg"></div></div>
</div>`;
  const script = `
(function () {
  var r = Replica({ platform: 'aliyun', step: 'upload', variant: '个人', prefix: ${JSON.stringify(PREFIX)} }, {
    hostIdFront: [], hostIdBack: [], wpIdFront: [], wpIdBack: [], verification: [], other: [], promise: false, prevClicks: 0, submitClicks: 0
  });
  var $ = r.$;
  function draw(ul, k) {
    var names = r.S[k];
    ul.innerHTML = names.length ? names.map(function (n, i) { return '<li><i></i><span class="fname">' + n + '</span><button type="button" class="fileDel_button" data-i="' + i + '">删除</button></li>'; }).join('') : '<li class="empty tip">未上传</li>';
  }
  r.all('.upbtn').forEach(function (b) { b.addEventListener('click', function () { $(b.getAttribute('data-for')).click(); }); });
  r.all('input[data-up]').forEach(function (inp) {
    var k = inp.getAttribute('data-up'), ul = $(inp.id + 'ul');
    inp.addEventListener('change', function () {
      var f = inp.files && inp.files[0];
      if (!f) return;
      if (!/\\.(jpe?g|png)$/i.test(f.name)) r.err(inp.id, '仅支持 jpg / png 格式');
      else if (f.size > 4 * 1024 * 1024) r.err(inp.id, '图片不能超过 4MB');
      else { r.err(inp.id, ''); r.set(k, [f.name]); draw(ul, k); }
      inp.value = '';
    });
    ul.addEventListener('click', function (e) {
      if (!e.target.classList.contains('fileDel_button')) return;
      var i = Number(e.target.getAttribute('data-i'));
      r.set(k, r.S[k].filter(function (_, j) { return j !== i; })); draw(ul, k);
    });
  });
  $('btnSubmit').addEventListener('click', function () {
    var miss = [['hostIdFront', '主办者身份证人像面'], ['hostIdBack', '主办者身份证国徽面'], ['wpIdFront', '网站负责人身份证人像面'], ['wpIdBack', '网站负责人身份证国徽面']]
      .filter(function (x) { return !r.S[x[0]].length; }).map(function (x) { return x[1]; });
    $('btnMsg').textContent = miss.length ? '请上传：' + miss.join('、') : !r.S.promise ? '请勾选承诺' : '已提交';
  });
})();`;
  return page('上传资料 - ICP代备案管理系统 - 阿里云', UPLOAD_CSS, body, script);
}

/* ------------------------------------------------------------------ old 公安 portal: 网站基本信息 (个人), pager */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 76px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 4px solid #c9151e; }
.banner .badge { width: 50px; height: 50px; border-radius: 50%; background: radial-gradient(#ffe27a, #c2911c); box-shadow: 0 0 0 3px #fff6cf inset; }
.banner b { font: bold 23px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; } .banner small { display: block; opacity: .75; }
.banner .who { margin-left: auto; }
.menu { background: #2f69ad; height: 30px; display: flex; justify-content: center; } .menu a { color: #fff; padding: 0 18px; line-height: 30px; text-decoration: none; } .menu a.cur { background: #c9151e; }
.box { width: 980px; margin: 12px auto 30px; background: #fff; border: 1px solid #c9d3de; padding: 10px 18px 18px; }
h2 { font: bold 15px "SimHei", "Microsoft YaHei", sans-serif; color: #0d4592; margin: 4px 0 8px; }
.pgstrip { display: flex; gap: 4px; margin: 0 0 8px; } .pgstrip a { border: 1px solid #9fb0c2; padding: 0 12px; color: #0d4592; cursor: pointer; text-decoration: none; } .pgstrip a.cur { background: #2f69ad; color: #fff; }
table.tab { width: 100%; border-collapse: collapse; } table.tab td, table.tab th { border: 1px solid #c9d3de; padding: 4px 8px; }
table.tab td.n { width: 160px; background: #f2f6fa; text-align: right; } table.tab td.n em { color: #e00; font-style: normal; margin-right: 2px; }
table.tab th { background: #dbe6f4; }
input[type=text], select, textarea { border: 1px solid #9fb0c2; height: 22px; font: inherit; padding: 0 4px; box-sizing: border-box; }
input[type=text] { width: 260px; } textarea { width: 300px; height: 44px; }
.err { color: #e00; margin-left: 6px; } .tip { color: #888; margin-left: 6px; }
.pgnav { text-align: right; padding: 6px 0 0; } .pgnav a { color: #0d4592; margin-left: 14px; cursor: pointer; }
.vrow { margin: 12px 0 0; } .vrow input { width: 70px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; }
.btns { text-align: center; padding: 12px 0 0; } .btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
`;

export function oldSiteHtml(): string {
  const n = (name: string, req = true) => `<td class="n">${req ? '<em>*</em>' : ''}${name}：</td>`;
  const txt = (id: string, k: string, extra = '') => `<input type="text" id="${id}" name="${id}" data-k="${k}"${extra}><span class="err" id="${id}_err"></span>`;
  const radios = (name: string, k: string) => `<label><input type="radio" name="${name}" value="1" data-k="${k}" data-t="是"> 是</label> &nbsp; <label><input type="radio" name="${name}" value="0" data-k="${k}" data-t="否"> 否</label>`;
  const boxes = (name: string, g: string, list: [string, string][]) => list.map(([c, l]) => `<label style="margin-right:10px;white-space:nowrap"><input type="checkbox" name="${name}" value="${c}" data-g="${g}" data-t="${l}"> ${l}</label>`).join(' ');
  const years = Array.from({ length: 31 }, (_, i) => String(2000 + i)).map((y) => [y, y] as [string, string]);
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')).map((m) => [m, m] as [string, string]);
  const region = (p: string) => `<select id="${p}Sheng"></select><br><select id="${p}Shi"></select><br><select id="${p}Xian"></select>`;
  const body = `
<div class="banner"><div class="badge"></div><div><b>全国互联网安全管理服务平台</b><small>公安机关互联网站安全管理服务平台</small></div><div class="who">当前用户：张伟（个人用户） | 退出</div></div>
<div class="menu"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="box">
  <h2>新办网站申请 — 网站基本信息</h2>
  <div class="pgstrip" id="pgstrip"><a data-p="1" class="cur">1 网站信息</a><a data-p="2">2 服务信息</a><a data-p="3">3 接入信息</a><span class="tip" id="pgno">第 1/3 页</span></div>
  <form id="f" onsubmit="return false">
  <div class="pg" id="pg1">
    <table class="tab">
      <tr>${n('网站名称')}<td>${txt('wzmc', 'siteName', ' maxlength="50"')}<span class="tip">须与工信部备案的网站名称一致</span></td></tr>
      <tr>${n('工信部备案号')}<td>${txt('icpbah', 'icpNumber', ' maxlength="30" data-blur="icp"')}<span class="tip">如 浙ICP备12345678号-1</span></td></tr>
      <tr>${n('网站开通日期')}<td><select id="ktY">${opt(years, '年')}</select> 年 <select id="ktM">${opt(months, '月')}</select> 月 <select id="ktD"><option value="">日</option></select> 日</td></tr>
      <tr>${n('主域名')}<td>${txt('zym', 'mainDomain', ' maxlength="80" data-blur="domain"')}</td></tr>
      <tr>${n('从域名', false)}<td><textarea id="cym" name="cym"></textarea><span class="tip">每行一个</span><span class="err" id="cym_err"></span></td></tr>
      <tr>${n('网站IP')}<td>${txt('wzip', 'ipText', ' maxlength="200" data-blur="ips"')}<span class="tip">多个IP以英文分号 ; 分隔</span></td></tr>
    </table>
  </div>
  <div class="pg" id="pg2" style="display:none">
    <table class="tab">
      <tr>${n('是否提供互联网交互服务')}<td>${radios('sfjh', 'interactive')}</td></tr>
      <tr>${n('互联网危险物品信息发布')}<td>${radios('wxwp', 'dangerous')}<div id="wxwpItems" style="display:none">${boxes('wxwpxm', 'dangerousItems', MPS_DANGEROUS_CODES)}</div></td></tr>
      <tr>${n('相关前置许可', false)}<td>${boxes('qzxk', 'preLicences', MPS_PRE_LICENCE_CODES)}<span class="tip">不涉及请勿勾选</span></td></tr>
      <tr>${n('网站语种')}<td>${boxes('wzyz', 'languages', MPS_LANGUAGE_CODES)}</td></tr>
    </table>
  </div>
  <div class="pg" id="pg3" style="display:none">
    <table class="tab" id="provMatrix">
      <tr><th style="width:160px">项目</th><th>网络接入服务商</th><th>域名注册服务商</th></tr>
      <tr>${n('所属地区管辖')}<td><select id="jrgx" data-k="apJurisdiction">${opt([['1', '境内'], ['2', '境外']])}</select></td><td><select id="zcgx" data-k="rgJurisdiction">${opt([['1', '境内'], ['2', '境外']])}</select></td></tr>
      <tr>${n('所属区域')}<td>${region('jr')}</td><td>${region('zc')}</td></tr>
      <tr>${n('名称')}<td>${txt('jrmc', 'apName', ' maxlength="60"')}</td><td>${txt('zcmc', 'rgName', ' maxlength="60"')}</td></tr>
      <tr>${n('网站接入方式')}<td><select id="jrfs" data-k="apMethod">${opt(MPS_ACCESS_METHODS.map((m, i) => [String(i + 1).padStart(2, '0'), m]))}</select></td><td class="tip">—</td></tr>
      <tr>${n('联系电话')}<td>${txt('jrdh', 'apPhone', ' maxlength="20" data-blur="phone" style="width:160px"')}</td><td>${txt('zcdh', 'rgPhone', ' maxlength="20" data-blur="phone" style="width:160px"')}</td></tr>
      <tr>${n('接入商编码')}<td>${txt('jrbm', 'apCode', ' maxlength="10" data-blur="orgcode" style="width:160px"')}<span class="tip">组织机构代码</span></td><td class="tip">—</td></tr>
    </table>
  </div>
  <div class="pgnav"><a id="pgPrev">&lt; 上一页</a><a id="pgNext">下一页 &gt;</a></div>
  <div class="vrow">验证码：<input type="text" id="yzm" name="yzm" maxlength="4" data-k="captcha"> <span class="vcode" aria-hidden="true">k4Tz</span> <a href="#" onclick="return false">看不清，换一张</a></div>
  <div class="btns"><input type="button" id="btnSave" value="保存" data-click="saveClicks"><input type="button" id="btnNext" class="main-btn" value="下一步" data-click="nextClicks"><div class="err" id="btnMsg"></div></div>
  </form>
</div>`;
  const script = `
(function () {
  var lines = function (t) { return String(t || '').split(/[\\r\\n;；,，]+/).map(function (x) { return x.trim(); }).filter(Boolean); };
  var r = Replica({ platform: 'beian-old', step: 'site', variant: '个人', prefix: ${JSON.stringify(PREFIX)} }, {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subText: '', ipText: '', interactive: '', dangerous: '', dangerousItems: [], preLicences: [], languages: [],
    apJurisdiction: '', apRegion: [], apName: '', apMethod: '', apPhone: '', apCode: '', rgJurisdiction: '', rgRegion: [], rgName: '', rgPhone: '',
    captcha: '', saveClicks: 0, nextClicks: 0
  }, function (S) {
    var o = {}; Object.keys(S).forEach(function (k) { if (k !== 'subText' && k !== 'ipText') o[k] = S[k]; });
    o.subDomains = lines(S.subText); o.ips = lines(S.ipText); return o;
  });
  var $ = r.$;
  r.rules.icp = function (v) { return /^[\\u4e00-\\u9fff]ICP备\\d{6,}号(-\\d+)?$/.test(v) ? '' : '工信部备案号格式不正确'; };
  r.rules.orgcode = function (v) { return /^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码'; };
  r.rules.ips = function (v) {
    var bad = lines(v).filter(function (x) { return !/^((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)$/.test(x) && !/^[0-9a-f:]+$/i.test(x); });
    return bad.length ? bad[0] + ' 不是有效的IP地址' : '';
  };
  $('cym').addEventListener('input', function () { r.set('subText', this.value); });
  $('cym').addEventListener('blur', function () { var bad = lines(this.value).filter(function (d) { return r.rules.domain(d); }); r.err('cym', bad.length ? bad[0] + '：' + r.rules.domain(bad[0]) : ''); });
  /* 开通日期: three selects; the day list follows the month */
  function days() {
    var y = Number($('ktY').value) || 2000, m = Number($('ktM').value) || 1, n = new Date(y, m, 0).getDate(), cur = $('ktD').value, h = '<option value="">日</option>';
    for (var d = 1; d <= n; d++) { var v = (d < 10 ? '0' : '') + d; h += '<option value="' + v + '"' + (v === cur ? ' selected' : '') + '>' + v + '</option>'; }
    $('ktD').innerHTML = h;
  }
  function opened() { var y = $('ktY').value, m = $('ktM').value, d = $('ktD').value; r.set('openedAt', y && m && d ? y + '-' + m + '-' + d : ''); }
  $('ktY').addEventListener('change', function () { days(); opened(); });
  $('ktM').addEventListener('change', function () { days(); opened(); });
  $('ktD').addEventListener('change', opened);
  days();
  /* 危险物品: 是 shows the items */
  Array.prototype.forEach.call(document.getElementsByName('wxwp'), function (el) {
    el.addEventListener('change', function () {
      var on = el.checked && el.value === '1';
      $('wxwpItems').style.display = on ? '' : 'none';
      if (!on) { r.all('[data-g=dangerousItems]').forEach(function (x) { x.checked = false; }); if (r.S.dangerousItems.length) r.set('dangerousItems', []); }
    });
  });
  r.regions(['jrSheng', 'jrShi', 'jrXian'], 'apRegion');
  r.regions(['zcSheng', 'zcShi', 'zcXian'], 'rgRegion');
  /* the pager */
  var cur = 1;
  function go(p) {
    cur = Math.max(1, Math.min(3, p));
    [1, 2, 3].forEach(function (i) { $('pg' + i).style.display = i === cur ? '' : 'none'; });
    r.all('#pgstrip a').forEach(function (a) { a.className = Number(a.getAttribute('data-p')) === cur ? 'cur' : ''; });
    $('pgno').textContent = '第 ' + cur + '/3 页';
  }
  r.all('#pgstrip a').forEach(function (a) { a.addEventListener('click', function () { go(Number(a.getAttribute('data-p'))); }); });
  $('pgPrev').addEventListener('click', function () { go(cur - 1); });
  $('pgNext').addEventListener('click', function () { go(cur + 1); });
  $('btnSave').addEventListener('click', function () { $('btnMsg').textContent = '已保存草稿'; });
  $('btnNext').addEventListener('click', function () { $('btnMsg').textContent = !r.S.captcha ? '请输入验证码' : '请检查必填项'; });
})();`;
  return page('新办网站申请 - 全国互联网安全管理服务平台', OLD_CSS, body, script);
}
