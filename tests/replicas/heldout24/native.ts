/**
 * Gen-24 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout24-beian-old-subject-unit-native-lilist   the old 公安 portal's 开办主体 for a unit (http): ONE <ul> of captioned
 *    <li> rows (a <span> caption and its control; no <table>, no <label>); coded selects, blur checks, the office address as
 *    three selects answered by the area API, a licence <input type=file>; a captcha; 保存 / 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_OLD_NATURE_CODES, MPS_PERSON_CERT_CODES, MPS_UNIT_CERT_CODES, PREFIX } from './common';

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .tc-top, .hw-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .tc-top { background: #1b2431; } .hw-top { background: #252b3a; }
.al-top b, .mps-top b, .tc-top b, .hw-top b { font-size: 16px; } .al-top span, .mps-top span, .tc-top span, .hw-top span { opacity: .9; font-size: 13px; }
.al-side, .tc-side, .hw-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; z-index: 1; }
.tc-side { background: #222b3a; border-right: 0; } .hw-side { width: 200px; }
.al-side a, .tc-side a, .hw-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; cursor: pointer; }
.tc-side a { color: #b6bdc8; } .tc-side a.on { color: #fff; background: #0052d9; }
.al-side a.on { color: #ff6a00; background: #fff5ee; } .hw-side a.on { color: #526ecc; background: #eef1fb; }
.tc-side .grp, .hw-side .grp { padding: 12px 20px 4px; color: #999; font-size: 12px; }
.al-main, .tc-main { margin-left: 176px; } .hw-main { margin-left: 200px; }
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
.facts-ro { display: flex; gap: 28px; background: #fafafa; border: 1px dashed #ddd; padding: 8px 14px; font-size: 13px; margin: 0 0 14px; flex-wrap: wrap; }
.facts-ro span { color: #888; margin-right: 6px; }
.ro { color: #333; }
/* aliyun apply person (elp): timeline */
.tl-sec { background: #fff; border-radius: 4px; padding: 12px 20px 2px; }
.tl-sec h3 { margin: 0 0 12px; font-size: 15px; }
.self-sum { background: #fafafa; border: 1px dashed #ddd; padding: 6px 12px; font-size: 13px; }
/* aliyun apply unit (elp): compare table */
.cmp-bar { display: flex; gap: 12px; align-items: center; background: #fff; padding: 12px 20px; margin-bottom: 12px; border-radius: 4px; }
.cmp-table .old { color: #999; text-decoration: line-through; }
.cmp-table .el-table__cell { vertical-align: top; }
/* aliyun subject person (antd): entity list + drawer */
.ent-list { background: #fff; padding: 12px 16px; border-radius: 4px; }
.dr-sec { font-weight: 500; margin: 4px 0 12px; border-left: 3px solid #ff6a00; padding-left: 8px; }
/* mps site person (tdesign): split grid */
.split { display: grid; grid-template-columns: minmax(0, 1.35fr) minmax(0, 1fr); gap: 16px; align-items: start; }
.split .card-w h3, .prov-card h3 { margin: 0 0 12px; font-size: 15px; }
.prov-card { background: #fff; border-radius: 4px; padding: 14px 18px 4px; margin-bottom: 16px; }
/* mps principal person (opentiny): role cards */
.role-card { background: #fff; border-radius: 4px; padding: 12px 20px 4px; margin-bottom: 16px; }
.role-card h3 { margin: 0 0 10px; font-size: 15px; }
.grid3 { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); column-gap: 24px; }
.grid3 .wide { grid-column: 1 / span 2; }
.t-item { margin-bottom: 12px; } .t-label { font-size: 12px; color: #666; margin-bottom: 4px; } .t-label i { color: #e54545; font-style: normal; margin-right: 2px; }
.held-line { background: #fff; border-radius: 4px; padding: 10px 16px; font-size: 13px; margin-bottom: 16px; }
/* tencent basic unit (tdesign) */
.tc-card { background: #fff; padding: 20px 24px 8px; border-radius: 2px; }
/* huawei site unit (opentiny) */
.blk { background: #fff; border-radius: 4px; padding: 12px 20px 4px; margin-bottom: 16px; }
.blk-title { margin: 0 0 12px; font-size: 15px; }
.type-bar { display: flex; gap: 12px; align-items: center; background: #fff; padding: 12px 20px; margin-bottom: 12px; border-radius: 4px; }
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

/* ------------------------------------------------------------------ old 公安 portal: 开办主体 (单位), captioned list */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 76px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 4px solid #c9151e; }
.banner .badge { width: 50px; height: 50px; border-radius: 50%; background: radial-gradient(#ffe27a, #c2911c); box-shadow: 0 0 0 3px #fff6cf inset; }
.banner b { font: bold 23px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; } .banner small { display: block; opacity: .75; }
.banner .who { margin-left: auto; }
.menu { background: #2f69ad; height: 30px; display: flex; justify-content: center; } .menu a { color: #fff; padding: 0 18px; line-height: 30px; text-decoration: none; } .menu a.cur { background: #c9151e; }
.box { width: 900px; margin: 12px auto 30px; background: #fff; border: 1px solid #c9d3de; padding: 10px 24px 18px; }
h2 { font: bold 15px "SimHei", "Microsoft YaHei", sans-serif; color: #0d4592; margin: 4px 0 8px; }
ul.lst { list-style: none; margin: 0; padding: 0; }
ul.lst li { display: flex; align-items: flex-start; padding: 5px 0; border-bottom: 1px dotted #d5dde6; }
ul.lst li.head { font-weight: bold; color: #0d4592; background: #f2f6fa; padding: 4px 8px; border-bottom: 1px solid #c9d3de; margin-top: 8px; }
ul.lst li .cap { width: 150px; text-align: right; padding-right: 10px; color: #333; flex: none; } ul.lst li .cap em { color: #e00; font-style: normal; }
input[type=text], select { border: 1px solid #9fb0c2; height: 22px; font: inherit; padding: 0 3px; box-sizing: border-box; }
.err { color: #e00; margin-left: 6px; } .tip { color: #888; margin-left: 6px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; }
.btns { text-align: center; padding: 12px 0 0; } .btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
`;

/**
 * The page's script (inline, ES5 like the portal's): state S and window.__replica; [data-k] text boxes / selects (the
 * option's text) / file inputs (file names); [data-blur] checks writing #<id>_err; [data-click] counters; the office
 * address's three selects answered by the area API.
 */
const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    nature: '', unitName: '', unitCertType: '', certNumber: '', legalRep: '', officeRegion: [], officeDetail: '', licence: [],
    prName: '', prCertType: '', prCertNumber: '', prMobile: '', prOffice: '', prEmail: '', captcha: '', saveClicks: 0, nextClicks: 0
  };
  var R = { platform: 'beian-old', step: 'subject', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  function $(id) { return document.getElementById(id); }
  function all(q) { return Array.prototype.slice.call(document.querySelectorAll(q)); }
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  function textOf(sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; }
  all('[data-k]').forEach(function (el) {
    var k = el.getAttribute('data-k');
    if (el.type === 'file') {
      el.addEventListener('change', function () {
        var files = Array.prototype.slice.call(el.files || []);
        var bad = files.filter(function (f) { return !/^image\/(png|jpeg)$/.test(f.type); })[0];
        if (bad) { el.value = ''; err(el.id, '请选择 jpg / png 格式的图片'); set(k, []); return; }
        err(el.id, '');
        set(k, files.map(function (f) { return f.name; }));
      });
    } else if (el.tagName === 'SELECT') {
      el.addEventListener('change', function () { set(k, textOf(el)); err(el.id, ''); });
    } else {
      var upd = function () { var v = el.value.trim(); if (S[k] !== v) set(k, v); err(el.id, ''); };
      el.addEventListener('input', upd); el.addEventListener('change', upd);
    }
  });
  all('[data-click]').forEach(function (el) {
    el.addEventListener('click', function () { var k = el.getAttribute('data-click'); set(k, (S[k] || 0) + 1); });
  });
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
  var rules = {
    uscc: function (v) { return validUscc(v) ? '' : '统一社会信用代码校验错误'; },
    id: function (v) { var t = $('fzrzjlx').value; return t && t !== '01' ? '' : validId(v) ? '' : '身份证号码校验错误'; },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    phone: function (v) { return /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(v) ? '' : '办公室电话格式：区号-号码'; },
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '邮箱格式不正确'; }
  };
  all('[data-blur]').forEach(function (el) {
    el.addEventListener('blur', function () { var v = el.value.trim(); var r = rules[el.getAttribute('data-blur')]; if (v && r) err(el.id, r(v)); });
  });
  /* 单位办公地址: three selects, each level fetched from the area API */
  (function (ids, key) {
    var sels = ids.map($);
    function load(i, parent) {
      var sel = sels[i];
      sel.innerHTML = '<option value="">' + (parent === null ? '--请选择--' : '加载中…') + '</option>';
      if (parent === null) return;
      var x = new XMLHttpRequest();
      x.open('GET', ${JSON.stringify(PREFIX)} + 'area?parent=' + encodeURIComponent(parent));
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
  })(['bgSheng', 'bgShi', 'bgXian'], 'officeRegion');
  $('btnSave').addEventListener('click', function () { $('btnMsg').textContent = S.unitName && S.prName ? '已保存' : '请填写开办主体信息'; });
  $('btnNext').addEventListener('click', function () {
    $('btnMsg').textContent = !S.captcha ? '请输入验证码' : !S.licence.length ? '请上传有效证件' : '请核对验证码';
  });
})();`;

const opt = (list: [string, string][], first = '--请选择--') => `<option value="">${first}</option>${list.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}`;

export function oldSubjectHtml(): string {
  const txt = (id: string, k: string, extra = '') => `<input type="text" id="${id}" name="${id}" data-k="${k}"${extra}><span class="err" id="${id}_err"></span>`;
  const li = (cap: string, ctl: string, req = true) => `<li><span class="cap">${req ? '<em>*</em>' : ''}${cap}：</span><span>${ctl}</span></li>`;
  const body = `
<div class="banner"><div class="badge"></div><div><b>全国互联网安全管理服务平台</b><small>公安机关互联网站安全管理服务平台</small></div><div class="who">当前用户：杭州云栖示例科技有限公司 | 退出</div></div>
<div class="menu"><a href="#">首页</a><a href="#" class="cur">开办主体管理</a><a href="#">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="box">
  <h2>开办主体管理 — 新增开办主体</h2>
  <form id="f" onsubmit="return false">
  <ul class="lst" id="subjectList">
    <li class="head">单位信息</li>
    ${li('开办主体性质', `<select id="kbztxz" name="kbztxz" data-k="nature">${opt(MPS_OLD_NATURE_CODES)}</select>`)}
    ${li('主办单位名称', txt('zbdwmc', 'unitName', ' maxlength="60" style="width:320px"'))}
    ${li('主办单位证件类型', `<select id="zbdwzjlx" name="zbdwzjlx" data-k="unitCertType">${opt(MPS_UNIT_CERT_CODES)}</select>`)}
    ${li('主办单位证件号', txt('zbdwzjh', 'certNumber', ' maxlength="18" style="width:200px" data-blur="uscc"'))}
    ${li('法人代表人姓名', txt('frdbr', 'legalRep', ' maxlength="30" style="width:120px"'))}
    ${li('单位办公地址', '<select id="bgSheng" name="bgSheng"></select> <select id="bgShi" name="bgShi"></select> <select id="bgXian" name="bgXian"></select>')}
    ${li('详细地址', txt('bgxxdz', 'officeDetail', ' maxlength="100" style="width:360px"') + '<span class="tip">街道、门牌号</span>')}
    ${li('有效证件', '<input type="file" id="yxzj" name="yxzj" accept="image/png,image/jpeg" data-k="licence"><span class="err" id="yxzj_err"></span><span class="tip">营业执照等证件扫描件，jpg / png</span>')}
    <li class="head">负责人信息</li>
    ${li('负责人姓名', txt('fzrxm', 'prName', ' maxlength="30" style="width:120px"'))}
    ${li('负责人证件类型', `<select id="fzrzjlx" name="fzrzjlx" data-k="prCertType">${opt(MPS_PERSON_CERT_CODES)}</select>`)}
    ${li('负责人证件号码', txt('fzrzjhm', 'prCertNumber', ' maxlength="18" style="width:200px" data-blur="id"'))}
    ${li('手机号码', txt('sjhm', 'prMobile', ' maxlength="11" style="width:140px" data-blur="mobile"'))}
    ${li('办公室电话', txt('bgsdh', 'prOffice', ' maxlength="20" style="width:140px" data-blur="phone"'))}
    ${li('负责人邮箱', txt('fzryx', 'prEmail', ' maxlength="60" style="width:220px" data-blur="email"'))}
    ${li('验证码', '<input type="text" id="yzm" name="yzm" maxlength="4" style="width:70px" data-k="captcha"> <span class="vcode" aria-hidden="true">7hQe</span> <a href="#" onclick="return false">看不清，换一张</a>')}
  </ul>
  <div class="btns"><input type="button" id="btnSave" value="保存" data-click="saveClicks"><input type="button" id="btnNext" class="main-btn" value="下一步" data-click="nextClicks"><div class="err" id="btnMsg"></div></div>
  </form>
</div>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>开办主体管理 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
</head>
<body>
${body}
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
