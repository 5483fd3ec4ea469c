/**
 * The gen-3 server-rendered page: the old 公安 portal (www.beian.gov.cn, http) 开办主体 form for a unit.
 * One bordered table, label cells without <label for>, selects whose values are the old numeric codes
 * (the state keeps the codes), addresses as three chained <select>s whose children arrive ~200 ms after a
 * pick (the state keeps the names). State is kept by change/input listeners, like the portal's jQuery.
 */
import { AREAS, MPS_PERSON_CERT_CODES, OLD_SUBJECT_KINDS, OLD_UNIT_CERTS } from './common';

const opts = (list: [string, string][]) => `<option value="">请选择</option>${list.map(([v, l]) => `<option value="${v}">${l}</option>`).join('')}`;
const star = '<em class="req">*</em>';

/** A label cell and its control cell. */
const cell = (label: string, control: string, req = true, extra = '') => `<td class="tl">${req ? star : ''}${label}：</td><td class="tc"${extra}>${control}</td>`;
const region = (key: string) => `<span class="region" data-key="${key}"><select data-level="0"><option value="">-省-</option></select>` +
  '<select data-level="1" disabled><option value="">-市-</option></select><select data-level="2" disabled><option value="">-区/县-</option></select></span>';
const file = (key: string) => `<input type="file" accept="image/jpeg,image/png" data-key="${key}"><p class="tip">jpg / png 格式，不超过 400KB</p>`;

export function oldSubjectHtml(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>新办网站申请 - 全国互联网安全管理服务平台</title>
<style>
body{font:12px/1.6 "SimSun","宋体",sans-serif;margin:0;background:#f2f2f2;color:#333}
.top{background:#1c5aa6;color:#fff;padding:10px 24px;font-size:18px}
.nav{background:#e8eef7;padding:6px 24px;border-bottom:1px solid #c7d3e6}
.nav span{margin-right:18px}.nav .on{color:#c00;font-weight:bold}
.main{width:1000px;margin:14px auto;background:#fff;border:1px solid #ccc;padding:12px 16px}
.crumb{color:#666;margin-bottom:8px}
table.form{width:100%;border-collapse:collapse}
table.form td{border:1px solid #d5dbe5;padding:6px 8px;vertical-align:top}
table.form th{background:#dfe8f5;text-align:left;padding:6px 8px;border:1px solid #d5dbe5;font-size:13px}
td.tl{width:130px;text-align:right;background:#f6f8fb;white-space:nowrap}
td.tc{width:350px}
.req{color:#c00;font-style:normal;margin-right:2px}
input[type=text],input[type=date]{height:22px;border:1px solid #aab;padding:0 4px;width:220px}
input.long{width:300px}
select{height:24px;border:1px solid #aab}
.region select{width:96px;margin-right:4px}
.tip{color:#888;margin:2px 0 0;font-size:12px}
.btns{text-align:center;margin:14px 0 4px}
.btns button{padding:4px 22px;margin:0 10px;border:1px solid #1c5aa6;background:#2d6ec4;color:#fff;cursor:pointer}
.code{display:inline-block;width:70px;height:24px;line-height:24px;text-align:center;background:#ddd;letter-spacing:3px;font-style:italic;vertical-align:middle;margin-left:6px}
</style>
</head>
<body>
<div class="top">全国互联网安全管理服务平台 · 公安机关互联网站安全管理服务平台</div>
<div class="nav"><span>首页</span><span class="on">开办主体管理</span><span>新办网站申请</span><span>已办网站认领</span><span>网站信息变更</span><span>网站注销申请</span></div>
<div class="main">
<div class="crumb">当前位置：新办网站申请 &gt; 第一步 开办主体信息</div>
<form id="subjectForm" onsubmit="return false">
<table class="form">
<tr><th colspan="4">开办主体信息</th></tr>
<tr>${cell('开办主体性质', `<select data-key="kind">${opts(OLD_SUBJECT_KINDS)}</select>`)}${cell('主办单位名称', '<input type="text" class="long" data-key="unitName">')}</tr>
<tr>${cell('证件类型', `<select data-key="unitCertType">${opts(OLD_UNIT_CERTS)}</select>`)}${cell('证件号码', '<input type="text" data-key="unitCertNumber"><p class="tip">统一社会信用代码为 18 位</p>')}</tr>
<tr>${cell('有效证件', file('licence'))}${cell('法人代表人姓名', '<input type="text" data-key="legalRep">')}</tr>
<tr>${cell('单位办公地址', region('officeRegion'), true, ' colspan="3"')}</tr>
<tr>${cell('详细地址', '<input type="text" class="long" data-key="officeDetail"><p class="tip">请填写街道、门牌号</p>', true, ' colspan="3"')}</tr>
<tr><th colspan="4">负责人信息</th></tr>
<tr>${cell('负责人姓名', '<input type="text" data-key="prName">')}${cell('证件类型', `<select data-key="prCertType">${opts(MPS_PERSON_CERT_CODES)}</select>`)}</tr>
<tr>${cell('证件号码', '<input type="text" data-key="prCertNumber">')}${cell('证件有效期', '<input type="date" data-key="prValidFrom" style="width:130px"> 至 <input type="date" data-key="prValidTo" style="width:130px"> <label><input type="checkbox" data-key="prLongTerm">长期</label>')}</tr>
<tr>${cell('身份证正面', file('prIdFront'))}${cell('身份证反面', file('prIdBack'))}</tr>
<tr>${cell('手持身份证', file('prIdHand'))}<td class="tl"></td><td class="tc"></td></tr>
<tr>${cell('负责人常住地址', region('resRegion'), true, ' colspan="3"')}</tr>
<tr>${cell('详细地址', '<input type="text" class="long" data-key="resDetail">', true, ' colspan="3"')}</tr>
<tr><th colspan="4">联系方式</th></tr>
<tr>${cell('办公室电话', '<input type="text" data-key="officePhone"><p class="tip">格式：区号-电话号码</p>')}${cell('手机号码', '<input type="text" data-key="mobile">')}</tr>
<tr>${cell('电子邮箱', '<input type="text" data-key="email">')}${cell('传真', '<input type="text" data-key="fax">', false)}</tr>
<tr>${cell('验证码', '<input type="text" data-key="captcha" style="width:80px"><span class="code">7K3P</span>', true, ' colspan="3"')}</tr>
</table>
<div class="btns"><button type="button" id="btnSave">保 存</button><button type="button" id="btnSubmit">提 交</button></div>
</form>
</div>
<script>
(function () {
  var AREAS = ${JSON.stringify(AREAS)};
  var byCode = {};
  (function walk(list) { list.forEach(function (a) { byCode[a.code] = a; if (a.children) walk(a.children); }); })(AREAS);
  var st = {
    kind: '', unitName: '', unitCertType: '', unitCertNumber: '', licence: [], legalRep: '', officeRegion: [], officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false,
    prIdFront: [], prIdBack: [], prIdHand: [], resRegion: [], resDetail: '',
    officePhone: '', mobile: '', email: '', fax: '', captcha: '', saveClicks: 0, submitClicks: 0
  };
  var r = { platform: 'beian-old', step: 'subject', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(st)); } };
  window.__replica = r;
  function set(k, v) { st[k] = v; r.changes++; }
  var form = document.getElementById('subjectForm');
  form.querySelectorAll('[data-key]').forEach(function (el) {
    var k = el.getAttribute('data-key');
    if (el.classList.contains('region')) return;
    if (el.type === 'file') el.addEventListener('change', function () { set(k, Array.prototype.map.call(el.files, function (f) { return f.name; })); });
    else if (el.type === 'checkbox') el.addEventListener('change', function () { set(k, el.checked); });
    else { el.addEventListener('input', function () { set(k, el.value); }); el.addEventListener('change', function () { set(k, el.value); }); }
  });
  var longTerm = form.querySelector('[data-key=prLongTerm]');
  var validTo = form.querySelector('[data-key=prValidTo]');
  longTerm.addEventListener('change', function () {
    validTo.disabled = longTerm.checked;
    if (longTerm.checked) { validTo.value = ''; set('prValidTo', ''); }
  });
  function children(code, cb) {
    var list = code ? ((byCode[code] && byCode[code].children) || []) : AREAS;
    setTimeout(function () { cb(list.map(function (a) { return { code: a.code, name: a.name }; })); }, code ? 200 : 50);
  }
  function fill(sel, list, blank) {
    sel.innerHTML = '<option value="">' + blank + '</option>' + list.map(function (a) { return '<option value="' + a.code + '">' + a.name + '</option>'; }).join('');
  }
  var BLANK = ['-省-', '-市-', '-区/县-'];
  form.querySelectorAll('.region').forEach(function (box) {
    var k = box.getAttribute('data-key');
    var sels = box.querySelectorAll('select');
    children('', function (list) { fill(sels[0], list, BLANK[0]); });
    function report() {
      var names = [];
      for (var i = 0; i < 3; i++) { var v = sels[i].value; if (!v) break; names.push(byCode[v].name); }
      set(k, names);
    }
    [0, 1, 2].forEach(function (lv) {
      sels[lv].addEventListener('change', function () {
        for (var j = lv + 1; j < 3; j++) { fill(sels[j], [], BLANK[j]); sels[j].disabled = true; }
        report();
        var v = sels[lv].value;
        if (v && lv < 2) children(v, function (list) {
          if (sels[lv].value !== v) return;
          fill(sels[lv + 1], list, BLANK[lv + 1]);
          sels[lv + 1].disabled = false;
        });
      });
    });
  });
  document.getElementById('btnSave').addEventListener('click', function () { set('saveClicks', st.saveClicks + 1); });
  document.getElementById('btnSubmit').addEventListener('click', function () { set('submitClicks', st.submitClicks + 1); });
})();
</script>
</body>
</html>`;
}
