/**
 * Gen-22 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout22-beian-old-subject-person-native-kindswitch   the old 公安 portal's 开办主体 for a person (http): ONE page holding
 *    the person's and the unit's <table>s, the coded 开办主体性质 <select> showing one and hiding the other; coded selects,
 *    blur checks, the ID card's validity as ONE text line ("2018.03.01-2038.03.01"), three <input type=file>, region selects
 *    answered by the area API, a captcha; 保存 / 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_OLD_NATURE_CODES, MPS_PERSON_CERT_CODES, MPS_UNIT_CERT_CODES, PREFIX } from './common';

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
/* aliyun site (antd): paired cards */
.paired { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; align-items: start; }
.paired .ro { color: #555; } .ro-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
/* aliyun upload (element plus): border-card tabs */
.up-way-row { display: flex; gap: 16px; align-items: center; } .up-way-row .lbl { font-size: 14px; color: #555; }
.up-tabs { margin-bottom: 0; } .pic-row { display: flex; gap: 28px; flex-wrap: wrap; margin-bottom: 10px; }
.pic-title { font-size: 13px; margin-bottom: 6px; } .pic-title em { color: #d23c26; font-style: normal; margin-right: 2px; }
.plus { font-size: 28px; color: #999; } .verify-row { display: flex; gap: 16px; align-items: center; }
/* aliyun order detail (tdesign): rejected items */
.order-head { font-size: 13px; } .reason-list { margin: 4px 0 0; padding-left: 18px; } .reason-list li { line-height: 1.9; }
.order-desc .t-descriptions { background: #fff; padding: 12px 16px; margin-bottom: 16px; border-radius: 4px; }
.fix { border-left: 3px solid #d54941; padding: 4px 0 4px 10px; background: #fff8f7; }
.fix-why { display: flex; gap: 8px; align-items: center; margin-top: 6px; font-size: 12px; color: #d54941; } .fix-why .was { color: #888; }
.sub-lbl { font-size: 12px; color: #666; }
/* mps site (opentiny): blocks + query dialog */
.blk { background: #fff; border-radius: 4px; padding: 12px 24px 4px; margin-top: 16px; }
.blk-title { margin: 4px 0 14px; font-size: 15px; padding-left: 8px; border-left: 3px solid #0b3d7e; }
.prov-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; } .prov h4 { margin: 0 0 10px; font-size: 14px; }
.q-result { margin-top: 12px; min-height: 60px; } .q-table { width: 100%; border-collapse: collapse; font-size: 13px; }
.q-table th, .q-table td { border-bottom: 1px solid #eee; padding: 6px 8px; text-align: left; }
/* mps principal (tdesign): inline form per role */
.held-line { background: #fff; border-radius: 4px; padding: 10px 16px; font-size: 13px; margin-bottom: 16px; }
.role-card { background: #fff; border-radius: 4px; padding: 12px 20px 4px; margin-bottom: 16px; }
.role-title { display: flex; gap: 24px; align-items: center; } .role-title h3 { margin: 4px 0 10px; font-size: 15px; }
.role-card .t-form-inline .t-form__item { margin: 0 24px 18px 0; }
.photos { display: flex; gap: 18px; align-items: flex-start; } .photo-cap { text-align: center; font-size: 12px; color: #666; margin-top: 4px; }
/* tencent site (element plus): editable site tabs */
.site-tabs { background: #fff; padding: 12px 20px; border-radius: 4px; } .grp-title { margin: 8px 0 14px; font-size: 14px; color: #333; }
.site-form .el-form-item { margin-bottom: 20px; }
/* huawei subject (fusion): wizard tabs */
.wiz .next-tabs-content { padding-top: 16px; } .wiz .next-form-item { margin-bottom: 20px; }
.wiz-nav { display: flex; gap: 12px; justify-content: flex-end; border-top: 1px solid #eee; padding-top: 12px; }
.same-note { margin: -8px 0 18px 0; }
`;

const LIB_ASSETS: Record<string, string> = { antd: 'antd', tdesign: 'tdesign', opentiny: 'opentiny', 'element-plus': 'vue', 'fusion-next': 'fusion' };

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

/* ------------------------------------------------------------------ old 公安 portal: 开办主体 (个人), kind switch */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 76px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 4px solid #c9151e; }
.banner .badge { width: 50px; height: 50px; border-radius: 50%; background: radial-gradient(#ffe27a, #c2911c); box-shadow: 0 0 0 3px #fff6cf inset; }
.banner b { font: bold 23px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; } .banner small { display: block; opacity: .75; }
.banner .who { margin-left: auto; }
.menu { background: #2f69ad; height: 30px; display: flex; justify-content: center; } .menu a { color: #fff; padding: 0 18px; line-height: 30px; text-decoration: none; } .menu a.cur { background: #c9151e; }
.box { width: 980px; margin: 12px auto 30px; background: #fff; border: 1px solid #c9d3de; padding: 10px 18px 18px; }
h2 { font: bold 15px "SimHei", "Microsoft YaHei", sans-serif; color: #0d4592; margin: 4px 0 8px; }
.kindrow { background: #f2f6fa; border: 1px solid #c9d3de; padding: 6px 10px; margin-bottom: 8px; } .kindrow b em { color: #e00; font-style: normal; }
table.tab { width: 100%; border-collapse: collapse; } table.tab td { border: 1px solid #c9d3de; padding: 4px 8px; }
table.tab td.n { width: 150px; background: #f2f6fa; text-align: right; } table.tab td.n em { color: #e00; font-style: normal; margin-right: 2px; }
table.tab caption { text-align: left; font-weight: bold; color: #0d4592; padding: 4px 0; }
input[type=text], select, textarea { border: 1px solid #9fb0c2; height: 22px; font: inherit; padding: 0 4px; box-sizing: border-box; }
input[type=text] { width: 260px; }
.err { color: #e00; margin-left: 6px; } .tip { color: #888; margin-left: 6px; }
.vrow { margin: 12px 0 0; } .vrow input { width: 70px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; }
.btns { text-align: center; padding: 12px 0 0; } .btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
#pickHint { color: #c9151e; padding: 10px 0; }
`;

const opt = (list: [string, string][], first = '--请选择--') => `<option value="">${first}</option>${list.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}`;

/**
 * The page's script (inline, ES5 like the portal's): state S and window.__replica; [data-k] text boxes / selects (the
 * option's text) / file inputs (file names); [data-blur] checks writing #<id>_err; [data-click] counters; chained region
 * selects answered by the area API over XHR; the kind switch.
 */
const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    kind: '', name: '', certType: '', certNumber: '', validityText: '', idFront: [], idBack: [], idHand: [], homeRegion: [], homeDetail: '', office: '', mobile: '', email: '',
    unitName: '', unitCertType: '', unitCertNumber: '', legalRep: '', captcha: '', saveClicks: 0, nextClicks: 0
  };
  function parseValidity(t) {
    var m = /^\s*(\d{4})[.\-\/年](\d{2})[.\-\/月](\d{2})日?\s*[-—–至~]\s*(?:(\d{4})[.\-\/年](\d{2})[.\-\/月](\d{2})日?|(长期))\s*$/.exec(t || '');
    if (!m) return [];
    return [m[1] + '-' + m[2] + '-' + m[3], m[7] ? '长期' : m[4] + '-' + m[5] + '-' + m[6]];
  }
  var R = {
    platform: 'beian-old', step: 'subject', variant: '个人', changes: 0,
    getState: function () {
      var o = JSON.parse(JSON.stringify(S));
      delete o.validityText;
      o.validity = parseValidity(S.validityText);
      return o;
    }
  };
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
    id: function (v) { return $('zjlx').value && $('zjlx').value !== '01' ? '' : validId(v) ? '' : '身份证号码校验错误'; },
    uscc: function (v) { return validUscc(v) ? '' : '统一社会信用代码校验错误'; },
    validity: function (v) {
      var p = parseValidity(v);
      if (!p.length) return '请按身份证背面格式填写，如 2018.03.01-2038.03.01 或 2018.03.01-长期';
      if (p[1] !== '长期' && p[1] <= p[0]) return '有效期截止日期须晚于起始日期';
      return '';
    },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    phone: function (v) { return /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(v) ? '' : '办公室电话格式：区号-号码'; },
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '邮箱格式不正确'; }
  };
  all('[data-blur]').forEach(function (el) {
    el.addEventListener('blur', function () { var v = el.value.trim(); var r = rules[el.getAttribute('data-blur')]; if (v && r) err(el.id, r(v)); });
  });
  /* 负责人常住地址: three selects, each level fetched from the area API */
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
  })(['czSheng', 'czShi', 'czXian'], 'homeRegion');
  /* 开办主体性质: 00 个人 shows the person's table, the other codes the unit's */
  function showKind() {
    var v = $('kbztxz').value;
    $('grPerson').style.display = v === '00' ? '' : 'none';
    $('grUnit').style.display = v && v !== '00' ? '' : 'none';
    $('pickHint').style.display = v ? 'none' : '';
  }
  $('kbztxz').addEventListener('change', showKind);
  showKind();
  $('btnSave').addEventListener('click', function () { $('btnMsg').textContent = S.kind ? '已保存' : '请选择开办主体性质'; });
  $('btnNext').addEventListener('click', function () {
    var miss = [];
    if (S.kind === '个人') {
      if (!S.idFront.length || !S.idBack.length || !S.idHand.length) miss.push('负责人证件照片');
      if (!S.office) miss.push('办公室电话');
    }
    $('btnMsg').textContent = !S.captcha ? '请输入验证码' : !S.kind ? '请选择开办主体性质' : miss.length ? '请填写：' + miss.join('、') : '请核对验证码';
  });
})();`;

export function oldSubjectHtml(): string {
  const n = (name: string, req = true) => `<td class="n">${req ? '<em>*</em>' : ''}${name}：</td>`;
  const txt = (id: string, k: string, extra = '') => `<input type="text" id="${id}" name="${id}" data-k="${k}"${extra}><span class="err" id="${id}_err"></span>`;
  const file = (id: string, k: string, cap: string) => `<div style="margin:2px 0">${cap}：<input type="file" id="${id}" name="${id}" accept="image/png,image/jpeg" data-k="${k}"><span class="err" id="${id}_err"></span></div>`;
  const body = `
<div class="banner"><div class="badge"></div><div><b>全国互联网安全管理服务平台</b><small>公安机关互联网站安全管理服务平台</small></div><div class="who">当前用户：张伟 | 退出</div></div>
<div class="menu"><a href="#">首页</a><a href="#" class="cur">开办主体管理</a><a href="#">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="box">
  <h2>开办主体管理 — 新增开办主体</h2>
  <form id="f" onsubmit="return false">
  <div class="kindrow"><b><em>*</em>开办主体性质：</b><select id="kbztxz" name="kbztxz" data-k="kind">${opt(MPS_OLD_NATURE_CODES)}</select><span class="tip">个人选择“个人”，企业、事业单位等选择对应性质</span></div>
  <div id="pickHint">请先选择开办主体性质，再填写对应信息。</div>
  <table class="tab" id="grPerson" style="display:none">
    <caption>个人开办主体（负责人）信息</caption>
    <tr>${n('负责人姓名')}<td>${txt('fzrxm', 'name', ' maxlength="30"')}</td></tr>
    <tr>${n('证件类型')}<td><select id="zjlx" name="zjlx" data-k="certType">${opt(MPS_PERSON_CERT_CODES)}</select></td></tr>
    <tr>${n('证件号码')}<td>${txt('zjhm', 'certNumber', ' maxlength="18" data-blur="id"')}</td></tr>
    <tr>${n('证件有效期')}<td>${txt('zjyxq', 'validityText', ' maxlength="30" data-blur="validity" style="width:200px"')}<span class="tip">按证件背面“有效期限”填写，如 2018.03.01-2038.03.01；长期有效填 2018.03.01-长期</span></td></tr>
    <tr>${n('负责人证件')}<td>${file('zjzm', 'idFront', '正面')}${file('zjfm', 'idBack', '反面')}${file('zjsc', 'idHand', '手持')}<span class="tip">jpg / png，单张不超过 2 MB</span></td></tr>
    <tr>${n('负责人常住地址')}<td><select id="czSheng"></select> <select id="czShi"></select> <select id="czXian"></select></td></tr>
    <tr>${n('详细地址')}<td>${txt('czxxdz', 'homeDetail', ' maxlength="100" style="width:420px"')}<span class="tip">街道、小区、门牌号</span></td></tr>
    <tr>${n('办公室电话')}<td>${txt('bgdh', 'office', ' maxlength="20" data-blur="phone" style="width:180px"')}<span class="tip">区号-号码</span></td></tr>
    <tr>${n('手机号码')}<td>${txt('sjhm', 'mobile', ' maxlength="11" data-blur="mobile" style="width:180px"')}</td></tr>
    <tr>${n('负责人邮箱')}<td>${txt('yx', 'email', ' maxlength="60" data-blur="email"')}</td></tr>
  </table>
  <table class="tab" id="grUnit" style="display:none">
    <caption>单位开办主体信息</caption>
    <tr>${n('主办单位名称')}<td>${txt('dwmc', 'unitName', ' maxlength="100" style="width:420px"')}</td></tr>
    <tr>${n('主办单位证件类型')}<td><select id="dwzjlx" name="dwzjlx" data-k="unitCertType">${opt(MPS_UNIT_CERT_CODES)}</select></td></tr>
    <tr>${n('主办单位证件号')}<td>${txt('dwzjh', 'unitCertNumber', ' maxlength="18" data-blur="uscc"')}</td></tr>
    <tr>${n('法人代表人姓名')}<td>${txt('frxm', 'legalRep', ' maxlength="30"')}</td></tr>
  </table>
  <div class="vrow">验证码：<input type="text" id="yzm" name="yzm" maxlength="4" data-k="captcha"> <span class="vcode" aria-hidden="true">Q7mb</span> <a href="#" onclick="return false">看不清，换一张</a></div>
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
