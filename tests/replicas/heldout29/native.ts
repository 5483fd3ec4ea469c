/**
 * Gen-29 page without a component-library app (server-rendered HTML, inline script, window.__replica installed by the
 * page) and the HTML shells of the library builds:
 *  - heldout29-beian-old-subject-person-native-twocol   the old 公安 portal's 开办主体 page for a person (http): a
 *    TWO-COLUMN table (two caption / control pairs a row), coded selects (开办主体性质, 证件类型), typed dates, three
 *    region selects (static lists), blur checks, a captcha, 下一步
 */
import type { ZooPage } from '../zoo/contract';
import { MPS_OLD_NATURE_CODES, MPS_PERSON_CERT_CODES, PREFIX, REGION_LIST } from './common';

const CHROME_CSS = `
body { margin: 0; background: #f3f4f7; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.al-top, .mps-top, .vc-top, .bd-top { height: 48px; display: flex; align-items: center; gap: 16px; padding: 0 20px; color: #fff; }
.al-top { background: #ff6a00; } .mps-top { background: #0b3d7e; height: 56px; } .vc-top { background: #0c1426; } .bd-top { background: #2468f2; }
.al-side, .vc-side, .bd-side { position: fixed; left: 0; top: 48px; bottom: 0; width: 176px; background: #fff; border-right: 1px solid #e5e5e5; padding-top: 8px; z-index: 1; }
.vc-side { width: 200px; background: #161f33; } .bd-side { width: 190px; }
.al-side a, .vc-side a, .bd-side a { display: block; padding: 9px 20px; color: #333; font-size: 13px; }
.vc-side a { color: #b8c0d0; } .vc-side a.on { color: #fff; background: #1664ff; } .al-side a.on { color: #ff6a00; background: #fff5ee; } .bd-side a.on { color: #2468f2; background: #eef3fe; }
.al-main { margin-left: 176px; } .vc-main { margin-left: 200px; } .bd-main { margin-left: 190px; }
.al-body, .mps-body, .vc-body, .bd-body { max-width: 1100px; margin: 0 auto; padding: 16px 24px 60px; }
.mps-top .who { margin-left: auto; }
.page-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.card-w { background: #fff; padding: 16px 20px; border-radius: 4px; margin-bottom: 16px; }
.msg { color: #d23c26; font-size: 12px; } .field-err { color: #d23c26; font-size: 12px; line-height: 1.5; }
.row-inline { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.t-row, .f-row { display: flex; gap: 12px; align-items: flex-start; margin: 10px 0; }
.t-cap { width: 170px; text-align: right; color: #555; font-size: 13px; line-height: 32px; flex: none; } .t-cap i, th i { color: #e54545; font-style: normal; margin-right: 2px; }
.t-ctl { flex: 1; max-width: 560px; }
.w-sec { border: 1px solid #eee; margin: 12px 0; padding: 4px 16px; } .w-sec legend { color: #ff6a00; padding: 0 6px; }
.seg-card { margin-top: 12px; }
table.desc, table.ftable { width: 100%; border-collapse: collapse; } table.desc th, table.desc td, table.ftable th, table.ftable td { border: 1px solid #e5e6eb; padding: 8px 12px; font-size: 13px; text-align: left; }
table.desc th, table.ftable tbody th { background: #f7f8fa; width: 160px; font-weight: normal; color: #555; }
.d-title { margin: 0 0 10px; font-size: 15px; }
.step-list { display: grid; grid-template-columns: 180px 1fr; gap: 16px; }
`;

const LIB_ASSETS: Record<string, string> = { tea: 'tea', arco: 'arco', 'fusion-next': 'fusion', tdesign: 'tdesign' };

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

/* ------------------------------------------------------------------ old 公安 portal: 开办主体 (个人), two columns */

const OLD_CSS = `
body { margin: 0; font: 12px/1.8 "SimSun", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #e9eef4; color: #222; }
.banner { background: linear-gradient(#1d5fb4, #0d4592); color: #fff; height: 70px; display: flex; align-items: center; padding: 0 36px; border-bottom: 4px solid #c9151e; }
.banner b { font: bold 22px "SimHei", "Microsoft YaHei", sans-serif; letter-spacing: 3px; }
.box { width: 900px; margin: 12px auto 30px; background: #fff; border: 1px solid #c9d3de; padding: 10px 24px 18px; }
h2 { font: bold 15px "SimHei", sans-serif; color: #0d4592; }
table.two { width: 100%; border-collapse: collapse; } table.two td { border: 1px solid #c9d3de; padding: 4px 6px; }
table.two td.cap { background: #eef3f9; width: 110px; text-align: right; } table.two td.cap em { color: #e00; font-style: normal; }
input[type=text], select { border: 1px solid #9fb0c2; font: inherit; height: 22px; }
.err { color: #e00; display: block; } .vcode { display: inline-block; width: 60px; text-align: center; background: #eef3e6; font: italic bold 15px monospace; }
.btns { text-align: center; padding: 12px 0 0; }
`;

const OLD_SCRIPT = String.raw`
(function () {
  var REG = ${JSON.stringify(REGION_LIST)};
  var S = { nature: '', name: '', certType: '', certNumber: '', validFrom: '', validTo: '', region: [], detail: '', mobile: '', office: '', email: '', captcha: '', nextClicks: 0 };
  var R = { platform: 'beian-old', step: 'subject', variant: '个人', changes: 0, getState: function () { return JSON.parse(JSON.stringify(S)); } };
  window.__replica = R;
  function set(k, v) { S[k] = v; R.changes++; }
  function $(id) { return document.getElementById(id); }
  function all(q) { return Array.prototype.slice.call(document.querySelectorAll(q)); }
  function textOf(sel) { return sel.value ? sel.options[sel.selectedIndex].text : ''; }
  function fill(sel, list) { sel.innerHTML = '<option value="">请选择</option>' + list.map(function (n) { return '<option value="' + n + '">' + n + '</option>'; }).join(''); }
  var prov = $('sheng'), city = $('shi'), dist = $('xian');
  fill(prov, Object.keys(REG)); fill(city, []); fill(dist, []);
  function region() { var p = []; [prov, city, dist].forEach(function (s) { if (s.value && p.length === [prov, city, dist].indexOf(s)) p.push(s.value); }); set('region', p); }
  prov.addEventListener('change', function () { fill(city, prov.value ? Object.keys(REG[prov.value]) : []); fill(dist, []); region(); });
  city.addEventListener('change', function () { fill(dist, city.value ? REG[prov.value][city.value] : []); region(); });
  dist.addEventListener('change', region);
  var RULES = {
    sfzhm: function (v) { return /^\d{17}[\dXx]$/.test(v) ? '' : '证件号码格式不正确'; },
    sjhm: function (v) { return /^1[3-9]\d{9}$/.test(v) ? '' : '手机号码格式不正确'; },
    dzyx: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : '电子邮箱格式不正确'; },
    yxq1: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式 YYYY-MM-DD'; },
    yxq2: function (v) { return /^\d{4}-\d{2}-\d{2}$/.test(v) ? '' : '日期格式 YYYY-MM-DD'; }
  };
  all('[data-k]').forEach(function (el) {
    var k = el.getAttribute('data-k');
    var f = function () { set(k, el.tagName === 'SELECT' ? textOf(el) : el.value.trim()); };
    el.addEventListener('change', f);
    if (el.tagName !== 'SELECT') el.addEventListener('input', f);
    if (RULES[el.id]) el.addEventListener('blur', function () { var v = el.value.trim(); $(el.id + '_err').textContent = v ? RULES[el.id](v) : ''; });
  });
  $('next').addEventListener('click', function () { set('nextClicks', S.nextClicks + 1); $('tip').textContent = '请输入验证码'; });
})();
`;

export function oldSubjectHtml(): string {
  const opt = (l: [string, string][]) => `<option value="">请选择</option>${l.map(([c, t]) => `<option value="${c}">${t}</option>`).join('')}`;
  const cap = (t: string, req = true) => `<td class="cap">${req ? '<em>*</em>' : ''}${t}：</td>`;
  const txt = (id: string, k: string, w = 200) => `<input type="text" id="${id}" name="${id}" data-k="${k}" style="width:${w}px"><span class="err" id="${id}_err"></span>`;
  return `<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>开办主体管理 - 全国互联网安全管理服务平台</title><style>${OLD_CSS}</style></head>
<body>
<div class="banner"><b>全国互联网安全管理服务平台</b></div>
<div class="box">
<h2>开办主体信息（个人）</h2>
<form id="kbzt" onsubmit="return false">
<table class="two">
<tr>${cap('开办主体性质')}<td><select id="ztxz" data-k="nature">${opt(MPS_OLD_NATURE_CODES)}</select></td>${cap('负责人姓名')}<td>${txt('xm', 'name', 120)}</td></tr>
<tr>${cap('证件类型')}<td><select id="zjlx" data-k="certType">${opt(MPS_PERSON_CERT_CODES)}</select></td>${cap('证件号码')}<td>${txt('sfzhm', 'certNumber')}</td></tr>
<tr>${cap('证件有效期起')}<td>${txt('yxq1', 'validFrom', 100)}</td>${cap('证件有效期止')}<td>${txt('yxq2', 'validTo', 100)}</td></tr>
<tr>${cap('常住地址')}<td colspan="3"><select id="sheng"></select> <select id="shi"></select> <select id="xian"></select></td></tr>
<tr>${cap('详细地址')}<td colspan="3">${txt('xxdz', 'detail', 420)}</td></tr>
<tr>${cap('手机号码')}<td>${txt('sjhm', 'mobile', 140)}</td>${cap('办公室电话', false)}<td>${txt('bgdh', 'office', 140)}</td></tr>
<tr>${cap('电子邮箱')}<td colspan="3">${txt('dzyx', 'email', 240)}</td></tr>
<tr>${cap('验证码')}<td colspan="3"><input type="text" id="yzm" data-k="captcha" style="width:70px"> <span class="vcode">k7Q2</span></td></tr>
</table>
<div class="btns"><input type="button" id="next" value="下一步"> <span id="tip" class="err"></span></div>
</form>
</div>
<script>${OLD_SCRIPT}</script>
</body></html>`;
}
