/**
 * Gen-20 pages without a component-library app: the old 公安 portal's 网站负责人 step for a unit (server-rendered HTML over
 * http) as the portal's FRAME page (banner, a left tree menu) whose content is a same-origin IFRAME holding the form:
 * two <fieldset>s (网站安全负责人 / 网站应急联络人) whose rows name their fields in <span> text (no <label>), coded <select>s,
 * 有期限 / 长期 radios, My97-style READ-ONLY date boxes answered by the portal's calendar popup (year / month selects + a
 * day grid), <input type=file> slots, a 同开办主体负责人信息 tick copying the principal printed into the frame; the frame
 * installs window.__replica on the top page. And the HTML shells of the library builds.
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
.facts-ro { display: flex; gap: 28px; background: #fafafa; border: 1px dashed #ddd; padding: 8px 14px; font-size: 13px; margin: 0 0 14px; flex-wrap: wrap; }
.facts-ro span { color: #888; margin-right: 6px; }
/* aliyun basic (opentiny): collapse */
.basic-collapse { background: #fff; padding: 4px 20px 8px; border-radius: 4px; margin-top: 16px; }
.basic-collapse .tiny-collapse-item__content { padding-bottom: 8px; }
.region-panel { display: inline-block; }
.region-panel .tiny-cascader-menu { height: 220px; }
.inst-cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; width: 100%; }
.inst-card { border: 1px solid #dcdfe6; border-radius: 4px; padding: 10px 12px; font-size: 12px; line-height: 1.7; color: #555; background: #fff; }
.inst-card.on { border-color: #ff6a00; background: #fff8f2; } .inst-card.off { background: #f7f7f7; color: #aaa; }
.inst-card .tiny-radio { margin: 0; height: auto; align-items: flex-start; white-space: normal; width: 100%; }
.inst-card b { color: #222; font-size: 13px; }
/* aliyun upload (opentiny): master-detail */
.md { display: grid; grid-template-columns: 300px 1fr; gap: 16px; margin-top: 16px; align-items: start; }
.md-list { background: #fff; border-radius: 4px; padding: 6px 0; }
.md-item { display: flex; align-items: center; gap: 8px; padding: 10px 16px; cursor: pointer; font-size: 13px; border-left: 3px solid transparent; }
.md-item.cur { background: #fff5ee; border-left-color: #ff6a00; color: #ff6a00; } .md-item .tags { margin-left: auto; display: flex; gap: 4px; }
.md-detail { background: #fff; border-radius: 4px; padding: 16px 20px; min-height: 300px; }
.md-detail h3 { margin: 0 0 8px; font-size: 15px; } .sample { width: 200px; height: 126px; border: 1px dashed #ccc; display: flex; align-items: center; justify-content: center; color: #aaa; font-size: 12px; margin: 10px 0; }
.verify-card { background: #fff; border-radius: 4px; padding: 14px 20px; margin-top: 16px; display: flex; gap: 16px; align-items: center; }
/* aliyun upload (tdesign): role sections + anchor rail */
.anchor-split { display: grid; grid-template-columns: minmax(0, 1fr) 170px; gap: 16px; align-items: start; }
.role-sec { background: #fff; border-radius: 4px; padding: 12px 20px 14px; margin-bottom: 16px; }
.role-sec .t-form__item { margin-bottom: 28px; } .role-sec .t-form__item:last-child { margin-bottom: 14px; }
.role-head { display: flex; align-items: center; gap: 12px; } .role-head h3 { margin: 4px 0 10px; font-size: 15px; }
.anchor-rail .t-anchor { background: #fff; border-radius: 4px; padding: 10px 6px; }
/* mps site (tdesign): sub-steps */
.sub-card { background: #fff; border-radius: 4px; padding: 16px 24px; }
.sub-steps { max-width: 720px; margin: 0 0 20px; }
.sub-card .t-form__item { margin-bottom: 26px; }
.sub-nav { display: flex; gap: 12px; justify-content: flex-end; border-top: 1px solid #eee; padding-top: 12px; }
.prov-cards { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.lang-transfer .t-transfer__list { height: 260px; }
/* mps subject (tdesign): drawer */
.summary { background: #fff; border-radius: 4px; padding: 16px 20px; }
.drawer-form h4 { margin: 6px 0 12px; padding-left: 8px; border-left: 3px solid #0b3d7e; font-size: 14px; }
.drawer-form .t-form__item { margin-bottom: 24px; }
.drawer-form .t-input__wrap { max-width: 420px; }
.photos { display: flex; gap: 18px; align-items: flex-start; } .photo-cap { text-align: center; font-size: 12px; color: #666; margin-top: 4px; }
/* tencent subject (element plus): section side titles */
.side-sec { display: grid; grid-template-columns: 220px minmax(0, 1fr); gap: 24px; background: #fff; padding: 18px 24px 6px; margin-bottom: 16px; }
.side-title h3 { font-size: 15px; margin: 0 0 8px; } .side-title p { margin: 0; }
.side-body .el-form-item { margin-bottom: 20px; }
/* huawei basic (fusion): check panel */
.hw-split { display: grid; grid-template-columns: minmax(0, 1fr) 240px; gap: 16px; align-items: start; }
.hw-form { background: #fff; border-radius: 4px; padding: 16px 24px 8px; }
.hw-checks { background: #fff; border-radius: 4px; padding: 14px 18px; position: sticky; top: 64px; font-size: 13px; }
.hw-checks h4 { margin: 0 0 10px; } .hw-checks li { list-style: none; padding: 4px 0; display: flex; gap: 8px; }
.hw-checks ul { padding: 0; margin: 0; } .hw-checks .ok { color: #1a9c47; } .hw-checks .bad { color: #d23c26; } .hw-checks .todo { color: #999; }
.region3 { display: flex; gap: 8px; }
.servers { width: 590px; }
`;

const LIB_ASSETS: Record<string, string> = { tdesign: 'tdesign', opentiny: 'opentiny', 'element-plus': 'vue', 'fusion-next': 'fusion' };

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

/* ------------------------------------------------------------------ the old portal's 网站负责人 (单位): frame page + iframe */

/** The content frame's name under the asset prefix. */
export const OLD_FRAME = 'portal-principal-frame.html';

const FRAME_PAGE_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 76px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 4px solid #c9151e; }
.banner .badge { width: 50px; height: 50px; border-radius: 50%; background: radial-gradient(#ffe27a, #c2911c); box-shadow: 0 0 0 3px #fff6cf inset; }
.banner b { font: bold 23px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; } .banner small { display: block; opacity: .75; }
.banner .who { margin-left: auto; font-size: 12px; }
.frame-wrap { display: flex; width: 1120px; margin: 10px auto 30px; gap: 10px; align-items: flex-start; }
.tree { width: 190px; background: #fff; border: 1px solid #c9d3de; }
.tree h3 { margin: 0; background: #2f69ad; color: #fff; font-size: 13px; padding: 4px 10px; }
.tree ul { list-style: none; margin: 0; padding: 4px 0; } .tree li { padding: 2px 12px 2px 22px; background: no-repeat 10px 50%; }
.tree li a { color: #0d4592; text-decoration: none; } .tree li.cur a { color: #c9151e; font-weight: bold; } .tree li.sub { padding-left: 34px; }
.content { flex: 1; background: #fff; border: 1px solid #c9d3de; }
.content .path { background: #f2f6fa; border-bottom: 1px solid #d5dfea; padding: 2px 10px; color: #555; }
#mainFrame { width: 100%; height: 1080px; border: 0; display: block; }
.foot { text-align: center; color: #666; padding: 10px 0 20px; }
`;

/** The portal's frame page: banner, left tree menu, the content iframe. */
export function oldPortalHtml(build: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>新办网站申请 - 全国互联网安全管理服务平台</title>
<style>${FRAME_PAGE_CSS}</style>
</head>
<body>
<div class="banner"><div class="badge"></div><div><b>全国互联网安全管理服务平台</b><small>公安机关互联网站安全管理服务平台</small></div><div class="who">当前用户：杭州云栖示例科技有限公司（单位用户） | <a style="color:#fff" href="#">退出</a></div></div>
<div class="frame-wrap">
  <div class="tree">
    <h3>网站备案</h3>
    <ul>
      <li><a href="#">开办主体管理</a></li>
      <li><a href="#">新办网站申请</a></li>
      <li class="sub">① 开办主体</li>
      <li class="sub">② 网站基本信息</li>
      <li class="sub cur"><a href="#">③ 网站负责人</a></li>
      <li class="sub">④ 提示说明</li>
      <li><a href="#">已办网站认领</a></li>
      <li><a href="#">网站信息变更</a></li>
      <li><a href="#">网站注销申请</a></li>
    </ul>
  </div>
  <div class="content">
    <div class="path">当前位置：网站备案 &gt; 新办网站申请 &gt; 网站负责人</div>
    <iframe id="mainFrame" name="mainFrame" src="${PREFIX}${OLD_FRAME}?replicaBuild=${encodeURIComponent(build)}" frameborder="0" scrolling="no"></iframe>
  </div>
</div>
<div class="foot">主办单位：公安部网络安全保卫局 &nbsp; 技术支持：公安部第一研究所</div>
<script>
  (function () {
    var f = document.getElementById('mainFrame');
    f.addEventListener('load', function () { try { f.style.height = Math.max(900, f.contentDocument.body.scrollHeight + 30) + 'px'; } catch (e) { /* cross-origin never */ } });
  })();
</script>
</body>
</html>`;
}

const FRAME_CSS = `
body { margin: 0; padding: 10px 16px 24px; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #222; background: #fff; }
h2 { font: bold 15px "SimHei", "Microsoft YaHei", sans-serif; color: #0d4592; margin: 4px 0 8px; }
.held { background: #fffbe6; border: 1px solid #f0dc8c; padding: 4px 10px; margin-bottom: 10px; }
fieldset { border: 1px solid #b7c6d8; margin: 0 0 12px; padding: 6px 14px 10px; }
legend { color: #0d4592; font-weight: bold; padding: 0 6px; }
.row { display: flex; align-items: center; min-height: 30px; border-bottom: 1px dotted #dde5ee; }
.row .lbl { width: 130px; text-align: right; padding-right: 8px; color: #333; flex: none; }
.row .lbl em { color: #e00; font-style: normal; margin-right: 2px; }
.row input[type=text], .row select { border: 1px solid #9fb0c2; height: 22px; font: inherit; padding: 0 4px; box-sizing: border-box; }
.row input[type=text] { width: 260px; } .row input.Wdate { width: 120px; background: #fff url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='14' height='14'%3E%3Crect x='1' y='3' width='12' height='10' fill='none' stroke='%23557' /%3E%3Cpath d='M1 6h12' stroke='%23557'/%3E%3C/svg%3E") no-repeat right 4px center; cursor: pointer; }
.row .tip { color: #888; margin-left: 8px; } .err { color: #e00; margin-left: 6px; }
.copyrow { padding: 2px 0 6px 138px; }
.vrow { margin: 10px 0 0; } .vrow input { width: 70px; border: 1px solid #9fb0c2; height: 22px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; vertical-align: middle; }
.btns { text-align: center; padding: 12px 0 0; }
.btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
#btnMsg { color: #e00; margin-top: 6px; }
/* the portal's calendar popup (My97 style) */
#cal { position: absolute; display: none; width: 196px; background: #fff; border: 1px solid #6b8cb5; box-shadow: 2px 2px 4px rgba(0,0,0,.25); z-index: 10; font-size: 12px; }
#cal .hd { background: #dbe6f4; padding: 3px; display: flex; gap: 4px; justify-content: center; }
#cal .hd select { height: 20px; font-size: 12px; }
#cal table { width: 100%; border-collapse: collapse; } #cal th { color: #666; font-weight: normal; }
#cal td { text-align: center; cursor: pointer; height: 20px; } #cal td:hover { background: #fbe9a8; } #cal td.sel { background: #2f69ad; color: #fff; }
#cal .ft { border-top: 1px solid #ddd; padding: 2px 4px; text-align: right; } #cal .ft a { margin-left: 8px; color: #0d4592; cursor: pointer; }
`;

const FRAME_SCRIPT = String.raw`
(function () {
  var S = {
    secName: '', secCertType: '', secCertNumber: '', secTermType: '', secValidFrom: '', secValidTo: '', secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [],
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgTermType: '', emgValidFrom: '', emgValidTo: '', emgMobile: '',
    captcha: '', prevClicks: 0, saveClicks: 0, nextClicks: 0
  };
  var R = { platform: 'beian-old', step: 'principal', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.top.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var $ = function (id) { return document.getElementById(id); };
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  function textOf(sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; }
  function validId(s) {
    if (!/^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(s)) return false;
    var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], sum = 0;
    for (var i = 0; i < 17; i++) sum += w[i] * Number(s[i]);
    return '10X98765432'[sum % 11] === s[17].toUpperCase();
  }
  /* text boxes (the date boxes are read-only: the calendar writes them and fires change) */
  var TEXT = { aqxm: 'secName', aqzjhm: 'secCertNumber', aqyxqq: 'secValidFrom', aqyxqz: 'secValidTo', aqsjhm: 'secMobile', aqyx: 'secEmail',
    yjxm: 'emgName', yjzjhm: 'emgCertNumber', yjyxqq: 'emgValidFrom', yjyxqz: 'emgValidTo', yjlxdh: 'emgMobile', yzm: 'captcha' };
  Object.keys(TEXT).forEach(function (id) {
    var el = $(id);
    var upd = function () { var v = el.value.trim(); if (S[TEXT[id]] !== v) set(TEXT[id], v); err(id, ''); };
    el.addEventListener('input', upd); el.addEventListener('change', upd);
  });
  var BLUR = {
    aqzjhm: function (v) { return $('aqzjlx').value === '01' && !validId(v) ? '身份证号码校验错误' : ''; },
    yjzjhm: function (v) { return $('yjzjlx').value === '01' && !validId(v) ? '身份证号码校验错误' : ''; },
    aqsjhm: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    yjlxdh: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    aqyx: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮件地址格式不正确'; }
  };
  Object.keys(BLUR).forEach(function (id) {
    $(id).addEventListener('blur', function () { var v = $(id).value.trim(); if (v) err(id, BLUR[id](v)); });
  });
  /* coded selects */
  var SELECTS = { aqzjlx: 'secCertType', yjzjlx: 'emgCertType' };
  Object.keys(SELECTS).forEach(function (id) { $(id).addEventListener('change', function (e) { set(SELECTS[id], textOf(e.target)); }); });
  /* 有期限 / 长期 */
  function term(name, key, toId, toKey) {
    Array.prototype.forEach.call(document.getElementsByName(name), function (r) {
      r.addEventListener('change', function () {
        if (!r.checked) return;
        var long = r.value === '2';
        $(toId + '_box').style.display = long ? 'none' : '';
        if (long) { $(toId).value = ''; if (S[toKey]) set(toKey, ''); }
        set(key, long ? '长期' : '有期限');
      });
    });
  }
  term('aqyxqlx', 'secTermType', 'aqyxqz', 'secValidTo');
  term('yjyxqlx', 'emgTermType', 'yjyxqz', 'emgValidTo');
  /* files */
  var FILES = { aqzjzm: 'secIdFront', aqzjfm: 'secIdBack', aqsczj: 'secIdHand' };
  Object.keys(FILES).forEach(function (id) {
    $(id).addEventListener('change', function (e) { set(FILES[id], Array.prototype.map.call(e.target.files || [], function (f) { return f.name; })); });
  });
  /* 同开办主体负责人信息: copies the principal printed into this frame and locks the rows */
  var P = window.PRINCIPAL;
  var EMG = ['yjxm', 'yjzjlx', 'yjzjhm', 'yjyxqq', 'yjyxqz', 'yjlxdh'];
  $('emgSame').addEventListener('change', function (e) {
    var on = e.target.checked;
    $('yjxm').value = on ? P.name : ''; $('yjzjlx').value = on ? P.certCode : ''; $('yjzjhm').value = on ? P.certNumber : '';
    $('yjyxqq').value = on ? P.validFrom : ''; $('yjyxqz').value = on ? P.validTo : ''; $('yjlxdh').value = on ? P.mobile : '';
    document.getElementsByName('yjyxqlx').forEach(function (r) { r.checked = on && r.value === (P.longTerm ? '2' : '1'); r.disabled = on; });
    $('yjyxqz_box').style.display = on && P.longTerm ? 'none' : '';
    EMG.forEach(function (id) { $(id).disabled = on; });
    set('emgSame', on);
    set('emgName', $('yjxm').value); set('emgCertType', on ? textOf($('yjzjlx')) : ''); set('emgCertNumber', $('yjzjhm').value);
    set('emgTermType', on ? (P.longTerm ? '长期' : '有期限') : ''); set('emgValidFrom', $('yjyxqq').value); set('emgValidTo', $('yjyxqz').value); set('emgMobile', $('yjlxdh').value);
  });
  /* the calendar popup (My97 style) for the read-only date boxes */
  var cal = $('cal'), target = null, ys = $('calY'), ms = $('calM');
  for (var y = 1950; y <= 2099; y++) { var o = document.createElement('option'); o.value = o.text = String(y); ys.appendChild(o); }
  for (var m = 1; m <= 12; m++) { var o2 = document.createElement('option'); o2.value = String(m); o2.text = m + '月'; ms.appendChild(o2); }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function draw() {
    var y = Number(ys.value), m = Number(ms.value), first = new Date(y, m - 1, 1).getDay(), days = new Date(y, m, 0).getDate();
    var cur = target ? target.value : '', html = '<tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr><tr>';
    for (var i = 0; i < first; i++) html += '<td></td>';
    for (var d = 1; d <= days; d++) {
      var v = y + '-' + pad(m) + '-' + pad(d);
      html += '<td data-v="' + v + '"' + (v === cur ? ' class="sel"' : '') + '>' + d + '</td>';
      if ((first + d) % 7 === 0 && d < days) html += '</tr><tr>';
    }
    $('calDays').innerHTML = html + '</tr>';
  }
  function put(v) { if (!target) return; target.value = v; target.dispatchEvent(new Event('change', { bubbles: true })); hide(); }
  function hide() { cal.style.display = 'none'; target = null; }
  ys.addEventListener('change', draw); ms.addEventListener('change', draw);
  $('calDays').addEventListener('click', function (e) { var v = e.target.getAttribute && e.target.getAttribute('data-v'); if (v) put(v); });
  $('calClear').addEventListener('click', function () { put(''); });
  $('calClose').addEventListener('click', hide);
  Array.prototype.forEach.call(document.querySelectorAll('input.Wdate'), function (el) {
    el.addEventListener('click', function () {
      if (el.disabled) return;
      target = el;
      var m = /^(\d{4})-(\d{2})-/.exec(el.value), now = new Date();
      ys.value = m ? m[1] : String(now.getFullYear()); ms.value = m ? String(Number(m[2])) : String(now.getMonth() + 1);
      draw();
      var r = el.getBoundingClientRect();
      cal.style.left = (r.left + window.scrollX) + 'px'; cal.style.top = (r.bottom + window.scrollY + 2) + 'px'; cal.style.display = 'block';
    });
  });
  document.addEventListener('mousedown', function (e) { if (target && !cal.contains(e.target) && e.target !== target) hide(); });
  /* buttons */
  $('btnPrev').addEventListener('click', function () { set('prevClicks', S.prevClicks + 1); });
  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); $('btnMsg').textContent = '已保存草稿'; });
  $('btnNext').addEventListener('click', function () {
    set('nextClicks', S.nextClicks + 1);
    $('btnMsg').textContent = !S.captcha ? '请输入验证码' : '请检查必填项';
  });
})();
`;

/** The content frame: the 网站负责人 form, two fieldsets. */
export function oldFrameHtml(): string {
  const P = HELD_PRINCIPAL.单位;
  const certCode = MPS_PERSON_CERT_CODES.find(([, l]) => l === P.certType)?.[0] ?? '01';
  const principal = { name: P.name, certCode, certNumber: P.certNumber, validFrom: P.validFrom, validTo: P.validTo, longTerm: P.longTerm, mobile: P.mobile };
  const masked = `${P.certNumber.slice(0, 4)}**********${P.certNumber.slice(-4)}`;
  const txt = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}>`;
  const coded = (id: string) => `<select id="${id}" name="${id}"><option value="">--请选择--</option>${MPS_PERSON_CERT_CODES.map(([c, l]) => `<option value="${c}">${l}</option>`).join('')}</select>`;
  const row = (name: string, field: string, req = true, tip = '') => `<div class="row"><span class="lbl">${req ? '<em>*</em>' : ''}${name}：</span>${field}${tip ? `<span class="tip">${tip}</span>` : ''}</div>`;
  const errOf = (id: string) => `<span class="err" id="${id}_err"></span>`;
  const wdate = (id: string) => `<input type="text" id="${id}" name="${id}" class="Wdate" readonly>`;
  const termRadios = (name: string) => `<label><input type="radio" name="${name}" value="1"> 有期限</label> &nbsp; <label><input type="radio" name="${name}" value="2"> 长期</label>`;
  const file = (id: string) => `<input type="file" id="${id}" name="${id}" accept="image/jpeg,image/png">`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>网站负责人</title>
<style>${FRAME_CSS}</style>
</head>
<body>
<h2>网站负责人信息</h2>
<div class="held">开办主体：杭州云栖示例科技有限公司 &nbsp; 开办主体负责人：${P.name}（居民身份证 ${masked}）</div>
<form id="f" onsubmit="return false">
  <fieldset>
    <legend>网站安全负责人</legend>
    ${row('姓名', txt('aqxm', ' maxlength="30"'))}
    ${row('证件类型', coded('aqzjlx'))}
    ${row('证件号码', txt('aqzjhm', ' maxlength="18"') + errOf('aqzjhm'))}
    ${row('有效期类型', termRadios('aqyxqlx'))}
    ${row('有效期起始', wdate('aqyxqq'), true, '点击选择日期')}
    <div id="aqyxqz_box">${row('有效期截止', wdate('aqyxqz'), true, '点击选择日期')}</div>
    ${row('手机号码', txt('aqsjhm', ' maxlength="11"') + errOf('aqsjhm'))}
    ${row('电子邮件地址', txt('aqyx', ' maxlength="60"') + errOf('aqyx'))}
    ${row('证件正面', file('aqzjzm'), true, 'jpg / png，不超过 400KB')}
    ${row('证件反面', file('aqzjfm'))}
    ${row('手持证件照', file('aqsczj'))}
  </fieldset>
  <fieldset>
    <legend>网站应急联络人</legend>
    <div class="copyrow"><label><input type="checkbox" id="emgSame"> 同开办主体负责人信息</label></div>
    ${row('联络人姓名', txt('yjxm', ' maxlength="30"'))}
    ${row('证件类型', coded('yjzjlx'))}
    ${row('证件号码', txt('yjzjhm', ' maxlength="18"') + errOf('yjzjhm'))}
    ${row('有效期类型', termRadios('yjyxqlx'))}
    ${row('有效期起始', wdate('yjyxqq'), true, '点击选择日期')}
    <div id="yjyxqz_box">${row('有效期截止', wdate('yjyxqz'), true, '点击选择日期')}</div>
    ${row('联系电话', txt('yjlxdh', ' maxlength="11"') + errOf('yjlxdh'), true, '手机号码，须 24 小时畅通')}
  </fieldset>
  <div class="vrow">验证码：<input type="text" id="yzm" name="yzm" maxlength="4"> <span class="vcode" aria-hidden="true">7mQe</span> <a href="#" onclick="return false">看不清，换一张</a></div>
  <div class="btns"><input type="button" id="btnPrev" value="上一步"><input type="button" id="btnSave" value="保存"><input type="button" id="btnNext" class="main-btn" value="下一步"><div id="btnMsg"></div></div>
</form>
<div id="cal"><div class="hd"><select id="calY"></select><select id="calM"></select></div><table><tbody id="calDays"></tbody></table><div class="ft"><a id="calClear">清空</a><a id="calClose">关闭</a></div></div>
<script>window.PRINCIPAL = ${JSON.stringify(principal)};</script>
<script>${FRAME_SCRIPT}</script>
</body>
</html>`;
}
