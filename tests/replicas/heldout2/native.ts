/**
 * Gen-2 held-out replicas as plain HTML (no framework): 公安 网站负责人（单位） as two <dl> panels with
 * <label for> rows, and 阿里云 填写基本信息 / 信息校验（个人） as label/value div rows with chained region
 * selects. A small inline script keeps the page's form model (what the page would post) up to date from
 * input/change events and exposes it as window.__replica. Written from FORMS.md §1.2, §1.6, §1.7, §2.4.
 */
import { AREAS } from './regions';
import { certCodesFor, HELD_PRINCIPAL, MPS_PERSON_CERT_CODES, NATURE_CODES } from './common';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const options = (pairs: [string, string][], ph = '请选择') =>
  `<option value="">${ph}</option>` + pairs.map(([v, t]) => `<option value="${esc(v)}">${esc(t)}</option>`).join('');

const head = (title: string, css: string) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title}</title><style>${css}</style></head>`;

/**
 * The model binder. Controls carry data-key; data-kind = bool | file | region | text-of (select: report
 * the option text). Buttons with data-count count clicks. Only input/change events update the model.
 */
const BINDER = (platform: string, step: string, variant: string) => `
  var model = {};
  var r = { platform: ${JSON.stringify(platform)}, step: ${JSON.stringify(step)}, variant: ${JSON.stringify(variant)}, changes: 0,
    getState: function () { return JSON.parse(JSON.stringify(model)); } };
  window.__replica = r;
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function valueOf(el) {
    var kind = el.getAttribute('data-kind') || '';
    if (kind === 'bool') return el.checked;
    if (kind === 'file') return Array.prototype.slice.call(el.files || []).map(function (f) { return f.name; });
    if (kind === 'radio') { var c = $$('input[name="' + el.name + '"]:checked')[0]; return c ? c.value : ''; }
    if (el.tagName === 'SELECT') return el.value === '' ? '' : el.options[el.selectedIndex].text;
    return el.value;
  }
  function put(key, v) { if (JSON.stringify(model[key]) !== JSON.stringify(v)) { model[key] = v; r.changes++; } }
  function regionValue(key) { return $$('select[data-region="' + key + '"]').filter(function (s) { return s.value !== ''; }).map(function (s) { return s.options[s.selectedIndex].text; }); }
  function take(el) {
    if (el.hasAttribute('data-region')) return put(el.getAttribute('data-region'), regionValue(el.getAttribute('data-region')));
    if (el.hasAttribute('data-key')) put(el.getAttribute('data-key'), valueOf(el));
  }
  $$('[data-key]').forEach(function (el) { model[el.getAttribute('data-key')] = valueOf(el); });
  $$('select[data-region]').forEach(function (el) { model[el.getAttribute('data-region')] = []; });
  $$('[data-count]').forEach(function (b) { model[b.getAttribute('data-count')] = 0; });
  document.addEventListener('input', function (e) { take(e.target); }, true);
  document.addEventListener('change', function (e) { take(e.target); }, true);
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('[data-count]');
    if (b) { e.preventDefault(); model[b.getAttribute('data-count')]++; r.changes++; }
  });
`;

/* ------------------------------------------------------------------ 公安 网站负责人 */

const MPS_CSS = `
body { margin: 0; background: #eef1f6; font: 14px/1.6 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; color: #333; }
.top { background: #0d3c84; color: #fff; padding: 14px 40px; display: flex; align-items: center; gap: 14px; }
.top .em { width: 36px; height: 36px; border-radius: 50%; background: #fff; color: #b71c1c; display: inline-flex; align-items: center; justify-content: center; font-weight: bold; }
.top h1 { font-size: 20px; margin: 0; font-weight: 600; }
.top .who { margin-left: auto; font-size: 13px; }
.wrap { width: 1040px; margin: 16px auto 60px; }
ol.steps { display: flex; list-style: none; padding: 0; margin: 0 0 14px; background: #fff; }
ol.steps li { flex: 1; text-align: center; padding: 12px 0; color: #999; border-bottom: 3px solid #e0e0e0; }
ol.steps li.done { color: #0d3c84; border-color: #8fb0e0; }
ol.steps li.cur { color: #0d3c84; font-weight: bold; border-color: #0d3c84; }
.panel { background: #fff; margin-bottom: 14px; padding: 4px 24px 16px; }
.panel h3 { font-size: 16px; color: #0d3c84; border-bottom: 1px solid #e6e9ef; padding: 10px 0; margin: 0 0 10px; display: flex; align-items: center; }
.panel h3 .same { margin-left: auto; font-size: 13px; font-weight: normal; color: #555; }
dl.form { display: grid; grid-template-columns: 180px 1fr; margin: 0; row-gap: 10px; }
dl.form dt { text-align: right; padding: 5px 14px 0 0; }
dl.form dt i { color: #d00; font-style: normal; margin-right: 3px; }
dl.form dd { margin: 0; display: flex; align-items: center; gap: 8px; }
input[type=text], input[type=date], select { height: 30px; border: 1px solid #c9ced6; padding: 0 8px; width: 300px; box-sizing: border-box; }
input[type=date] { width: 160px; }
input:disabled, select:disabled { background: #f3f4f6; color: #888; }
.hint { color: #999; font-size: 12px; }
.btns { text-align: center; margin-top: 20px; }
.btns button { min-width: 96px; height: 34px; margin: 0 6px; border: 1px solid #0d3c84; background: #fff; color: #0d3c84; cursor: pointer; }
.btns button.pri { background: #0d3c84; color: #fff; }
`;

function mpsPersonRows(p: 'aq' | 'yj', keyPrefix: 'sec' | 'emg', nameLabel: string, photos: boolean): string {
  const row = (id: string, label: string, control: string, required = true) =>
    `<dt><label for="${p}_${id}">${required ? '<i>*</i>' : ''}${label}</label></dt><dd>${control}</dd>`;
  const text = (id: string, key: string, ph: string) => `<input type="text" id="${p}_${id}" data-key="${keyPrefix}${key}" placeholder="${ph}">`;
  return `<dl class="form">
    ${row('xm', nameLabel, text('xm', 'Name', '请输入姓名'))}
    ${row('zjlx', '证件类型', `<select id="${p}_zjlx" data-key="${keyPrefix}CertType">${options(MPS_PERSON_CERT_CODES)}</select>`)}
    ${row('zjhm', '证件号码', text('zjhm', 'CertNumber', '请输入证件号码'))}
    ${row('yxqq', '证件有效期', `<input type="date" id="${p}_yxqq" data-key="${keyPrefix}ValidFrom" aria-label="证件有效期（起）"> 至
      <input type="date" id="${p}_yxqz" data-key="${keyPrefix}ValidTo" aria-label="证件有效期（止）">
      <label><input type="checkbox" id="${p}_cq" data-key="${keyPrefix}LongTerm" data-kind="bool" class="longterm"> 长期</label>`)}
    ${row('sjhm', '手机号码', text('sjhm', 'Mobile', '请输入11位手机号码'))}
    ${row('yx', '电子邮件地址', text('yx', 'Email', '请输入电子邮件地址'))}
    ${photos ? `
    ${row('zm', '身份证正面', `<input type="file" id="${p}_zm" data-key="${keyPrefix}IdFront" data-kind="file" accept="image/*"><span class="hint">人像面，jpg/png</span>`)}
    ${row('fm', '身份证反面', `<input type="file" id="${p}_fm" data-key="${keyPrefix}IdBack" data-kind="file" accept="image/*"><span class="hint">国徽面，jpg/png</span>`)}
    ${row('sc', '手持身份证照片', `<input type="file" id="${p}_sc" data-key="${keyPrefix}IdHandheld" data-kind="file" accept="image/*"><span class="hint">本人手持证件正面，需露出五官</span>`)}` : ''}
  </dl>`;
}

export function mpsPrincipalHtml(): string {
  const held = HELD_PRINCIPAL.单位;
  return `${head('网站负责人 - 新办网站申请 - 全国互联网安全管理服务平台', MPS_CSS)}
<body>
<div class="top"><span class="em">警</span><h1>全国互联网安全管理服务平台</h1><span class="who">杭州云栖示例科技有限公司 ｜ 退出</span></div>
<div class="wrap">
  <ol class="steps"><li class="done">1 开办主体</li><li class="done">2 网站基本信息</li><li class="cur">3 网站负责人</li><li>4 提示说明</li></ol>
  <form id="fzrForm" onsubmit="return false">
  <div class="panel" id="aqPanel">
    <h3>网站安全负责人信息 <label class="same"><input type="checkbox" data-key="secSame" data-kind="bool" data-copy="aq"> 同主体负责人信息</label></h3>
    ${mpsPersonRows('aq', 'sec', '安全负责人姓名', true)}
  </div>
  <div class="panel" id="yjPanel">
    <h3>网站应急联络人信息 <label class="same"><input type="checkbox" data-key="emgSame" data-kind="bool" data-copy="yj"> 同主体负责人信息</label></h3>
    ${mpsPersonRows('yj', 'emg', '联络人姓名', false)}
  </div>
  <div class="btns"><button type="button" data-count="prevClicks">上一步</button><button type="button" data-count="saveClicks">保存草稿</button><button type="button" class="pri" data-count="nextClicks">下一步</button></div>
  </form>
</div>
<script>
(function () {
${BINDER('mps', 'principal', '单位')}
  var HELD = ${JSON.stringify(held)};
  var CERT = ${JSON.stringify(MPS_PERSON_CERT_CODES)};
  function byId(id) { return document.getElementById(id); }
  function setVal(el, v) {
    if (el.type === 'checkbox') el.checked = !!v; else el.value = v;
    take(el);
  }
  $$('.longterm').forEach(function (box) {
    box.addEventListener('change', function () {
      var p = box.id.split('_')[0], to = byId(p + '_yxqz');
      if (box.checked) setVal(to, '');
      to.disabled = box.checked || byId(p === 'aq' ? 'aqPanel' : 'yjPanel').querySelector('[data-copy]').checked;
    });
  });
  $$('[data-copy]').forEach(function (box) {
    box.addEventListener('change', function () {
      var p = box.getAttribute('data-copy'), on = box.checked;
      var code = (CERT.filter(function (c) { return c[1] === HELD.certType; })[0] || [''])[0];
      var pairs = [['xm', HELD.name], ['zjlx', code], ['zjhm', HELD.certNumber], ['yxqq', HELD.validFrom], ['yxqz', HELD.validTo], ['cq', HELD.longTerm], ['sjhm', HELD.mobile], ['yx', HELD.email]];
      pairs.forEach(function (pr) {
        var el = byId(p + '_' + pr[0]);
        if (on) setVal(el, pr[1]);
        el.disabled = on || (pr[0] === 'yxqz' && byId(p + '_cq').checked);
      });
    });
  });
})();
</script>
</body></html>`;
}

/* ------------------------------------------------------------------ 阿里云 填写基本信息 */

const BASIC_CSS = `
body { margin: 0; background: #f5f6f7; font: 13px/1.5 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #333; }
.bar { height: 50px; background: #fff; border-bottom: 1px solid #e3e3e3; display: flex; align-items: center; padding: 0 24px; gap: 16px; }
.bar .logo { color: #ff6a00; font-size: 18px; font-weight: bold; }
.bar .acc { margin-left: auto; color: #777; }
.main { width: 960px; margin: 18px auto 60px; }
.steps { display: flex; background: #fff; padding: 16px 20px; margin-bottom: 14px; counter-reset: st; }
.steps div { flex: 1; color: #999; }
.steps div::before { counter-increment: st; content: counter(st); display: inline-block; width: 22px; height: 22px; border-radius: 50%; border: 1px solid #ccc; text-align: center; margin-right: 6px; }
.steps div.cur { color: #0070cc; font-weight: bold; }
.steps div.cur::before { background: #0070cc; color: #fff; border-color: #0070cc; }
.block { background: #fff; padding: 8px 28px 20px; margin-bottom: 14px; }
.block h2 { font-size: 15px; margin: 10px 0 14px; padding-left: 8px; border-left: 3px solid #0070cc; }
.row { display: flex; align-items: flex-start; margin-bottom: 14px; }
.row .lbl { width: 170px; text-align: right; padding: 6px 16px 0 0; color: #555; flex: none; }
.row .lbl.req::before { content: "*"; color: #e00; margin-right: 3px; }
.row .val { flex: 1; }
.row .val .tip { color: #999; font-size: 12px; margin-top: 4px; }
select, input[type=text] { height: 32px; border: 1px solid #c8c8c8; border-radius: 2px; padding: 0 8px; box-sizing: border-box; }
input[type=text] { width: 360px; }
.region select { width: 150px; margin-right: 8px; }
select.wide { width: 520px; }
.radio label { margin-right: 22px; }
.ops { display: flex; gap: 12px; padding-left: 186px; }
.ops button { height: 32px; min-width: 96px; border: 1px solid #0070cc; background: #fff; color: #0070cc; cursor: pointer; border-radius: 2px; }
.ops button.pri { background: #0070cc; color: #fff; }
`;

const RESOURCES = [
  'ECS 云服务器 i-bp18s3d7f0gk2n5e（华东1 杭州）公网IP 120.55.31.7',
  'ECS 云服务器 i-bp1c7k2m9zwq4y8a（华东1 杭州）公网IP 47.96.12.34',
  '轻量应用服务器 7f3c1e2a9b4d（华北2 北京）公网IP 39.105.22.18',
];

export function aliyunBasicHtml(): string {
  const areaTree = AREAS;
  const certs: Record<string, [string, string][]> = Object.fromEntries(NATURE_CODES.map(([c]) => [c, certCodesFor(c)]));
  return `${head('填写基本信息 - ICP代备案管理系统 - 阿里云', BASIC_CSS)}
<body>
<div class="bar"><span class="logo">阿里云</span><span>ICP代备案管理系统</span><span class="acc">zhangwei-notes · 个人账号</span></div>
<div class="main">
  <div class="steps"><div class="cur">填写基本信息</div><div>填写主办者信息</div><div>填写网站信息</div><div>上传资料</div><div>提交初审</div></div>
  <div class="block">
    <h2>主办者基本信息</h2>
    <div class="row"><span class="lbl req">主办单位所属区域</span><div class="val region">
      <select id="prov" data-region="region" aria-label="省"><option value="">请选择省份</option></select>
      <select id="city" data-region="region" aria-label="市" disabled><option value="">请选择城市</option></select>
      <select id="dist" data-region="region" aria-label="区县" disabled><option value="">请选择区县</option></select>
      <div class="tip">请按主办单位证件住所或个人证件地址所在区域选择</div></div></div>
    <div class="row"><span class="lbl req">主办单位性质</span><div class="val"><select id="nature" data-key="nature">${options(NATURE_CODES)}</select></div></div>
    <div class="row"><span class="lbl req">主办单位证件类型</span><div class="val"><select id="certType" data-key="certType" disabled><option value="">请先选择主办单位性质</option></select></div></div>
    <div class="row"><span class="lbl req">主办单位证件号码</span><div class="val"><input type="text" data-key="certNumber" placeholder="请输入证件号码"></div></div>
    <div class="row"><span class="lbl req">主办单位或主办人名称</span><div class="val"><input type="text" data-key="name" placeholder="个人填写本人姓名，需与证件一致"></div></div>
  </div>
  <div class="block">
    <h2>备案服务信息</h2>
    <div class="row"><span class="lbl req">备案服务类型</span><div class="val radio">
      <label><input type="radio" name="svc" value="网站" data-key="serviceKind" data-kind="radio"> 网站</label>
      <label><input type="radio" name="svc" value="App" data-key="serviceKind" data-kind="radio"> App</label></div></div>
    <div class="row"><span class="lbl req">网站域名</span><div class="val"><input type="text" data-key="domain" placeholder="请输入需要备案的域名，如 example.com">
      <div class="tip">无需填写 www；域名需完成实名认证且持有者与主办者一致</div></div></div>
    <div class="row"><span class="lbl req">备案云资源</span><div class="val"><select class="wide" data-key="resource">${options(RESOURCES.map((x, i) => [`res-${i}`, x]), '请选择用于备案的云资源')}</select>
      <div class="tip">需为包年包月且剩余时长不少于 3 个月的实例</div></div></div>
  </div>
  <div class="ops"><button type="button" data-count="verifyClicks">信息校验</button><button type="button" class="pri" data-count="nextClicks">下一步</button></div>
</div>
<script>
(function () {
${BINDER('aliyun', 'basic', '个人')}
  var AREAS = ${JSON.stringify(areaTree)};
  var CERTS = ${JSON.stringify(certs)};
  var prov = document.getElementById('prov'), city = document.getElementById('city'), dist = document.getElementById('dist');
  function fillSel(sel, list, ph) {
    sel.innerHTML = '<option value="">' + ph + '</option>' + list.map(function (a) { return '<option value="' + a.code + '">' + a.name + '</option>'; }).join('');
  }
  function find(list, code) { return list.filter(function (a) { return a.code === code; })[0]; }
  fillSel(prov, AREAS, '请选择省份');
  prov.addEventListener('change', function () {
    fillSel(city, [], '请选择城市'); city.disabled = true; fillSel(dist, [], '请选择区县'); dist.disabled = true; take(prov);
    var p = find(AREAS, prov.value); if (!p) return;
    setTimeout(function () { fillSel(city, p.children || [], '请选择城市'); city.disabled = false; }, 200); // region API
  });
  city.addEventListener('change', function () {
    fillSel(dist, [], '请选择区县'); dist.disabled = true; take(city);
    var p = find(AREAS, prov.value), c = p && find(p.children || [], city.value); if (!c) return;
    setTimeout(function () { fillSel(dist, c.children || [], '请选择区县'); dist.disabled = false; }, 200);
  });
  var nature = document.getElementById('nature'), certType = document.getElementById('certType');
  nature.addEventListener('change', function () {
    var list = CERTS[nature.value] || [];
    certType.innerHTML = '<option value="">' + (nature.value ? '请选择' : '请先选择主办单位性质') + '</option>' +
      list.map(function (c) { return '<option value="' + c[0] + '">' + c[1] + '</option>'; }).join('');
    certType.disabled = !nature.value;
    take(certType);
  });
})();
</script>
</body></html>`;
}
