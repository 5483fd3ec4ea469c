/**
 * Held-out replicas as plain server-rendered HTML (no framework): 阿里云 填写主办者信息（个人） as a bare
 * <table> with label text in <td> cells and no <label for>; 公安 网站负责人 with fieldsets/legends; the old
 * www.beian.gov.cn 新办网站申请 page. A tiny inline script keeps the page's form data (what a jQuery page
 * would post) in one object and exposes it as window.__replica. Written from FORMS.md §1.3, §2.2–§2.4.
 */
import { REGIONS } from './regions';
import { ICP_PERSON_CERTS, MPS_LANGUAGES, MPS_PERSON_CERTS, NATURES, SUBJECT_PRINCIPAL } from './common';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const options = (list: string[], codes?: string[]) =>
  `<option value="">--请选择--</option>` + list.map((o, i) => `<option value="${esc(codes ? codes[i]! : o)}">${esc(o)}</option>`).join('');

/**
 * The binder: every control carries data-key (and data-kind for bool / group / radio / file / region);
 * input and change events copy the DOM into `state`. Buttons with data-count count clicks.
 * Selects report their option text; group/radio report the data-label of the checked boxes.
 */
const BINDER = (platform: string, step: string, variant: string, copySource: unknown) => `
(function () {
  var REGIONS = ${JSON.stringify(REGIONS)};
  var COPY = ${JSON.stringify(copySource)};
  var state = {};
  var r = { platform: ${JSON.stringify(platform)}, step: ${JSON.stringify(step)}, variant: ${JSON.stringify(variant)}, changes: 0,
    getState: function () { return JSON.parse(JSON.stringify(state)); } };
  window.__replica = r;
  function all(sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); }
  function read(key) {
    var els = all('[data-key="' + key + '"]');
    var el = els[0], kind = el.getAttribute('data-kind') || '';
    if (kind === 'bool') return el.checked;
    if (kind === 'group') return els.filter(function (e) { return e.checked; }).map(function (e) { return e.getAttribute('data-label'); });
    if (kind === 'radio') { var c = els.filter(function (e) { return e.checked; })[0]; return c ? c.getAttribute('data-label') : ''; }
    if (kind === 'file') return Array.prototype.slice.call(el.files || []).map(function (f) { return f.name; });
    if (kind === 'region') return els.map(function (e) { return e.value; }).filter(function (v) { return v !== ''; });
    if (el.tagName === 'SELECT') return el.value === '' ? '' : el.options[el.selectedIndex].text;
    return el.value;
  }
  function sync(key) {
    var v = read(key);
    if (JSON.stringify(v) !== JSON.stringify(state[key])) { state[key] = v; r.changes++; }
  }
  all('[data-key]').forEach(function (e) { state[e.getAttribute('data-key')] = undefined; });
  Object.keys(state).forEach(function (k) { state[k] = read(k); });
  all('[data-count]').forEach(function (b) { state[b.getAttribute('data-count')] = 0; });
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('[data-count]');
    if (b) { e.preventDefault(); state[b.getAttribute('data-count')]++; r.changes++; }
  });
  function fill(sel, list, ph) {
    sel.innerHTML = '<option value="">' + ph + '</option>' + list.map(function (x) { return '<option value="' + x + '">' + x + '</option>'; }).join('');
  }
  function regionChanged(el) {
    var key = el.getAttribute('data-key');
    var sels = all('[data-key="' + key + '"]');
    var level = sels.indexOf(el);
    for (var i = level + 1; i < sels.length; i++) { fill(sels[i], [], sels[i].getAttribute('data-ph')); sels[i].disabled = true; }
    if (el.value && level < 2) {
      var next = sels[level + 1];
      next.setAttribute('data-loading', '1');
      setTimeout(function () { // the region API answers after ~100 ms
        var list = level === 0 ? Object.keys(REGIONS[sels[0].value] || {}) : ((REGIONS[sels[0].value] || {})[sels[1].value] || []);
        fill(next, list, next.getAttribute('data-ph')); next.disabled = false; next.removeAttribute('data-loading');
      }, 100);
    }
  }
  function copyInto(box) {
    var prefix = box.getAttribute('data-copy');
    var on = box.checked;
    all('[data-key^="' + prefix + '"]').forEach(function (e) {
      var key = e.getAttribute('data-key'), field = key.slice(prefix.length); field = field.charAt(0).toLowerCase() + field.slice(1);
      if (e === box || !(field in COPY)) return;
      if (on) {
        var v = COPY[field];
        if (e.type === 'checkbox') e.checked = !!v;
        else if (e.tagName === 'SELECT') { for (var i = 0; i < e.options.length; i++) if (e.options[i].text === v) e.selectedIndex = i; }
        else e.value = v;
      }
      e.disabled = on;
      sync(key);
    });
  }
  function onEvent(e) {
    var el = e.target;
    if (!el.getAttribute) return;
    var key = el.getAttribute('data-key');
    if (!key) return;
    if (el.getAttribute('data-kind') === 'region' && e.type === 'change') regionChanged(el);
    if (el.hasAttribute('data-copy') && e.type === 'change') copyInto(el);
    if (el.hasAttribute('data-clears') && e.type === 'change') {
      var t = document.querySelector('[data-key="' + el.getAttribute('data-clears') + '"]');
      if (el.checked) t.value = '';
      t.disabled = el.checked; sync(t.getAttribute('data-key'));
    }
    sync(key);
  }
  document.addEventListener('input', onEvent, true);
  document.addEventListener('change', onEvent, true);
  document.addEventListener('submit', function (e) { e.preventDefault(); }, true);
})();`;

const region = (key: string, ph = ['--请选择省--', '--请选择市--', '--请选择区县--']) =>
  `<select data-key="${key}" data-kind="region" data-ph="${ph[0]}">${`<option value="">${ph[0]}</option>` + Object.keys(REGIONS).map((p) => `<option value="${p}">${p}</option>`).join('')}</select>
   <select data-key="${key}" data-kind="region" data-ph="${ph[1]}" disabled><option value="">${ph[1]}</option></select>
   <select data-key="${key}" data-kind="region" data-ph="${ph[2]}" disabled><option value="">${ph[2]}</option></select>`;

const page = (title: string, css: string, body: string, script: string) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>${title}</title><style>${css}</style></head>
<body>${body}<script>${script}</script></body></html>`;

const REQ = '<span class="req">*</span>';

/** 阿里云 填写主办者信息（个人）: bare table, label text in <td>, no <label for>. */
export function aliyunSubjectPersonHtml(): string {
  const css = `
body { margin: 0; background: #f5f5f6; font: 13px/1.6 "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #333; }
.top { height: 48px; background: #fff; border-bottom: 1px solid #e5e5e5; display: flex; align-items: center; gap: 16px; padding: 0 20px; }
.top b { color: #ff6a00; font-size: 18px; }
.wrap { width: 980px; margin: 16px auto; background: #fff; padding: 16px 24px 24px; }
.steps { display: flex; gap: 0; margin: 0 0 16px; }
.steps span { flex: 1; text-align: center; padding: 6px 0; background: #f0f0f0; border-right: 2px solid #fff; color: #888; }
.steps span.on { background: #0070cc; color: #fff; }
table.form { width: 100%; border-collapse: collapse; }
table.form td { border: 1px solid #e3e3e3; padding: 8px 10px; vertical-align: middle; }
table.form td.lb { width: 150px; background: #fafafa; text-align: right; color: #555; }
table.form tr.sec td { background: #eef5fc; font-weight: bold; color: #0070cc; text-align: left; }
input[type=text], input[type=date], select, textarea { height: 28px; border: 1px solid #ccc; padding: 0 6px; font: inherit; box-sizing: border-box; }
input[type=text].w, textarea.w { width: 100%; }
textarea { height: 52px; padding: 4px 6px; }
.req { color: #e00; margin-right: 2px; }
.tip { color: #999; font-size: 12px; }
.btns { text-align: center; padding-top: 16px; }
.btns button { height: 32px; padding: 0 24px; margin: 0 6px; border: 1px solid #0070cc; background: #fff; color: #0070cc; cursor: pointer; }
.btns button.primary { background: #0070cc; color: #fff; }`;
  const body = `
<div class="top"><b>阿里云</b><span>ICP代备案管理系统</span></div>
<div class="wrap">
  <div class="steps"><span>填写基本信息</span><span class="on">填写主办者信息</span><span>填写网站信息</span><span>上传资料</span><span>提交初审</span></div>
  <form id="subjectForm" method="post" action="/pcContainer/formpage">
  <table class="form">
    <tr class="sec"><td colspan="4">主办者信息</td></tr>
    <tr><td class="lb">${REQ}主办人名称</td><td colspan="3"><input type="text" class="w" name="unitName" data-key="name" placeholder="个人请填写本人姓名"></td></tr>
    <tr><td class="lb">${REQ}主办者性质</td><td><select name="unitProperty" data-key="nature">${options(NATURES)}</select></td>
        <td class="lb">${REQ}证件类型</td><td><select name="certType" data-key="certType">${options(ICP_PERSON_CERTS)}</select></td></tr>
    <tr><td class="lb">${REQ}证件号码</td><td colspan="3"><input type="text" class="w" name="certNum" data-key="certNumber"></td></tr>
    <tr><td class="lb">${REQ}证件住所</td><td colspan="3"><input type="text" class="w" name="unitAddress" data-key="certAddress"><div class="tip">请按证件上的地址填写</div></td></tr>
    <tr><td class="lb">${REQ}所属区域</td><td colspan="3">${region('region')}</td></tr>
    <tr><td class="lb">${REQ}通讯地址</td><td colspan="3"><textarea class="w" name="mailAddress" data-key="mailingAddress"></textarea><div class="tip">需详细到门牌号</div></td></tr>
    <tr><td class="lb">${REQ}投资人或主管单位</td><td colspan="3"><input type="text" class="w" name="unitSuperior" data-key="investor"></td></tr>
    <tr class="sec"><td colspan="4">主体负责人信息</td></tr>
    <tr><td class="lb">${REQ}负责人姓名</td><td><input type="text" name="principalName" data-key="prName"></td>
        <td class="lb">${REQ}负责人证件类型</td><td><select name="principalCertType" data-key="prCertType">${options(ICP_PERSON_CERTS)}</select></td></tr>
    <tr><td class="lb">${REQ}负责人证件号码</td><td colspan="3"><input type="text" class="w" name="principalCertNum" data-key="prCertNumber"></td></tr>
    <tr><td class="lb">${REQ}证件有效期</td><td colspan="3"><input type="date" name="beginDate" data-key="prValidFrom"> 至
        <input type="date" name="endDate" data-key="prValidTo"> <input type="checkbox" name="isLongTerm" data-key="prLongTerm" data-kind="bool" data-clears="prValidTo"> 长期</td></tr>
    <tr><td class="lb">${REQ}手机号码</td><td><input type="text" name="mobile" data-key="prMobile"></td>
        <td class="lb">${REQ}应急联系电话</td><td><input type="text" name="emergencyTel" data-key="prEmergency"></td></tr>
    <tr><td class="lb">办公室电话</td><td><input type="text" name="officeTel" data-key="prOffice" placeholder="区号-号码"></td>
        <td class="lb">${REQ}电子邮箱</td><td><input type="text" name="email" data-key="prEmail"></td></tr>
  </table>
  <div class="btns"><button type="button" data-count="prevClicks">上一步</button><button type="submit" class="primary" data-count="nextClicks">下一步</button></div>
  </form>
</div>`;
  return page('ICP代备案管理系统 - 阿里云', css, body, BINDER('aliyun', 'subject', '个人', {}));
}

const MPS_CSS = `
body { margin: 0; background: #f0f2f5; font: 14px/1.6 "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #333; }
.hd { display: flex; align-items: center; height: 60px; padding: 0 24px; background: #003a8c; color: #fff; font-size: 19px; font-weight: bold; }
.hd .badge { display: inline-flex; width: 28px; height: 28px; border-radius: 50%; background: #fff; color: #c00; align-items: center; justify-content: center; font-size: 15px; margin-right: 8px; }
.hd .user { margin-left: auto; font-size: 13px; font-weight: normal; }
.wrap { width: 1000px; margin: 16px auto; background: #fff; padding: 20px 28px; }
.steps { display: flex; margin-bottom: 20px; }
.steps span { flex: 1; text-align: center; padding: 8px 0; border-bottom: 3px solid #ddd; color: #999; }
.steps span.done { border-color: #7aa7e0; color: #555; }
.steps span.on { border-color: #003a8c; color: #003a8c; font-weight: bold; }
fieldset { border: 1px solid #dcdfe6; margin: 0 0 20px; padding: 8px 20px 16px; }
legend { padding: 0 8px; font-weight: bold; color: #003a8c; font-size: 15px; }
.same { margin: 4px 0 12px; }
.row { display: flex; align-items: center; margin: 10px 0; }
.row > .lb { width: 140px; text-align: right; padding-right: 12px; color: #606266; }
.row input[type=text], .row select { height: 30px; border: 1px solid #dcdfe6; border-radius: 3px; padding: 0 8px; width: 300px; box-sizing: border-box; font: inherit; }
.row input.date { width: 140px; }
.row input:disabled, .row select:disabled { background: #f5f7fa; color: #777; }
.req { color: #f56c6c; margin-right: 3px; }
.notice { border: 1px solid #ebeef5; background: #fafafa; padding: 8px 16px; font-size: 13px; max-height: 120px; overflow: auto; }
.agree { margin: 12px 0; }
.btns { text-align: center; border-top: 1px solid #ebeef5; padding-top: 16px; }
.btns button { height: 34px; padding: 0 26px; margin: 0 8px; border: 1px solid #003a8c; background: #fff; color: #003a8c; border-radius: 3px; cursor: pointer; }
.btns button.primary { background: #003a8c; color: #fff; }`;

function personFieldset(prefix: string, legend: string, withPhotos: boolean) {
  return `
  <fieldset>
    <legend>${legend}</legend>
    <div class="same"><input type="checkbox" data-key="${prefix}Same" data-kind="bool" data-copy="${prefix}"> 同主体负责人信息</div>
    <div class="row"><span class="lb">${REQ}负责人姓名</span><input type="text" data-key="${prefix}Name"></div>
    <div class="row"><span class="lb">${REQ}证件类型</span><select data-key="${prefix}CertType">${options(MPS_PERSON_CERTS)}</select></div>
    <div class="row"><span class="lb">${REQ}证件号码</span><input type="text" data-key="${prefix}CertNumber"></div>
    <div class="row"><span class="lb">${REQ}证件有效期</span><input type="text" class="date" data-key="${prefix}ValidFrom" placeholder="YYYY-MM-DD">&nbsp;至&nbsp;<input type="text" class="date" data-key="${prefix}ValidTo" placeholder="YYYY-MM-DD">&nbsp;
      <input type="checkbox" data-key="${prefix}LongTerm" data-kind="bool" data-clears="${prefix}ValidTo"> 长期</div>
    <div class="row"><span class="lb">${REQ}手机号码</span><input type="text" data-key="${prefix}Mobile"></div>
    <div class="row"><span class="lb">${REQ}电子邮件地址</span><input type="text" data-key="${prefix}Email"></div>
    ${withPhotos ? `<div class="row"><span class="lb">${REQ}证件正面</span><input type="file" accept="image/*" data-key="${prefix}IdFront" data-kind="file"></div>
    <div class="row"><span class="lb">${REQ}证件反面</span><input type="file" accept="image/*" data-key="${prefix}IdBack" data-kind="file"></div>` : ''}
  </fieldset>`;
}

/** 公安 网站负责人 (单位): two fieldsets, each with 同主体负责人信息. */
export function mpsPrincipalHtml(): string {
  const p = SUBJECT_PRINCIPAL['单位'];
  const copy = { name: p.name, certType: p.certType, certNumber: p.certNumber, validFrom: p.validFrom, validTo: p.validTo, longTerm: p.longTerm, mobile: p.mobile, email: p.email };
  const body = `
<div class="hd"><span class="badge">警</span>全国互联网安全管理服务平台<span class="user">杭州云栖示例科技有限公司（法人用户） | 退出</span></div>
<div class="wrap">
  <div class="steps"><span class="done">开办主体</span><span class="done">网站基本信息</span><span class="on">网站负责人</span><span>提示说明</span></div>
  <form onsubmit="return false">
  ${personFieldset('sec', '网站安全负责人', true)}
  ${personFieldset('emg', '网站应急联络人', false)}
  <div class="notice"><b>互联网信息服务单位网络安全责任告知书</b><br>根据《中华人民共和国网络安全法》《计算机信息网络国际联网安全保护管理办法》等法律法规，网站开办者应落实网络安全主体责任，建立安全管理制度，采取技术保护措施，留存网络日志不少于六个月……</div>
  <div class="agree"><input type="checkbox" data-key="agreed" data-kind="bool"> 我已阅读并同意《互联网信息服务单位网络安全责任告知书》</div>
  <div class="btns"><button type="button" data-count="prevClicks">上一步</button><button type="submit" class="primary" data-count="submitClicks">提交</button></div>
  </form>
</div>`;
  return page('全国互联网安全管理服务平台', MPS_CSS, body, BINDER('mps', 'principal', '单位', copy));
}

const OLD_KINDS = ['个人', '企业', '个体经营', '事业单位', '军队', '政府机关', '社会团体', '民办非企业', '基金会', '律师事务所'];
const OLD_KIND_CODES = ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09'];
const OLD_CERTS = ['居民身份证', '临时居民身份证', '军官证', '学生证', '机动车驾驶证', '外交护照', '公务护照', '因公普通护照', '普通护照', '入出境通行证', '香港特别行政区护照', '澳门特别行政区护照', '其他证件', '居住证'];
const codes = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1).padStart(2, '0'));
const OLD_LANG_CODES = codes(MPS_LANGUAGES.length);
const OLD_PRE = ['新闻', '出版', '教育', '运动保健', '医疗保健', '其他'];

/** Old www.beian.gov.cn 新办网站申请 (server-rendered, 个人). */
export function oldPortalSiteHtml(): string {
  const css = `
body { margin: 0; background: #e9eef3; font: 12px/1.7 SimSun, "Noto Sans CJK SC", sans-serif; color: #333; }
.banner { height: 80px; background: linear-gradient(#1e5799, #2a6cb4); color: #fff; display: flex; align-items: center; padding: 0 30px; }
.banner h1 { font-size: 24px; margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; letter-spacing: 2px; }
.menu { background: #174a7c; height: 32px; display: flex; padding-left: 30px; }
.menu a { color: #fff; padding: 0 16px; line-height: 32px; text-decoration: none; }
.menu a.on { background: #0d355c; }
.main { width: 960px; margin: 12px auto; background: #fff; border: 1px solid #c5d3e0; padding: 12px 16px 20px; }
.main h2 { font-size: 14px; color: #174a7c; border-bottom: 2px solid #174a7c; margin: 4px 0 10px; padding-bottom: 4px; }
table.tb { width: 100%; border-collapse: collapse; margin-bottom: 14px; }
table.tb th { background: #dfe9f3; text-align: left; padding: 5px 8px; border: 1px solid #b9cadb; font-size: 13px; }
table.tb td { border: 1px solid #c8d6e3; padding: 5px 8px; }
table.tb td.t { width: 140px; background: #f3f7fb; text-align: right; }
input[type=text] { height: 20px; border: 1px solid #9fb3c8; width: 260px; font: inherit; }
select { height: 24px; border: 1px solid #9fb3c8; font: inherit; }
.red { color: red; }
.btn { text-align: center; }
.btn input { height: 28px; padding: 0 22px; margin: 0 8px; background: #2a6cb4; border: 1px solid #174a7c; color: #fff; cursor: pointer; }
.ck { display: inline-block; width: 96px; }`;
  const req = '<span class="red">*</span>';
  const langs = MPS_LANGUAGES.map((l, i) => `<span class="ck"><input type="checkbox" name="wzyz" value="${OLD_LANG_CODES[i]}" data-key="languages" data-kind="group" data-label="${l}">${l}</span>`).join('');
  const pre = OLD_PRE.map((l, i) => `<span class="ck"><input type="checkbox" name="qzxk" value="0${i + 1}" data-key="preLicences" data-kind="group" data-label="${l}">${l}</span>`).join('');
  const yesNo = (name: string, key: string) => `<input type="radio" name="${name}" value="1" data-key="${key}" data-kind="radio" data-label="是">是 &nbsp; <input type="radio" name="${name}" value="0" data-key="${key}" data-kind="radio" data-label="否">否`;
  const body = `
<div class="banner"><h1>全国互联网安全管理服务平台</h1></div>
<div class="menu"><a href="#">首页</a><a href="#">开办主体管理</a><a href="#" class="on">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a></div>
<div class="main">
  <h2>新办网站申请</h2>
  <form name="webForm" method="post" action="/portal/newWebSiteApply2">
  <table class="tb">
    <tr><th colspan="4">开办者信息</th></tr>
    <tr><td class="t">${req}开办主体性质：</td><td><select name="kbztxz" data-key="subjectKind">${options(OLD_KINDS, OLD_KIND_CODES)}</select></td>
        <td class="t">${req}开办者姓名：</td><td><input type="text" name="kbzxm" data-key="name" style="width:180px"></td></tr>
    <tr><td class="t">${req}证件类型：</td><td><select name="zjlx" data-key="certType">${options(OLD_CERTS, codes(OLD_CERTS.length))}</select></td>
        <td class="t">${req}证件号码：</td><td><input type="text" name="zjhm" data-key="certNumber" style="width:180px"></td></tr>
    <tr><td class="t">${req}证件有效期：</td><td colspan="3"><input type="text" name="zjyxqq" data-key="validFrom" style="width:100px"> 至 <input type="text" name="zjyxqz" data-key="validTo" style="width:100px"> （格式：YYYY-MM-DD）</td></tr>
    <tr><td class="t">${req}常住地址：</td><td colspan="3">${region('homeRegion')}<br><input type="text" name="czdz" data-key="homeDetail" style="width:520px;margin-top:4px" placeholder="详细地址"></td></tr>
    <tr><td class="t">${req}手机号码：</td><td><input type="text" name="sjhm" data-key="mobile" style="width:180px"></td>
        <td class="t">办公电话：</td><td><input type="text" name="bgdh" data-key="officePhone" style="width:180px"></td></tr>
    <tr><td class="t">${req}电子邮箱：</td><td colspan="3"><input type="text" name="dzyx" data-key="email"></td></tr>
  </table>
  <table class="tb">
    <tr><th colspan="4">网站信息</th></tr>
    <tr><td class="t">${req}网站名称：</td><td colspan="3"><input type="text" name="wzmc" data-key="siteName"></td></tr>
    <tr><td class="t">${req}网站主域名：</td><td><input type="text" name="wzzym" data-key="mainDomain" style="width:180px"></td>
        <td class="t">${req}网站首页地址：</td><td><input type="text" name="wzsy" data-key="homeUrl" style="width:180px"></td></tr>
    <tr><td class="t">${req}网站IP地址：</td><td><input type="text" name="wzip" data-key="ip" style="width:180px"></td>
        <td class="t">${req}网站开通日期：</td><td><input type="text" name="ktrq" data-key="openedAt" style="width:120px"> （YYYY-MM-DD）</td></tr>
    <tr><td class="t">${req}网络接入服务商：</td><td><select name="jrfws" data-key="accessProvider">${options(['阿里云计算有限公司', '腾讯云计算（北京）有限责任公司', '上海有孚计算机网络有限公司', '北京新网数码信息技术有限公司', '其他'])}</select></td>
        <td class="t">${req}网站接入方式：</td><td><select name="jrfs" data-key="accessMethod">${options(['租赁虚拟空间', '租赁主机', '主机托管', '其他'])}</select></td></tr>
    <tr><td class="t">${req}域名注册服务商：</td><td colspan="3"><input type="text" name="ymzcs" data-key="registrar"></td></tr>
    <tr><td class="t">${req}是否提供互联网交互服务：</td><td colspan="3">${yesNo('sfjh', 'interactive')}</td></tr>
    <tr><td class="t">${req}网站语种：</td><td colspan="3">${langs}</td></tr>
    <tr><td class="t">相关前置许可：</td><td colspan="3">${pre}</td></tr>
    <tr><td class="t">${req}互联网危险物品信息发布：</td><td colspan="3">${yesNo('wxwp', 'dangerous')}</td></tr>
  </table>
  <div class="btn"><input type="button" value="保 存" data-count="saveClicks"><input type="submit" value="提 交" data-count="submitClicks"></div>
  </form>
</div>`;
  return page('全国互联网安全管理服务平台 - 新办网站申请', css, body, BINDER('beian-old', 'site', '个人', {}));
}
