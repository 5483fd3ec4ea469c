/**
 * Gen-10 held-out builds on Vue 3 (runtime compiler) + OpenTiny Vue 3.31 (written from FORMS.md alone, never tuned against):
 *  - heldout10-mps-site-unit-opentiny-iprows     网站基本信息 (单位): panels per section, a tag input for 从域名, IP rows of
 *    type select + IP-address input, a date range for the domain certificate, autocomplete provider names, lazy
 *    cascaders, 交互服务类型 as a multiple select that allows new entries
 *  - heldout10-huawei-basic-unit-opentiny-cards  基础信息校验 (单位): labels on top, a filterable lazy cascader, 主办单位性质
 *    as a grid of radio cards, 证件类型 filtered by 性质, a preset 资源类型 and an ECS instance select
 * Each component comes from its own @opentiny/vue-* package (their styles are imported by the components).
 */
import { createApp, reactive, ref, watch } from 'vue';
import TinyAlert from '@opentiny/vue-alert';
import TinyAutocomplete from '@opentiny/vue-autocomplete';
import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyFileUpload from '@opentiny/vue-file-upload';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyIpAddress from '@opentiny/vue-ip-address';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioButton from '@opentiny/vue-radio-button';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import TinyTagInput from '@opentiny/vue-tag-input';
import './regions';
import {
  build, expose, fetchAreas, ICP_CERTS_BY_NATURE, INTERACTIVE_KINDS, IPV4_RE, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, NATURES, PHONE_RE,
  searchProviders, shortIpv6, snapshot, validId, validIpv6, validUscc, DOMAIN_RE,
} from './common';

type S = Record<string, unknown>;
const COMPONENTS = {
  TinyAlert, TinyAutocomplete, TinyButton, TinyCascader, TinyCheckbox, TinyCheckboxGroup, TinyDatePicker, TinyFileUpload, TinyForm, TinyFormItem, TinyInput,
  TinyIpAddress, TinyOption, TinyRadio, TinyRadioButton, TinyRadioGroup, TinySelect, TinySteps, TinyTagInput,
};

function mount(make: () => object) {
  const app = createApp(make());
  for (const [name, c] of Object.entries(COMPONENTS)) app.component(name, c as never);
  app.mount('#app');
}
function tracked(platform: 'mps' | 'huawei', step: string, variant: string, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive<S>(initial);
  const bump = expose(platform, step, variant, () => snapshot(view(s)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}
/** Cascader props: every level answered by the (simulated) area API after a delay. */
const lazyRegions = {
  lazy: true,
  lazyLoad(node: { level: number; value?: string }, resolve: (l: unknown[]) => void) {
    void fetchAreas(node.level === 0 ? '' : String(node.value)).then((l) => resolve(l.map((a) => ({ value: a.code, label: a.name, leaf: a.leaf }))));
  },
};
/** The names path of the cascader's checked node. */
const labelsOf = (cas: { getCheckedNodes?: (leafOnly: boolean) => { pathLabels?: string[] }[] } | null | undefined): string[] =>
  cas?.getCheckedNodes?.(false)?.[0]?.pathLabels ?? [];
/** An element-style rule checked on blur. */
const rule = (ok: (v: string) => boolean, message: string) => ({
  trigger: 'blur',
  validator: (_r: unknown, v: unknown, cb: (e?: Error) => void) => (typeof v === 'string' && v && !ok(v.trim()) ? cb(new Error(message)) : cb()),
});

/* ------------------------------------------------------------------ 1. mps 网站基本信息 (单位) */

function mpsSite() {
  const s = tracked('mps', 'site', '单位', {
    siteName: '', icpNumber: '', openedAt: '', mainDomain: '', otherDomains: [], ipRows: [{ type: 'IPv4', value: '' }], certValidity: [], certFile: [],
    apJurisdiction: '', apRegion: [], apName: '', apMethod: '', apCode: '', apPhone: '', rgJurisdiction: '', rgRegion: [], rgName: '', rgPhone: '',
    interactive: '', interactiveKinds: [], category: '', dangerous: '', preLicence: '', preItems: [], languages: [], prevClicks: 0, draftClicks: 0, nextClicks: 0,
  }, ({ ipRows, certValidity, ...rest }) => ({
    ...rest,
    // the IPv6 boxes hold every group in full: the page reports the address in its short form
    ips: (ipRows as { type: string; value: string }[]).map((r) => String(r.value ?? '').trim()).filter((v) => v && !/^[.:]+$/.test(v)).map((v) => (v.includes(':') ? shortIpv6(v) : v)),
    certValidity: Array.isArray(certValidity) && certValidity.some(Boolean) ? certValidity.map((d) => String(d ?? '')) : [],
  }));
  return {
    setup() {
      const apCodes = ref<string[]>([]);
      const rgCodes = ref<string[]>([]);
      const apCas = ref();
      const rgCas = ref();
      const ipErr = ref('');
      const providers = (q: string, cb: (l: { value: string }[]) => void) => { void searchProviders(q).then((l) => cb(l.map((value) => ({ value })))); };
      return {
        s, apCodes, rgCodes, apCas, rgCas, ipErr, lazyRegions, providers,
        methods: MPS_ACCESS_METHODS, categories: MPS_CATEGORIES, kinds: INTERACTIVE_KINDS, languages: MPS_LANGUAGES,
        rules: {
          icpNumber: [rule((v) => /^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v), '备案号格式如 浙ICP备12345678号-1')],
          mainDomain: [rule((v) => DOMAIN_RE.test(v), '请填写一级域名，不含 www. 和 http://')],
          apCode: [rule((v) => /^[0-9A-Z]{8}-?[0-9X]$/.test(v), '组织机构代码为 9 位（可含连字符）')],
          apPhone: [rule((v) => PHONE_RE.test(v), '电话号码格式不正确')],
          rgPhone: [rule((v) => PHONE_RE.test(v), '电话号码格式不正确')],
        },
        onAp: () => { s.apRegion = labelsOf(apCas.value); },
        onRg: () => { s.rgRegion = labelsOf(rgCas.value); },
        addIp: () => { (s.ipRows as unknown[]).push({ type: 'IPv4', value: '' }); },
        removeIp: (i: number) => { (s.ipRows as unknown[]).splice(i, 1); },
        retype: (i: number) => { (s.ipRows as { value: string }[])[i]!.value = ''; },
        checkIps: () => {
          const bad = (s.ipRows as { type: string; value: string }[]).find((r) => r.value && !/^\.+$/.test(r.value) && !(r.type === 'IPv4' ? IPV4_RE.test(r.value) : validIpv6(r.value)));
          ipErr.value = bad ? `${bad.value}：${bad.type} 地址格式不正确` : '';
        },
        onInteractive: (v: string) => { s.interactive = v; if (v !== '是') s.interactiveKinds = []; },
        onPre: (v: string) => { s.preLicence = v; if (v !== '是') s.preItems = []; },
      };
    },
    template: `
<div class="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 / 新办网站申请</span><span style="margin-left:auto">杭州云栖示例科技有限公司</span></div>
<div class="mps-body">
  <div class="mps-sec" style="padding-top: 18px">
    <tiny-steps :data="[{ name: '开办主体' }, { name: '网站基本信息' }, { name: '网站负责人' }, { name: '提示说明' }]" :active="1" advanced></tiny-steps>
  </div>
  <tiny-form :model="s" :rules="rules" label-position="right" label-width="300px" validate-type="text" class="ot-form">
    <section class="panel"><header>网站信息</header><div class="panel-body">
      <tiny-form-item label="网站名称" prop="siteName" required><tiny-input v-model="s.siteName" placeholder="须与工信部 ICP 备案的网站名称一致" class="w360"></tiny-input></tiny-form-item>
      <tiny-form-item label="ICP备案号" prop="icpNumber" required><tiny-input v-model="s.icpNumber" placeholder="如 浙ICP备12345678号-1" class="w360"></tiny-input></tiny-form-item>
      <tiny-form-item label="网站开通日期" required>
        <tiny-date-picker v-model="s.openedAt" value-format="yyyy-MM-dd" format="yyyy-MM-dd" placeholder="请选择日期" class="opened-at" style="width: 220px"></tiny-date-picker>
        <div class="help">网站应在开通之日起 30 日内办理联网备案</div>
      </tiny-form-item>
      <tiny-form-item label="主域名" prop="mainDomain" required><tiny-input v-model="s.mainDomain" placeholder="如 example.com" class="w360"></tiny-input></tiny-form-item>
      <tiny-form-item label="从域名">
        <tiny-tag-input v-model="s.otherDomains" placeholder="输入后按回车添加" class="other-domains w360" clearable></tiny-tag-input>
        <div class="help">同一网站使用的其他域名，没有可不填</div>
      </tiny-form-item>
      <tiny-form-item label="网站IP" required>
        <div class="ip-rows">
          <div class="ip-row" v-for="(r, i) in s.ipRows" :key="i">
            <tiny-select v-model="r.type" class="ip-type" style="width: 100px" @change="retype(i)">
              <tiny-option label="IPv4" value="IPv4"></tiny-option><tiny-option label="IPv6" value="IPv6"></tiny-option>
            </tiny-select>
            <tiny-ip-address v-model="r.value" :type="r.type" class="ip-value" @blur="checkIps"></tiny-ip-address>
            <tiny-button v-if="s.ipRows.length > 1" type="text" @click="removeIp(i)">删除</tiny-button>
          </div>
          <tiny-button size="mini" @click="addIp">+ 添加IP</tiny-button>
          <div class="err" v-if="ipErr">{{ ipErr }}</div>
          <div class="help">域名实际解析的 IP（使用 CDN 的填写 CDN 节点 IP）</div>
        </div>
      </tiny-form-item>
      <tiny-form-item label="域名证书有效期">
        <tiny-date-picker v-model="s.certValidity" type="daterange" value-format="yyyy-MM-dd" format="yyyy-MM-dd" start-placeholder="开始日期" end-placeholder="结束日期" class="cert-validity" style="width: 360px"></tiny-date-picker>
      </tiny-form-item>
      <tiny-form-item label="域名证书（选填）">
        <tiny-file-upload v-model:file-list="s.certFile" :auto-upload="false" :limit="1" accept=".jpg,.jpeg,.png" action="#" class="cert-file">
          <template #trigger><tiny-button>选择文件</tiny-button></template>
          <template #tip><div class="help">jpg/png，不超过 400KB</div></template>
        </tiny-file-upload>
      </tiny-form-item>
    </div></section>

    <section class="panel"><header>网络接入服务商</header><div class="panel-body">
      <tiny-form-item label="所属地区管辖" required>
        <tiny-radio-group v-model="s.apJurisdiction" class="ap-jurisdiction"><tiny-radio-button label="境内">境内</tiny-radio-button><tiny-radio-button label="境外">境外</tiny-radio-button></tiny-radio-group>
      </tiny-form-item>
      <tiny-form-item label="所属区域" required>
        <tiny-cascader ref="apCas" v-model="apCodes" :props="lazyRegions" placeholder="省 / 市 / 区县" class="ap-region" style="width: 360px" @change="onAp"></tiny-cascader>
      </tiny-form-item>
      <tiny-form-item label="名称" required>
        <tiny-autocomplete v-model="s.apName" :fetch-suggestions="providers" placeholder="输入关键字查询网络接入服务商" class="ap-name w360" :trigger-on-focus="false"></tiny-autocomplete>
      </tiny-form-item>
      <tiny-form-item label="网站接入方式" required>
        <tiny-select v-model="s.apMethod" placeholder="请选择" class="ap-method w360"><tiny-option v-for="m in methods" :key="m" :label="m" :value="m"></tiny-option></tiny-select>
      </tiny-form-item>
      <tiny-form-item label="组织机构代码" prop="apCode" required><tiny-input v-model="s.apCode" placeholder="接入服务商统一社会信用代码第 9–17 位" class="w360"></tiny-input></tiny-form-item>
      <tiny-form-item label="联系电话" prop="apPhone" required><tiny-input v-model="s.apPhone" placeholder="接入服务商联系电话" class="w360 ap-phone"></tiny-input></tiny-form-item>
    </div></section>

    <section class="panel"><header>域名注册服务商</header><div class="panel-body">
      <tiny-form-item label="所属地区管辖" required>
        <tiny-radio-group v-model="s.rgJurisdiction" class="rg-jurisdiction"><tiny-radio-button label="境内">境内</tiny-radio-button><tiny-radio-button label="境外">境外</tiny-radio-button></tiny-radio-group>
      </tiny-form-item>
      <tiny-form-item label="所属区域" required>
        <tiny-cascader ref="rgCas" v-model="rgCodes" :props="lazyRegions" placeholder="省 / 市 / 区县" class="rg-region" style="width: 360px" @change="onRg"></tiny-cascader>
      </tiny-form-item>
      <tiny-form-item label="名称" required>
        <tiny-autocomplete v-model="s.rgName" :fetch-suggestions="providers" placeholder="输入关键字查询域名注册服务商" class="rg-name w360" :trigger-on-focus="false"></tiny-autocomplete>
      </tiny-form-item>
      <tiny-form-item label="联系电话" prop="rgPhone" required><tiny-input v-model="s.rgPhone" placeholder="域名注册服务商联系电话" class="w360 rg-phone"></tiny-input></tiny-form-item>
    </div></section>

    <section class="panel"><header>服务信息</header><div class="panel-body">
      <tiny-form-item label="是否提供互联网交互服务" required>
        <tiny-radio-group :model-value="s.interactive" @update:model-value="onInteractive" class="interactive"><tiny-radio label="是">是</tiny-radio><tiny-radio label="否">否</tiny-radio></tiny-radio-group>
        <div class="help">用户可在网站上发布文字、图片、音视频等信息的（论坛、评论、即时通讯、网盘、应用商店等）选“是”</div>
      </tiny-form-item>
      <tiny-form-item v-if="s.interactive === '是'" label="交互服务类型" required>
        <tiny-select v-model="s.interactiveKinds" multiple filterable allow-create default-first-option placeholder="请选择，列表中没有的可直接输入" class="interactive-kinds w360">
          <tiny-option v-for="k in kinds" :key="k" :label="k" :value="k"></tiny-option>
        </tiny-select>
      </tiny-form-item>
      <tiny-form-item label="网站类别" required>
        <tiny-select v-model="s.category" placeholder="请选择" class="category w360"><tiny-option v-for="c in categories" :key="c[0]" :label="c[1]" :value="c[0]"></tiny-option></tiny-select>
      </tiny-form-item>
      <tiny-form-item label="是否提供互联网危险物品信息发布服务" required>
        <tiny-radio-group v-model="s.dangerous" class="dangerous"><tiny-radio label="是">是</tiny-radio><tiny-radio label="否">否</tiny-radio></tiny-radio-group>
      </tiny-form-item>
      <tiny-form-item label="是否涉及前置许可" required>
        <tiny-radio-group :model-value="s.preLicence" @update:model-value="onPre" class="pre-licence"><tiny-radio label="是">是</tiny-radio><tiny-radio label="否">否</tiny-radio></tiny-radio-group>
      </tiny-form-item>
      <tiny-form-item v-if="s.preLicence === '是'" label="前置许可类型" required>
        <tiny-checkbox-group v-model="s.preItems"><tiny-checkbox v-for="x in ['新闻', '出版', '教育', '医疗保健', '药品和医疗器械', '文化', '其他']" :key="x" :label="x">{{ x }}</tiny-checkbox></tiny-checkbox-group>
      </tiny-form-item>
      <tiny-form-item label="网站语种" required>
        <tiny-checkbox-group v-model="s.languages" class="languages"><tiny-checkbox v-for="l in languages" :key="l" :label="l">{{ l }}</tiny-checkbox></tiny-checkbox-group>
      </tiny-form-item>
    </div></section>
  </tiny-form>
  <div class="mps-actions">
    <tiny-button @click="s.prevClicks++">上一步</tiny-button>
    <tiny-button @click="s.draftClicks++">保存草稿</tiny-button>
    <tiny-button type="primary" @click="s.nextClicks++">下一步</tiny-button>
  </div>
</div>`,
  };
}

/* ------------------------------------------------------------------ 2. huawei 基础信息校验 (单位) */

/** One line per nature for the radio cards. */
const NATURE_NOTES: Record<string, string> = {
  国防机构: '军队及国防单位', 政府机关: '各级党政机关', 事业单位: '持事业单位法人证书', 企业: '公司、个体工商户等', 个人: '以个人身份开办网站', 社会团体: '持社会团体法人登记证书',
  民办非企业单位: '民办学校、医院等', 基金会: '持基金会法人登记证书', 律师执业机构: '律师事务所', 外国在华文化中心: '经批准设立的文化中心', 群众性团体组织: '如工会、妇联等',
  司法鉴定机构: '持司法鉴定许可证', 宗教团体: '宗教活动场所等', 境外机构: '境外机构常驻代表', 医疗机构: '持医疗机构执业许可证', 公证机构: '公证处', 集体经济: '农村集体经济组织',
  仲裁机构: '仲裁委员会',
};
const ECS = ['ecs-web-prod-01（华东-上海一）', 'ecs-test-02（华北-北京四）'];

function huaweiBasic() {
  const s = tracked('huawei', 'basic', '单位', {
    region: [], nature: '', unitName: '', certType: '', certNumber: '', resourceType: '华为云ECS', ecs: '', authCode: '', agreed: false, cancelClicks: 0, verifyClicks: 0,
  });
  return {
    setup() {
      const codes = ref<string[]>([]);
      const cas = ref();
      const certs = () => (s.nature ? ICP_CERTS_BY_NATURE[String(s.nature)] ?? ['统一社会信用代码证书', '组织机构代码证'] : []);
      return {
        s, codes, cas, lazyRegions, certs, natures: NATURES, notes: NATURE_NOTES, ecsList: ECS,
        rules: {
          certNumber: [{
            trigger: 'blur',
            validator: (_r: unknown, v: string, cb: (e?: Error) => void) => {
              if (!v) return cb();
              if (s.certType === '居民身份证' && !validId(v)) return cb(new Error('身份证号码不正确'));
              if (/营业执照|统一社会信用代码/.test(String(s.certType)) && !validUscc(v)) return cb(new Error('统一社会信用代码不正确'));
              cb();
            },
          }],
        },
        onRegion: () => { s.region = labelsOf(cas.value); },
        pickNature: (n: string) => { if (s.nature !== n) { s.nature = n; s.certType = ''; } },
        onResource: (v: string) => { s.resourceType = v; s.ecs = ''; s.authCode = ''; },
        verify: () => { s.verifyClicks = Number(s.verifyClicks) + 1; },
      };
    },
    template: `
<div class="hw-top"><b>华为云</b><span>控制台</span><span>备案中心</span></div>
<div class="hw-wrap">
  <h2 class="page-title">填写订单</h2>
  <div class="hw-card" style="padding-bottom: 18px"><tiny-steps :data="[{ name: '基础信息校验' }, { name: '填写主体信息' }, { name: '填写互联网信息服务' }, { name: '上传资料及真实性核验' }]" :active="0" line></tiny-steps></div>
  <tiny-alert type="info" :closable="false" description="请先完成基础信息校验：系统将根据地域、主办单位和证件信息判断备案类型（首次备案、新增网站、接入备案等）。" style="margin-bottom: 16px"></tiny-alert>
  <tiny-form :model="s" :rules="rules" label-position="top" validate-type="text" class="ot-form">
    <div class="hw-card"><h3>主办单位</h3>
      <tiny-form-item label="地域" required>
        <tiny-cascader ref="cas" v-model="codes" :props="lazyRegions" filterable clearable placeholder="请选择主办单位证件住所所在的省 / 市 / 区县" class="region" style="width: 420px" @change="onRegion"></tiny-cascader>
      </tiny-form-item>
      <tiny-form-item label="主办单位性质" required>
        <div class="nature-cards">
          <div v-for="n in natures" :key="n" class="nature-card" :class="{ on: s.nature === n }" @click.self="pickNature(n)">
            <tiny-radio :model-value="s.nature" :label="n" @update:model-value="pickNature">{{ n }}</tiny-radio>
            <div class="help" @click="pickNature(n)">{{ notes[n] }}</div>
          </div>
        </div>
      </tiny-form-item>
      <tiny-form-item label="主办单位名称" required><tiny-input v-model="s.unitName" placeholder="与证件上的名称一致；个人填写姓名" style="width: 420px"></tiny-input></tiny-form-item>
      <tiny-form-item label="主办单位证件类型" required>
        <tiny-select v-model="s.certType" :disabled="!s.nature" :placeholder="s.nature ? '请选择' : '请先选择主办单位性质'" class="cert-type" style="width: 420px">
          <tiny-option v-for="c in certs()" :key="c" :label="c" :value="c"></tiny-option>
        </tiny-select>
      </tiny-form-item>
      <tiny-form-item label="主办单位证件号码" prop="certNumber" required><tiny-input v-model="s.certNumber" maxlength="18" placeholder="请输入" style="width: 420px" class="cert-number"></tiny-input></tiny-form-item>
    </div>
    <div class="hw-card"><h3>备案资源</h3>
      <tiny-form-item label="资源类型" required>
        <tiny-radio-group :model-value="s.resourceType" @update:model-value="onResource" class="resource-type">
          <tiny-radio label="华为云ECS">华为云ECS（包年/包月，剩余时长不少于 3 个月）</tiny-radio>
          <tiny-radio label="备案授权码">备案授权码</tiny-radio>
        </tiny-radio-group>
      </tiny-form-item>
      <tiny-form-item v-if="s.resourceType === '华为云ECS'" label="云服务器" required>
        <tiny-select v-model="s.ecs" placeholder="请选择用于备案的云服务器" class="ecs" style="width: 420px"><tiny-option v-for="e in ecsList" :key="e" :label="e" :value="e"></tiny-option></tiny-select>
      </tiny-form-item>
      <tiny-form-item v-else label="备案授权码" required><tiny-input v-model="s.authCode" placeholder="请输入备案授权码" style="width: 420px"></tiny-input></tiny-form-item>
    </div>
  </tiny-form>
  <tiny-checkbox v-model="s.agreed" class="agree">我已阅读并同意《华为云网站备案服务协议》</tiny-checkbox>
  <div class="hw-actions">
    <tiny-button @click="s.cancelClicks++">取消</tiny-button>
    <tiny-button type="primary" @click="verify">验证</tiny-button>
  </div>
</div>`,
  };
}

const APPS: Record<string, () => object> = {
  'heldout10-mps-site-unit-opentiny-iprows': mpsSite,
  'heldout10-huawei-basic-unit-opentiny-cards': huaweiBasic,
};
const make = APPS[build()];
if (make) mount(make);
