/**
 * Gen-7 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14 (written from FORMS.md alone):
 *  - heldout7-aliyun-site-person-elp-drawer     填写网站信息 (个人) in an el-drawer opened on load over the order summary
 *  - heldout7-mps-site-person-elp-segmented     网站基本信息 (个人) with el-segmented yes/no controls and whole-country region selects
 */
import { createApp, reactive, watch } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn.mjs';
import { ACCESS_PROVIDERS, build, expose, HELD_SITES, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, INTERACTIVE_KINDS, JURISDICTIONS, MPS_ACCESS_METHODS, MPS_LANGUAGES, PSB_CATEGORIES, REGISTRARS, snapshot } from './common';
import { COUNTIES, countyByCode, countyOfPath } from './counties';

type S = Record<string, unknown>;

/** Install the state: window.__replica reads `view(state)`; every deep change counts. */
function install(step: string, variant: string, state: S, view: (s: S) => S = (s) => s) {
  const bump = expose(build().includes('-mps-') ? 'mps' : 'aliyun', step, variant, () => snapshot(view(state)));
  watch(state, () => bump(), { deep: true, flush: 'sync' });
}

const COUNTY_OPTIONS = COUNTIES.map((c) => ({ value: c.code, label: c.label }));

/** A whole-country county select (el-select-v2: virtual list, filterable) over a name-path state key. */
const CountySelect = {
  props: { modelValue: { type: Array, default: () => [] }, id: String },
  emits: ['update:modelValue'],
  setup(props: { modelValue: string[] }, { emit }: { emit: (e: string, v: unknown) => void }) {
    return {
      options: COUNTY_OPTIONS,
      code: () => (props.modelValue.length ? countyOfPath(props.modelValue)?.code ?? '' : ''),
      pick: (c: string) => emit('update:modelValue', c ? [...countyByCode.get(c)!.path] : []),
    };
  },
  template: `<el-select-v2 :model-value="code()" @update:model-value="pick" :options="options" filterable clearable :id="id"
    placeholder="输入区县名称搜索，如：余杭区" no-match-text="无匹配的区县" style="width: 100%" />`,
};

/* ------------------------------------------------------------------ 1. aliyun 填写网站信息 (个人) in a drawer */

function aliyunSite() {
  const H = HELD_SITES.个人;
  const state = reactive<S>({
    siteName: '', domains: [H.domain], homeUrl: '', serviceType: '网站应用服务', contentType: '', languages: [], preApproval: false, preItems: [],
    remark: '', notify: true, wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false, wpMobile: '',
    wpEmergency: '', wpEmail: '', wpLandline: '', saveClicks: 0, prevClicks: 0, nextClicks: 0,
  });
  install('site', '个人', state);
  return {
    setup() {
      const ui = reactive({ open: true });
      return {
        s: state, ui, H, languages: ICP_LANGUAGES, contents: ['博客/个人空间', '网络图片', '网站建设', '其他'], certs: ICP_PERSON_CERTS, preItems: ICP_PRE_APPROVALS,
        contentsAll: ICP_CONTENT,
        homes: (q: string, cb: (x: { value: string }[]) => void) => cb([`www.${H.domain}`, H.domain].filter((x) => x.includes(q ?? '')).map((value) => ({ value }))),
        long: (v: boolean) => { state.wpLongTerm = v; if (v) state.wpValidTo = ''; },
        save: () => { (state.saveClicks as number)++; ui.open = false; },
      };
    },
    template: `
<div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span></div>
<div class="al-body">
  <el-steps :active="2" finish-status="success" simple style="margin-bottom: 16px">
    <el-step title="验证备案类型" /><el-step title="填写主办者信息" /><el-step title="填写网站信息" /><el-step title="上传资料" /><el-step title="提交审核" />
  </el-steps>
  <el-card shadow="never" header="主办者信息">
    <el-descriptions :column="2" size="small">
      <el-descriptions-item label="主办人姓名">张伟</el-descriptions-item>
      <el-descriptions-item label="证件类型">居民身份证</el-descriptions-item>
      <el-descriptions-item label="证件号码">{{ H.cert }}</el-descriptions-item>
      <el-descriptions-item label="通信地址">浙江省杭州市西湖区文三路 100 号 1 幢 101 室</el-descriptions-item>
    </el-descriptions>
  </el-card>
  <el-card shadow="never" header="网站信息" style="margin-top: 16px">
    <el-table :data="[{ name: s.siteName || '—', domain: H.domain, status: s.siteName ? '已填写' : '待填写' }]" border size="small">
      <el-table-column prop="name" label="网站名称" />
      <el-table-column prop="domain" label="网站域名" />
      <el-table-column prop="status" label="状态" width="100" />
      <el-table-column label="操作" width="100"><template #default><el-button link type="primary" @click="ui.open = true">编辑</el-button></template></el-table-column>
    </el-table>
  </el-card>
  <div class="al-actions">
    <el-button @click="s.prevClicks++">上一步</el-button>
    <el-button type="primary" @click="s.nextClicks++">下一步</el-button>
  </div>
</div>
<el-drawer v-model="ui.open" title="编辑网站信息" direction="rtl" size="64%" :close-on-click-modal="false" class="site-drawer">
  <el-form label-position="right" label-width="130px" class="drawer-form">
    <h4 class="dr-sec">网站基本信息</h4>
    <el-form-item label="网站名称" required>
      <el-input v-model="s.siteName" maxlength="30" show-word-limit placeholder="请输入网站名称" />
      <div class="help">个人网站名称不得包含企业、公司、论坛、平台等字样</div>
    </el-form-item>
    <el-form-item label="网站域名" required>
      <el-tag v-for="d in s.domains" :key="d" type="info">{{ d }}</el-tag>
      <span class="help" style="margin-left: 8px">来自“验证备案类型”，不可修改</span>
    </el-form-item>
    <el-form-item label="网站首页URL" required>
      <el-autocomplete v-model="s.homeUrl" :fetch-suggestions="homes" placeholder="如 www.example.com" style="width: 100%">
        <template #prepend>http(s)://</template>
      </el-autocomplete>
    </el-form-item>
    <el-form-item label="应用服务类型" required>
      <el-select v-model="s.serviceType" disabled><el-option label="网站应用服务" value="网站应用服务" /></el-select>
    </el-form-item>
    <el-form-item label="网站服务内容" required>
      <el-radio-group v-model="s.contentType">
        <el-radio v-for="c in contents" :key="c" :value="c" border>{{ c }}</el-radio>
      </el-radio-group>
    </el-form-item>
    <el-form-item label="网站语言" required>
      <el-select v-model="s.languages" multiple filterable collapse-tags collapse-tags-tooltip placeholder="请选择网站使用的语言" style="width: 100%">
        <el-option v-for="l in languages" :key="l" :label="l" :value="l" />
      </el-select>
    </el-form-item>
    <el-form-item label="网站设置">
      <div class="settings">
        <div class="set-row">
          <el-switch v-model="s.preApproval" />
          <div class="set-text"><div class="set-title">涉及前置审批</div><div class="set-desc">网站内容涉及新闻、出版、教育、医疗保健、药品和医疗器械、文化、广播电影电视节目等时开启</div></div>
        </div>
        <div class="set-row" v-if="s.preApproval">
          <el-checkbox-group v-model="s.preItems"><el-checkbox v-for="p in preItems" :key="p" :value="p">{{ p }}</el-checkbox></el-checkbox-group>
        </div>
        <div class="set-row">
          <el-switch v-model="s.notify" />
          <div class="set-text"><div class="set-title">接收审核进度短信通知</div><div class="set-desc">审核进度将发送至网站负责人的手机</div></div>
        </div>
      </div>
    </el-form-item>
    <el-form-item label="网站备注" required>
      <el-input v-model="s.remark" type="textarea" :rows="3" maxlength="200" show-word-limit placeholder="请简要描述网站的主要内容" />
      <div class="help">备注中不得出现网站名称禁用的字词</div>
    </el-form-item>
    <h4 class="dr-sec">网站负责人</h4>
    <el-form-item label="负责人姓名" required><el-input v-model="s.wpName" /></el-form-item>
    <el-form-item label="证件类型" required>
      <el-select v-model="s.wpCertType" placeholder="请选择"><el-option v-for="c in certs" :key="c" :label="c" :value="c" /></el-select>
    </el-form-item>
    <el-form-item label="证件号码" required><el-input v-model="s.wpCertNumber" /></el-form-item>
    <el-form-item label="证件有效期" required>
      <div class="validity">
        <el-date-picker v-model="s.wpValidFrom" type="date" value-format="YYYY-MM-DD" :editable="false" placeholder="开始日期" aria-label="证件有效期开始日期" style="width: 150px" />
        <span>至</span>
        <el-date-picker v-model="s.wpValidTo" type="date" value-format="YYYY-MM-DD" :editable="false" :disabled="s.wpLongTerm" placeholder="结束日期" aria-label="证件有效期结束日期" style="width: 150px" />
        <el-checkbox :model-value="s.wpLongTerm" @update:model-value="long">长期</el-checkbox>
      </div>
    </el-form-item>
    <el-form-item label="移动电话" required><el-input v-model="s.wpMobile" placeholder="11位手机号码" /></el-form-item>
    <el-form-item label="应急联系电话" required><el-input v-model="s.wpEmergency" placeholder="不能与移动电话相同" /></el-form-item>
    <el-form-item label="电子邮箱" required><el-input v-model="s.wpEmail" /></el-form-item>
    <el-form-item label="办公室电话"><el-input v-model="s.wpLandline" placeholder="选填，如 0571-88888888" /></el-form-item>
  </el-form>
  <template #footer>
    <el-button @click="ui.open = false">取消</el-button>
    <el-button type="primary" @click="save">保存</el-button>
  </template>
</el-drawer>`,
  };
}

/* ------------------------------------------------------------------ 2. mps 网站基本信息 (个人) */

function mpsSite() {
  const state = reactive<S>({
    siteName: '', icpNumber: '', openDate: '', mainDomain: '', subDomains: [], ips: [''], domainCertFile: [], certValidity: [],
    apJurisdiction: '', apRegion: [], apName: '', apMethod: '', apPhone: '', apCode: '',
    rgJurisdiction: '', rgRegion: [], rgName: '', rgPhone: '',
    interactive: '', interactiveKinds: [], psbCategory: '', languages: [], preLicence: '', dangerous: '',
    prevClicks: 0, draftClicks: 0, nextClicks: 0,
  });
  const rows = (v: unknown) => (v as string[]).map((x) => x.trim()).filter(Boolean);
  install('site', '个人', state, (s) => ({ ...s, subDomains: rows(s.subDomains), ips: rows(s.ips), certValidity: Array.isArray(s.certValidity) ? s.certValidity : [] }));
  return {
    components: { CountySelect },
    setup() {
      return {
        s: state, jur: JURISDICTIONS, providers: ACCESS_PROVIDERS, registrars: REGISTRARS, methods: MPS_ACCESS_METHODS, kinds: INTERACTIVE_KINDS,
        cats: PSB_CATEGORIES, languages: MPS_LANGUAGES, yn: ['是', '否'],
        add: (k: string) => (state[k] as string[]).push(''),
        del: (k: string, i: number) => (state[k] as string[]).splice(i, 1),
      };
    },
    template: `
<div class="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 / 新办网站申请</span></div>
<div class="mps-body">
  <el-steps :active="1" align-center style="margin-bottom: 20px">
    <el-step title="开办主体" description="张伟" /><el-step title="网站基本信息" /><el-step title="网站负责人" /><el-step title="提示说明" />
  </el-steps>
  <el-form label-position="top" class="mps-form">
    <el-card shadow="never" class="blk"><template #header><span class="blk-title">网站信息</span></template>
      <el-row :gutter="24">
        <el-col :span="12"><el-form-item label="网站名称" required><el-input v-model="s.siteName" placeholder="须与ICP备案的网站名称一致" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="工信部ICP备案号" required><el-input v-model="s.icpNumber" placeholder="如 浙ICP备12345678号-1" /><div class="help">网站已取得的ICP备案号（网站备案号）</div></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="网站开通日期" required>
          <el-date-picker v-model="s.openDate" type="date" value-format="YYYY-MM-DD" :editable="false" placeholder="选择日期" style="width: 100%" />
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="网站域名" required><el-input v-model="s.mainDomain" placeholder="一级域名，不含 www" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="从域名">
          <div class="rows">
            <div class="row" v-for="(d, i) in s.subDomains" :key="'d' + i"><el-input v-model="s.subDomains[i]" :aria-label="'从域名 ' + (i + 1)" /><el-button link type="danger" @click="del('subDomains', i)">删除</el-button></div>
            <el-button size="small" @click="add('subDomains')">+ 添加从域名</el-button>
          </div>
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="网站IP地址" required>
          <div class="rows">
            <div class="row" v-for="(d, i) in s.ips" :key="'ip' + i"><el-input v-model="s.ips[i]" :aria-label="'网站IP地址 ' + (i + 1)" placeholder="域名实际解析的IP" /><el-button link type="danger" :disabled="s.ips.length < 2" @click="del('ips', i)">删除</el-button></div>
            <el-button size="small" @click="add('ips')">+ 添加IP</el-button>
          </div>
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="域名证书" required>
          <el-upload v-model:file-list="s.domainCertFile" :auto-upload="false" :limit="1" accept="image/*" list-type="picture">
            <el-button>选择图片</el-button><template #tip><div class="help">图片不超过 400KB</div></template>
          </el-upload>
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="域名证书有效期" required>
          <el-date-picker v-model="s.certValidity" type="daterange" value-format="YYYY-MM-DD" :editable="false" range-separator="至" start-placeholder="开始日期" end-placeholder="结束日期" style="width: 100%" />
        </el-form-item></el-col>
      </el-row>
    </el-card>
    <el-card shadow="never" class="blk blk-ap"><template #header><span class="blk-title">网络接入服务商</span><el-button link type="primary" style="float: right">查询网络接入服务商</el-button></template>
      <el-row :gutter="24">
        <el-col :span="12"><el-form-item label="所属地区管辖" required><el-segmented v-model="s.apJurisdiction" :options="jur" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="所属区域" required><county-select v-model="s.apRegion" id="ap-region" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="接入服务商名称" required>
          <el-select v-model="s.apName" filterable placeholder="请选择或搜索" style="width: 100%"><el-option v-for="p in providers" :key="p" :label="p" :value="p" /></el-select>
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="联系电话" required><el-input v-model="s.apPhone" /></el-form-item></el-col>
        <el-col :span="24"><el-form-item label="网站接入方式" required>
          <el-radio-group v-model="s.apMethod"><el-radio v-for="m in methods" :key="m" :value="m">{{ m }}</el-radio></el-radio-group>
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="接入商编码" required><el-input v-model="s.apCode" /><div class="help">接入商组织机构代码（统一社会信用代码第 9–17 位）</div></el-form-item></el-col>
      </el-row>
    </el-card>
    <el-card shadow="never" class="blk blk-rg"><template #header><span class="blk-title">域名注册服务商</span></template>
      <el-row :gutter="24">
        <el-col :span="12"><el-form-item label="所属地区管辖" required><el-segmented v-model="s.rgJurisdiction" :options="jur" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="所属区域" required><county-select v-model="s.rgRegion" id="rg-region" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="注册服务商名称" required>
          <el-select v-model="s.rgName" filterable placeholder="请选择或搜索" style="width: 100%"><el-option v-for="p in registrars" :key="p" :label="p" :value="p" /></el-select>
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="联系电话" required><el-input v-model="s.rgPhone" /></el-form-item></el-col>
      </el-row>
    </el-card>
    <el-card shadow="never" class="blk"><template #header><span class="blk-title">网站服务</span></template>
      <el-row :gutter="24">
        <el-col :span="12"><el-form-item label="是否提供互联网交互服务" required><el-segmented v-model="s.interactive" :options="yn" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="网站类型" required>
          <el-select v-model="s.psbCategory" placeholder="请选择" style="width: 100%"><el-option v-for="c in cats" :key="c[0]" :label="c[0] + ' ' + c[1]" :value="c[0]" /></el-select>
        </el-form-item></el-col>
        <el-col :span="24" v-if="s.interactive === '是'"><el-form-item label="交互服务类型" required>
          <el-checkbox-group v-model="s.interactiveKinds"><el-checkbox v-for="k in kinds" :key="k" :value="k">{{ k }}</el-checkbox></el-checkbox-group>
        </el-form-item></el-col>
        <el-col :span="24"><el-form-item label="网站语种" required>
          <el-checkbox-group v-model="s.languages"><el-checkbox v-for="l in languages" :key="l" :value="l">{{ l }}</el-checkbox></el-checkbox-group>
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="是否涉及相关前置许可" required>
          <el-radio-group v-model="s.preLicence"><el-radio value="是">是</el-radio><el-radio value="否">否</el-radio></el-radio-group>
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="是否提供涉及管制物品信息发布服务" required><el-segmented v-model="s.dangerous" :options="yn" /></el-form-item></el-col>
      </el-row>
    </el-card>
  </el-form>
  <div class="mps-actions">
    <el-button @click="s.prevClicks++">上一步</el-button>
    <el-button @click="s.draftClicks++">保存草稿</el-button>
    <el-button type="primary" @click="s.nextClicks++">下一步</el-button>
  </div>
</div>`,
  };
}

/* ------------------------------------------------------------------ mount */

const APPS: Record<string, () => object> = {
  'heldout7-aliyun-site-person-elp-drawer': aliyunSite,
  'heldout7-mps-site-person-elp-segmented': mpsSite,
};
const make = APPS[build()];
if (make) createApp(make()).use(ElementPlus, { locale: zhCn }).mount('#app');
