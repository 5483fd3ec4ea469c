/**
 * Gen-16 held-out build on Vue 3 (runtime compiler) + Element Plus 2.14 (written from FORMS.md and
 * docs/profile.example.json alone, never tuned against):
 *  - heldout16-baidu-site-unit-elp-splitter  填写网站信息 (单位, 百度智能云): a resizable el-SPLITTER, the LEFT pane the site
 *    and the RIGHT pane its principal, labels on top; a counted input with a blur check, the domains an el-INPUT-TAG
 *    (invalid names refused), the home URL an el-AUTOCOMPLETE fed by the domains (blur: must lie in them), a filterable
 *    grouped MULTIPLE select, BUTTON-style checkboxes + a select for the other languages, an el-SWITCH revealing items;
 *    a 从已有联系人导入 select (offers only the 主体负责人), selects, blur checks, two date pickers + 长期有效, phones that must
 *    differ; 网站备注; 上一步 / 暂存 / 下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import { build, DOMAIN_RE, EMAIL_RE, expose, HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, MOBILE_RE, PHONE_RE, snapshot, validId } from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}

const COMMON_LANGS = ['中文简体', '中文繁体', '英语'];
const GROUPS: [string, string[]][] = [
  ['常用', ['单位门户网站', '综合门户', '网站建设', '其他']],
  ['文化娱乐', ['网络游戏', '网络音乐', '网络影视', '网络图片']],
  ['商务与金融', ['网络购物', '网上支付', '网上银行', '网上炒股/股票基金', '网络借贷信息中介', '互联网股权融资', '互联网保险', '互联网跨界金融及资产管理', '网上非银支付']],
];
const CONTENT_GROUPS: [string, string[]][] = [
  ...GROUPS.slice(0, 1),
  ['信息服务', ICP_CONTENT.filter((c) => !GROUPS.some(([, l]) => l.includes(c)))],
  ...GROUPS.slice(1),
];
const LINA = HELD_PRINCIPAL.单位;

const BaiduSiteUnit = defineComponent({
  setup() {
    const s = useReplica('baidu', 'site', '单位', {
      siteName: '', domains: [], homeUrl: '', contents: [], languages: [], moreLanguages: [], preApproval: false, preItems: [],
      importFrom: '', wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '', wpEmergency: '', wpLandline: '', wpEmail: '',
      remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, ({ languages, moreLanguages, ...r }) => ({ ...r, languages: [...(languages as string[]), ...(moreLanguages as string[])] }));
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      siteName: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length < 3 ? '网站名称至少包含 3 个汉字' : /^(中国|中央|国家|中华|人民)/.test(v) ? '网站名称不能以“中国”“国家”等开头' : ''),
      homeUrl: (v) => ((s.domains as string[]).some((d) => v === d || v === `www.${d}`) ? '' : '网站首页URL须为已填写的网站域名或其 www. 子域名'),
      wpCertNumber: (v) => (s.wpCertType && s.wpCertType !== '居民身份证') || validId(v) ? '' : '身份证号码校验未通过',
      wpMobile: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === LINA.mobile && s.wpName !== LINA.name ? '网站负责人与主体负责人不同时，手机号码不能相同' : ''),
      wpEmergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.wpMobile ? '应急联系人手机号码不能与手机号码相同' : ''),
      wpLandline: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码'),
      wpEmail: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确'),
      wpValidFrom: () => '', wpValidTo: () => '',
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const setDomains = (v: string[] | undefined) => {
      const list = (v ?? []).map((x) => x.trim().toLowerCase());
      const bad = list.filter((x) => !DOMAIN_RE.test(x));
      errs.domains = bad.length ? `${bad[0]} 不是有效的一级域名（不带 www.）` : '';
      s.domains = list.filter((x, i) => DOMAIN_RE.test(x) && list.indexOf(x) === i);
    };
    const suggest = (q: string, cb: (l: { value: string }[]) => void) => {
      const all = (s.domains as string[]).flatMap((d) => [`www.${d}`, d]);
      cb(all.filter((x) => !q || x.includes(q)).map((value) => ({ value })));
    };
    const importFrom = (v: string) => {
      s.importFrom = v;
      if (v !== 'lina') return;
      Object.assign(s, { wpName: LINA.name, wpCertType: LINA.certType, wpCertNumber: LINA.certNumber, wpValidFrom: LINA.validFrom, wpValidTo: LINA.validTo, wpLongTerm: LINA.longTerm, wpMobile: LINA.mobile, wpEmail: LINA.email });
    };
    const setLong = (v: boolean) => { s.wpLongTerm = v; s.wpValidTo = ''; };
    const setPre = (v: boolean) => { s.preApproval = v; if (!v) s.preItems = []; };
    const steps = ['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'];
    const otherLangs = ICP_LANGUAGES.filter((l) => !COMMON_LANGS.includes(l));
    return { s, errs, check, setDomains, suggest, importFrom, setLong, setPre, steps, CONTENT_GROUPS, COMMON_LANGS, otherLangs, ICP_PERSON_CERTS, ICP_PRE_APPROVALS };
  },
  template: `
  <div class="bd-top"><b>百度智能云</b><span>控制台总览</span><span>备案</span><span style="margin-left:auto">杭州云栖示例科技有限公司</span></div>
  <nav class="bd-side" aria-label="备案"><div class="grp">ICP备案</div><a>备案概览</a><a class="on">备案申请</a><a>备案管理</a><a>备案资源</a><div class="grp">其他</div><a>公安备案指引</a></nav>
  <div class="bd-main"><div class="tc-body" style="max-width:1120px">
    <h2 class="page-title">备案申请</h2>
    <div class="panel-w">
      <el-steps :active="2" finish-status="success" align-center><el-step v-for="t in steps" :key="t" :title="t"></el-step></el-steps>
    </div>
    <el-alert type="info" :closable="false" show-icon style="margin-bottom:16px"
      title="网站域名须已实名认证且持有者为主办单位；网站负责人与主体负责人不同时，手机号码、电子邮箱不能相同。可拖动中间分隔条调整两栏宽度。"></el-alert>
    <el-splitter class="bd-split">
      <el-splitter-panel size="52%" min="360">
        <div class="bd-pane pane-site">
          <h3>网站信息</h3>
          <el-form label-position="top" require-asterisk-position="left">
            <el-form-item label="网站名称" required :error="errs.siteName">
              <el-input class="site-name" v-model="s.siteName" maxlength="30" show-word-limit placeholder="如：XX公司官网" @input="errs.siteName=''" @blur="check('siteName')"></el-input>
            </el-form-item>
            <el-form-item label="网站域名" required :error="errs.domains">
              <el-input-tag class="domains" :model-value="s.domains" @update:model-value="setDomains" placeholder="输入域名后按回车，不带 www." clearable></el-input-tag>
            </el-form-item>
            <el-form-item label="网站首页URL" required :error="errs.homeUrl">
              <el-autocomplete class="home-url" v-model="s.homeUrl" :fetch-suggestions="suggest" placeholder="不含 http://" style="width:100%" @input="errs.homeUrl=''" @blur="check('homeUrl')"></el-autocomplete>
            </el-form-item>
            <el-form-item label="网站服务内容" required>
              <el-select class="contents" v-model="s.contents" multiple filterable placeholder="请选择" style="width:100%">
                <el-option-group v-for="g in CONTENT_GROUPS" :key="g[0]" :label="g[0]">
                  <el-option v-for="c in g[1]" :key="c" :label="c" :value="c"></el-option>
                </el-option-group>
              </el-select>
            </el-form-item>
            <el-form-item label="网站语言" required>
              <div>
                <el-checkbox-group class="languages" v-model="s.languages">
                  <el-checkbox-button v-for="l in COMMON_LANGS" :key="l" :value="l">{{ l }}</el-checkbox-button>
                </el-checkbox-group>
                <el-select class="more-languages" v-model="s.moreLanguages" multiple filterable placeholder="其他语言（如有）" style="width:100%;margin-top:8px">
                  <el-option v-for="l in otherLangs" :key="l" :label="l" :value="l"></el-option>
                </el-select>
              </div>
            </el-form-item>
            <el-form-item label="是否涉及前置审批" required>
              <el-switch class="pre-approval" :model-value="s.preApproval" @update:model-value="setPre" inline-prompt active-text="涉及" inactive-text="不涉及"></el-switch>
            </el-form-item>
            <el-form-item v-if="s.preApproval" label="前置审批项" required>
              <el-checkbox-group class="pre-items" v-model="s.preItems">
                <el-checkbox v-for="p in ICP_PRE_APPROVALS" :key="p" :value="p">{{ p }}</el-checkbox>
              </el-checkbox-group>
            </el-form-item>
            <el-form-item label="网站备注">
              <el-input class="remark" v-model="s.remark" type="textarea" :rows="2" maxlength="200" show-word-limit placeholder="选填"></el-input>
            </el-form-item>
          </el-form>
        </div>
      </el-splitter-panel>
      <el-splitter-panel min="360">
        <div class="bd-pane pane-principal">
          <h3>网站负责人信息</h3>
          <el-form label-position="top" require-asterisk-position="left">
            <el-form-item label="从已有联系人导入">
              <el-select class="import-from" :model-value="s.importFrom" @update:model-value="importFrom" placeholder="选择后自动填入，可修改" clearable style="width:100%">
                <el-option label="主体负责人（李娜）" value="lina"></el-option>
              </el-select>
            </el-form-item>
            <el-form-item label="负责人姓名" required>
              <el-input class="wp-name" v-model="s.wpName" maxlength="20"></el-input>
            </el-form-item>
            <el-form-item label="证件类型" required>
              <el-select class="wp-cert-type" v-model="s.wpCertType" placeholder="请选择" style="width:100%">
                <el-option v-for="c in ICP_PERSON_CERTS" :key="c" :label="c" :value="c"></el-option>
              </el-select>
            </el-form-item>
            <el-form-item label="证件号码" required :error="errs.wpCertNumber">
              <el-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" @input="errs.wpCertNumber=''" @blur="check('wpCertNumber')"></el-input>
            </el-form-item>
            <el-form-item label="证件有效期" required>
              <div class="row-inline">
                <el-date-picker class="wp-valid-from" v-model="s.wpValidFrom" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="开始日期" style="width:150px"></el-date-picker>
                <span class="help">至</span>
                <el-date-picker class="wp-valid-to" v-model="s.wpValidTo" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" :placeholder="s.wpLongTerm ? '长期' : '结束日期'" :disabled="s.wpLongTerm" style="width:150px"></el-date-picker>
                <el-checkbox class="wp-long-term" :model-value="s.wpLongTerm" @update:model-value="setLong">长期有效</el-checkbox>
              </div>
            </el-form-item>
            <el-form-item label="手机号码" required :error="errs.wpMobile">
              <el-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" @input="errs.wpMobile=''" @blur="check('wpMobile')"></el-input>
            </el-form-item>
            <el-form-item label="应急联系人手机号码" required :error="errs.wpEmergency">
              <el-input class="wp-emergency" v-model="s.wpEmergency" maxlength="11" @input="errs.wpEmergency=''" @blur="check('wpEmergency')"></el-input>
            </el-form-item>
            <el-form-item label="固定电话" :error="errs.wpLandline">
              <el-input class="wp-landline" v-model="s.wpLandline" placeholder="区号-号码" @input="errs.wpLandline=''" @blur="check('wpLandline')"></el-input>
            </el-form-item>
            <el-form-item label="电子邮箱" required :error="errs.wpEmail">
              <el-input class="wp-email" v-model="s.wpEmail" @input="errs.wpEmail=''" @blur="check('wpEmail')"></el-input>
            </el-form-item>
          </el-form>
        </div>
      </el-splitter-panel>
    </el-splitter>
    <div class="tc-actions">
      <el-button @click="s.prevClicks++">上一步</el-button><el-button @click="s.saveClicks++">暂存</el-button><el-button type="primary" @click="s.nextClicks++">下一步</el-button>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = { 'heldout16-baidu-site-unit-elp-splitter': BaiduSiteUnit };
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
