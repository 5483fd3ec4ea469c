/**
 * Gen-18 pages without a component-library app: the old 公安 portal's 网站负责人 step for a person (server-rendered HTML
 * over http: the two roles STACKED, each a box under a coloured title bar, every field in ONE COLUMN with its name ABOVE
 * it as a real <label for>; HTML <input type=date> validity dates + a 长期 checkbox; a 复制开办主体负责人信息 BUTTON per role
 * copying the registered principal printed into the page; the security officer's photo file inputs) and the HTML shells
 * of the library builds.
 */
import type { ZooPage } from '../zoo/contract';
import { HELD_PRINCIPAL, MPS_PERSON_CERT_CODES, PREFIX } from './common';

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .tc-top, .hw-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #232f3e; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .tc-top { background: #1a2233; height: 50px; } .hw-top { background: #191919; }
.al-top b, .mps-top b, .tc-top b, .hw-top b { font-size: 16px; } .al-top span, .mps-top span, .tc-top span, .hw-top span { opacity: .9; font-size: 13px; }
.hw-top .logo { width: 22px; height: 22px; border-radius: 50%; background: #c7000b; }
.al-side, .tc-side, .hw-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; z-index: 1; }
.tc-side { top: 50px; width: 200px; background: #222c3c; border-right: 0; } .hw-side { width: 200px; }
.al-side a, .tc-side a, .hw-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; cursor: pointer; }
.tc-side a { color: #c6ccd6; } .tc-side a.on { color: #fff; background: #006eff; }
.al-side a.on { color: #ff6a00; background: #fff5ee; } .hw-side a.on { color: #c7000b; background: #fdf0f0; }
.tc-side .grp, .hw-side .grp { padding: 12px 20px 4px; color: #999; font-size: 12px; }
.al-main { margin-left: 176px; } .tc-main, .hw-main { margin-left: 200px; }
.al-body, .mps-body, .tc-body, .hw-body { max-width: 1180px; margin: 0 auto; padding: 16px 24px 60px; }
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
/* aliyun basic (tdesign): two-column grid, domain rows, picked instance */
.grid2 .t-form__item { margin-bottom: 18px; }
.domain-row { margin-bottom: 6px; }
.picked { display: flex; gap: 8px; align-items: center; }
/* aliyun site (opentiny): vertical tabs */
.vtabs-card { background: #fff; padding: 12px 16px; border-radius: 4px; }
.vtabs-card .tiny-tabs__content { padding-left: 24px; }
.chips { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 6px; min-height: 24px; }
.derived { color: #333; background: #f5f5f5; padding: 0 10px; line-height: 30px; border-radius: 3px; min-width: 220px; display: inline-block; }
/* aliyun upload (arco): descriptions */
.mat-desc .arco-descriptions-item-label { width: 220px; vertical-align: middle; }
.mat-cell { display: flex; gap: 20px; align-items: center; }
/* mps subject (tdesign): quad */
.quad { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.quad .t-card__title { font-weight: 600; }
.photos { display: flex; gap: 18px; align-items: flex-start; } .photo-cap { text-align: center; font-size: 12px; color: #666; margin-top: 4px; }
/* mps apply (element plus): timeline */
.tl-card { background: #fff; padding: 14px 20px 4px; border-radius: 4px; }
.tl-card h4 { margin: 10px 0 12px; padding-left: 8px; border-left: 3px solid #0b3d7e; font-size: 14px; }
.tl-photos { display: flex; gap: 16px; } .tl-photo { text-align: center; font-size: 12px; color: #666; }
.tl-photo .el-upload-list--picture-card .el-upload-list__item, .tl-photo .el-upload--picture-card { width: 96px; height: 96px; margin: 0; }
.tl-photo.has-file .el-upload--picture-card { display: none; } .tl-photo .el-upload-list__item { background: #eef4ff; }
/* tencent site (element plus): list + dialog */
.tc-list { background: #fff; padding: 16px 20px; }
/* huawei subject (fusion): numbered blocks */
.nblock { background: #fff; border-radius: 4px; padding: 4px 24px 12px; margin-bottom: 16px; }
.nblock h3 { display: flex; align-items: center; gap: 10px; font-size: 15px; margin: 14px 0 16px; }
.nblock h3 .no { width: 24px; height: 24px; border-radius: 50%; background: #c7000b; color: #fff; display: inline-flex; align-items: center; justify-content: center; font-size: 13px; }
.facts-ro { display: flex; gap: 28px; background: #fafafa; border: 1px dashed #ddd; padding: 8px 14px; font-size: 13px; margin: 0 0 14px; }
.facts-ro span { color: #888; margin-right: 6px; }
.office-pair { display: flex; gap: 6px; align-items: center; }
`;

const LIB_ASSETS: Record<string, string> = { tdesign: 'tdesign', opentiny: 'opentiny', arco: 'arco', 'element-plus': 'vue', 'fusion-next': 'fusion' };

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

/* ------------------------------------------------------------------ the old portal's 网站负责人 (个人), stacked */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #eef2f6; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 76px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 4px solid #c9151e; }
.banner .badge { width: 50px; height: 50px; border-radius: 50%; background: radial-gradient(#ffe27a, #c2911c); box-shadow: 0 0 0 3px #fff6cf inset; }
.banner b { font: bold 23px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; } .banner small { display: block; opacity: .75; }
.menu { background: #fff; border-bottom: 1px solid #c9d3de; height: 30px; padding: 0 36px; display: flex; } .menu a { color: #0d4592; padding: 0 14px; line-height: 30px; text-decoration: none; } .menu a.cur { color: #c9151e; font-weight: bold; }
.menu .who { margin-left: auto; color: #555; line-height: 30px; }
.wrap { width: 860px; margin: 12px auto 40px; background: #fff; border: 1px solid #c9d3de; padding: 10px 20px 16px; }
.steps { display: flex; margin: 0 0 10px; padding: 0; list-style: none; } .steps li { flex: 1; text-align: center; background: #e4eaf1; color: #777; margin-right: 2px; padding: 3px 0; }
.steps li.cur { background: #0d4592; color: #fff; } .steps li.done { background: #9db6d6; color: #fff; }
.held { background: #fffbe6; border: 1px solid #f0dc8c; padding: 4px 10px; margin-bottom: 10px; }
.role { border: 1px solid #b7c6d8; margin: 0 0 12px; }
.role .bar { background: linear-gradient(#4f86c6, #2f69ad); color: #fff; font-weight: bold; font-size: 13px; padding: 3px 10px; display: flex; align-items: center; }
.role .bar input { margin-left: auto; font: inherit; font-weight: normal; padding: 0 8px; border: 1px solid #dfe8f3; background: #f4f8fc; color: #0d4592; cursor: pointer; }
.role .body { padding: 6px 16px 10px; }
.f { margin: 0 0 8px; }
.f > label { display: block; color: #0d4592; font-weight: bold; } .f > label i { color: #e00; font-style: normal; margin-right: 2px; }
.f input[type=text], .f input[type=date], .f select { border: 1px solid #9fb0c2; height: 24px; font: inherit; padding: 0 4px; box-sizing: border-box; width: 320px; }
.f input[type=date] { width: 150px; }
.dates { display: flex; gap: 6px; align-items: center; } .dates label { color: #333; font-weight: normal; }
.files { display: flex; gap: 12px; flex-wrap: wrap; } .files input[type=file] { width: 210px; } .files div { border: 1px dashed #9fb0c2; padding: 4px 8px; } .files label { display: block; color: #333; }
.err { color: #e00; display: block; line-height: 16px; }
.vrow { margin: 6px 0 0; } .vrow input { width: 70px; border: 1px solid #9fb0c2; height: 22px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; vertical-align: middle; }
.btns { text-align: center; padding: 12px 0 0; }
.btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
#btnMsg { color: #e00; margin-top: 6px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secValidTo: '', secLongTerm: false, secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [],
    emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTo: '', emgLongTerm: false, emgMobile: '',
    captcha: '', prevClicks: 0, saveClicks: 0, nextClicks: 0
  };
  var R = { platform: 'beian-old', step: 'principal', variant: '个人', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var $ = function (id) { return document.getElementById(id); };
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  function validId(s) {
    if (!/^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(s)) return false;
    var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], sum = 0;
    for (var i = 0; i < 17; i++) sum += w[i] * Number(s[i]);
    return '10X98765432'[sum % 11] === s[17].toUpperCase();
  }
  function textOf(sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; }
  var ROLES = { aq: 'sec', yj: 'emg' };
  Object.keys(ROLES).forEach(function (p) {
    var r = ROLES[p];
    var TEXT = { xm: 'Name', zjhm: 'CertNumber', sj: 'Mobile', yx: 'Email' };
    Object.keys(TEXT).forEach(function (f) {
      var el = $(p + '_' + f); if (!el) return;
      el.addEventListener('input', function () { set(r + TEXT[f], el.value.trim()); err(el.id, ''); });
      el.addEventListener('blur', function () {
        var v = el.value.trim(); if (!v) return;
        if (f === 'zjhm') err(el.id, $(p + '_zjlx').value === '01' && !validId(v) ? '身份证号码校验错误' : '');
        if (f === 'sj') err(el.id, /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确');
        if (f === 'yx') err(el.id, /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮件地址格式不正确');
      });
    });
    $(p + '_zjlx').addEventListener('change', function (e) { set(r + 'CertType', textOf(e.target)); });
    ['q', 'z'].forEach(function (x) {
      var el = $(p + '_yxq_' + x);
      var key = r + (x === 'q' ? 'ValidFrom' : 'ValidTo');
      var upd = function () { if (S[key] !== el.value) set(key, el.value); };
      el.addEventListener('input', upd); el.addEventListener('change', upd);
    });
    $(p + '_cq').addEventListener('change', function (e) {
      var on = e.target.checked, to = $(p + '_yxq_z');
      to.disabled = on; if (on) to.value = '';
      set(r + 'LongTerm', on); if (on) set(r + 'ValidTo', '');
    });
    $(p + '_copy').addEventListener('click', function () {
      var h = window.PRINCIPAL;
      $(p + '_xm').value = h.name; set(r + 'Name', h.name);
      var sel = $(p + '_zjlx'); sel.value = h.certCode; set(r + 'CertType', textOf(sel));
      $(p + '_zjhm').value = h.certNumber; set(r + 'CertNumber', h.certNumber);
      $(p + '_yxq_q').value = h.validFrom; set(r + 'ValidFrom', h.validFrom);
      $(p + '_cq').checked = h.longTerm; set(r + 'LongTerm', h.longTerm);
      $(p + '_yxq_z').disabled = h.longTerm; $(p + '_yxq_z').value = h.longTerm ? '' : h.validTo; set(r + 'ValidTo', h.longTerm ? '' : h.validTo);
      $(p + '_sj').value = h.mobile; set(r + 'Mobile', h.mobile);
      if ($(p + '_yx')) { $(p + '_yx').value = h.email; set(r + 'Email', h.email); }
    });
  });
  var FILES = { aq_zm: 'secIdFront', aq_fm: 'secIdBack', aq_sc: 'secIdHand' };
  Object.keys(FILES).forEach(function (id) {
    $(id).addEventListener('change', function (e) {
      set(FILES[id], Array.prototype.map.call(e.target.files || [], function (f) { return f.name; }));
    });
  });
  $('yzm').addEventListener('input', function (e) { set('captcha', e.target.value.trim()); });
  $('btnPrev').addEventListener('click', function () { set('prevClicks', S.prevClicks + 1); });
  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); $('btnMsg').textContent = '已保存'; });
  $('btnNext').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); $('btnMsg').textContent = S.captcha ? '验证码错误' : '请输入验证码'; });
})();
`;

const ZW = HELD_PRINCIPAL.个人;
const txt = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}>`;
const errOf = (id: string) => `<span class="err" id="${id}_err"></span>`;
const lbl = (id: string, t: string, req = true) => `<label for="${id}">${req ? '<i>*</i>' : ''}${t}</label>`;
const field = (id: string, t: string, control: string, req = true) => `<div class="f">${lbl(id, t, req)}${control}</div>`;
const certSel = (id: string) => `<select id="${id}" name="${id}"><option value="">--请选择--</option>${MPS_PERSON_CERT_CODES.map(([v, l]) => `<option value="${v}">${l}</option>`).join('')}</select>`;
const dates = (p: string) => `<div class="f">${lbl(`${p}_yxq_q`, '证件有效期')}<div class="dates"><span>起</span><input type="date" id="${p}_yxq_q" min="1950-01-01" max="2099-12-31"><label for="${p}_yxq_z">止</label><input type="date" id="${p}_yxq_z" min="1950-01-01" max="2099-12-31"><label><input type="checkbox" id="${p}_cq"> 长期</label></div></div>`;
const fileBox = (id: string, t: string) => `<div><label for="${id}">${t}</label><input type="file" id="${id}" name="${id}" accept="image/jpeg,image/png"></div>`;

export function oldPrincipalHtml(): string {
  const held = { name: ZW.name, certCode: '01', certNumber: ZW.certNumber, validFrom: ZW.validFrom, validTo: ZW.validTo, longTerm: ZW.longTerm, mobile: ZW.mobile, email: ZW.email };
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>网站负责人 - 新办网站申请 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
<script>window.PRINCIPAL = ${JSON.stringify(held)};</script>
</head>
<body>
<div class="banner"><span class="badge"></span><div><b>全国互联网安全管理服务平台</b><small>www.beian.gov.cn · 公安机关互联网站安全管理服务</small></div></div>
<div class="menu"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a><span class="who">当前用户：张伟</span></div>
<div class="wrap">
  <ol class="steps"><li class="done">1 开办主体</li><li class="done">2 网站基本信息</li><li class="cur">3 网站负责人</li><li>4 提示说明</li></ol>
  <div class="held">开办主体负责人：张伟（居民身份证 330106********1236）。负责人与开办主体负责人为同一人时，可点击“复制开办主体负责人信息”，证件照片仍须重新上传。</div>
  <form id="f" onsubmit="return false">
  <div class="role" id="role-aq">
    <div class="bar">网站安全负责人<input type="button" id="aq_copy" value="复制开办主体负责人信息"></div>
    <div class="body">
      ${field('aq_xm', '姓名', txt('aq_xm', ' maxlength="30"'))}
      ${field('aq_zjlx', '证件类型', certSel('aq_zjlx'))}
      ${field('aq_zjhm', '证件号码', txt('aq_zjhm', ' maxlength="18"') + errOf('aq_zjhm'))}
      ${dates('aq')}
      ${field('aq_sj', '手机号码', txt('aq_sj', ' maxlength="11"') + errOf('aq_sj'))}
      ${field('aq_yx', '电子邮件地址', txt('aq_yx') + errOf('aq_yx'))}
      <div class="f"><label><i>*</i>证件照片</label><div class="files">${fileBox('aq_zm', '证件正面')}${fileBox('aq_fm', '证件反面')}${fileBox('aq_sc', '手持证件照')}</div><span class="help">jpg / png，每张不超过 400KB</span></div>
    </div>
  </div>
  <div class="role" id="role-yj">
    <div class="bar">网站应急联络人<input type="button" id="yj_copy" value="复制开办主体负责人信息"></div>
    <div class="body">
      ${field('yj_xm', '联络人姓名', txt('yj_xm', ' maxlength="30"'))}
      ${field('yj_zjlx', '证件类型', certSel('yj_zjlx'))}
      ${field('yj_zjhm', '证件号码', txt('yj_zjhm', ' maxlength="18"') + errOf('yj_zjhm'))}
      ${dates('yj')}
      ${field('yj_sj', '手机号码', txt('yj_sj', ' maxlength="11"') + errOf('yj_sj'))}
    </div>
  </div>
  <div class="vrow"><label for="yzm">验证码：</label>${txt('yzm', ' maxlength="4"')} <span class="vcode" aria-hidden="true">r7Km</span> <a href="#" onclick="return false">看不清，换一张</a></div>
  <div class="btns"><input type="button" id="btnPrev" value="上一步"><input type="button" id="btnSave" value="保存"><input type="button" id="btnNext" class="main-btn" value="下一步"><div id="btnMsg"></div></div>
  </form>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
