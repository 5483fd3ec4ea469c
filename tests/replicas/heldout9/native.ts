/**
 * Gen-9 pages without a component-library app: the old 公安 portal's 网站负责人 step for a person
 * (server-rendered HTML, <div> rows, 证件类型 radios, 年/月/日 select triplets, a small inline script), and the
 * HTML shells of the library builds.
 */
import type { ZooPage } from '../zoo/contract';
import { HELD_PRINCIPAL, MPS_PERSON_CERT_CODES, PREFIX } from './common';

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f2f3f5; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #232f3e; }
.mps-top { background: #1d4f91; }
.al-top b, .mps-top b { font-size: 16px; } .al-top span, .mps-top span { opacity: .85; font-size: 13px; }
.al-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; }
.al-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; } .al-side a.on { color: #ff6a00; background: #fff5ee; }
.al-main { margin-left: 176px; }
.al-body, .mps-body { max-width: 1180px; margin: 0 auto; padding: 16px 24px 60px; }
.page-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.al-actions, .mps-actions { display: flex; gap: 12px; padding: 16px 0; }
.help { color: #888; font-size: 12px; line-height: 1.5; width: 100%; }
.box { margin-bottom: 16px; }
.sec-head { font-size: 15px; font-weight: 600; margin: 0 0 12px; padding-left: 8px; border-left: 3px solid #ff6a00; }
.mps-sec { background: #fff; padding: 14px 24px 8px; margin-bottom: 16px; }
.err { color: #f5222d; font-size: 12px; line-height: 18px; }
.row-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.shots { display: flex; gap: 12px; flex-wrap: wrap; } .shot { text-align: center; font-size: 12px; color: #666; }
.cert-buttons { flex-wrap: wrap; row-gap: 6px; }
.inline-form .el-form-item { margin-right: 28px; }
.slot-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; }
.slot { border: 1px solid #e5e6eb; border-radius: 4px; padding: 12px 14px; background: #fff; }
.slot h4 { margin: 0 0 10px; font-size: 14px; font-weight: 500; } .slot h4 .req { color: #f5222d; margin-left: 2px; } .slot h4 .opt { color: #999; font-weight: normal; }
.slot-body { display: grid; grid-template-columns: 150px 1fr; gap: 12px; align-items: stretch; }
.sample { border: 1px solid #eee; background: #fafafa; text-align: center; font-size: 12px; color: #999; padding: 6px; }
.sample img { width: 100%; height: 84px; object-fit: contain; display: block; }
.site-card { background: #fff; border: 1px solid #e6e6e6; margin-bottom: 14px; }
.site-card .head { display: flex; justify-content: space-between; align-items: center; padding: 10px 16px; border-bottom: 1px solid #eee; font-weight: 500; }
.site-card .head .ops { display: flex; gap: 12px; font-weight: normal; }
.site-card .body { padding: 14px 20px 4px; }
.site-summary { color: #666; font-size: 13px; padding: 10px 16px; }
.grid3 { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); column-gap: 24px; }
.grid3 .span3 { grid-column: span 3; } .grid3 .span2 { grid-column: span 2; }
.domain-row { display: flex; gap: 8px; margin-bottom: 6px; align-items: center; }
table.rs { width: 100%; border-collapse: collapse; background: #fff; }
table.rs td, table.rs th { border: 1px solid #dfe3ea; padding: 8px 10px; font-size: 13px; vertical-align: middle; }
table.rs th.sec { width: 34px; background: #eef3fa; color: #1d4f91; writing-mode: vertical-rl; letter-spacing: 4px; font-weight: 600; }
table.rs td.lbl { width: 210px; background: #f7f9fc; text-align: right; color: #333; }
table.rs td.lbl .star { color: #f5222d; margin-right: 2px; }
.ymd { display: inline-flex; gap: 6px; align-items: center; }
.vc-top { height: 52px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #1d2129; }
.vc-top b { font-size: 16px; } .vc-top span { opacity: .8; font-size: 13px; }
.vc-wrap { display: flex; gap: 20px; max-width: 1240px; margin: 0 auto; padding: 16px 24px 60px; }
.vc-rail { width: 200px; flex: none; background: #fff; padding: 20px 16px; align-self: flex-start; }
.vc-main { flex: 1; min-width: 0; }
.vc-card { background: #fff; padding: 18px 28px 6px; margin-bottom: 16px; }
.vc-card h3 { font-size: 15px; margin: 0 0 16px; }
.bd-top { height: 50px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #2468f2; }
.bd-top b { font-size: 16px; } .bd-top span { opacity: .85; font-size: 13px; }
.bd-body { max-width: 1200px; margin: 0 auto; padding: 16px 24px 60px; }
.bd-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); column-gap: 24px; }
.bd-grid .full { grid-column: span 2; }
.bd-actions { display: flex; gap: 12px; padding: 16px 0; }
.req-r { color: #e34d59; margin-left: 3px; }
.td-ctl { width: 100%; }
`;

const LIB_ASSETS: Record<string, { js: string; css: string | null }> = {
  antd: { js: 'antd.js', css: null },
  'element-plus': { js: 'vue.js', css: 'element-plus.css' },
  'fusion-next': { js: 'fusion.js', css: 'next.css' },
  arco: { js: 'arco.js', css: 'arco.css' },
  tdesign: { js: 'tdesign.js', css: 'tdesign.css' },
};

export function shellHtml(page: ZooPage, title: string): string {
  const a = LIB_ASSETS[page.library]!;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title}</title>
${a.css ? `<link rel="stylesheet" href="${PREFIX}${a.css}">` : ''}
<style>${CHROME_CSS}</style>
</head>
<body>
<div id="app"></div>
<script src="${PREFIX}${a.js}"></script>
</body>
</html>`;
}

/* ------------------------------------------------------------------ the old portal's 网站负责人 step (个人) */

const OLD_CSS = `
body { margin: 0; font: 12px/1.6 "SimSun", "宋体", "Noto Sans CJK SC", sans-serif; background: #eef2f6; color: #333; }
.hd { background: #0d4d92; color: #fff; padding: 14px 30px; font-size: 20px; font-weight: bold; }
.menu { background: #1a66b3; padding: 0 30px; } .menu a { display: inline-block; color: #fff; padding: 7px 14px; text-decoration: none; } .menu a.cur { background: #0d4d92; }
.wrap { width: 980px; margin: 12px auto; background: #fff; border: 1px solid #c5d3e2; padding: 10px 24px 20px; }
.flow { color: #666; margin: 6px 0 12px; } .flow b { color: #0d4d92; }
h4.bar { margin: 14px 0 8px; padding: 5px 10px; background: #dde8f4; border-left: 4px solid #0d4d92; font-size: 13px; }
h4.bar .same { float: right; font-weight: normal; font-size: 12px; }
.row { display: flex; align-items: flex-start; padding: 5px 0; border-bottom: 1px dotted #e2e8ef; }
.row .lbl { width: 130px; flex: none; text-align: right; padding-right: 6px; line-height: 24px; } .row .lbl i { color: #e00; font-style: normal; }
.row .ctl { flex: none; width: 560px; } .row .hint { color: #888; line-height: 24px; padding-left: 10px; }
.row .radios label { display: inline-block; margin: 0 12px 2px 0; white-space: nowrap; }
input[type=text] { width: 220px; height: 22px; border: 1px solid #a9b8c8; padding: 0 4px; } input[readonly] { background: #f0f0f0; color: #666; }
select { height: 24px; border: 1px solid #a9b8c8; } select:disabled { background: #f0f0f0; }
.msg { display: block; color: #e00; min-height: 0; }
.up { display: block; margin-bottom: 4px; } .up .st { color: #090; margin-left: 4px; }
.captcha { display: inline-block; padding: 0 8px; background: #eee; font: italic bold 15px serif; letter-spacing: 3px; vertical-align: middle; }
.btns { text-align: center; margin-top: 16px; } .btns button { padding: 4px 24px; margin: 0 8px; background: #0d4d92; color: #fff; border: 0; cursor: pointer; }
`;

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (id: string) => `<span class="ymd" id="${id}">
  <select id="${id}_y" aria-label="年"><option value="">----</option>${range(1980, 2070).map((y) => `<option value="${y}">${y}</option>`).join('')}</select>年
  <select id="${id}_m" aria-label="月"><option value="">--</option>${range(1, 12).map((m) => `<option value="${pad(m)}">${pad(m)}</option>`).join('')}</select>月
  <select id="${id}_d" aria-label="日"><option value="">--</option>${range(1, 31).map((d) => `<option value="${pad(d)}">${pad(d)}</option>`).join('')}</select>日
</span>`;

const row = (label: string, control: string, hint = '', required = true) =>
  `<div class="row"><span class="lbl">${required ? '<i>*</i>' : ''}${label}：</span><span class="ctl">${control}</span>${hint ? `<span class="hint">${hint}</span>` : ''}</div>`;
const text = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}><span class="msg" id="${id}_msg"></span>`;
const radios = (name: string) =>
  `<span class="radios" id="${name}">${MPS_PERSON_CERT_CODES.map(([v, l]) => `<label><input type="radio" name="${name}" value="${v}"> ${l}</label>`).join('')}</span>`;
const upload = (id: string, name: string) =>
  `<span class="up">${name}：<input type="file" id="${id}" name="${id}" accept="image/jpeg,image/png"><span class="st" id="${id}_st"></span></span>`;

function section(p: 'aq' | 'yj', title: string, officer: boolean): string {
  const nameLabel = officer ? '姓　　名' : '联络人姓名';
  return `<div class="sec" id="sec_${p}">
  <h4 class="bar">${title}<span class="same"><label for="${p}_tzt"><input type="checkbox" id="${p}_tzt"> 同主体负责人信息</label></span></h4>
  ${row(nameLabel, text(`${p}_xm`))}
  ${row('证件类型', radios(`${p}_zjlx`))}
  ${row('证件号码', text(`${p}_zjhm`, ' maxlength="18"'), '18 位居民身份证号码')}
  ${row('证件有效期', `起 ${ymd(`${p}_qs`)}<br>止 ${ymd(`${p}_jz`)} <label for="${p}_cq"><input type="checkbox" id="${p}_cq"> 长期有效</label><span class="msg" id="${p}_yxq_msg"></span>`)}
  ${officer ? row('手机号码', text(`${p}_sjhm`, ' maxlength="11"')) : ''}
  ${officer ? row('电子邮件地址', text(`${p}_yx`)) : ''}
  ${officer ? row('证件照片', `${upload(`${p}_zm`, '证件正面')}${upload(`${p}_fm`, '证件反面')}${upload(`${p}_sc`, '手持证件')}`, 'jpg/png，单张不超过 2MB；与主体负责人相同时仍需重新上传') : ''}
</div>`;
}

const OLD_SCRIPT = `
(function () {
  var P = ${JSON.stringify(HELD_PRINCIPAL.个人)};
  var S = { secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secValidTo: '', secLongTerm: false, secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [], emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTo: '', emgLongTerm: false,
    captcha: '', prevClicks: 0, saveClicks: 0, nextClicks: 0 };
  var R = { platform: 'beian-old', step: 'principal', variant: '个人', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
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
  /** the date of a 年/月/日 triplet: 'YYYY-MM-DD', '' when incomplete, null when it does not exist */
  function dateOf(id) {
    var y = $(id + '_y').value, m = $(id + '_m').value, d = $(id + '_d').value;
    if (!y || !m || !d) return '';
    var dt = new Date(+y, +m - 1, +d);
    return dt.getFullYear() === +y && dt.getMonth() === +m - 1 && dt.getDate() === +d ? y + '-' + m + '-' + d : null;
  }
  function setDate(id, iso) {
    var parts = iso ? iso.split('-') : ['', '', ''];
    $(id + '_y').value = parts[0]; $(id + '_m').value = parts[1]; $(id + '_d').value = parts[2];
  }
  var blocks = { aq: 'sec', yj: 'emg' };
  Object.keys(blocks).forEach(function (p) {
    var k = blocks[p];
    var map = { xm: 'Name', zjhm: 'CertNumber', sjhm: 'Mobile', yx: 'Email' };
    Object.keys(map).forEach(function (f) {
      var el = $(p + '_' + f); if (!el) return;
      el.addEventListener('input', function () { set(k + map[f], el.value); msg(el.id, ''); });
      el.addEventListener('blur', function () {
        var v = el.value.trim(); if (!v) return;
        if (f === 'zjhm' && S[k + 'CertType'] === '01' && !idOk(v)) msg(el.id, '身份证号码格式不正确，请核对');
        if (f === 'sjhm' && !/^1[3-9]\\d{9}$/.test(v)) msg(el.id, '请输入11位手机号码');
        if (f === 'yx' && !/^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(v)) msg(el.id, '电子邮件地址格式不正确');
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll('input[name=' + p + '_zjlx]'), function (r) {
      r.addEventListener('change', function () { if (r.checked) set(k + 'CertType', r.value); });
    });
    [['qs', 'ValidFrom'], ['jz', 'ValidTo']].forEach(function (d) {
      ['_y', '_m', '_d'].forEach(function (x) {
        $(p + '_' + d[0] + x).addEventListener('change', function () {
          var v = dateOf(p + '_' + d[0]);
          set(k + d[1], v || '');
          msg(p + '_yxq', v === null ? '所选日期不存在，请重新选择' : '');
        });
      });
    });
    function lockEnd(on) { ['_y', '_m', '_d'].forEach(function (x) { $(p + '_jz' + x).disabled = on; }); }
    $(p + '_cq').addEventListener('change', function (e) {
      var on = e.target.checked; set(k + 'LongTerm', on); lockEnd(on);
      if (on) { setDate(p + '_jz', ''); set(k + 'ValidTo', ''); }
    });
    ['zm', 'fm', 'sc'].forEach(function (f) {
      var el = $(p + '_' + f); if (!el) return;
      var key = k + { zm: 'IdFront', fm: 'IdBack', sc: 'IdHand' }[f];
      el.addEventListener('change', function () {
        set(key, Array.prototype.map.call(el.files, function (x) { return x.name; }));
        $(el.id + '_st').textContent = el.files.length ? '已选择' : '';
      });
    });
    // 同主体负责人信息: copy the 开办主体 principal and make the block read-only
    $(p + '_tzt').addEventListener('change', function (e) {
      var on = e.target.checked; set(k + 'Same', on);
      var vals = { xm: P.name, zjhm: P.certNumber, sjhm: P.mobile, yx: P.email };
      Object.keys(vals).forEach(function (f) { var el = $(p + '_' + f); if (!el) return; if (on) el.value = vals[f]; el.readOnly = on; });
      Array.prototype.forEach.call(document.querySelectorAll('input[name=' + p + '_zjlx]'), function (r) { if (on) r.checked = r.value === '01'; r.disabled = on; });
      ['_y', '_m', '_d'].forEach(function (x) { $(p + '_qs' + x).disabled = on; $(p + '_jz' + x).disabled = on || $(p + '_cq').checked; });
      $(p + '_cq').disabled = on;
      if (on) {
        setDate(p + '_qs', P.validFrom); setDate(p + '_jz', P.validTo); $(p + '_cq').checked = P.longTerm; lockEnd(true);
        set(k + 'Name', P.name); set(k + 'CertType', '01'); set(k + 'CertNumber', P.certNumber); set(k + 'ValidFrom', P.validFrom);
        set(k + 'ValidTo', P.validTo); set(k + 'LongTerm', P.longTerm);
        if ($(p + '_sjhm')) { set(k + 'Mobile', P.mobile); set(k + 'Email', P.email); }
      } else lockEnd($(p + '_cq').checked);
    });
  });
  $('yzm').addEventListener('input', function (e) { set('captcha', e.target.value); });
  $('btnPrev').addEventListener('click', function () { set('prevClicks', S.prevClicks + 1); });
  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); });
  $('btnNext').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); });
})();
`;

export function oldPrincipalHtml(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>新办网站申请 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="hd">全国互联网安全管理服务平台</div>
<div class="menu"><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="wrap">
  <div class="flow">1 开办主体信息 &gt; 2 网站基本信息 &gt; <b>3 网站负责人信息</b> &gt; 4 提示说明</div>
  <form id="fzrForm" onsubmit="return false">
  ${section('aq', '网站安全负责人信息', true)}
  ${section('yj', '网站应急联络人信息', false)}
  <h4 class="bar">提交验证</h4>
  ${row('验 证 码', '<input type="text" id="yzm" name="yzm" style="width: 80px"> <span class="captcha" aria-hidden="true">x4Rd</span> <a href="javascript:;">看不清，换一张</a>')}
  <div class="btns"><button type="button" id="btnPrev">上一步</button><button type="button" id="btnSave">保存</button><button type="button" id="btnNext">下一步</button></div>
  </form>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
