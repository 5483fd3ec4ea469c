/**
 * Gen-6 held-out builds in plain HTML (no library): each page keeps its state in one object that input /
 * change listeners update from the controls, and exposes it as window.__replica.
 */
import { captchaSvg, HELD_PRINCIPAL, ICP_CONTENT_CODES, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, MPS_PERSON_CERT_CODES, OLD_SUBJECT_KINDS, PHONE_PREFIXES } from './common';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const opts = (list: [string, string][], empty = '--请选择--') =>
  `<option value="">${empty}</option>` + list.map(([v, l]) => `<option value="${esc(v)}">${esc(l)}</option>`).join('');
const labelOpts = (list: string[]) => list.map((l) => `<option value="${esc(l)}">${esc(l)}</option>`).join('');
const pad = (n: number) => String(n).padStart(2, '0');
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/* ------------------------------------------------------------------ old portal 开办主体 (个人), nested fieldsets */

function ymd(prefix: string, label: string): string {
  const years = range(1990, 2060).map((y) => [String(y), String(y)] as [string, string]);
  const months = range(1, 12).map((m) => [pad(m), pad(m)] as [string, string]);
  const days = range(1, 31).map((d) => [pad(d), pad(d)] as [string, string]);
  return `<div class="r"><span class="lbl"><em>*</em>${label}：</span><span class="ymd" id="${prefix}">
<select name="${prefix}_y" title="${label}年">${opts(years, '--')}</select>年
<select name="${prefix}_m" title="${label}月">${opts(months, '--')}</select>月
<select name="${prefix}_d" title="${label}日">${opts(days, '--')}</select>日</span>`;
}

export function oldSubjectHtml(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>开办主体管理 - 全国互联网安全管理服务平台</title>
<style>
body{margin:0;font:12px/1.6 "宋体",SimSun,"Microsoft YaHei",sans-serif;background:#eef3f8;color:#333}
.hd{height:70px;background:#1d5fa8;color:#fff;font-size:24px;line-height:70px;padding-left:30px;font-weight:bold;letter-spacing:2px}
.nav{background:#154a86;height:30px}
.main{width:980px;margin:10px auto;display:flex;gap:10px}
.menu{width:170px;background:#fff;border:1px solid #c5d6e8}
.menu h4{margin:0;background:#dbe8f5;padding:6px 10px;font-size:13px}
.menu ul{list-style:none;margin:0;padding:0}.menu li{padding:6px 14px;border-bottom:1px dotted #c5d6e8}.menu li.on{background:#fdf3d8;font-weight:bold}
.content{flex:1;background:#fff;border:1px solid #c5d6e8;padding:12px 16px}
.content h3{margin:0 0 10px;border-bottom:2px solid #1d5fa8;padding-bottom:4px;color:#1d5fa8}
fieldset{border:1px solid #9fb9d6;margin:8px 0 12px;padding:6px 12px 10px}
fieldset fieldset{border-color:#c5d6e8;background:#fafcff}
fieldset fieldset fieldset{background:#fff;border-style:dashed}
legend{font-weight:bold;color:#1d5fa8;padding:0 6px}
.r{margin:6px 0;display:flex;align-items:center;gap:4px;flex-wrap:wrap}
.r label:first-child,.r .lbl{display:inline-block;width:120px;text-align:right}
em{color:#e00;font-style:normal;margin-right:2px}
.hint{color:#888;margin-left:126px;display:block}
input[type=text]{width:220px;height:20px;border:1px solid #a5b8cc}
input.long{width:420px}
.btns{text-align:center;padding:10px}
.btns button{padding:3px 18px;margin:0 8px;background:#1d5fa8;color:#fff;border:1px solid #154a86}
</style>
</head>
<body>
<div class="hd">全国互联网安全管理服务平台</div>
<div class="nav"></div>
<div class="main">
  <div class="menu"><h4>备案管理</h4><ul><li class="on">开办主体管理</li><li>新办网站申请</li><li>已办网站认领</li><li>网站信息变更</li><li>网站注销申请</li></ul></div>
  <div class="content">
    <h3>开办主体信息登记</h3>
    <form id="f" action="#" onsubmit="return false">
      <fieldset><legend>开办主体信息</legend>
        <div class="r"><label for="ztxz"><em>*</em>开办主体性质：</label><select id="ztxz" name="ztxz">${opts(OLD_SUBJECT_KINDS)}</select></div>
        <fieldset><legend>负责人信息</legend>
          <div class="r"><label for="fzrxm"><em>*</em>负责人姓名：</label><input type="text" id="fzrxm" name="fzrxm" maxlength="30"></div>
          <fieldset><legend>证件信息</legend>
            <div class="r"><label for="zjlx"><em>*</em>证件类型：</label><select id="zjlx" name="zjlx">${opts(MPS_PERSON_CERT_CODES)}</select></div>
            <div class="r"><label for="zjhm"><em>*</em>证件号码：</label><input type="text" id="zjhm" name="zjhm" maxlength="18"></div>
            ${ymd('yxqq', '证件有效期起')}</div>
            ${ymd('yxqz', '证件有效期止')}<label><input type="checkbox" id="cq" name="cq"> 长期</label></div>
            <div class="r"><label for="zjzm"><em>*</em>证件正面：</label><input type="file" id="zjzm" name="zjzm" accept="image/*"></div>
            <div class="r"><label for="zjfm"><em>*</em>证件反面：</label><input type="file" id="zjfm" name="zjfm" accept="image/*"></div>
            <span class="hint">图片格式 jpg/png，大小不超过 400KB</span>
          </fieldset>
          <fieldset><legend>联系方式</legend>
            <div class="r"><label for="czdz"><em>*</em>常住地址：</label><input type="text" class="long" id="czdz" name="czdz"></div>
            <span class="hint">请填写省、市、区（县）及详细地址</span>
            <div class="r"><label for="sjhm"><em>*</em>手机号码：</label><input type="text" id="sjhm" name="sjhm" maxlength="11"></div>
            <div class="r"><label for="bgdh"><em>*</em>办公室电话：</label><input type="text" id="bgdh" name="bgdh"></div>
            <div class="r"><label for="dzyx"><em>*</em>电子邮箱：</label><input type="text" id="dzyx" name="dzyx"></div>
          </fieldset>
        </fieldset>
      </fieldset>
      <div class="r"><label for="yzm"><em>*</em>验证码：</label><input type="text" id="yzm" name="yzm" style="width:80px"><img alt="验证码" src="${captchaSvg('a8Fk')}"></div>
      <div class="btns"><button type="button" id="save">保 存</button><button type="button" id="next">下一步</button></div>
    </form>
  </div>
</div>
<script>
(function () {
  var f = document.getElementById('f');
  var S = { kind: '', name: '', certType: '', certNumber: '', validFrom: '', validTo: '', longTerm: false, idFront: [], idBack: [],
    address: '', mobile: '', officePhone: '', email: '', captcha: '', saveClicks: 0, nextClicks: 0 };
  var R = { platform: 'beian-old', step: 'subject', variant: '个人', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function v(id) { return document.getElementById(id).value; }
  function sel(name) { return f.querySelector('select[name="' + name + '"]'); }
  function files(id) { return Array.prototype.map.call(document.getElementById(id).files || [], function (x) { return x.name; }); }
  function fixDays(p) {
    var y = +sel(p + '_y').value || 2000, m = +sel(p + '_m').value || 1, d = sel(p + '_d');
    var n = new Date(y, m, 0).getDate(), keep = d.value;
    while (d.options.length - 1 > n) d.remove(d.options.length - 1);
    for (var i = d.options.length; i <= n; i++) { var o = document.createElement('option'); o.value = o.text = (i < 10 ? '0' : '') + i; d.add(o); }
    d.value = +keep <= n ? keep : '';
  }
  function date(p) {
    var y = sel(p + '_y').value, m = sel(p + '_m').value, d = sel(p + '_d').value;
    return y && m && d ? y + '-' + m + '-' + d : '';
  }
  function read() {
    var lt = document.getElementById('cq').checked;
    ['yxqz_y', 'yxqz_m', 'yxqz_d'].forEach(function (n) { sel(n).disabled = lt; if (lt) sel(n).value = ''; });
    S.kind = v('ztxz'); S.name = v('fzrxm'); S.certType = v('zjlx'); S.certNumber = v('zjhm');
    S.validFrom = date('yxqq'); S.validTo = lt ? '' : date('yxqz'); S.longTerm = lt;
    S.idFront = files('zjzm'); S.idBack = files('zjfm');
    S.address = v('czdz'); S.mobile = v('sjhm'); S.officePhone = v('bgdh'); S.email = v('dzyx'); S.captcha = v('yzm');
    R.changes++;
  }
  f.addEventListener('change', function (e) {
    var n = e.target && e.target.name || '';
    if (/^yxq[qz]_[ym]$/.test(n)) fixDays(n.slice(0, 4));
    read();
  });
  f.addEventListener('input', read);
  document.getElementById('save').addEventListener('click', function () { S.saveClicks++; R.changes++; });
  document.getElementById('next').addEventListener('click', function () { S.nextClicks++; R.changes++; });
})();
</script>
</body>
</html>`;
}

/* ------------------------------------------------------------------ 阿里云 填写网站信息 (单位), native console page */

export function aliyunSiteUnitHtml(): string {
  const held = HELD_PRINCIPAL.单位;
  const row = (label: string, forId: string, control: string, tip = '', req = true) =>
    `<div class="row"><label for="${forId}" class="${req ? 'req' : ''}">${label}</label><div class="ctl">${control}</div><div class="tip">${tip}</div></div>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>填写网站信息 - ICP代备案管理系统 - 阿里云</title>
<style>
body{margin:0;background:#f5f5f6;font:13px/1.5 "PingFang SC","Microsoft YaHei",sans-serif;color:#333}
.top{height:50px;background:#fff;border-bottom:1px solid #e5e5e5;display:flex;align-items:center;padding:0 24px;font-weight:600;font-size:15px}
.top b{color:#ff6a00;margin-right:14px}
.steps{display:flex;gap:0;max-width:960px;margin:16px auto 0;background:#fff;border:1px solid #e5e5e5}
.steps span{flex:1;text-align:center;padding:10px 0;color:#999}.steps span.on{color:#ff6a00;font-weight:600;border-bottom:2px solid #ff6a00}
section{max-width:960px;margin:16px auto;background:#fff;border:1px solid #e5e5e5;padding:8px 24px 16px}
h2{font-size:15px;margin:8px 0 12px;padding-left:8px;border-left:3px solid #ff6a00}
.row{display:grid;grid-template-columns:170px 1fr 230px;gap:12px;align-items:start;padding:7px 0}
.row>label{text-align:right;padding-top:5px;color:#555}
.row>label.req:before{content:"*";color:#f5222d;margin-right:3px}
.tip{color:#999;font-size:12px;padding-top:5px}
input[type=text],input[type=date],select,textarea{border:1px solid #d9d9d9;border-radius:2px;height:30px;padding:0 8px;font:inherit;box-sizing:border-box}
input[type=text]{width:100%}
textarea{width:100%;height:64px;padding:6px 8px}
select[multiple]{height:120px;width:240px;padding:4px}
.chips{display:flex;flex-wrap:wrap;gap:6px;border:1px solid #d9d9d9;padding:4px;min-height:30px;box-sizing:border-box;background:#fff}
.chip{background:#f2f2f2;border:1px solid #e0e0e0;border-radius:2px;padding:0 4px 0 8px;display:inline-flex;align-items:center;gap:4px}
.chip button{border:0;background:none;cursor:pointer;color:#888;font-size:14px;padding:0 2px}
.chips input{border:0!important;outline:none;flex:1;min-width:160px;height:22px}
.url{display:flex}.url .pre{border:1px solid #d9d9d9;border-right:0;background:#fafafa;padding:0 8px;line-height:28px;color:#666}
.inline{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.phone{display:flex}.phone select{width:80px;border-right:0}
.same{padding:4px 0 8px 182px;color:#555}
.items{margin-top:6px;display:none}.items.show{display:block}
.bar{max-width:960px;margin:0 auto 40px;text-align:center}
.bar button{height:32px;padding:0 24px;margin:0 6px;border:1px solid #d9d9d9;background:#fff;cursor:pointer}
.bar button.primary{background:#ff6a00;border-color:#ff6a00;color:#fff}
</style>
</head>
<body>
<div class="top"><b>阿里云</b>ICP代备案管理系统</div>
<div class="steps"><span>验证备案类型</span><span>填写主办者信息</span><span class="on">填写网站信息</span><span>上传资料</span><span>提交初审</span></div>
<form id="f" action="#" onsubmit="return false">
<section>
  <h2>网站信息</h2>
  ${row('网站名称', 'siteName', '<input type="text" id="siteName" maxlength="64">', '至少 3 个汉字，须与网站内容相符')}
  ${row('网站域名', 'domainInput', '<div class="chips" id="domainBox"><input type="text" id="domainInput" placeholder="输入域名后按回车添加"></div>', '不含 www.；可添加多个域名，回车或“；”分隔')}
  ${row('网站首页URL', 'homeUrl', '<div class="url"><span class="pre">http://</span><input type="text" id="homeUrl"></div>', '首页地址的域名须在上方域名列表中')}
  ${row('服务类型', 'serviceType', '<select id="serviceType" disabled><option value="网站应用服务" selected>网站应用服务</option></select>', '', false)}
  ${row('网站服务内容', 'content', `<select id="content">${opts(ICP_CONTENT_CODES)}</select>`, '单位一般选择“单位门户网站”')}
  ${row('网站语言', 'langs', `<select id="langs" multiple size="6">${labelOpts(ICP_LANGUAGES)}</select>`, '按住 Ctrl 可多选')}
  <div class="row"><label class="req">是否涉及前置审批</label><div class="ctl">
    <label><input type="radio" name="pre" value="是"> 是</label> <label><input type="radio" name="pre" value="否"> 否</label>
    <div class="items" id="preItems">${ICP_PRE_APPROVALS.map((p) => `<label><input type="checkbox" name="preItem" value="${p}"> ${p}</label>`).join(' ')}</div>
  </div><div class="tip">涉及新闻、出版、教育等内容须取得前置审批</div></div>
  ${row('网站备注', 'remark', '<textarea id="remark"></textarea>', '选填', false)}
</section>
<section>
  <h2>网站负责人</h2>
  <div class="same"><label><input type="checkbox" id="same"> 同主体负责人</label></div>
  ${row('负责人姓名', 'wpName', '<input type="text" id="wpName">')}
  ${row('证件类型', 'wpCertType', `<select id="wpCertType"><option value="">请选择</option>${labelOpts(ICP_PERSON_CERTS)}</select>`)}
  ${row('证件号码', 'wpCertNumber', '<input type="text" id="wpCertNumber">')}
  ${row('证件有效期', 'wpValidFrom', '<div class="inline"><input type="date" id="wpValidFrom" aria-label="证件有效期起"> 至 <input type="date" id="wpValidTo" aria-label="证件有效期止"> <label><input type="checkbox" id="wpLong"> 长期</label></div>')}
  ${row('手机号码', 'wpMobile', `<div class="phone"><select id="wpPrefix" aria-label="国家/地区代码">${labelOpts(PHONE_PREFIXES)}</select><input type="text" id="wpMobile"></div>`)}
  ${row('应急联系电话', 'wpEmergency', '<input type="text" id="wpEmergency">', '须与手机号码不同')}
  ${row('办公室电话', 'wpPhone', '<input type="text" id="wpPhone">', '区号-号码', false)}
  ${row('电子邮箱', 'wpEmail', '<input type="text" id="wpEmail">')}
</section>
</form>
<div class="bar"><button type="button" id="prev">上一步</button><button type="button" class="primary" id="next">下一步</button></div>
<script>
(function () {
  var HELD = ${JSON.stringify({ wpName: held.name, wpCertType: held.certType, wpCertNumber: held.certNumber, wpValidFrom: held.validFrom, wpValidTo: held.validTo, wpMobile: held.mobile, wpEmergency: held.emergency, wpEmail: held.email, wpPhone: '0571-88886666', wpLong: held.longTerm })};
  var f = document.getElementById('f');
  var S = { siteName: '', domains: [], homeUrl: '', serviceType: '网站应用服务', content: '', languages: [], preApproval: '', preItems: [], remark: '',
    sameAsPrincipal: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobilePrefix: '+86',
    wpMobile: '', wpEmergency: '', wpPhone: '', wpEmail: '', prevClicks: 0, nextClicks: 0 };
  var R = { platform: 'aliyun', step: 'site', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  var $ = function (id) { return document.getElementById(id); };
  var box = $('domainBox'), din = $('domainInput');
  function renderChips() {
    Array.prototype.slice.call(box.querySelectorAll('.chip')).forEach(function (c) { c.remove(); });
    S.domains.forEach(function (d, i) {
      var c = document.createElement('span'); c.className = 'chip'; c.textContent = d;
      var x = document.createElement('button'); x.type = 'button'; x.textContent = '×'; x.setAttribute('aria-label', '删除 ' + d);
      x.addEventListener('click', function () { S.domains.splice(i, 1); renderChips(); R.changes++; });
      c.appendChild(x); box.insertBefore(c, din);
    });
  }
  function commit(text) {
    var added = false;
    text.split(/[；;，,\\s]+/).forEach(function (d) { d = d.trim(); if (d && S.domains.indexOf(d) < 0) { S.domains.push(d); added = true; } });
    din.value = '';
    if (added) { renderChips(); R.changes++; }
  }
  din.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') { e.preventDefault(); commit(din.value); }
    else if (e.key === 'Backspace' && !din.value && S.domains.length) { S.domains.pop(); renderChips(); R.changes++; }
  });
  din.addEventListener('input', function () { if (/[；;，,]/.test(din.value)) commit(din.value); });
  din.addEventListener('change', function () { if (din.value.trim()) commit(din.value); });
  box.addEventListener('click', function (e) { if (e.target === box) din.focus(); });
  var personIds = ['wpName', 'wpCertType', 'wpCertNumber', 'wpValidFrom', 'wpValidTo', 'wpLong', 'wpPrefix', 'wpMobile', 'wpEmergency', 'wpPhone', 'wpEmail'];
  function read() {
    S.siteName = $('siteName').value; S.homeUrl = $('homeUrl').value; S.content = $('content').value;
    S.languages = Array.prototype.filter.call($('langs').options, function (o) { return o.selected; }).map(function (o) { return o.value; });
    var pre = f.querySelector('input[name=pre]:checked'); S.preApproval = pre ? pre.value : '';
    $('preItems').className = 'items' + (S.preApproval === '是' ? ' show' : '');
    if (S.preApproval !== '是') Array.prototype.forEach.call(f.querySelectorAll('input[name=preItem]'), function (c) { c.checked = false; });
    S.preItems = Array.prototype.filter.call(f.querySelectorAll('input[name=preItem]'), function (c) { return c.checked; }).map(function (c) { return c.value; });
    S.remark = $('remark').value;
    S.sameAsPrincipal = $('same').checked;
    var lt = $('wpLong').checked;
    if (lt) $('wpValidTo').value = '';
    $('wpValidTo').disabled = lt || S.sameAsPrincipal;
    S.wpName = $('wpName').value; S.wpCertType = $('wpCertType').value; S.wpCertNumber = $('wpCertNumber').value;
    S.wpValidFrom = $('wpValidFrom').value; S.wpValidTo = $('wpValidTo').value; S.wpLongTerm = lt; S.wpMobilePrefix = $('wpPrefix').value;
    S.wpMobile = $('wpMobile').value; S.wpEmergency = $('wpEmergency').value; S.wpPhone = $('wpPhone').value; S.wpEmail = $('wpEmail').value;
    R.changes++;
  }
  $('same').addEventListener('change', function () {
    var on = $('same').checked;
    if (on) {
      Object.keys(HELD).forEach(function (k) { var el = $(k); if (el.type === 'checkbox') el.checked = HELD[k]; else el.value = HELD[k]; });
      $('wpPrefix').value = '+86';
    }
    personIds.forEach(function (id) { $(id).disabled = on; });
  });
  f.addEventListener('input', function (e) { if (e.target !== din) read(); });
  f.addEventListener('change', function (e) { if (e.target !== din) read(); });
  $('prev').addEventListener('click', function () { S.prevClicks++; R.changes++; });
  $('next').addEventListener('click', function () { S.nextClicks++; R.changes++; });
})();
</script>
</body>
</html>`;
}
