/**
 * Gen-16 pages without a component-library app: the old 公安 portal's 网站负责人 step for a unit (server-rendered HTML
 * over http: a left step menu beside ONE COMPARISON TABLE whose columns are the two roles and whose rows are the fields,
 * <th scope=row> / <th scope=col> and no <label> at all; a 同开办主体负责人 tick per column head copying the registered
 * principal and locking the column; the validity as a start date + an ID card's 有效期限 select with the end date
 * derived read-only; the security officer's photo file inputs) and the HTML shells of the library builds.
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_PERSON_CERT_CODES, PREFIX } from './common';

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .tc-top, .bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #232f3e; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .tc-top { background: #1a2233; height: 50px; } .bd-top { background: #fff; color: #151b26; border-bottom: 1px solid #e8e9eb; }
.bd-top b { color: #2468f2; } .al-top b, .mps-top b, .tc-top b, .bd-top b { font-size: 16px; } .al-top span, .mps-top span, .tc-top span, .bd-top span { opacity: .9; font-size: 13px; }
.al-side, .tc-side, .bd-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; }
.tc-side { top: 50px; width: 200px; background: #222c3c; border-right: 0; } .bd-side { width: 190px; }
.al-side a, .tc-side a, .bd-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; cursor: pointer; }
.tc-side a { color: #c6ccd6; } .tc-side a.on { color: #fff; background: #006eff; }
.al-side a.on { color: #ff6a00; background: #fff5ee; } .bd-side a.on { color: #2468f2; background: #eef3fe; }
.tc-side .grp, .bd-side .grp { padding: 12px 20px 4px; color: #999; font-size: 12px; }
.al-main { margin-left: 176px; } .tc-main { margin-left: 200px; } .bd-main { margin-left: 190px; }
.al-body, .mps-body, .tc-body { max-width: 1180px; margin: 0 auto; padding: 16px 24px 60px; }
.crumbs { color: #888; font-size: 12px; margin: 2px 0 12px; }
.page-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.al-actions, .mps-actions, .tc-actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; }
.help { color: #888; font-size: 12px; line-height: 1.5; }
.msg { color: #d54941; font-size: 13px; } .ok-msg { color: #2ba471; font-size: 13px; }
.row-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.panel-w { background: #fff; padding: 16px 24px; margin-bottom: 16px; border-radius: 3px; }
.ctl { width: 100%; }
.t-form__item.t-form__item-with-extra { margin-bottom: 30px; }
.t-collapse-panel__content { padding-bottom: 8px; }
/* aliyun basic: the help rail */
.help-split { display: flex; gap: 16px; align-items: flex-start; }
.help-split .basic-card { flex: 1; min-width: 0; }
.help-rail { position: sticky; top: 12px; width: 220px; background: #fffaf5; border: 1px solid #ffd8b8; border-radius: 4px; padding: 12px 14px; font-size: 12px; color: #555; }
.help-rail h4 { margin: 0 0 8px; font-size: 14px; color: #ff6a00; } .help-rail .help-now { color: #222; font-size: 13px; line-height: 1.6; background: #fff; padding: 8px; border-left: 3px solid #ff6a00; }
.help-rail ul { padding-left: 16px; line-height: 1.6; }
/* aliyun subject: facts strip, panes */
.facts { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; background: #fff; padding: 10px 16px; margin-bottom: 16px; border-radius: 3px; }
.pane .t-card__title { font-weight: 600; }
/* tencent upload: materials */
.materials .mat-title { font-weight: 600; } .materials .req { color: #e34d59; font-style: normal; margin-right: 2px; }
.mat-body { padding: 4px 0 14px; } .mat-uploads { gap: 20px; margin-top: 8px; align-items: flex-start; } .slot-cap { text-align: center; font-size: 12px; color: #666; width: 112px; }
.qr-box { display: flex; gap: 16px; align-items: center; padding: 16px 0; } .qr { width: 120px; height: 120px; background: repeating-conic-gradient(#222 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
/* mps */
.mps-top .who { margin-left: auto; }
.role-card { margin-bottom: 16px; }
.photos { display: flex; gap: 24px; align-items: flex-start; } .photo-cap { text-align: center; font-size: 12px; color: #666; }
.ro-grid { display: grid; grid-template-columns: 120px 1fr 120px 1fr; gap: 8px 12px; font-size: 13px; margin-bottom: 14px; }
.ro-grid dt { color: #888; text-align: right; } .ro-grid dd { margin: 0; color: #222; }
.sub-title { font-weight: 600; font-size: 14px; margin: 10px 0 12px; padding-left: 8px; border-left: 3px solid #0b3d7e; }
.ip-row { margin-bottom: 6px; }
.two-col { display: grid; grid-template-columns: 1fr 1fr; column-gap: 24px; }
.photo .next-upload-list-card { display: inline-flex; }
.panel-tag { margin-left: 8px; font-size: 12px; }
.field-err { color: #d23c26; font-size: 12px; line-height: 1.5; }
/* baidu splitter */
.bd-split { background: #fff; height: 760px; border: 1px solid #e8e9eb; }
.bd-pane { padding: 16px 20px; height: 100%; box-sizing: border-box; overflow: auto; }
.bd-pane h3 { font-size: 15px; margin: 0 0 14px; }
.req-star { color: #f56c6c; margin-right: 2px; }
`;

const LIB_ASSETS: Record<string, string> = { tdesign: 'tdesign', 'fusion-next': 'fusion', 'element-plus': 'vue' };

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

/* ------------------------------------------------------------------ the old portal's 网站负责人 (单位), one comparison table */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef4 url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='6' height='6'%3E%3Cpath d='M0 6L6 0' stroke='%23dde4ec'/%3E%3C/svg%3E"); color: #222; }
.banner { background: linear-gradient(90deg, #0a4a9c, #1766c2 60%, #0a4a9c); color: #fff; height: 80px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 3px solid #d9a320; }
.banner .badge { width: 52px; height: 52px; border-radius: 50%; background: radial-gradient(#ffe27a, #c2911c); box-shadow: 0 0 0 3px #fff6cf inset; }
.banner b { font: bold 24px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 4px; } .banner small { display: block; opacity: .75; letter-spacing: 1px; }
.menu { background: #f8f8f8; border-bottom: 1px solid #c9d3de; height: 30px; padding: 0 36px; display: flex; } .menu a { color: #0a4a9c; padding: 0 16px; line-height: 30px; text-decoration: none; } .menu a.cur { background: #0a4a9c; color: #fff; }
.menu .who { margin-left: auto; color: #555; line-height: 30px; }
.wrap { width: 1010px; margin: 12px auto 40px; display: flex; gap: 12px; align-items: flex-start; }
.stepmenu { width: 170px; background: #fff; border: 1px solid #c9d3de; } .stepmenu h5 { margin: 0; background: #0a4a9c; color: #fff; padding: 4px 10px; font-size: 13px; }
.stepmenu ol { margin: 0; padding: 6px 0 6px 32px; } .stepmenu li { padding: 5px 0; color: #777; } .stepmenu li.cur { color: #c0392b; font-weight: bold; } .stepmenu li.done { color: #0a4a9c; }
.main { flex: 1; background: #fff; border: 1px solid #c9d3de; padding: 10px 14px 14px; }
.main h3 { margin: 0 0 6px; font-size: 15px; color: #0a4a9c; border-bottom: 2px solid #0a4a9c; padding-bottom: 4px; }
.tip { background: #fffbe6; border: 1px solid #f0d98c; padding: 4px 8px; color: #7a5b00; margin-bottom: 8px; }
table.cmp { width: 100%; border-collapse: collapse; }
table.cmp th, table.cmp td { border: 1px solid #c9d3de; padding: 4px 6px; vertical-align: middle; }
table.cmp thead th { background: #dfe8f3; color: #0a4a9c; font-size: 13px; }
table.cmp thead th .same { font-weight: normal; color: #333; font-size: 12px; white-space: nowrap; }
table.cmp tbody th { background: #f3f6fa; width: 130px; text-align: right; font-weight: normal; color: #333; }
table.cmp tbody th i { color: #e00; font-style: normal; margin-right: 2px; }
table.cmp td { width: 40%; } table.cmp td.na { color: #aaa; text-align: center; }
table.cmp input[type=text], table.cmp select { border: 1px solid #9fb0c2; height: 23px; font: inherit; padding: 0 3px; box-sizing: border-box; width: 210px; }
table.cmp input[readonly] { background: #f1f1f1; color: #555; } table.cmp input[disabled], table.cmp select[disabled] { background: #eee; }
table.cmp select.term { width: 90px; }
.err { color: #e00; display: block; line-height: 16px; }
.vrow { margin: 10px 0 0; } .vrow input { width: 70px; border: 1px solid #9fb0c2; height: 23px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(45deg, #e6eefa 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #0a4a9c; letter-spacing: 2px; vertical-align: middle; }
.btns { text-align: center; padding: 12px 0 0; }
.btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
#btnMsg { color: #e00; margin-top: 6px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secValidTerm: '', secValidTo: '', secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [],
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTerm: '', emgValidTo: '', emgMobile: '',
    captcha: '', prevClicks: 0, saveClicks: 0, nextClicks: 0
  };
  var R = { platform: 'beian-old', step: 'principal', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var $ = function (id) { return document.getElementById(id); };
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  var W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  function idOk(v) {
    if (!/^[1-9]\d{16}[\dXx]$/.test(v)) return false;
    var sum = 0; for (var i = 0; i < 17; i++) sum += W[i] * +v[i];
    return '10X98765432'[sum % 11] === v[17].toUpperCase();
  }
  var DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
  // an ID card's end date: the start plus the term's years (长期: none)
  function endOf(from, term) {
    var m = DATE.exec(from), y = parseInt(term, 10);
    return m && y ? (+m[1] + y) + '-' + m[2] + '-' + m[3] : '';
  }
  var ROLES = {
    sec: { name: 'aqxm', type: 'aqzjlx', no: 'aqzjhm', from: 'aqyxq', term: 'aqqx', to: 'aqyxz', mobile: 'aqsj', email: 'aqyx', same: 'aqtb' },
    emg: { name: 'yjxm', type: 'yjzjlx', no: 'yjzjhm', from: 'yjyxq', term: 'yjqx', to: 'yjyxz', mobile: 'yjsj', same: 'yjtb' }
  };
  var checks = {
    no: function (v, r) { return $(ROLES[r].type).value !== '01' || idOk(v) ? '' : '身份证号码有误'; },
    from: function (v) { return DATE.test(v) ? '' : '格式：yyyy-MM-dd'; },
    mobile: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '请输入11位手机号码'; },
    email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮件地址格式不正确'; }
  };
  var KEYS = { name: 'Name', no: 'CertNumber', from: 'ValidFrom', mobile: 'Mobile', email: 'Email' };
  Object.keys(ROLES).forEach(function (r) {
    var ids = ROLES[r];
    function derive() {
      var to = $(ids.term).value === '长期' ? '' : endOf($(ids.from).value.trim(), $(ids.term).value);
      $(ids.to).value = to; set(r + 'ValidTo', to);
    }
    Object.keys(KEYS).forEach(function (f) {
      var el = $(ids[f]);
      if (!el) return;
      var key = r + KEYS[f];
      el.addEventListener('input', function () { set(key, el.value); err(el.id, ''); if (f === 'from') derive(); });
      el.addEventListener('change', function () { set(key, el.value); if (f === 'from') derive(); });
      if (checks[f]) el.addEventListener('blur', function () { var v = el.value.trim(); err(el.id, v ? checks[f](v, r) : ''); });
    });
    $(ids.type).addEventListener('change', function (e) { var o = e.target.options[e.target.selectedIndex]; set(r + 'CertType', e.target.value ? o.text : ''); });
    $(ids.term).addEventListener('change', function (e) { set(r + 'ValidTerm', e.target.value); derive(); });
    // 同开办主体负责人: the registered subject's principal (李娜) copied into the column, which locks
    $(ids.same).addEventListener('change', function (e) {
      var on = e.target.checked, H = window.HELD;
      set(r + 'Same', on);
      var fill = { name: H.name, type: H.certTypeCode, no: H.certNumber, from: H.validFrom, term: H.term, mobile: H.mobile, email: H.email };
      Object.keys(fill).forEach(function (f) {
        var el = $(ids[f]);
        if (!el) return;
        el.value = on ? fill[f] : '';
        el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
        el.disabled = on;
      });
    });
  });
  var files = { aqzm: 'secIdFront', aqfm: 'secIdBack', aqsc: 'secIdHand' };
  Object.keys(files).forEach(function (id) {
    $(id).addEventListener('change', function (e) { set(files[id], Array.prototype.map.call(e.target.files || [], function (f) { return f.name; })); });
  });
  $('yzm').addEventListener('input', function (e) { set('captcha', e.target.value); });
  $('btnPrev').addEventListener('click', function () { set('prevClicks', S.prevClicks + 1); });
  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); $('btnMsg').textContent = '已保存'; });
  $('btnNext').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); $('btnMsg').textContent = S.captcha ? '验证码错误' : '请输入验证码'; });
})();
`;

const TERMS = ['5年', '10年', '20年', '长期'];
const HELD_LINA = { name: '李娜', certTypeCode: '01', certNumber: '330110198511204525', validFrom: '2016-05-10', term: '长期', mobile: '13600136000', email: 'lina@yunqi-demo.cn' };

const txt = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}>`;
const errOf = (id: string) => `<span class="err" id="${id}_err"></span>`;
const sel = (id: string, options: [string, string][], cls = '') => `<select id="${id}" name="${id}"${cls ? ` class="${cls}"` : ''}><option value="">--请选择--</option>${options.map(([v, l]) => `<option value="${v}">${l}</option>`).join('')}</select>`;
const file = (id: string) => `<input type="file" id="${id}" name="${id}" accept="image/*">`;
const row = (label: string, sec: string, emg: string, required = true) => `<tr><th scope="row">${required ? '<i>*</i>' : ''}${label}</th><td>${sec}</td>${emg ? `<td>${emg}</td>` : '<td class="na">—</td>'}</tr>`;

export function oldPrincipalHtml(): string {
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  const term = (id: string) => sel(id, TERMS.map((t) => [t, t]), 'term');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>网站负责人 - 新办网站申请 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
<script>window.HELD = ${json(HELD_LINA)};</script>
</head>
<body>
<div class="banner"><span class="badge"></span><div><b>全国互联网安全管理服务平台</b><small>www.beian.gov.cn · 公安机关互联网站安全管理服务</small></div></div>
<div class="menu"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a><span class="who">当前用户：杭州云栖示例科技有限公司</span></div>
<div class="wrap">
  <div class="stepmenu"><h5>新办网站申请</h5><ol><li class="done">开办主体</li><li class="done">网站基本信息</li><li class="cur">网站负责人</li><li>提示说明</li></ol></div>
  <div class="main">
    <h3>网站负责人信息</h3>
    <div class="tip">网站安全负责人及网站应急联络人须真实有效；与开办主体负责人为同一人时可勾选“同开办主体负责人”，证件照片仍须重新上传。</div>
    <form id="f" onsubmit="return false" enctype="multipart/form-data">
    <table class="cmp">
      <thead><tr>
        <th scope="col">项目</th>
        <th scope="col">网站安全负责人<br><span class="same"><input type="checkbox" id="aqtb" name="aqtb"> 同开办主体负责人</span></th>
        <th scope="col">网站应急联络人<br><span class="same"><input type="checkbox" id="yjtb" name="yjtb"> 同开办主体负责人</span></th>
      </tr></thead>
      <tbody>
        ${row('姓名', txt('aqxm', ' maxlength="30"'), txt('yjxm', ' maxlength="30"'))}
        ${row('证件类型', sel('aqzjlx', MPS_PERSON_CERT_CODES), sel('yjzjlx', MPS_PERSON_CERT_CODES))}
        ${row('证件号码', txt('aqzjhm', ' maxlength="18"') + errOf('aqzjhm'), txt('yjzjhm', ' maxlength="18"') + errOf('yjzjhm'))}
        ${row('证件有效期起', txt('aqyxq', ' maxlength="10" placeholder="yyyy-MM-dd"') + errOf('aqyxq'), txt('yjyxq', ' maxlength="10" placeholder="yyyy-MM-dd"') + errOf('yjyxq'))}
        ${row('有效期限', term('aqqx'), term('yjqx'))}
        ${row('有效期至', txt('aqyxz', ' readonly tabindex="-1" placeholder="按有效期限自动计算"'), txt('yjyxz', ' readonly tabindex="-1" placeholder="按有效期限自动计算"'))}
        ${row('手机号码', txt('aqsj', ' maxlength="11"') + errOf('aqsj'), txt('yjsj', ' maxlength="11"') + errOf('yjsj'))}
        ${row('电子邮件地址', txt('aqyx') + errOf('aqyx'), '')}
        ${row('证件正面', file('aqzm'), '')}
        ${row('证件反面', file('aqfm'), '')}
        ${row('手持证件照', file('aqsc'), '')}
      </tbody>
    </table>
    <div class="vrow">验证码：${txt('yzm', ' maxlength="4"')} <span class="vcode" aria-hidden="true">7rQa</span> <a href="#" onclick="return false">看不清，换一张</a></div>
    <div class="btns"><input type="button" id="btnPrev" value="上一步"><input type="button" id="btnSave" value="保存"><input type="button" id="btnNext" class="main-btn" value="下一步"><div id="btnMsg"></div></div>
    </form>
  </div>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
