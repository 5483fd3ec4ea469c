/**
 * Gen-42 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14 (its stylesheet), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout42-aliyun-site-person-elp-segmentpanes   Alibaba 填写网站信息 (个人) as SEGMENT PANES: an el-segmented switching
 *    two panes (网站信息 / 网站负责人; both mounted, one shown); an el-input-tag feeding an el-autocomplete, a button
 *    checkbox group, an el-select 是 / 否, a textarea, a 同主体负责人 el-checkbox copying and locking the principal, an
 *    el-select, two el-date-pickers, blur checks; the 协议 tick; 下一步
 *  - heldout42-huawei-basic-unit-elp-verifycard       Huawei Cloud 基础信息校验 (单位) as a VERIFY CARD: one narrow el-card of
 *    three sections; a lazy el-cascader loading each level late, button radios, an el-select listed late once the nature
 *    is chosen, a filterable el-select allowing new entries, blur checks; 信息校验
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, fetchCertsOf, fetchLevel, HELD_PRINCIPAL, ICP_LANGUAGES, ICP_PERSON_CERTS, IPV4_RE, MOBILE_RE, NATURES, pathOfCode, personSiteNameProblem, PHONE_RE,
  snapshot, validId, validIpv6, validUscc,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string, initial: S, view: (s: S) => S = (s) => s) {
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
const mobile = (v: string) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码');
const email = (v: string) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确');
const idRule = (v: string) => (validId(v) ? '' : '证件号码校验未通过');
const strs = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/* ------------------------------------------------------------------ 网站信息 (个人, 阿里云), segment panes */

const AliyunSitePerson = defineComponent({
  setup() {
    const s = useReplica('aliyun', 'site', '个人', {
      siteName: '', domains: [], homeUrl: '', languages: [], preApproval: '', remark: '',
      wpSame: false, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpMobile: '', wpEmergency: '', wpOffice: '', wpEmail: '', agree: false, nextClicks: 0,
    }, (v) => ({ ...v, domains: strs(v.domains) }));
    const ui = reactive({ pane: '网站信息', msg: '', domainErr: '' });
    const { errs, check } = useChecks(s, {
      siteName: personSiteNameProblem, wpCertNumber: idRule, wpMobile: mobile, wpEmail: email, wpOffice: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      wpEmergency: (v) => mobile(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
    });
    const setDomains = (v: string[] | undefined) => {
      const l = (v ?? []).map((x) => x.trim().toLowerCase()).filter(Boolean);
      ui.domainErr = l.find((d) => !DOMAIN_RE.test(d)) ? '请填写不带 www. 与 http:// 的一级域名' : '';
      s.domains = l;
    };
    const suggest = (q: string, cb: (l: { value: string }[]) => void) => {
      const l = strs(s.domains).flatMap((d) => [`www.${d}`, d]).filter((h) => !q || h.includes(q));
      setTimeout(() => cb(l.map((value) => ({ value }))), 200);
    };
    const same = (on: unknown) => {
      const h = HELD_PRINCIPAL.个人;
      Object.assign(s, on
        ? { wpSame: true, wpName: h.name, wpCertType: h.certType, wpCertNumber: h.certNumber, wpValidFrom: h.validFrom, wpValidTo: h.validTo, wpMobile: h.mobile, wpEmergency: '13900139000', wpEmail: h.email }
        : { wpSame: false });
    };
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.agree ? '' : '请先同意服务协议'; };
    return { s, ui, errs, check, setDomains, suggest, same, next, langs: ICP_LANGUAGES.slice(0, 12), certs: ICP_PERSON_CERTS };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案 · 个人</span><span class="who">张伟</span></div>
  <div class="al-body">
    <div class="card-w help">填写基本信息 ✓ → 填写主办者信息 ✓ → <b>填写网站信息</b> → 上传资料</div>
    <div class="card-w">
      <el-segmented class="panes" v-model="ui.pane" :options="['网站信息', '网站负责人']" style="margin-bottom:16px" />
      <el-form label-width="150px" class="site-form">
        <div class="p-site" v-show="ui.pane === '网站信息'">
          <el-form-item label="网站名称" required :error="errs.siteName"><el-input class="site-name" v-model="s.siteName" style="width:420px" placeholder="个人网站名称不能含企业、科技、论坛等字样" @input="errs.siteName=''" @blur="check('siteName')" /></el-form-item>
          <el-form-item label="网站域名" required :error="ui.domainErr">
            <el-input-tag class="domains" :model-value="s.domains" @update:model-value="setDomains" placeholder="输入一级域名后回车" style="width:420px" />
          </el-form-item>
          <el-form-item label="网站首页URL" required>
            <el-autocomplete class="home-url" v-model="s.homeUrl" :fetch-suggestions="suggest" popper-class="home-url-pop" :placeholder="s.domains.length ? '选择或输入' : '请先填写网站域名'" style="width:420px" />
          </el-form-item>
          <el-form-item label="服务内容"><span class="ro">其他（个人备案固定）</span></el-form-item>
          <el-form-item label="网站语言" required>
            <el-checkbox-group class="languages" v-model="s.languages"><el-checkbox-button v-for="l in langs" :key="l" :value="l">{{ l }}</el-checkbox-button></el-checkbox-group>
          </el-form-item>
          <el-form-item label="是否涉及前置审批" required>
            <el-select class="pre-approval" v-model="s.preApproval" popper-class="pre-approval-pop" placeholder="请选择" style="width:160px"><el-option value="是" label="是" /><el-option value="否" label="否" /></el-select>
          </el-form-item>
          <el-form-item label="网站备注" required><el-input class="remark" v-model="s.remark" type="textarea" :rows="2" style="width:420px" placeholder="简要描述网站内容" /></el-form-item>
        </div>
        <div class="p-wp" v-show="ui.pane === '网站负责人'">
          <el-form-item label=" "><el-checkbox class="wp-same" :model-value="s.wpSame" @update:model-value="same">同主体负责人</el-checkbox><span class="help" style="margin-left:8px">勾选后带入主体负责人信息，不可修改</span></el-form-item>
          <el-form-item label="网站负责人姓名" required><el-input class="wp-name" v-model="s.wpName" :disabled="s.wpSame" style="width:300px" /></el-form-item>
          <el-form-item label="证件类型" required>
            <el-select class="wp-cert-type" v-model="s.wpCertType" :disabled="s.wpSame" popper-class="wp-cert-type-pop" placeholder="请选择" style="width:300px"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
          </el-form-item>
          <el-form-item label="证件号码" required :error="errs.wpCertNumber"><el-input class="wp-cert-number" v-model="s.wpCertNumber" :disabled="s.wpSame" maxlength="18" style="width:300px" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')" /></el-form-item>
          <el-form-item label="证件有效期起" required><el-date-picker class="wp-valid-from" v-model="s.wpValidFrom" :disabled="s.wpSame" type="date" value-format="YYYY-MM-DD" placeholder="开始日期" /></el-form-item>
          <el-form-item label="证件有效期止" required><el-date-picker class="wp-valid-to" v-model="s.wpValidTo" :disabled="s.wpSame" type="date" value-format="YYYY-MM-DD" placeholder="截止日期" /></el-form-item>
          <el-form-item label="手机号码" required :error="errs.wpMobile"><el-input class="wp-mobile" v-model="s.wpMobile" :disabled="s.wpSame" maxlength="11" style="width:300px" @input="errs.wpMobile=''" @blur="check('wpMobile')" /></el-form-item>
          <el-form-item label="应急联系电话" required :error="errs.wpEmergency"><el-input class="wp-emergency" v-model="s.wpEmergency" :disabled="s.wpSame" maxlength="11" placeholder="不能与手机号码相同" style="width:300px" @input="errs.wpEmergency=''" @blur="check('wpEmergency')" /></el-form-item>
          <el-form-item label="办公室电话" :error="errs.wpOffice"><el-input class="wp-office" v-model="s.wpOffice" placeholder="区号-号码（选填）" style="width:300px" @input="errs.wpOffice=''" @blur="check('wpOffice')" /></el-form-item>
          <el-form-item label="电子邮箱" required :error="errs.wpEmail"><el-input class="wp-email" v-model="s.wpEmail" :disabled="s.wpSame" style="width:300px" @input="errs.wpEmail=''" @blur="check('wpEmail')" /></el-form-item>
        </div>
      </el-form>
      <div class="actions">
        <el-checkbox class="agree" v-model="s.agree">我已阅读并同意《阿里云ICP代备案服务协议》</el-checkbox>
        <el-button type="primary" class="next" @click="next">下一步</el-button><span class="msg">{{ ui.msg }}</span>
      </div>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 基础信息校验 (单位, 华为云), verify card */

const HuaweiBasicUnit = defineComponent({
  setup() {
    const s = useReplica('huawei', 'basic', '单位', {
      regionCodes: [], nature: '', unitName: '', certType: '', certNumber: '', ips: [], authCode: '', prName: '', prCertNumber: '', prMobile: '', prEmail: '', verifyClicks: 0,
    }, ({ regionCodes, ...r }) => ({ ...r, region: pathOfCode(strs(regionCodes).at(-1) ?? ''), ips: strs(r.ips) }));
    const ui = reactive({ msg: '', certs: [] as string[], certsLoading: false, ipErr: '' });
    const { errs, check } = useChecks(s, {
      certNumber: (v) => (validUscc(v) ? '' : '统一社会信用代码校验未通过'), prCertNumber: idRule, prMobile: mobile, prEmail: email,
      authCode: (v) => (/^[A-Za-z0-9]{6,32}$/.test(v) ? '' : '备案授权码格式不正确'),
    });
    watch(() => s.nature, (n) => {
      s.certType = ''; ui.certs = []; if (!n) return;
      ui.certsLoading = true;
      void fetchCertsOf(String(n), 450).then((l) => { if (s.nature === n) { ui.certs = l; ui.certsLoading = false; } });
    });
    const cascaderProps = {
      lazy: true,
      lazyLoad(node: { level: number; value?: string }, resolve: (l: unknown[]) => void) {
        void fetchLevel(node.level === 0 ? '' : String(node.value ?? ''), 300).then((l) => resolve(l.map(([value, label]) => ({ value, label, leaf: node.level >= 2 }))));
      },
    };
    const setIps = (v: string[]) => { const l = v.map((x) => x.trim()).filter(Boolean); ui.ipErr = l.find((x) => !IPV4_RE.test(x) && !validIpv6(x)) ? 'IP 格式不正确' : ''; s.ips = l; };
    const verify = () => { s.verifyClicks = Number(s.verifyClicks) + 1; ui.msg = s.certNumber ? '校验中…' : '请先填写证件号码'; };
    return { s, ui, errs, check, cascaderProps, setIps, verify, natures: NATURES.filter((n) => n !== '个人').slice(0, 9) };
  },
  template: `
  <div class="hw-top"><b>华为云</b><span>备案中心</span><span>填写订单 · 首次备案</span><span class="who">杭州云栖示例科技有限公司</span></div>
  <div class="hw-body">
    <div class="card-w help"><b>基础信息校验</b> → 填写主体信息 → 填写互联网信息服务 → 上传资料及真实性核验</div>
    <el-card class="verify-card" style="max-width:760px;margin:0 auto">
      <el-form label-width="170px">
        <div class="sec-title">主办单位</div>
        <el-form-item label="地域" required>
          <el-cascader class="region" v-model="s.regionCodes" :props="cascaderProps" popper-class="region-pop" placeholder="省 / 市 / 区县" style="width:320px" />
        </el-form-item>
        <el-form-item label="主办单位性质" required>
          <el-radio-group class="nature" v-model="s.nature"><el-radio-button v-for="n in natures" :key="n" :value="n">{{ n }}</el-radio-button></el-radio-group>
        </el-form-item>
        <el-form-item label="主办单位名称" required><el-input class="unit-name" v-model="s.unitName" style="width:420px" placeholder="与证件上的名称一致" /></el-form-item>
        <el-form-item label="证件类型" required>
          <el-select class="cert-type" v-model="s.certType" :disabled="!s.nature" :loading="ui.certsLoading" popper-class="cert-type-pop" :placeholder="s.nature ? '请选择' : '请先选择主办单位性质'" style="width:320px">
            <el-option v-for="c in ui.certs" :key="c" :value="c" :label="c" />
          </el-select>
        </el-form-item>
        <el-form-item label="证件号码" required :error="errs.certNumber"><el-input class="cert-number" v-model="s.certNumber" maxlength="18" style="width:320px" @input="errs.certNumber=''" @blur="check('certNumber')" /></el-form-item>
        <div class="sec-title">资源</div>
        <el-form-item label="IP地址" required :error="ui.ipErr">
          <el-select class="ips" :model-value="s.ips" @update:model-value="setIps" multiple filterable allow-create default-first-option :reserve-keyword="false" popper-class="ips-pop" placeholder="输入 IP 后回车，可多个" style="width:420px" />
        </el-form-item>
        <el-form-item label="备案授权码" :error="errs.authCode"><el-input class="auth-code" v-model="s.authCode" placeholder="无华为云资源时填写" style="width:320px" @input="errs.authCode=''" @blur="check('authCode')" /></el-form-item>
        <div class="sec-title">主体负责人</div>
        <el-form-item label="主体负责人姓名" required><el-input class="pr-name" v-model="s.prName" style="width:320px" /></el-form-item>
        <el-form-item label="主体负责人证件号码" required :error="errs.prCertNumber"><el-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" style="width:320px" @input="errs.prCertNumber=''" @blur="check('prCertNumber')" /></el-form-item>
        <el-form-item label="手机号码" required :error="errs.prMobile"><el-input class="pr-mobile" v-model="s.prMobile" maxlength="11" style="width:320px" @input="errs.prMobile=''" @blur="check('prMobile')" /></el-form-item>
        <el-form-item label="电子邮箱" required :error="errs.prEmail"><el-input class="pr-email" v-model="s.prEmail" style="width:320px" @input="errs.prEmail=''" @blur="check('prEmail')" /></el-form-item>
      </el-form>
      <div class="actions"><el-button type="primary" class="verify" @click="verify">信息校验</el-button><span class="msg">{{ ui.msg }}</span></div>
    </el-card>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout42-aliyun-site-person-elp-segmentpanes': AliyunSitePerson,
  'heldout42-huawei-basic-unit-elp-verifycard': HuaweiBasicUnit,
};
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
