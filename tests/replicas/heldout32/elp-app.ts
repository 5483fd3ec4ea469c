/**
 * Gen-32 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14 (its stylesheet), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against; each build its own app:
 *  - heldout32-aliyun-site-unit-elp-domaincards   填写网站信息 (单位, 阿里云) with DOMAIN CARDS: one el-card row per domain
 *    (添加域名 / 删除), an el-autocomplete home URL fed by the domains, an el-tree-select of grouped content kinds, checkbox
 *    BUTTONS of languages, a 是 / 否 el-select revealing the pre-approval items, the site principal in a card with an
 *    el-select, a DATERANGE picker and blur checks; the agreement tick; 下一步
 *  - heldout32-tencent-subject-unit-elp-topgrid   填写主体信息 (单位, 腾讯云) as a TOP-LABEL GRID (three el-cols a row) under
 *    el-divider headings: an el-upload of the licence, a LAZY el-cascader (props.lazy), an el-select, a date picker with a
 *    长期有效 checkbox hiding the end, blur checks; 保存并下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, fetchAreas, homeUrlSuggestions, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, MOBILE_RE, pathOfCode, PHONE_RE,
  snapshot, validId, validUscc, YES_NO,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(s)));
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

/* ------------------------------------------------------------------ 网站信息 (单位, 阿里云), domain cards */

const CONTENT_TREE = [
  { value: 'g-portal', label: '门户与资讯', children: ['单位门户网站', '综合门户', '网络新闻', '博客/个人空间', '网络广告/信息'].map((v) => ({ value: v, label: v })) },
  { value: 'g-media', label: '文娱与媒体', children: ['网络游戏', '网络音乐', '网络影视', '网络图片', '网络软件/下载'].map((v) => ({ value: v, label: v })) },
  { value: 'g-trade', label: '电子商务与金融', children: ICP_CONTENT.filter((c) => /购物|支付|银行|股票|借贷|融资|保险|金融/.test(c)).map((v) => ({ value: v, label: v })) },
  { value: 'g-other', label: '其他类', children: ['即时通信', '搜索引擎', '网上邮局', '网上求职', '网上交友/婚介', '网上房产', '网络教育', '网站建设', 'WAP', 'APP', '其他'].map((v) => ({ value: v, label: v })) },
];

const AliyunSiteUnit = defineComponent({
  setup() {
    const s = useReplica('aliyun', 'site', '单位', {
      siteName: '', domainRows: [''], homeUrl: '', content: '', languages: [], preApproval: '', preItems: [],
      wpName: '', wpCertType: '', wpCertNumber: '', wpValidity: [], wpMobile: '', wpEmergency: '', wpEmail: '', agree: false, nextClicks: 0,
    }, ({ domainRows, ...r }) => ({ ...r, domains: strs(domainRows).map((d) => d.trim().toLowerCase()).filter(Boolean), wpValidity: strs(r.wpValidity) }));
    const ui = reactive({ msg: '', domErr: [] as string[] });
    const { errs, check } = useChecks(s, {
      siteName: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称至少 3 个汉字'),
      wpCertNumber: idRule, wpMobile: mobile, wpEmail: email,
      wpEmergency: (v) => mobile(v) || (v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
    });
    const rows = () => s.domainRows as string[];
    const checkDomain = (i: number) => { const v = rows()[i]!.trim(); ui.domErr[i] = v && !DOMAIN_RE.test(v) ? '请填写不带 www. 与 http:// 的域名' : ''; };
    const suggest = (q: string, cb: (l: { value: string }[]) => void) =>
      cb(homeUrlSuggestions(rows().map((d) => d.trim()).filter(Boolean)).filter((u) => !q || u.includes(q)).map((value) => ({ value })));
    const setPre = (v: string) => { s.preApproval = v; if (v !== '是') s.preItems = []; };
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.agree ? '' : '请阅读并同意服务协议'; };
    return { s, ui, errs, check, checkDomain, suggest, setPre, next, tree: CONTENT_TREE, langs: ICP_LANGUAGES, pres: ICP_PRE_APPROVALS, certs: ICP_PERSON_CERTS, YES_NO };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span class="who">杭州云栖示例科技有限公司</span></div>
  <div class="al-body">
    <el-steps :active="2" finish-status="success" simple style="margin-bottom:16px"><el-step title="基本信息" /><el-step title="主办者信息" /><el-step title="网站信息" /><el-step title="上传资料" /></el-steps>
    <div class="card-w">
      <el-form label-width="150px" class="site-form">
        <el-form-item label="网站名称" required :error="errs.siteName"><el-input class="site-name" v-model="s.siteName" style="width:380px" @input="errs.siteName=''" @blur="check('siteName')" /></el-form-item>
        <el-form-item label="网站域名" required>
          <div style="width:520px">
            <el-card v-for="(d, i) in s.domainRows" :key="i" shadow="never" :class="'dom-card dom-' + i">
              <span class="help">域名 {{ i + 1 }}</span>
              <el-input :class="'domain-' + i" v-model="s.domainRows[i]" placeholder="不带 www. 的域名" style="width:300px" @input="ui.domErr[i]=''" @blur="checkDomain(i)" />
              <el-button v-if="s.domainRows.length > 1" link type="danger" :class="'dom-del-' + i" @click="s.domainRows.splice(i, 1)">删除</el-button>
              <span class="field-err" v-if="ui.domErr[i]">{{ ui.domErr[i] }}</span>
            </el-card>
            <el-button class="dom-add" plain @click="s.domainRows.push('')">+ 添加域名</el-button>
          </div>
        </el-form-item>
        <el-form-item label="网站首页URL" required>
          <el-autocomplete class="home-url" v-model="s.homeUrl" :fetch-suggestions="suggest" popper-class="home-url-pop" placeholder="不带 http://" style="width:380px" />
        </el-form-item>
        <el-form-item label="服务类型"><span class="ro">网站应用服务</span></el-form-item>
        <el-form-item label="网站服务内容" required>
          <el-tree-select class="content" v-model="s.content" :data="tree" default-expand-all popper-class="content-pop" placeholder="请选择" style="width:380px" />
        </el-form-item>
        <el-form-item label="网站语言" required>
          <el-checkbox-group class="languages" v-model="s.languages" size="small"><el-checkbox-button v-for="l in langs" :key="l" :value="l">{{ l }}</el-checkbox-button></el-checkbox-group>
        </el-form-item>
        <el-form-item label="是否涉及前置审批" required>
          <el-select class="pre-approval" :model-value="s.preApproval" @update:model-value="setPre" popper-class="pre-approval-pop" placeholder="请选择" style="width:160px">
            <el-option v-for="o in YES_NO" :key="o" :value="o" :label="o" />
          </el-select>
        </el-form-item>
        <el-form-item v-if="s.preApproval === '是'" label="前置审批项">
          <el-checkbox-group class="pre-items" v-model="s.preItems"><el-checkbox v-for="p in pres" :key="p" :value="p">{{ p }}</el-checkbox></el-checkbox-group>
        </el-form-item>
      </el-form>
    </div>
    <el-card class="wp-card" shadow="never">
      <template #header><b>网站负责人</b> <span class="help">可与主体负责人不同</span></template>
      <el-form label-width="150px">
        <el-form-item label="网站负责人姓名" required><el-input class="wp-name" v-model="s.wpName" style="width:300px" /></el-form-item>
        <el-form-item label="证件类型" required>
          <el-select class="wp-cert-type" v-model="s.wpCertType" popper-class="wp-cert-type-pop" placeholder="请选择" style="width:300px"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
        </el-form-item>
        <el-form-item label="证件号码" required :error="errs.wpCertNumber"><el-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" style="width:300px" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')" /></el-form-item>
        <el-form-item label="证件有效期" required>
          <el-date-picker class="wp-validity" v-model="s.wpValidity" type="daterange" value-format="YYYY-MM-DD" start-placeholder="开始日期" end-placeholder="结束日期" />
        </el-form-item>
        <el-form-item label="手机号码" required :error="errs.wpMobile"><el-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" style="width:300px" @input="errs.wpMobile=''" @blur="check('wpMobile')" /></el-form-item>
        <el-form-item label="应急联系电话" required :error="errs.wpEmergency"><el-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" style="width:300px" @input="errs.wpEmergency=''" @blur="check('wpEmergency')" /></el-form-item>
        <el-form-item label="电子邮箱" required :error="errs.wpEmail"><el-input class="wp-email" v-model="s.wpEmail" style="width:300px" @input="errs.wpEmail=''" @blur="check('wpEmail')" /></el-form-item>
      </el-form>
    </el-card>
    <div class="actions">
      <el-checkbox class="agree" v-model="s.agree">我已阅读并同意《阿里云ICP代备案服务协议》</el-checkbox>
      <el-button type="primary" class="next" @click="next">下一步</el-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div>`,
});

/* ------------------------------------------------------------------ 主体信息 (单位, 腾讯云), top-label grid */

const TencentSubjectUnit = defineComponent({
  setup() {
    const s = useReplica('tencent', 'subject', '单位', {
      licence: [], unitName: '', certNumber: '', certAddress: '', mailCodes: [], mailDetail: '', investor: '', entityIcp: '',
      prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prMobile: '', prEmergency: '', prOffice: '', prEmail: '', nextClicks: 0,
    }, ({ mailCodes, licence, ...r }) => ({
      ...r,
      licence: (Array.isArray(licence) ? licence : []).map((f) => String((f as { name?: unknown }).name ?? '')),
      mailRegion: pathOfCode(strs(mailCodes).at(-1) ?? ''),
    }));
    const ui = reactive({ msg: '' });
    const { errs, check } = useChecks(s, {
      certNumber: (v) => (validUscc(v) ? '' : '统一社会信用代码校验未通过'),
      entityIcp: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号$/.test(v) ? '' : '主体备案号格式如 浙ICP备12345678号'),
      prCertNumber: idRule, prMobile: mobile, prEmail: email,
      prEmergency: (v) => mobile(v) || (v === s.prMobile ? '应急联系电话不能与手机号码相同' : ''),
      prOffice: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
    });
    const cascaderProps = {
      lazy: true,
      lazyLoad(node: { level: number; value?: unknown }, resolve: (l: unknown[]) => void) {
        void fetchAreas(node.level === 0 ? '' : String(node.value ?? ''), 250).then((l) => resolve(l.map((a) => ({ value: a.code, label: a.name, leaf: a.leaf }))));
      },
    };
    const setLong = (v: boolean) => { s.prLongTerm = v; if (v) s.prValidTo = ''; };
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = (s.licence as unknown[]).length ? '' : '请上传营业执照'; };
    return { s, ui, errs, check, cascaderProps, setLong, next, certs: ICP_PERSON_CERTS };
  },
  template: `
  <div class="tc-top"><b>腾讯云</b><span>网站备案</span><span class="who">杭州云栖示例科技有限公司</span></div>
  <div class="tc-body">
    <el-steps :active="1" align-center style="margin-bottom:16px"><el-step title="验证备案类型" /><el-step title="填写主体信息" /><el-step title="填写网站信息" /><el-step title="上传资料" /><el-step title="提交" /></el-steps>
    <div class="card-w">
      <el-form label-position="top" class="grid-form">
        <el-divider content-position="left">主办者证件</el-divider>
        <el-row :gutter="24">
          <el-col :span="8"><el-form-item label="主办者性质"><span class="ro">企业</span></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="证件类型"><span class="ro">营业执照（个人或企业）</span></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="营业执照" required>
            <el-upload class="licence" v-model:file-list="s.licence" :auto-upload="false" :limit="1" accept=".jpg,.jpeg,.png"><el-button size="small">上传营业执照</el-button></el-upload>
          </el-form-item></el-col>
          <el-col :span="8"><el-form-item label="单位名称" required><el-input class="unit-name" v-model="s.unitName" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="证件号码" required :error="errs.certNumber"><el-input class="cert-number" v-model="s.certNumber" maxlength="18" @input="errs.certNumber=''" @blur="check('certNumber')" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="主体备案号"><el-input class="entity-icp" v-model="s.entityIcp" placeholder="已有主体备案时填写" @input="errs.entityIcp=''" @blur="check('entityIcp')" /><div class="field-err" v-if="errs.entityIcp">{{ errs.entityIcp }}</div></el-form-item></el-col>
          <el-col :span="16"><el-form-item label="证件住址" required><el-input class="cert-address" v-model="s.certAddress" placeholder="与营业执照上的住所一致" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="投资者或上级主管单位" required><el-input class="investor" v-model="s.investor" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="通讯地址" required>
            <el-cascader class="mail-region" v-model="s.mailCodes" :props="cascaderProps" popper-class="mail-region-pop" placeholder="省 / 市 / 区县" style="width:100%" />
          </el-form-item></el-col>
          <el-col :span="16"><el-form-item label="详细地址" required><el-input class="mail-detail" v-model="s.mailDetail" placeholder="街道、门牌号" /></el-form-item></el-col>
        </el-row>
        <el-divider content-position="left">主体负责人</el-divider>
        <el-row :gutter="24">
          <el-col :span="8"><el-form-item label="负责人姓名" required><el-input class="pr-name" v-model="s.prName" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="负责人证件类型" required>
            <el-select class="pr-cert-type" v-model="s.prCertType" popper-class="pr-cert-type-pop" placeholder="请选择"><el-option v-for="c in certs" :key="c" :value="c" :label="c" /></el-select>
          </el-form-item></el-col>
          <el-col :span="8"><el-form-item label="负责人证件号码" required :error="errs.prCertNumber"><el-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" @input="errs.prCertNumber=''" @blur="check('prCertNumber')" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="证件有效期开始" required><el-date-picker class="pr-valid-from" v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" style="width:100%" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="证件有效期结束" required>
            <div style="display:flex;gap:10px;align-items:center;width:100%">
              <el-date-picker v-if="!s.prLongTerm" class="pr-valid-to" v-model="s.prValidTo" type="date" value-format="YYYY-MM-DD" style="flex:1" />
              <el-checkbox class="pr-long-term" :model-value="s.prLongTerm" @update:model-value="setLong">长期有效</el-checkbox>
            </div>
          </el-form-item></el-col>
          <el-col :span="8"><el-form-item label="手机号码" required :error="errs.prMobile"><el-input class="pr-mobile" v-model="s.prMobile" maxlength="11" @input="errs.prMobile=''" @blur="check('prMobile')" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="应急联系电话" required :error="errs.prEmergency"><el-input class="pr-emergency" v-model="s.prEmergency" maxlength="11" @input="errs.prEmergency=''" @blur="check('prEmergency')" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="办公室电话" :error="errs.prOffice"><el-input class="pr-office" v-model="s.prOffice" placeholder="区号-号码" @input="errs.prOffice=''" @blur="check('prOffice')" /></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="电子邮箱" required :error="errs.prEmail"><el-input class="pr-email" v-model="s.prEmail" @input="errs.prEmail=''" @blur="check('prEmail')" /></el-form-item></el-col>
        </el-row>
      </el-form>
      <div class="actions"><el-button type="primary" class="next" @click="next">保存并下一步</el-button><span class="msg">{{ ui.msg }}</span></div>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = {
  'heldout32-aliyun-site-unit-elp-domaincards': AliyunSiteUnit,
  'heldout32-tencent-subject-unit-elp-topgrid': TencentSubjectUnit,
};
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
