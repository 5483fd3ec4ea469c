/**
 * Gen-8 pages without a component-library app: the old 公安 portal's 网站负责人 step (server-rendered HTML,
 * a classic label/control table, a small inline script), and the HTML shells of the library builds.
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
.al-actions, .mps-actions { display: flex; gap: 12px; padding: 16px 0; }
.help { color: #888; font-size: 12px; line-height: 1.5; }
.box { margin-bottom: 16px; }
.sec-head { font-size: 15px; font-weight: 600; margin: 0 0 12px; padding-left: 8px; border-left: 3px solid #ff6a00; }
.mps-sec { background: #fff; padding: 14px 24px 8px; margin-bottom: 16px; }
.mps-sec h3 { font-size: 15px; margin: 0 0 12px; color: #1d4f91; }
dl.kv { display: grid; grid-template-columns: 170px 1fr 170px 1fr; gap: 14px 12px; margin: 0; align-items: start; }
dl.kv dt { text-align: right; color: #333; font-size: 14px; line-height: 32px; }
dl.kv dt .star { color: #f5222d; margin-right: 3px; }
dl.kv dd { margin: 0; min-width: 0; } dl.kv dd.wide { grid-column: span 3; }
.err { color: #f5222d; font-size: 12px; line-height: 18px; }
.row-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.contact-row { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; width: 100%; }
.mat-need { color: #888; font-size: 12px; } .mat-name { font-weight: 500; } .opt { color: #999; }
.twin { align-items: stretch; } .twin .el-card { height: 100%; }
.shots { display: flex; gap: 12px; flex-wrap: wrap; } .shot { text-align: center; font-size: 12px; color: #666; }
.tc-page { min-height: 100vh; }
.tc-topbar { height: 50px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #242933; }
.tc-logo { font-weight: 600; font-size: 17px; } .tc-product { opacity: .85; font-size: 14px; }
.tc-body { max-width: 1100px; margin: 0 auto; padding: 16px 24px 60px; }
.tc-title { font-size: 20px; font-weight: 500; margin: 4px 0 16px; }
.tc-actions { display: flex; gap: 12px; padding: 16px 0; }
.hw-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #191919; }
.hw-top b { font-size: 16px; } .hw-top span { opacity: .8; font-size: 13px; }
.hw-body { max-width: 1120px; margin: 0 auto; padding: 16px 24px 60px; }
.hw-card { background: #fff; padding: 16px 28px 8px; margin-bottom: 16px; }
.hw-card h3 { font-size: 16px; margin: 0 0 16px; }
.bi { display: inline-flex; flex-direction: column; line-height: 1.35; vertical-align: top; } .bi small { color: #999; font-size: 11px; }
.hw-form .tiny-form-item__label { height: auto !important; min-height: 32px; line-height: 1.35 !important; padding-top: 4px; }
.wizard { background: transparent; } .wizard > div { background: #fff; margin-bottom: 10px; padding: 10px 20px; }
.step-title { font-size: 15px; font-weight: 500; display: inline-flex; gap: 10px; align-items: center; }
table.dom { border-collapse: collapse; width: 100%; } table.dom th, table.dom td { border: 1px solid #e6e6e6; padding: 6px 8px; font-size: 13px; } table.dom th { background: #f5f5f5; font-weight: 500; text-align: left; }
`;

const LIB_ASSETS: Record<string, { js: string; css: string | null }> = {
  antd: { js: 'antd.js', css: null },
  'element-plus': { js: 'vue.js', css: 'element-plus.css' },
  'fusion-next': { js: 'fusion.js', css: 'next.css' },
  tea: { js: 'tea.js', css: 'tea.css' },
  opentiny: { js: 'opentiny.js', css: 'opentiny.css' },
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

/* ------------------------------------------------------------------ the old portal's 网站负责人 step (单位) */

const OLD_CSS = `
body { margin: 0; font: 12px/1.6 "SimSun", "宋体", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #333; }
.hd { background: #0d4d92; color: #fff; padding: 14px 30px; font-size: 20px; font-weight: bold; }
.menu { background: #1a66b3; padding: 0 30px; } .menu a { display: inline-block; color: #fff; padding: 7px 14px; text-decoration: none; } .menu a.cur { background: #0d4d92; }
.wrap { width: 1000px; margin: 12px auto; background: #fff; border: 1px solid #c5d3e2; padding: 10px 20px 20px; }
.flow { color: #666; margin: 6px 0 12px; } .flow b { color: #0d4d92; }
.notice { border: 1px dashed #e0b96a; background: #fffbe8; padding: 6px 10px; margin-bottom: 10px; color: #8a5d00; }
table.ft { width: 100%; border-collapse: collapse; margin-bottom: 14px; }
table.ft th.sec { background: #dde8f4; text-align: left; padding: 5px 10px; font-size: 13px; border: 1px solid #c5d3e2; }
table.ft th.sec .same { float: right; font-weight: normal; font-size: 12px; }
table.ft td { border: 1px solid #d9e2ec; padding: 5px 8px; vertical-align: middle; }
table.ft td.lbl { width: 120px; background: #f5f8fb; text-align: right; white-space: nowrap; } table.ft td.lbl .red { color: #e00; }
input[type=text] { width: 200px; height: 22px; border: 1px solid #a9b8c8; padding: 0 4px; } input[readonly] { background: #f0f0f0; color: #666; }
select { height: 24px; border: 1px solid #a9b8c8; } select:disabled { background: #f0f0f0; }
.msg { display: block; color: #e00; } .tip { color: #888; }
.up { display: inline-block; margin-right: 18px; } .up .st { color: #090; margin-left: 4px; }
.captcha { display: inline-block; padding: 0 8px; background: #eee; font: italic bold 15px serif; letter-spacing: 3px; vertical-align: middle; }
.btns { text-align: center; margin-top: 16px; } .btns button { padding: 4px 24px; margin: 0 8px; background: #0d4d92; color: #fff; border: 0; cursor: pointer; }
`;

/** One label cell (padded wording, red star, full-width colon) and its control cell. */
const cell = (label: string, control: string, required = true) =>
  `<td class="lbl">${required ? '<span class="red">*</span>' : ''}${label}：</td><td>${control}</td>`;
const text = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}><span class="msg" id="${id}_msg"></span>`;
const certSelect = (id: string) =>
  `<select id="${id}" name="${id}"><option value="">--请选择--</option>${MPS_PERSON_CERT_CODES.map(([v, l]) => `<option value="${v}">${l}</option>`).join('')}</select>`;
const validity = (p: string) =>
  `${text(`${p}_yxqq`, ' placeholder="yyyy-mm-dd" maxlength="10" style="width: 90px"')} 至 ${text(`${p}_yxqz`, ' placeholder="yyyy-mm-dd" maxlength="10" style="width: 90px"')}
   <label for="${p}_cq"><input type="checkbox" id="${p}_cq" name="${p}_cq"> 长期有效</label>`;
const upload = (id: string, name: string) =>
  `<span class="up">${name} <input type="file" id="${id}" name="${id}" accept="image/jpeg,image/png"><button type="button" class="upbtn" data-for="${id}">上传</button><span class="st" id="${id}_st"></span></span>`;

function section(p: 'aqfzr' | 'yjllr', title: string, officer: boolean): string {
  return `<table class="ft" id="tb_${p}">
  <tr><th class="sec" colspan="4">${title}<span class="same"><label for="${p}_tzt"><input type="checkbox" id="${p}_tzt"> 同主体负责人信息</label></span></th></tr>
  <tr>${cell('姓　　名', text(`${p}_xm`))}${cell('证件类型', certSelect(`${p}_zjlx`))}</tr>
  <tr>${cell('证件号码', text(`${p}_zjhm`, ' maxlength="18"'))}${cell('证件有效期', validity(p))}</tr>
  <tr>${cell('手机号码', text(`${p}_sjhm`, ' maxlength="11"'))}${officer ? cell('电子邮件', text(`${p}_dzyj`)) : '<td class="lbl"></td><td></td>'}</tr>
  ${officer ? `<tr>${cell('证件照片', `${upload(`${p}_zm`, '证件正面')}${upload(`${p}_fm`, '证件反面')}${upload(`${p}_sc`, '手持证件')}<div class="tip">jpg/png 格式，单张不超过 2MB；与主体负责人相同时仍需重新上传</div>`)}<td class="lbl"></td><td></td></tr>` : ''}
</table>`;
}

const OLD_SCRIPT = `
(function () {
  var P = ${JSON.stringify(HELD_PRINCIPAL.单位)};
  var S = { secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secValidTo: '', secLongTerm: false, secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [], emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTo: '', emgLongTerm: false,
    emgMobile: '', captcha: '', prevClicks: 0, saveClicks: 0, nextClicks: 0 };
  var R = { platform: 'beian-old', step: 'principal', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
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
  function dateOk(s) {
    var m = /^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(s); if (!m) return false;
    var d = new Date(+m[1], +m[2] - 1, +m[3]); return d.getFullYear() === +m[1] && d.getMonth() === +m[2] - 1 && d.getDate() === +m[3];
  }
  var blocks = { aqfzr: 'sec', yjllr: 'emg' };
  Object.keys(blocks).forEach(function (p) {
    var k = blocks[p];
    var map = { xm: 'Name', zjhm: 'CertNumber', yxqq: 'ValidFrom', yxqz: 'ValidTo', sjhm: 'Mobile', dzyj: 'Email' };
    Object.keys(map).forEach(function (f) {
      var el = $(p + '_' + f); if (!el) return;
      el.addEventListener('input', function () { set(k + map[f], el.value); msg(el.id, ''); });
      el.addEventListener('blur', function () {
        var v = el.value.trim(); if (!v) return;
        if (f === 'zjhm' && S[k + 'CertType'] === '01' && !idOk(v)) msg(el.id, '身份证号码格式不正确');
        if ((f === 'yxqq' || f === 'yxqz') && !dateOk(v)) msg(el.id, '日期格式应为 yyyy-mm-dd');
        if (f === 'sjhm' && !/^1[3-9]\\d{9}$/.test(v)) msg(el.id, '请输入11位手机号码');
        if (f === 'dzyj' && !/^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(v)) msg(el.id, '电子邮件格式不正确');
      });
    });
    $(p + '_zjlx').addEventListener('change', function (e) { set(k + 'CertType', e.target.value); });
    $(p + '_cq').addEventListener('change', function (e) {
      var on = e.target.checked; set(k + 'LongTerm', on);
      var end = $(p + '_yxqz'); end.disabled = on; if (on) { end.value = ''; set(k + 'ValidTo', ''); msg(end.id, ''); }
    });
    ['zm', 'fm', 'sc'].forEach(function (f) {
      var el = $(p + '_' + f); if (!el) return;
      var key = k + { zm: 'IdFront', fm: 'IdBack', sc: 'IdHand' }[f];
      el.addEventListener('change', function () {
        set(key, Array.prototype.map.call(el.files, function (x) { return x.name; }));
        $(el.id + '_st').textContent = el.files.length ? '待上传' : '';
      });
    });
    // 同主体负责人信息: copy the 开办主体 principal and make the block read-only
    $(p + '_tzt').addEventListener('change', function (e) {
      var on = e.target.checked; set(k + 'Same', on);
      var vals = { xm: P.name, zjlx: '01', zjhm: P.certNumber, yxqq: P.validFrom, yxqz: P.validTo, sjhm: P.mobile, dzyj: P.email };
      Object.keys(vals).forEach(function (f) {
        var el = $(p + '_' + f); if (!el) return;
        if (on) el.value = vals[f];
        if (el.tagName === 'SELECT') el.disabled = on; else el.readOnly = on;
      });
      var cq = $(p + '_cq'); cq.disabled = on;
      if (on) {
        cq.checked = P.longTerm; $(p + '_yxqz').disabled = P.longTerm;
        set(k + 'Name', P.name); set(k + 'CertType', '01'); set(k + 'CertNumber', P.certNumber); set(k + 'ValidFrom', P.validFrom);
        set(k + 'ValidTo', P.validTo); set(k + 'LongTerm', P.longTerm); set(k + 'Mobile', P.mobile); if ($(p + '_dzyj')) set(k + 'Email', P.email);
      }
    });
  });
  document.querySelectorAll('.upbtn').forEach(function (b) {
    b.addEventListener('click', function () {
      var f = $(b.getAttribute('data-for'));
      $(f.id + '_st').textContent = f.files.length ? '上传成功' : '请先选择文件';
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
  <div class="flow">1 开办主体信息 &gt; 2 网站信息 &gt; <b>3 网站负责人信息</b> &gt; 4 提交申请</div>
  <div class="notice">开办主体：杭州云栖示例科技有限公司　主体负责人：${HELD_PRINCIPAL.单位.name}　网站：云栖示例科技官网（yunqi-demo.cn）</div>
  <form id="fzrForm" onsubmit="return false">
  ${section('aqfzr', '网站安全负责人信息', true)}
  ${section('yjllr', '网站应急联络人信息', false)}
  <table class="ft"><tr>${cell('验 证 码', '<input type="text" id="yzm" name="yzm" style="width: 80px"> <span class="captcha" aria-hidden="true">k7Pm</span> <a href="javascript:;">看不清，换一张</a>')}<td class="lbl"></td><td></td></tr></table>
  <div class="btns"><button type="button" id="btnPrev">上一步</button><button type="button" id="btnSave">保 存</button><button type="button" id="btnNext">下一步</button></div>
  </form>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
