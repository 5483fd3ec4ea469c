/**
 * Gen-19 pages without a component-library app: the old 公安 portal's 开办主体 step for a unit (server-rendered HTML over
 * http: a TAB STRIP of three panels 一、单位信息 / 二、负责人信息 / 三、联系方式, only one shown, the others' fields hidden in the
 * page; each panel a two-column <table> whose field names are <th> text, no <label>; coded <select>s; chained region
 * <select>s 省 / 市 / 县 filled from the portal's AREA API over XHR (served by index.ts under the asset prefix); text
 * dates checked for yyyy-MM-dd + a 长期 checkbox; <input type=file> slots) and the HTML shells of the library builds.
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_OLD_NATURE_CODES, MPS_PERSON_CERT_CODES, MPS_UNIT_CERT_CODES, PREFIX, regionOptions, type RegionOption } from './common';

/* ------------------------------------------------------------------ shells of the library builds */

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .bd-top, .vc-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; background: #232f3e; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .bd-top { background: #2468f2; } .vc-top { background: #1b2532; }
.al-top b, .mps-top b, .bd-top b, .vc-top b { font-size: 16px; } .al-top span, .mps-top span, .bd-top span, .vc-top span { opacity: .9; font-size: 13px; }
.al-side, .bd-side, .vc-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; z-index: 1; }
.bd-side, .vc-side { width: 200px; } .vc-side { background: #f7f8fa; }
.al-side a, .bd-side a, .vc-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; text-decoration: none; cursor: pointer; }
.al-side a.on { color: #ff6a00; background: #fff5ee; } .bd-side a.on { color: #2468f2; background: #eef3fe; } .vc-side a.on { color: #1664ff; background: #e8f0ff; }
.bd-side .grp, .vc-side .grp { padding: 12px 20px 4px; color: #999; font-size: 12px; }
.al-main { margin-left: 176px; } .bd-main, .vc-main { margin-left: 200px; }
.al-body, .mps-body, .bd-body, .vc-body { max-width: 1240px; margin: 0 auto; padding: 16px 24px 60px; }
.crumbs { color: #888; font-size: 12px; margin: 2px 0 12px; }
.page-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.actions { display: flex; gap: 12px; padding: 16px 0; align-items: center; }
.help { color: #888; font-size: 12px; line-height: 1.5; }
.msg { color: #d23c26; font-size: 12px; } .ok-msg { color: #1a9c47; font-size: 12px; }
.field-err { color: #d23c26; font-size: 12px; line-height: 1.5; }
.row-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; }
.mps-top .who { margin-left: auto; }
.t-label { color: #444; font-size: 12px; min-width: 70px; }
.derived { color: #333; background: #f5f5f5; padding: 0 10px; line-height: 30px; border-radius: 3px; min-width: 220px; display: inline-block; }
.vcode { display: inline-block; width: 70px; height: 30px; line-height: 30px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 16px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; }
/* aliyun basic (tea): query bar */
.query-bar, .resource-card { margin: 12px 0; }
.qb-form .tea-form__item { margin-bottom: 12px; }
.region3 { flex-wrap: nowrap; }
.domain-pair { flex-wrap: nowrap; gap: 4px; }
/* aliyun subject (tea): side cards */
.facts-ro { display: flex; gap: 28px; background: #fff; border: 1px dashed #ddd; padding: 10px 16px; font-size: 13px; margin: 0 0 12px; align-items: center; }
.facts-ro span { color: #888; margin-right: 6px; } .facts-ro a { margin-left: auto; cursor: pointer; }
.side-cards { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; margin-bottom: 12px; align-items: start; }
.side-cards .tea-card { margin: 0; }
/* aliyun site (arco): card tabs */
.tabs-card { padding-top: 12px; }
/* mps site (arco): blocks + provider table */
h4.blk { margin: 0 0 14px; padding-left: 8px; border-left: 3px solid #0b3d7e; font-size: 14px; }
.provider-table td { vertical-align: top; }
/* mps principal (tea): matrix */
.held-subject { display: flex; gap: 32px; font-size: 13px; color: #333; }
.role-head { display: flex; gap: 16px; align-items: center; }
.role-matrix .req { color: #e54545; margin-right: 2px; }
.role-matrix td { vertical-align: middle; }
.mat-file { display: flex; gap: 8px; align-items: center; font-size: 12px; }
.sms-row { margin-top: 14px; }
/* volcengine basic (fusion): twin cards */
.twins { display: grid; grid-template-columns: 5fr 7fr; gap: 16px; align-items: start; }
.twins .next-card { padding-bottom: 4px; }
.twins .instances .next-menu-item, .twins .instances .next-menu-item-inner, .twins .instances .next-menu-item-text { height: auto; white-space: normal; overflow: visible; line-height: 18px; }
.twins .instances .next-menu-item { padding-top: 5px; padding-bottom: 5px; }
`;

const LIB_ASSETS: Record<string, string> = { tea: 'tea', arco: 'arco', antd: 'antd', 'fusion-next': 'fusion' };

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

/* ------------------------------------------------------------------ the portal's area API (Node side) */

let byCode: Map<string, RegionOption[]> | undefined;
/** The children (code, name) of a region code ('' = provinces), as the old portal's area API answers them. */
export function areaChildren(parent: string): { code: string; name: string }[] {
  if (!byCode) {
    byCode = new Map();
    const roots = regionOptions();
    byCode.set('', roots);
    const walk = (l: RegionOption[]) => l.forEach((n) => { if (n.children) { byCode!.set(n.value, n.children); walk(n.children); } });
    walk(roots);
  }
  return (byCode.get(parent) ?? []).map((n) => ({ code: n.value, name: n.label }));
}

/* ------------------------------------------------------------------ the old portal's 开办主体 (单位), tab strip */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 76px; display: flex; align-items: center; padding: 0 36px; gap: 16px; border-bottom: 4px solid #c9151e; }
.banner .badge { width: 50px; height: 50px; border-radius: 50%; background: radial-gradient(#ffe27a, #c2911c); box-shadow: 0 0 0 3px #fff6cf inset; }
.banner b { font: bold 23px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; } .banner small { display: block; opacity: .75; }
.menu { background: #fff; border-bottom: 1px solid #c9d3de; height: 30px; padding: 0 36px; display: flex; } .menu a { color: #0d4592; padding: 0 14px; line-height: 30px; text-decoration: none; } .menu a.cur { color: #c9151e; font-weight: bold; }
.menu .who { margin-left: auto; color: #555; line-height: 30px; }
.wrap { width: 900px; margin: 12px auto 40px; background: #fff; border: 1px solid #c9d3de; padding: 10px 20px 16px; }
.wrap h2 { font: bold 15px "SimHei", "Microsoft YaHei", sans-serif; color: #0d4592; margin: 4px 0 10px; }
.tip { background: #fffbe6; border: 1px solid #f0dc8c; padding: 4px 10px; margin-bottom: 10px; }
ul.tabs { list-style: none; margin: 0; padding: 0 0 0 6px; display: flex; border-bottom: 2px solid #2f69ad; }
ul.tabs li { margin-right: 3px; } ul.tabs li a { display: block; padding: 3px 18px; background: #dfe7f1; border: 1px solid #b7c6d8; border-bottom: 0; color: #0d4592; text-decoration: none; }
ul.tabs li.cur a { background: #2f69ad; color: #fff; font-weight: bold; }
.tabpanel { border: 1px solid #b7c6d8; border-top: 0; padding: 10px 12px; }
table.ftab { width: 100%; border-collapse: collapse; }
table.ftab th { width: 150px; text-align: right; font-weight: normal; color: #333; background: #f2f6fa; border: 1px solid #d5dfea; padding: 4px 8px; }
table.ftab th em { color: #e00; font-style: normal; margin-right: 2px; }
table.ftab td { border: 1px solid #d5dfea; padding: 4px 8px; }
table.ftab input[type=text], table.ftab select { border: 1px solid #9fb0c2; height: 22px; font: inherit; padding: 0 4px; box-sizing: border-box; }
table.ftab input[type=text] { width: 300px; } table.ftab input.short { width: 110px; } table.ftab select.area { width: 130px; }
.err { color: #e00; margin-left: 6px; }
.pager { text-align: right; margin-top: 8px; } .pager a { color: #0d4592; }
.vrow { margin: 10px 0 0; } .vrow input { width: 70px; border: 1px solid #9fb0c2; height: 22px; }
.vcode { display: inline-block; width: 66px; text-align: center; background: repeating-linear-gradient(-45deg, #eef3e6 0 3px, #fff 3px 6px); font: italic bold 15px "Courier New", monospace; color: #2f6f1a; letter-spacing: 2px; vertical-align: middle; }
.btns { text-align: center; padding: 12px 0 0; }
.btns input { padding: 3px 24px; margin: 0 8px; font: inherit; border: 1px solid #7e94b0; background: linear-gradient(#fff, #dde6f0); cursor: pointer; }
.btns input.main-btn { background: linear-gradient(#2f6fc1, #1a5aa6); color: #fff; border-color: #164c8e; }
#btnMsg { color: #e00; margin-top: 6px; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var S = {
    subjectNature: '', unitName: '', unitCertType: '', unitCertNumber: '', licence: [], legalRep: '', officeRegion: [], officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, idFront: [], idBack: [], idHand: [],
    homeRegion: [], homeDetail: '', office: '', mobile: '', email: '', captcha: '', saveClicks: 0, nextClicks: 0
  };
  var R = { platform: 'beian-old', step: 'subject', variant: '单位', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  var $ = function (id) { return document.getElementById(id); };
  function err(id, t) { var m = $(id + '_err'); if (m) m.textContent = t || ''; }
  function textOf(sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; }
  function validId(s) {
    if (!/^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(s)) return false;
    var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], sum = 0;
    for (var i = 0; i < 17; i++) sum += w[i] * Number(s[i]);
    return '10X98765432'[sum % 11] === s[17].toUpperCase();
  }
  function validUscc(s) {
    var A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return false;
    var w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28], sum = 0;
    for (var i = 0; i < 17; i++) sum += w[i] * A.indexOf(s[i]);
    return A[(31 - (sum % 31)) % 31] === s[17];
  }
  /* tabs */
  function show(n) {
    [1, 2, 3].forEach(function (i) { $('tab' + i).style.display = i === n ? '' : 'none'; $('tabh' + i).className = i === n ? 'cur' : ''; });
  }
  [1, 2, 3].forEach(function (i) {
    $('tabh' + i).firstChild.addEventListener('click', function (e) { e.preventDefault(); show(i); });
    var nx = $('next' + i); if (nx) nx.addEventListener('click', function (e) { e.preventDefault(); show(i + 1); });
  });
  /* text inputs */
  var TEXT = { dwmc: 'unitName', dwzjhm: 'unitCertNumber', frdb: 'legalRep', bgxxdz: 'officeDetail', fzrxm: 'prName', fzrzjhm: 'prCertNumber',
    yxqq: 'prValidFrom', yxqz: 'prValidTo', czxxdz: 'homeDetail', bgdh: 'office', sjhm: 'mobile', yx: 'email', yzm: 'captcha' };
  Object.keys(TEXT).forEach(function (id) {
    var el = $(id);
    var upd = function () { var v = el.value.trim(); if (S[TEXT[id]] !== v) set(TEXT[id], v); err(id, ''); };
    el.addEventListener('input', upd); el.addEventListener('change', upd);
  });
  var BLUR = {
    dwzjhm: function (v) { return ($('dwzjlx').value === '00' || $('dwzjlx').value === '01') && !validUscc(v) ? '统一社会信用代码校验错误' : ''; },
    fzrzjhm: function (v) { return $('fzrzjlx').value === '01' && !validId(v) ? '身份证号码校验错误' : ''; },
    yxqq: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式应为 yyyy-MM-dd'; },
    yxqz: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式应为 yyyy-MM-dd'; },
    sjhm: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    bgdh: function (v) { return /^0\d{2,3}-?\d{7,8}$/.test(v) ? '' : '电话号码格式：区号-号码'; },
    yx: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '邮箱格式不正确'; }
  };
  Object.keys(BLUR).forEach(function (id) {
    $(id).addEventListener('blur', function () { var v = $(id).value.trim(); if (v) err(id, BLUR[id](v)); });
  });
  /* coded selects */
  var SELECTS = { kbztxz: 'subjectNature', dwzjlx: 'unitCertType', fzrzjlx: 'prCertType' };
  Object.keys(SELECTS).forEach(function (id) { $(id).addEventListener('change', function (e) { set(SELECTS[id], textOf(e.target)); }); });
  /* 长期 */
  $('cq').addEventListener('change', function (e) {
    var on = e.target.checked, to = $('yxqz');
    to.disabled = on; if (on) { to.value = ''; err('yxqz', ''); }
    set('prLongTerm', on); if (on) set('prValidTo', '');
  });
  /* files */
  var FILES = { yxzj: 'licence', zjzm: 'idFront', zjfm: 'idBack', zjsc: 'idHand' };
  Object.keys(FILES).forEach(function (id) {
    $(id).addEventListener('change', function (e) { set(FILES[id], Array.prototype.map.call(e.target.files || [], function (f) { return f.name; })); });
  });
  /* chained region selects, answered by the area API */
  function load(sel, parent) {
    sel.options.length = 1; sel.disabled = true; sel.options[0].text = '加载中…';
    var x = new XMLHttpRequest();
    x.open('GET', '${PREFIX}area?parent=' + encodeURIComponent(parent));
    x.onload = function () {
      var list = JSON.parse(x.responseText);
      sel.options[0].text = '--请选择--';
      list.forEach(function (a) { var o = document.createElement('option'); o.value = a.code; o.text = a.name; sel.appendChild(o); });
      sel.disabled = false;
    };
    x.send();
  }
  function chain(p, key) {
    var a = $(p + '_sheng'), b = $(p + '_shi'), c = $(p + '_xian');
    var report = function () { set(key, [a, b, c].filter(function (s) { return s.value; }).map(textOf)); };
    var reset = function (sel) { sel.options.length = 1; sel.options[0].text = '--请选择--'; sel.disabled = true; };
    a.addEventListener('change', function () { reset(b); reset(c); if (a.value) load(b, a.value); report(); });
    b.addEventListener('change', function () { reset(c); if (b.value) load(c, b.value); report(); });
    c.addEventListener('change', report);
    reset(b); reset(c); load(a, '');
  }
  chain('bg', 'officeRegion');
  chain('cz', 'homeRegion');
  /* buttons */
  $('btnSave').addEventListener('click', function () { set('saveClicks', S.saveClicks + 1); $('btnMsg').textContent = '已保存'; });
  $('btnNext').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); $('btnMsg').textContent = S.captcha ? '验证码错误' : '请输入验证码'; });
})();
`;

const txt = (id: string, extra = '') => `<input type="text" id="${id}" name="${id}"${extra}>`;
const errOf = (id: string) => `<span class="err" id="${id}_err"></span>`;
const row = (name: string, control: string, req = true) => `<tr><th>${req ? '<em>*</em>' : ''}${name}：</th><td>${control}</td></tr>`;
const coded = (id: string, list: [string, string][]) => `<select id="${id}" name="${id}"><option value="">--请选择--</option>${list.map(([v, l]) => `<option value="${v}">${l}</option>`).join('')}</select>`;
const area = (p: string) => ['sheng', 'shi', 'xian'].map((x) => `<select class="area" id="${p}_${x}" name="${p}_${x}"><option value="">--请选择--</option></select>`).join(' ');
const file = (id: string) => `<input type="file" id="${id}" name="${id}" accept="image/jpeg,image/png">`;

export function oldSubjectHtml(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>开办主体管理 - 全国互联网安全管理服务平台</title>
<style>${OLD_CSS}</style>
</head>
<body>
<div class="banner"><span class="badge"></span><div><b>全国互联网安全管理服务平台</b><small>www.beian.gov.cn · 公安机关互联网站安全管理服务</small></div></div>
<div class="menu"><a href="#">首页</a><a href="#" class="cur">开办主体管理</a><a href="#">新办网站申请</a><a href="#">已办网站认领</a><a href="#">网站信息变更</a><a href="#">网站注销申请</a><span class="who">当前用户：杭州云栖示例科技有限公司</span></div>
<div class="wrap">
  <h2>开办主体信息登记</h2>
  <div class="tip">请按页签依次填写，带 <b style="color:#e00">*</b> 为必填项；证件照片为 jpg / png 格式，每张不超过 400KB。</div>
  <form id="f" onsubmit="return false">
  <ul class="tabs"><li id="tabh1" class="cur"><a href="#tab1">一、单位信息</a></li><li id="tabh2"><a href="#tab2">二、负责人信息</a></li><li id="tabh3"><a href="#tab3">三、联系方式</a></li></ul>
  <div class="tabpanel" id="tab1">
    <table class="ftab">
      ${row('开办主体性质', coded('kbztxz', MPS_OLD_NATURE_CODES))}
      ${row('主办单位名称', txt('dwmc', ' maxlength="100"'))}
      ${row('主办单位证件类型', coded('dwzjlx', MPS_UNIT_CERT_CODES))}
      ${row('证件号码', txt('dwzjhm', ' maxlength="18"') + errOf('dwzjhm'))}
      ${row('有效证件', `${file('yxzj')} <span class="help">营业执照等证件的扫描件</span>`)}
      ${row('法人代表人姓名', txt('frdb', ' maxlength="30"'))}
      ${row('单位办公地址', area('bg'))}
      ${row('详细地址', txt('bgxxdz', ' maxlength="100"'))}
    </table>
    <div class="pager"><a href="#" id="next1">下一页 »</a></div>
  </div>
  <div class="tabpanel" id="tab2" style="display:none">
    <table class="ftab">
      ${row('负责人姓名', txt('fzrxm', ' maxlength="30"'))}
      ${row('证件类型', coded('fzrzjlx', MPS_PERSON_CERT_CODES))}
      ${row('证件号码', txt('fzrzjhm', ' maxlength="18"') + errOf('fzrzjhm'))}
      ${row('证件有效期', `起始 ${txt('yxqq', ' class="short" maxlength="10" placeholder="yyyy-MM-dd"')} 截止 ${txt('yxqz', ' class="short" maxlength="10" placeholder="yyyy-MM-dd"')} <input type="checkbox" id="cq"> 长期${errOf('yxqq')}${errOf('yxqz')}`)}
      ${row('负责人证件正面', file('zjzm'))}
      ${row('负责人证件反面', file('zjfm'))}
      ${row('负责人手持证件照', file('zjsc'))}
      ${row('负责人常住地址', area('cz'))}
      ${row('详细地址', txt('czxxdz', ' maxlength="100"') + ' <span class="help">门牌号可不填</span>')}
    </table>
    <div class="pager"><a href="#" id="next2">下一页 »</a></div>
  </div>
  <div class="tabpanel" id="tab3" style="display:none">
    <table class="ftab">
      ${row('办公室电话', txt('bgdh', ' maxlength="20"') + errOf('bgdh'))}
      ${row('手机号码', txt('sjhm', ' maxlength="11"') + errOf('sjhm'))}
      ${row('负责人邮箱', txt('yx', ' maxlength="60"') + errOf('yx'))}
    </table>
  </div>
  <div class="vrow">验证码：${txt('yzm', ' maxlength="4"')} <span class="vcode" aria-hidden="true">K3pd</span> <a href="#" onclick="return false">看不清，换一张</a></div>
  <div class="btns"><input type="button" id="btnSave" value="保存"><input type="button" id="btnNext" class="main-btn" value="下一步"><div id="btnMsg"></div></div>
  </form>
</div>
<script>${OLD_SCRIPT}</script>
</body>
</html>`;
}
