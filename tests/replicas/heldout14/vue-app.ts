/**
 * Gen-14 held-out build on Vue 3 (runtime compiler) + Element Plus 2.14 (written from FORMS.md and
 * docs/profile.example.json alone, never tuned against):
 *  - heldout14-aliyun-site-unit-elp-transfer  填写网站信息 (单位): the domains as DYNAMIC TAGS (+ 添加域名 opens an inline
 *    input; tags close), a 主域名 select whose options are the tags, the 首页URL with a scheme select prepended, 网站服务内容
 *    a multiple select with OPTION GROUPS, 网站语言 a TRANSFER (可选语言 → 已选语言), a single 涉及前置审批 checkbox that
 *    reveals the items, the 互联网信息服务负责人 behind a 是否与主体负责人为同一人 radio (否 reveals the person), the
 *    validity as a TERM select (5年 / 10年 / 20年 / 长期) + a start date with the end DERIVED read-only, the office phone
 *    SPLIT into 区号 + 号码
 */
import { createApp, defineComponent, nextTick, reactive, ref, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import {
  build, EMAIL_RE, endOfTerm, expose, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, ID_TERMS, MOBILE_RE, DOMAIN_RE, snapshot, validId,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}

const CONTENT_GROUPS: { label: string; options: string[] }[] = [
  { label: '常用', options: ['单位门户网站', '其他', '博客/个人空间', '综合门户'] },
  { label: '信息服务', options: ICP_CONTENT.filter((c) => !['单位门户网站', '其他', '博客/个人空间', '综合门户'].includes(c) && !/金融|借贷|融资|保险|银行|支付|炒股/.test(c)) },
  { label: '金融类（须前置审批）', options: ICP_CONTENT.filter((c) => /金融|借贷|融资|保险|银行|支付|炒股/.test(c)) },
];

const AliyunSiteUnit = defineComponent({
  setup() {
    const s = useReplica('aliyun', 'site', '单位', {
      siteName: '', domains: [], mainDomain: '', scheme: 'http://', homeUrl: '', contents: [], languages: [], preApproval: false, preItems: [],
      wpSame: '', wpName: '', wpCertType: '', wpCertNumber: '', wpTerm: '', wpValidFrom: '', wpMobile: '', wpEmergency: '', officeArea: '', officeNumber: '', wpEmail: '',
      remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, ({ officeArea, officeNumber, scheme: _scheme, ...r }) => ({
      ...r,
      wpValidTo: r.wpTerm === '长期' ? '' : endOfTerm(String(r.wpValidFrom ?? ''), String(r.wpTerm ?? '')),
      wpOffice: officeArea || officeNumber ? `${String(officeArea ?? '')}-${String(officeNumber ?? '')}` : '',
    }));
    const errs = reactive<Record<string, string>>({});
    const P = HELD_PRINCIPAL.单位;
    const adding = ref(false);
    const newDomain = ref('');
    const addInput = ref<{ focus(): void } | null>(null);
    const startAdd = () => { adding.value = true; void nextTick(() => addInput.value?.focus()); };
    const commitAdd = () => {
      const d = newDomain.value.trim().toLowerCase();
      errs.domains = '';
      if (d) {
        if (/^www\./.test(d) || !DOMAIN_RE.test(d)) errs.domains = `${d} 不是有效的域名（不带 www.）`;
        else if (!(s.domains as string[]).includes(d)) (s.domains as string[]).push(d);
      }
      newDomain.value = '';
      adding.value = false;
    };
    const closeDomain = (d: string) => {
      s.domains = (s.domains as string[]).filter((x) => x !== d);
      if (s.mainDomain === d) s.mainDomain = '';
    };
    const rules: Record<string, (v: string) => string> = {
      siteName: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称至少包含 3 个汉字' : /^(中国|中央|国家|中华|人民)/.test(v) ? '非国家机关网站名称不能以“中国”“国家”等开头' : ''),
      homeUrl: (v) => (/^https?:\/\//i.test(v) ? '请勿重复填写 http:// 或 https://' : (s.domains as string[]).some((d) => v === d || v.endsWith(`.${d}`)) ? '' : '首页URL须属于已填写的网站域名'),
      wpCertNumber: (v) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过',
      wpMobile: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === P.mobile ? '网站负责人与主体负责人不同时，手机号码不能相同' : ''),
      wpEmergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.wpMobile ? '应急联系电话不能与手机号码相同' : ''),
      wpEmail: (v) => (!EMAIL_RE.test(v) ? '邮箱格式不正确' : v === P.email ? '网站负责人与主体负责人不同时，邮箱不能相同' : ''),
      officeNumber: (v) => (/^\d{7,8}$/.test(v) ? '' : '号码为 7–8 位数字'),
      officeArea: (v) => (/^0\d{2,3}$/.test(v) ? '' : '区号如 0571'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const setSame = (v: string) => {
      s.wpSame = v;
      if (v === '是') Object.assign(s, { wpName: P.name, wpCertType: P.certType, wpCertNumber: P.certNumber, wpTerm: P.longTerm ? '长期' : '', wpValidFrom: P.validFrom, wpMobile: P.mobile, wpEmail: P.email });
      else Object.assign(s, { wpName: '', wpCertType: '', wpCertNumber: '', wpTerm: '', wpValidFrom: '', wpMobile: '', wpEmail: '' });
    };
    const validTo = () => (s.wpTerm === '长期' ? '长期' : endOfTerm(String(s.wpValidFrom ?? ''), String(s.wpTerm ?? '')) || '—');
    const langData = ICP_LANGUAGES.map((l) => ({ key: l, label: l }));
    return { s, errs, check, adding, newDomain, addInput, startAdd, commitAdd, closeDomain, setSame, validTo, langData, CONTENT_GROUPS, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, ID_TERMS };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style="margin-left:auto">杭州云栖示例科技有限公司</span></div>
  <nav class="al-side" aria-label="备案"><a>首页</a><a class="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>
  <div class="al-main"><div class="al-body" style="max-width:1020px">
    <h2 class="page-title">首次备案 · 填写网站信息</h2>
    <el-steps :active="2" simple style="margin-bottom:16px">
      <el-step title="验证备案类型"></el-step><el-step title="主办者信息"></el-step><el-step title="网站信息"></el-step><el-step title="上传资料"></el-step><el-step title="提交初审"></el-step>
    </el-steps>
    <el-alert type="info" :closable="false" show-icon style="margin-bottom:16px"
      title="网站名称须与单位相关（单位全称、简称或品牌）；涉及新闻、出版、教育、医疗保健、药品和医疗器械、文化、广播电影电视节目等内容的，须先取得前置审批。"></el-alert>
    <el-card shadow="never" style="margin-bottom:16px">
      <template #header><b>网站基本信息</b></template>
      <el-form label-position="right" label-width="180px">
        <el-form-item label="网站名称" required :error="errs.siteName">
          <el-input class="site-name" v-model="s.siteName" maxlength="40" placeholder="如：XX公司官网" @input="errs.siteName=''" @blur="check('siteName')"></el-input>
        </el-form-item>
        <el-form-item label="网站域名" required :error="errs.domains">
          <div class="tag-box">
            <el-tag v-for="d in s.domains" :key="d" class="domain-tag" closable :disable-transitions="true" @close="closeDomain(d)">{{ d }}</el-tag>
            <el-input v-if="adding" ref="addInput" class="domain-new" v-model="newDomain" size="small" style="width:200px" placeholder="输入域名后回车"
              @keyup.enter="commitAdd" @blur="commitAdd"></el-input>
            <el-button v-else class="domain-add" size="small" @click="startAdd">+ 添加域名</el-button>
          </div>
          <div class="help">已实名认证、持有者与主办单位一致的域名，不带 www.</div>
        </el-form-item>
        <el-form-item label="主域名" required>
          <el-select class="main-domain" v-model="s.mainDomain" placeholder="从已添加的域名中选择" style="width:320px" :disabled="!s.domains.length">
            <el-option v-for="d in s.domains" :key="d" :label="d" :value="d"></el-option>
          </el-select>
        </el-form-item>
        <el-form-item label="网站首页URL" required :error="errs.homeUrl">
          <el-input class="home-url" v-model="s.homeUrl" placeholder="如 www.example.com" style="max-width:460px" @input="errs.homeUrl=''" @blur="check('homeUrl')">
            <template #prepend>
              <el-select class="home-scheme" v-model="s.scheme" style="width:100px"><el-option label="http://" value="http://"></el-option><el-option label="https://" value="https://"></el-option></el-select>
            </template>
          </el-input>
        </el-form-item>
        <el-form-item label="网站服务内容" required>
          <el-select class="contents" v-model="s.contents" multiple filterable placeholder="请选择（可多选）" style="width:460px">
            <el-option-group v-for="g in CONTENT_GROUPS" :key="g.label" :label="g.label">
              <el-option v-for="o in g.options" :key="o" :label="o" :value="o"></el-option>
            </el-option-group>
          </el-select>
        </el-form-item>
        <el-form-item label="网站语言" required>
          <el-transfer class="languages" v-model="s.languages" :data="langData" :titles="['可选语言', '已选语言']" filterable filter-placeholder="搜索语言"></el-transfer>
        </el-form-item>
        <el-form-item label="前置审批">
          <el-checkbox class="pre-approval" v-model="s.preApproval" @change="v => { if (!v) s.preItems = [] }">本网站内容涉及前置审批</el-checkbox>
        </el-form-item>
        <el-form-item v-if="s.preApproval" label="前置审批项" required>
          <el-checkbox-group class="pre-items" v-model="s.preItems"><el-checkbox v-for="o in ICP_PRE_APPROVALS" :key="o" :value="o">{{ o }}</el-checkbox></el-checkbox-group>
        </el-form-item>
        <el-form-item label="接入信息">
          <span class="ro">云服务器 ECS · web-prod-01（公网IP 47.96.56.78）<span class="help">（在“验证备案类型”中选择，如需更换请返回上一步）</span></span>
        </el-form-item>
      </el-form>
    </el-card>
    <el-card shadow="never" style="margin-bottom:16px">
      <template #header><b>互联网信息服务负责人</b><span class="help" style="margin-left:8px">即网站负责人，负责网站内容与安全</span></template>
      <el-form label-position="right" label-width="180px">
        <el-form-item label="是否与主体负责人为同一人" required>
          <el-radio-group class="wp-same" :model-value="s.wpSame" @update:model-value="setSame"><el-radio value="是">是（李娜）</el-radio><el-radio value="否">否，另行填写</el-radio></el-radio-group>
        </el-form-item>
        <template v-if="s.wpSame === '否'">
          <el-form-item label="姓名" required><el-input class="wp-name" v-model="s.wpName" style="max-width:320px"></el-input></el-form-item>
          <el-form-item label="证件类型" required>
            <el-select class="wp-cert-type" v-model="s.wpCertType" placeholder="请选择" style="width:320px"><el-option v-for="o in ICP_PERSON_CERTS" :key="o" :label="o" :value="o"></el-option></el-select>
          </el-form-item>
          <el-form-item label="证件号码" required :error="errs.wpCertNumber">
            <el-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" style="max-width:320px" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')"></el-input>
          </el-form-item>
          <el-form-item label="证件有效期限" required>
            <el-select class="wp-term" v-model="s.wpTerm" placeholder="见证件背面" style="width:140px"><el-option v-for="o in ID_TERMS" :key="o" :label="o" :value="o"></el-option></el-select>
          </el-form-item>
          <el-form-item label="有效期开始日期" required>
            <el-date-picker class="wp-valid-from" v-model="s.wpValidFrom" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="选择日期" style="width:200px"></el-date-picker>
          </el-form-item>
          <el-form-item label="有效期截止日期"><span class="ro wp-valid-to">{{ validTo() }}</span><span class="help" style="margin-left:8px">（按有效期限自动计算）</span></el-form-item>
          <el-form-item label="手机号码" required :error="errs.wpMobile">
            <el-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" style="max-width:320px" @input="errs.wpMobile=''" @blur="check('wpMobile')"></el-input>
          </el-form-item>
          <el-form-item label="应急联系电话" required :error="errs.wpEmergency">
            <el-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" style="max-width:320px" placeholder="另一个手机号码" @input="errs.wpEmergency=''" @blur="check('wpEmergency')"></el-input>
          </el-form-item>
          <el-form-item label="办公电话" :error="errs.officeArea || errs.officeNumber">
            <div class="row-inline">
              <el-input class="office-area" v-model="s.officeArea" maxlength="4" style="width:90px" placeholder="区号" @input="errs.officeArea=''" @blur="check('officeArea')"></el-input>
              <span>-</span>
              <el-input class="office-number" v-model="s.officeNumber" maxlength="8" style="width:200px" placeholder="电话号码" @input="errs.officeNumber=''" @blur="check('officeNumber')"></el-input>
            </div>
          </el-form-item>
          <el-form-item label="电子邮箱" required :error="errs.wpEmail">
            <el-input class="wp-email" v-model="s.wpEmail" style="max-width:320px" @input="errs.wpEmail=''" @blur="check('wpEmail')"></el-input>
          </el-form-item>
        </template>
      </el-form>
    </el-card>
    <el-card shadow="never">
      <el-form label-position="right" label-width="180px">
        <el-form-item label="网站备注"><el-input class="remark" v-model="s.remark" type="textarea" :rows="3" maxlength="200" show-word-limit placeholder="选填"></el-input></el-form-item>
      </el-form>
    </el-card>
    <div class="al-actions">
      <el-button @click="s.prevClicks++">上一步</el-button><el-button @click="s.saveClicks++">保存草稿</el-button><el-button type="primary" @click="s.nextClicks++">下一步</el-button>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = { 'heldout14-aliyun-site-unit-elp-transfer': AliyunSiteUnit };
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
