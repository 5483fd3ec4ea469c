/**
 * Gen-28 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout28-aliyun-site-person-elp-fieldtable   填写网站信息 (个人, 阿里云) as a FIELD TABLE: one el-table whose rows are
 *    the fields (信息项 / 填写内容 / 填写说明) with section rows; blur checks, domains as ADDED ROWS, an allow-create home-URL
 *    select, a MULTIPLE select, a 前置审批 SWITCH revealing checkboxes, an el-upload, a textarea, a select, a validity TEXT +
 *    长期 checkbox, phones that must differ; the 命名规范 tick; 上一步 / 保存 / 下一步
 *  - heldout28-huawei-site-person-elp-splitform    填写互联网信息服务 (个人, 华为云) as a SPLIT FORM: two el-cards side by
 *    side, labels on top; 网站 / App radios, an allow-create MULTIPLE select of domains, an AUTOCOMPLETE home URL, an
 *    el-input-tag of IPs, a checkbox group, a textarea; a 是否同主体负责人 是 / 否 select (否 reveals rows); 上一步 / 保存草稿 / 下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, homeUrlSuggestions, HELD_PRINCIPAL, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, IPV4_RE, MOBILE_RE, PERSON_BANNED,
  personSiteNameProblem, shortIpv6, snapshot, validId, validIpv6, YES_NO,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}
function useChecks(s: S, rules: Record<string, (v: string) => string>) {
  const errs = reactive<Record<string, string>>({});
  const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
  return { errs, check };
}
const mobileRule = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const emailRule = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const remarkRule = (v: string) => { const w = PERSON_BANNED.find((x) => v.includes(x)); return w ? `备注不能含有“${w}”等字样` : ''; };

/* ------------------------------------------------------------------ 填写网站信息 (个人, 阿里云), field table */

interface Row { k: string; label: string; req?: boolean; help?: string; sec?: boolean }
const SITE_ROWS: Row[] = [
  { k: 'sec-site', label: '网站基本信息', sec: true },
  { k: 'siteName', label: '网站名称', req: true, help: '至少 3 个汉字；个人网站不得含企业、科技、论坛等字样' },
  { k: 'domains', label: '网站域名', req: true, help: '不带 www. 与 http://，域名须已实名且持有人为本人' },
  { k: 'homeUrl', label: '网站首页URL', req: true, help: '须属于上方的网站域名，可直接输入' },
  { k: 'serviceType', label: '服务类型', help: '个人备案固定为网站应用服务' },
  { k: 'content', label: '网站服务内容', help: '个人备案固定为“其他”' },
  { k: 'languages', label: '网站语言', req: true, help: '网站实际使用的语言' },
  { k: 'preApproval', label: '是否涉及前置审批', help: '涉及新闻、出版、教育、医疗保健等须取得前置审批' },
  { k: 'domainCert', label: '域名证书', help: '部分管局要求；jpg / png，不超过 4MB' },
  { k: 'remark', label: '网站备注', req: true, help: '简要说明网站用途，不得含网站名称禁用词' },
  { k: 'sec-wp', label: '网站负责人', sec: true },
  { k: 'wpName', label: '姓名', req: true },
  { k: 'wpCertType', label: '证件类型', req: true },
  { k: 'wpCertNumber', label: '证件号码', req: true, help: '18 位居民身份证号码' },
  { k: 'wpValidTo', label: '证件有效期至', req: true, help: '格式 yyyy-mm-dd；长期有效请勾选“长期”' },
  { k: 'wpMobile', label: '手机号码', req: true },
  { k: 'wpEmergency', label: '应急联系电话', req: true, help: '不能与手机号码相同' },
  { k: 'wpEmail', label: '电子邮箱', req: true },
];

const AliyunSitePerson = defineComponent({
  setup() {
    const s = useReplica('aliyun', 'site', '个人', {
      siteName: '', domainRows: [''], homeUrl: '', languages: [], preApproval: false, preItems: [], domainCert: [], remark: '',
      wpName: '', wpCertType: '', wpCertNumber: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpEmail: '',
      naming: false, prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, ({ domainRows, ...r }) => ({ ...r, domains: (domainRows as string[]).map((d) => d.trim().toLowerCase()).filter((d) => DOMAIN_RE.test(d)) }));
    const ui = reactive({ msg: '', rowErr: [] as string[] });
    const { errs, check } = useChecks(s, {
      siteName: personSiteNameProblem,
      remark: remarkRule,
      wpCertNumber: (v) => ((s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过'),
      wpValidTo: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? '' : '日期格式：yyyy-mm-dd'),
      wpMobile: mobileRule,
      wpEmergency: (v) => mobileRule(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
      wpEmail: emailRule,
    });
    const domains = () => (s.domainRows as string[]).map((d) => d.trim().toLowerCase()).filter((d) => DOMAIN_RE.test(d));
    const checkRow = (i: number) => { const v = String((s.domainRows as string[])[i] ?? '').trim(); ui.rowErr[i] = v && !DOMAIN_RE.test(v.toLowerCase()) ? `${v}：请填写不带 www. 与 http:// 的域名` : ''; };
    const addRow = () => { (s.domainRows as string[]).push(''); };
    const delRow = (i: number) => { (s.domainRows as string[]).splice(i, 1); ui.rowErr.splice(i, 1); };
    watch(() => JSON.stringify(s.domainRows), () => { if (s.homeUrl && !homeUrlSuggestions(domains()).includes(String(s.homeUrl)) && !domains().some((d) => String(s.homeUrl).endsWith(d))) s.homeUrl = ''; });
    const setPre = (v: string | number | boolean) => { s.preApproval = !!v; if (!v) s.preItems = []; };
    const setLong = (v: string | number | boolean) => { s.wpLongTerm = !!v; if (v) { s.wpValidTo = ''; errs.wpValidTo = ''; } };
    const onCert = (f: { name: string; raw?: File }) => {
      const t = f.raw?.type ?? '';
      if (!/^image\/(png|jpeg)$/.test(t)) { errs.domainCert = '仅支持 jpg / png 格式'; return; }
      errs.domainCert = '';
      s.domainCert = [f.name];
    };
    const span = ({ row, columnIndex }: { row: Row; columnIndex: number }) => (row.sec ? (columnIndex === 0 ? [1, 3] : [0, 0]) : [1, 1]);
    const rowCls = ({ row }: { row: Row }) => (row.sec ? 'sec-row' : `f-row f-${row.k}`);
    const next = () => {
      s.nextClicks = Number(s.nextClicks) + 1;
      ui.msg = !s.naming ? '请阅读并勾选《网站名称命名规范》' : '请完善带 * 的信息';
    };
    return { s, ui, errs, check, domains, checkRow, addRow, delRow, setPre, setLong, onCert, span, rowCls, next, homeUrlSuggestions, SITE_ROWS, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style="margin-left:auto">张伟</span></div>
  <nav class="al-side" aria-label="备案"><a>首页</a><a class="on">我的备案</a><a>我的主体</a><a>备案服务号管理</a><a>资料下载</a></nav>
  <div class="al-main"><div class="al-body">
    <div class="card-w"><el-steps :active="2" finish-status="success" align-center><el-step title="填写基本信息"></el-step><el-step title="填写主办者信息"></el-step><el-step title="填写网站信息"></el-step><el-step title="上传资料"></el-step><el-step title="提交初审"></el-step></el-steps></div>
    <div class="card-w help">主办者：张伟（个人）· 备案类型：首次备案。请逐项填写下表，带 * 为必填项。</div>
    <el-table class="field-table" :data="SITE_ROWS" border :span-method="span" :row-class-name="rowCls" row-key="k">
      <el-table-column label="信息项" width="170">
        <template #default="{ row }"><b v-if="row.sec" class="sec-cap">{{ row.label }}</b><span v-else class="cap"><i v-if="row.req" class="star">*</i>{{ row.label }}</span></template>
      </el-table-column>
      <el-table-column label="填写内容">
        <template #default="{ row }">
          <template v-if="row.k === 'siteName'"><el-input class="site-name" v-model="s.siteName" maxlength="50" @input="errs.siteName=''" @blur="check('siteName')"></el-input><div class="field-err" v-if="errs.siteName">{{ errs.siteName }}</div></template>
          <template v-else-if="row.k === 'domains'">
            <div class="domain-rows">
              <div v-for="(d, i) in s.domainRows" :key="i" class="row-inline domain-row" style="margin-bottom:6px">
                <el-input :class="'domain domain-' + i" v-model="s.domainRows[i]" placeholder="如 example.cn" style="width:300px" @input="ui.rowErr[i]=''" @blur="checkRow(i)"></el-input>
                <el-button v-if="s.domainRows.length > 1" class="del-domain" link type="danger" @click="delRow(i)">删除</el-button>
                <div class="field-err" v-if="ui.rowErr[i]">{{ ui.rowErr[i] }}</div>
              </div>
              <el-button class="add-domain" size="small" @click="addRow">+ 添加域名</el-button>
            </div>
          </template>
          <template v-else-if="row.k === 'homeUrl'">
            <el-select class="home-url" v-model="s.homeUrl" filterable allow-create default-first-option :reserve-keyword="false" placeholder="请选择或输入" popper-class="home-url-pop" style="width:300px">
              <el-option v-for="u in homeUrlSuggestions(domains())" :key="u" :label="u" :value="u"></el-option>
            </el-select>
          </template>
          <template v-else-if="row.k === 'serviceType'"><span class="derived">网站应用服务</span></template>
          <template v-else-if="row.k === 'content'"><span class="derived">其他</span></template>
          <template v-else-if="row.k === 'languages'">
            <el-select class="languages" v-model="s.languages" multiple placeholder="请选择" popper-class="languages-pop" style="width:360px"><el-option v-for="l in ICP_LANGUAGES" :key="l" :label="l" :value="l"></el-option></el-select>
          </template>
          <template v-else-if="row.k === 'preApproval'">
            <el-switch class="pre-approval" :model-value="s.preApproval" @update:model-value="setPre" inline-prompt active-text="是" inactive-text="否"></el-switch>
            <el-checkbox-group v-if="s.preApproval" class="pre-items" v-model="s.preItems" style="margin-top:6px"><el-checkbox v-for="p in ICP_PRE_APPROVALS" :key="p" :value="p">{{ p }}</el-checkbox></el-checkbox-group>
          </template>
          <template v-else-if="row.k === 'domainCert'">
            <el-upload class="domain-cert" action="#" accept="image/png,image/jpeg" :auto-upload="false" :limit="1" :show-file-list="false" :on-change="onCert"><el-button size="small">选择文件</el-button></el-upload>
            <span class="help" v-for="n in s.domainCert" :key="n">{{ n }}</span><div class="field-err" v-if="errs.domainCert">{{ errs.domainCert }}</div>
          </template>
          <template v-else-if="row.k === 'remark'"><el-input class="remark" v-model="s.remark" type="textarea" :rows="2" maxlength="200" @input="errs.remark=''" @blur="check('remark')"></el-input><div class="field-err" v-if="errs.remark">{{ errs.remark }}</div></template>
          <template v-else-if="row.k === 'wpName'"><el-input class="wp-name" v-model="s.wpName" maxlength="30" style="width:240px"></el-input></template>
          <template v-else-if="row.k === 'wpCertType'">
            <el-select class="wp-cert-type" v-model="s.wpCertType" placeholder="请选择" popper-class="wp-cert-type-pop" style="width:240px"><el-option v-for="c in ICP_PERSON_CERTS" :key="c" :label="c" :value="c"></el-option></el-select>
          </template>
          <template v-else-if="row.k === 'wpCertNumber'"><el-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" style="width:240px" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')"></el-input><div class="field-err" v-if="errs.wpCertNumber">{{ errs.wpCertNumber }}</div></template>
          <template v-else-if="row.k === 'wpValidTo'">
            <div class="row-inline">
              <el-input class="wp-valid-to" v-model="s.wpValidTo" :disabled="s.wpLongTerm" maxlength="10" placeholder="yyyy-mm-dd" style="width:160px" @input="errs.wpValidTo=''" @blur="check('wpValidTo')"></el-input>
              <el-checkbox class="wp-long-term" :model-value="s.wpLongTerm" @update:model-value="setLong">长期</el-checkbox>
            </div>
            <div class="field-err" v-if="errs.wpValidTo">{{ errs.wpValidTo }}</div>
          </template>
          <template v-else-if="row.k === 'wpMobile'"><el-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" style="width:240px" @input="errs.wpMobile=''" @blur="check('wpMobile')"></el-input><div class="field-err" v-if="errs.wpMobile">{{ errs.wpMobile }}</div></template>
          <template v-else-if="row.k === 'wpEmergency'"><el-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" style="width:240px" @input="errs.wpEmergency=''" @blur="check('wpEmergency')"></el-input><div class="field-err" v-if="errs.wpEmergency">{{ errs.wpEmergency }}</div></template>
          <template v-else-if="row.k === 'wpEmail'"><el-input class="wp-email" v-model="s.wpEmail" style="width:300px" @input="errs.wpEmail=''" @blur="check('wpEmail')"></el-input><div class="field-err" v-if="errs.wpEmail">{{ errs.wpEmail }}</div></template>
        </template>
      </el-table-column>
      <el-table-column label="填写说明" width="280">
        <template #default="{ row }"><span v-if="!row.sec" class="help">{{ row.help || '' }}</span></template>
      </el-table-column>
    </el-table>
    <div style="margin-top:14px"><el-checkbox class="naming" v-model="s.naming">我已阅读《网站名称命名规范》</el-checkbox></div>
    <div class="actions">
      <el-button @click="s.prevClicks++">上一步</el-button><el-button @click="s.saveClicks++">保存</el-button><el-button type="primary" @click="next">下一步</el-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div></div>`,
});

/* ------------------------------------------------------------------ 填写互联网信息服务 (个人, 华为云), split form */

const HuaweiSitePerson = defineComponent({
  setup() {
    const s = useReplica('huawei', 'site', '个人', {
      serviceType: '', siteName: '', domains: [], homeUrl: '', ips: [], languages: [], remark: '', wpSame: '', wpName: '', wpMobile: '', wpEmail: '',
      prevClicks: 0, saveClicks: 0, nextClicks: 0,
    });
    const ui = reactive({ msg: '' });
    const { errs, check } = useChecks(s, {
      siteName: personSiteNameProblem,
      remark: remarkRule,
      wpMobile: mobileRule,
      wpEmail: emailRule,
    });
    const setDomains = (v: unknown) => {
      const l = (Array.isArray(v) ? v : []).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
      const bad = l.find((x) => !DOMAIN_RE.test(x));
      errs.domains = bad ? `${bad}：请填写不带 www. 与 http:// 的域名` : '';
      s.domains = l.filter((x, i) => DOMAIN_RE.test(x) && l.indexOf(x) === i);
      if (s.homeUrl && !homeUrlSuggestions(s.domains as string[]).includes(String(s.homeUrl))) s.homeUrl = '';
    };
    const setIps = (v: unknown) => {
      const l = (Array.isArray(v) ? v : []).map((x) => String(x).trim()).filter(Boolean);
      const bad = l.find((x) => !IPV4_RE.test(x) && !validIpv6(x));
      errs.ips = bad ? `${bad} 不是有效的IP地址` : '';
      s.ips = l.filter((x) => x !== bad).map((x) => (x.includes(':') ? shortIpv6(x) : x)).filter((x, i, a) => a.indexOf(x) === i);
    };
    const suggest = (q: string, cb: (l: { value: string }[]) => void) => cb(homeUrlSuggestions(s.domains as string[]).filter((u) => !q || u.includes(q)).map((value) => ({ value })));
    const setSame = (v: string) => Object.assign(s, { wpSame: v, wpName: '', wpMobile: '', wpEmail: '' });
    const save = () => { s.saveClicks = Number(s.saveClicks) + 1; ui.msg = s.siteName && (s.domains as string[]).length && s.homeUrl && s.wpSame ? '草稿已保存' : '请完善带 * 的信息'; };
    return { s, ui, errs, check, setDomains, setIps, suggest, setSame, save, HELD: HELD_PRINCIPAL['个人'], ICP_LANGUAGES, YES_NO };
  },
  template: `
  <div class="hw-top"><b>华为云</b><span>备案中心</span><span style="margin-left:auto">张伟</span></div>
  <nav class="hw-side" aria-label="备案"><a>备案概览</a><a class="on">我的备案</a><a>备案授权码</a><a>备案资料下载</a></nav>
  <div class="hw-main"><div class="hw-body">
    <div class="crumbs">备案中心 / 我的备案 / 首次备案</div>
    <div class="card-w"><el-steps :active="2" align-center><el-step title="基础信息校验"></el-step><el-step title="填写主体信息"></el-step><el-step title="填写互联网信息服务"></el-step><el-step title="上传资料及真实性核验"></el-step></el-steps></div>
    <div class="split2">
      <el-card class="c-site" shadow="never">
        <template #header><b>互联网信息服务</b></template>
        <el-form label-position="top">
          <el-form-item label="服务类型" required>
            <el-radio-group class="service-type" v-model="s.serviceType"><el-radio value="网站">网站</el-radio><el-radio value="App">App</el-radio></el-radio-group>
          </el-form-item>
          <template v-if="s.serviceType !== 'App'">
            <el-form-item label="网站名称" required :error="errs.siteName"><el-input class="site-name" v-model="s.siteName" maxlength="50" @input="errs.siteName=''" @blur="check('siteName')"></el-input></el-form-item>
            <el-form-item label="网站域名" required :error="errs.domains">
              <el-select class="domains" :model-value="s.domains" @update:model-value="setDomains" multiple filterable allow-create default-first-option :reserve-keyword="false" placeholder="输入域名后回车" popper-class="domains-pop" style="width:100%"></el-select>
            </el-form-item>
            <el-form-item label="网站首页URL" required>
              <el-autocomplete class="home-url" v-model="s.homeUrl" :fetch-suggestions="suggest" placeholder="如 www.example.cn" popper-class="home-url-pop" style="width:100%"></el-autocomplete>
            </el-form-item>
            <el-form-item label="服务内容"><span class="derived">其他</span><span class="help" style="margin-left:8px">个人备案固定为“其他”</span></el-form-item>
            <el-form-item label="网站IP" required :error="errs.ips">
              <el-input-tag class="ips" :model-value="s.ips" @update:model-value="setIps" placeholder="输入IP后回车"></el-input-tag>
            </el-form-item>
            <el-form-item label="网站语言" required>
              <el-checkbox-group class="languages" v-model="s.languages"><el-checkbox v-for="l in ICP_LANGUAGES" :key="l" :value="l">{{ l }}</el-checkbox></el-checkbox-group>
            </el-form-item>
            <el-form-item label="网站备注" required :error="errs.remark"><el-input class="remark" v-model="s.remark" type="textarea" :rows="3" maxlength="200" @input="errs.remark=''" @blur="check('remark')"></el-input></el-form-item>
          </template>
          <div v-else class="help app-note">App 备案请填写 App 名称、包名与签名信息（本页暂不支持）。</div>
        </el-form>
      </el-card>
      <el-card class="c-wp" shadow="never">
        <template #header><b>互联网信息服务负责人</b></template>
        <el-form label-position="top">
          <el-form-item label="是否同主体负责人" required>
            <el-select class="wp-same" :model-value="s.wpSame" @update:model-value="setSame" placeholder="请选择" popper-class="wp-same-pop" style="width:200px"><el-option v-for="o in YES_NO" :key="o" :label="o" :value="o"></el-option></el-select>
          </el-form-item>
          <div v-if="s.wpSame === '是'" class="same-sum wp-summary">{{ HELD.name }} · {{ HELD.certType }} 3301**********1236 · 138****8000</div>
          <template v-if="s.wpSame === '否'">
            <el-form-item label="负责人姓名" required><el-input class="wp-name" v-model="s.wpName" maxlength="30"></el-input></el-form-item>
            <el-form-item label="手机号码" required :error="errs.wpMobile"><el-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" @input="errs.wpMobile=''" @blur="check('wpMobile')"></el-input></el-form-item>
            <el-form-item label="电子邮箱" required :error="errs.wpEmail"><el-input class="wp-email" v-model="s.wpEmail" @input="errs.wpEmail=''" @blur="check('wpEmail')"></el-input></el-form-item>
          </template>
        </el-form>
      </el-card>
    </div>
    <div class="actions">
      <el-button @click="s.prevClicks++">上一步</el-button><el-button @click="save">保存草稿</el-button><el-button type="primary" @click="s.nextClicks++">下一步</el-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = {
  'heldout28-aliyun-site-person-elp-fieldtable': AliyunSitePerson,
  'heldout28-huawei-site-person-elp-splitform': HuaweiSitePerson,
};
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
