/**
 * Held-out replicas built with Vue 3 + Element Plus 2.14 (runtime template compiler): 阿里云 填写主办者信息
 * （单位, el-descriptions table), 公安 开办主体（个人, form grid）, 公安 网站基本信息, and the MIIT 短信核验 page.
 * Written from FORMS.md §1.3, §2.2, §2.3, §2.5, §0.
 */
import { createApp, reactive, watch, defineComponent, ref } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import { loadRegion, PROVINCES } from './regions';
import { build, certTypesFor, expose, ICP_PERSON_CERTS, MPS_LANGUAGES, MPS_PERSON_CERTS, NATURES } from './common';

/** Expose a reactive state as window.__replica; deep changes bump the counter. */
function track<T extends object>(platform: string, step: string, variant: string | undefined, state: T, view: (s: T) => Record<string, unknown> = (s) => ({ ...(s as Record<string, unknown>) })) {
  const bump = expose(platform, step, variant, () => JSON.parse(JSON.stringify(view(state))));
  watch(state, bump, { deep: true, flush: 'sync' });
}

/** el-cascader props for the lazy region API (labels as values, so v-model holds the label path). */
const regionProps = {
  lazy: true,
  lazyLoad(node: { level: number; pathValues: string[] }, resolve: (nodes: unknown[]) => void) {
    loadRegion(node.level === 0 ? [] : node.pathValues, node.level === 0 ? 0 : 100)
      .then((list) => resolve(list.map((l) => ({ value: l, label: l, leaf: node.level >= 2 }))));
  },
};

const AliyunSubjectUnit = defineComponent({
  setup() {
    const s = reactive({
      unitName: '', nature: '', certType: '', certNumber: '', certAddress: '', region: [] as string[], mailingAddress: '', investor: '',
      prName: '', prCertType: '', prCertNumber: '', prValidKind: '', prValidFrom: '', prValidTo: '',
      prMobile: '', prEmergency: '', prOffice: '', prEmail: '', prevClicks: 0, nextClicks: 0,
    });
    track('aliyun', 'subject', '单位', s);
    watch(() => s.nature, () => { s.certType = ''; });
    watch(() => s.prValidKind, (k) => { if (k === '长期有效') s.prValidTo = ''; });
    return { s, NATURES, certTypesFor, ICP_PERSON_CERTS, regionProps };
  },
  template: `
  <div class="hx-topbar"><span class="hx-logo">阿里云</span><span>ICP代备案管理系统</span><span class="hx-user">备案订单 · 首次备案</span></div>
  <div class="hx-body">
    <h1 class="hx-title">填写主办者信息</h1>
    <div class="hx-card"><el-steps :active="1" finish-status="success" align-center>
      <el-step title="填写基本信息" /><el-step title="填写主办者信息" /><el-step title="填写网站信息" /><el-step title="上传资料" /><el-step title="提交初审" />
    </el-steps></div>
    <div class="hx-card">
      <el-descriptions title="主办单位信息" :column="1" border label-width="180px" class="hx-desc">
        <el-descriptions-item><template #label><span class="req">*</span>主办单位名称</template>
          <el-input v-model="s.unitName" placeholder="请输入主办单位名称，需与证件一致" /></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>主办者性质</template>
          <el-select v-model="s.nature" placeholder="请选择" style="width: 320px"><el-option v-for="n in NATURES" :key="n" :label="n" :value="n" /></el-select></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>证件类型</template>
          <el-select v-model="s.certType" placeholder="请选择" style="width: 320px" :disabled="!s.nature"><el-option v-for="n in (s.nature ? certTypesFor(s.nature) : [])" :key="n" :label="n" :value="n" /></el-select></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>证件号码</template>
          <el-input v-model="s.certNumber" placeholder="请输入证件号码" /></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>证件住址</template>
          <el-input v-model="s.certAddress" placeholder="请填写证件上的住所地址" /></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>所属区域</template>
          <el-cascader v-model="s.region" :props="regionProps" placeholder="请选择省/市/区" style="width: 320px" /></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>通信地址</template>
          <el-input v-model="s.mailingAddress" type="textarea" :rows="2" placeholder="请填写详细通信地址，需具体到门牌号" /></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>投资者或上级主管单位</template>
          <el-input v-model="s.investor" placeholder="请输入投资者或上级主管单位名称" /></el-descriptions-item>
      </el-descriptions>
      <el-descriptions title="主体负责人信息" :column="1" border label-width="180px" class="hx-desc" style="margin-top: 24px">
        <el-descriptions-item><template #label><span class="req">*</span>姓名</template>
          <el-input v-model="s.prName" placeholder="单位请填写法定代表人姓名" /></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>证件类型</template>
          <el-select v-model="s.prCertType" placeholder="请选择" style="width: 320px"><el-option v-for="n in ICP_PERSON_CERTS" :key="n" :label="n" :value="n" /></el-select></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>证件号码</template>
          <el-input v-model="s.prCertNumber" placeholder="请输入证件号码" /></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>证件有效期</template>
          <div class="hx-validity">
            <el-radio-group v-model="s.prValidKind"><el-radio value="长期有效">长期有效</el-radio><el-radio value="有期限">有期限</el-radio></el-radio-group>
            <el-date-picker v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" placeholder="起始日期" style="width: 160px" />
            <template v-if="s.prValidKind === '有期限'"><span>至</span>
            <el-date-picker v-model="s.prValidTo" type="date" value-format="YYYY-MM-DD" placeholder="截止日期" style="width: 160px" /></template>
          </div></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>手机号码</template>
          <el-input v-model="s.prMobile" placeholder="请输入手机号码" /></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>应急电话号码</template>
          <el-input v-model="s.prEmergency" placeholder="不能与手机号码相同" /></el-descriptions-item>
        <el-descriptions-item><template #label>办公室电话</template>
          <el-input v-model="s.prOffice" placeholder="区号-电话号码，如 0571-88888888" /></el-descriptions-item>
        <el-descriptions-item><template #label><span class="req">*</span>电子邮件</template>
          <el-input v-model="s.prEmail" placeholder="请输入常用电子邮件" /></el-descriptions-item>
      </el-descriptions>
      <div class="hx-actions"><el-button @click="s.prevClicks++">上一步</el-button><el-button type="primary" @click="s.nextClicks++">下一步</el-button></div>
    </div>
  </div>`,
});

const MPS_HEADER = `
  <div class="mx-header"><span class="mx-logo"><span class="mx-badge">警</span>全国互联网安全管理服务平台</span>
    <nav class="mx-nav"><span>首页</span><span class="active">网站备案</span><span>App备案</span><span>服务指南</span></nav>
    <span class="mx-user">{{ user }} | 退出</span></div>`;
const MPS_STEPS = (active: number) => `<div class="hx-card"><el-steps :active="${active}" align-center>
  <el-step title="开办主体" /><el-step title="网站基本信息" /><el-step title="网站负责人" /><el-step title="提示说明" /></el-steps></div>`;

/** Three dependent selects (省/市/区) over the lazy region API. */
const RegionSelects = defineComponent({
  props: { modelValue: { type: Array as () => string[], required: true } },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const cities = ref<string[]>([]);
    const districts = ref<string[]>([]);
    const v = (i: number) => props.modelValue[i] ?? '';
    const pick = async (level: number, value: string) => {
      const next = [...props.modelValue.slice(0, level), value];
      emit('update:modelValue', next);
      if (level === 0) { cities.value = []; districts.value = []; cities.value = await loadRegion([value]); }
      if (level === 1) { districts.value = []; districts.value = await loadRegion([next[0]!, value]); }
    };
    return { PROVINCES, cities, districts, v, pick };
  },
  template: `<div class="mx-three">
    <el-select :model-value="v(0)" placeholder="省" @update:model-value="pick(0, $event)" style="width: 150px"><el-option v-for="p in PROVINCES" :key="p" :label="p" :value="p" /></el-select>
    <el-select :model-value="v(1)" placeholder="市" @update:model-value="pick(1, $event)" style="width: 150px" :disabled="!v(0)"><el-option v-for="p in cities" :key="p" :label="p" :value="p" /></el-select>
    <el-select :model-value="v(2)" placeholder="区/县" @update:model-value="pick(2, $event)" style="width: 150px" :disabled="!v(1)"><el-option v-for="p in districts" :key="p" :label="p" :value="p" /></el-select>
  </div>`,
});

/** el-upload without auto upload; v-model holds the file names. */
const PhotoSlot = defineComponent({
  props: { modelValue: { type: Array as () => string[], required: true }, caption: String },
  emits: ['update:modelValue'],
  setup(_, { emit }) {
    const files = ref<unknown[]>([]);
    const sync = (_f: unknown, list: { name: string }[]) => emit('update:modelValue', list.map((x) => x.name));
    return { files, sync };
  },
  template: `<div class="mx-slot"><el-upload v-model:file-list="files" list-type="picture-card" :auto-upload="false" :limit="1" accept="image/*"
      :on-change="sync" :on-remove="sync"><span class="mx-plus">+</span></el-upload><div class="mx-slot-caption">{{ caption }}</div></div>`,
});

const MpsSubjectPerson = defineComponent({
  components: { RegionSelects, PhotoSlot },
  setup() {
    const s = reactive({
      subjectKind: '', name: '', certType: '', certNumber: '', validFrom: '', validTo: '', longTerm: false,
      homeRegion: [] as string[], homeDetail: '', mobile: '', officePhone: '', email: '', usesGenAI: '',
      idFront: [] as string[], idBack: [] as string[], idHandheld: [] as string[], saveClicks: 0, nextClicks: 0,
    });
    track('mps', 'subject', '个人', s);
    watch(() => s.longTerm, (on) => { if (on) s.validTo = ''; });
    return { s, MPS_PERSON_CERTS, user: '张伟（个人用户）' };
  },
  template: `${MPS_HEADER}
  <div class="mx-body"><div class="mx-crumb">网站备案 / 新办网站申请</div>${MPS_STEPS(0)}
    <div class="hx-card">
      <h3 class="mx-section">开办主体信息</h3>
      <el-form label-position="top" class="mx-form">
        <el-row :gutter="24">
          <el-col :span="12"><el-form-item label="开办主体性质" required><el-select v-model="s.subjectKind" placeholder="请选择"><el-option label="个人" value="个人" /><el-option label="单位" value="单位" /></el-select></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="姓名" required><el-input v-model="s.name" placeholder="请输入姓名" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="证件类型" required><el-select v-model="s.certType" placeholder="请选择"><el-option v-for="c in MPS_PERSON_CERTS" :key="c" :label="c" :value="c" /></el-select></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="证件号码" required><el-input v-model="s.certNumber" placeholder="请输入证件号码" /></el-form-item></el-col>
          <el-col :span="24"><el-form-item label="证件有效期" required>
            <div class="mx-validity"><el-input v-model="s.validFrom" placeholder="起始日期，格式 YYYY-MM-DD" style="width: 220px" /><span>至</span>
            <el-input v-model="s.validTo" placeholder="截止日期，格式 YYYY-MM-DD" style="width: 220px" :disabled="s.longTerm" />
            <el-checkbox v-model="s.longTerm">长期</el-checkbox></div></el-form-item></el-col>
          <el-col :span="24"><el-form-item label="常住地址" required>
            <div style="width: 100%"><RegionSelects v-model="s.homeRegion" /><el-input v-model="s.homeDetail" class="mx-detail" placeholder="详细地址（街道、门牌号）" /></div></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="手机号码" required><el-input v-model="s.mobile" placeholder="请输入手机号码" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="办公室电话"><el-input v-model="s.officePhone" placeholder="区号-号码" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="电子邮箱" required><el-input v-model="s.email" placeholder="请输入电子邮箱" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="是否利用生成式人工智能" required><el-radio-group v-model="s.usesGenAI"><el-radio value="是">是</el-radio><el-radio value="否">否</el-radio></el-radio-group></el-form-item></el-col>
          <el-col :span="24"><el-form-item label="证件照片" required><div class="mx-slots">
            <PhotoSlot v-model="s.idFront" caption="身份证正面" /><PhotoSlot v-model="s.idBack" caption="身份证反面" /><PhotoSlot v-model="s.idHandheld" caption="手持身份证照片" />
          </div></el-form-item></el-col>
        </el-row>
      </el-form>
      <div class="hx-actions" style="justify-content: center"><el-button @click="s.saveClicks++">保存草稿</el-button><el-button type="primary" @click="s.nextClicks++">下一步</el-button></div>
    </div></div>`,
});

const PROVIDERS = ['阿里云计算有限公司', '腾讯云计算（北京）有限责任公司', '华为云计算技术有限公司', '北京百度网讯科技有限公司', '深圳平安通信科技有限公司', '上海有孚计算机网络有限公司'];
const REGISTRARS = ['阿里云计算有限公司（原万网）', '北京新网数码信息技术有限公司', '腾讯云计算（北京）有限责任公司', '厦门易名科技股份有限公司', '西部数码股份有限公司'];
const SITE_TYPES = ['A 网络基础类', 'B 网络销售类', 'C 生活服务类', 'D 社交文娱类', 'E 信息咨询类', 'F 金融服务类', 'G 计算机应用类', 'Z 其他'];
const INTERACTIVE_KINDS = ['论坛/社区', '网络评论', '即时通讯', '网络直播', '博客/微博', '云存储', '应用商店', '其他'];

const MpsSite = defineComponent({
  components: { PhotoSlot },
  setup() {
    const s = reactive({
      siteName: '', openedAt: '', mainDomain: '', subDomains: '', ips: [''] as string[], domainCert: [] as string[], domainCertValidity: null as null | [string, string],
      apJurisdiction: '', apRegion: [] as string[], apName: '', apMethod: '', apPhone: '', apCode: '',
      rgJurisdiction: '', rgRegion: [] as string[], rgName: '', rgPhone: '',
      interactive: '', interactiveKinds: [] as string[], languages: [] as string[], preLicence: '', dangerous: '', siteType: '',
      prevClicks: 0, nextClicks: 0,
    });
    track('mps', 'site', '单位', s, (x) => ({ ...x, ips: x.ips.filter((i) => i !== ''), domainCertValidity: x.domainCertValidity ?? ['', ''] }));
    watch(() => s.interactive, (v) => { if (v !== '是') s.interactiveKinds = []; });
    return { s, regionProps, PROVIDERS, REGISTRARS, SITE_TYPES, INTERACTIVE_KINDS, MPS_LANGUAGES, user: '杭州云栖示例科技有限公司（法人用户）' };
  },
  template: `${MPS_HEADER}
  <div class="mx-body"><div class="mx-crumb">网站备案 / 新办网站申请</div>${MPS_STEPS(1)}
    <div class="hx-card">
      <el-form label-width="270px" class="mx-form">
        <h3 class="mx-section">网站基本信息</h3>
        <el-form-item label="网站名称" required><el-input v-model="s.siteName" placeholder="须与工信部备案的网站名称一致" /></el-form-item>
        <el-form-item label="网站开通日期" required><el-date-picker v-model="s.openedAt" type="date" value-format="YYYY-MM-DD" placeholder="选择日期" /></el-form-item>
        <el-form-item label="主域名" required><el-input v-model="s.mainDomain" placeholder="请输入一级域名，如 example.com" /></el-form-item>
        <el-form-item label="从域名"><el-input v-model="s.subDomains" placeholder="同一网站的其他域名，多个请用英文分号;分隔" /></el-form-item>
        <el-form-item label="IP地址" required><div class="mx-list">
          <div v-for="(ip, i) in s.ips" :key="i" class="mx-list-row"><el-input v-model="s.ips[i]" placeholder="网站服务器IP地址" style="width: 320px" />
            <el-button v-if="s.ips.length > 1" link type="danger" @click="s.ips.splice(i, 1)">删除</el-button></div>
          <el-button @click="s.ips.push('')">+ 添加IP</el-button></div></el-form-item>
        <el-form-item label="域名证书"><PhotoSlot v-model="s.domainCert" caption="图片不超过400KB" /></el-form-item>
        <el-form-item label="域名证书有效期" required><el-date-picker v-model="s.domainCertValidity" type="daterange" value-format="YYYY-MM-DD" style="max-width: 360px" range-separator="至" start-placeholder="开始日期" end-placeholder="结束日期" /></el-form-item>

        <h3 class="mx-section">网络接入服务商 <el-button size="small" style="margin-left: 12px">查询网络接入服务商</el-button></h3>
        <el-form-item label="所属地区管辖" required><el-radio-group v-model="s.apJurisdiction"><el-radio value="境内">境内</el-radio><el-radio value="境外">境外</el-radio></el-radio-group></el-form-item>
        <el-form-item label="所属区域" required><el-cascader v-model="s.apRegion" :props="regionProps" placeholder="请选择省/市/区县" style="width: 320px" /></el-form-item>
        <el-form-item label="名称" required><el-select v-model="s.apName" filterable placeholder="请选择网络接入服务商" style="width: 320px"><el-option v-for="p in PROVIDERS" :key="p" :label="p" :value="p" /></el-select></el-form-item>
        <el-form-item label="网站接入方式" required><el-select v-model="s.apMethod" placeholder="请选择" style="width: 320px"><el-option v-for="p in ['租赁虚拟空间', '租赁主机', '主机托管', '自建机房', '其他']" :key="p" :label="p" :value="p" /></el-select></el-form-item>
        <el-form-item label="电话" required><el-input v-model="s.apPhone" placeholder="接入服务商联系电话" style="width: 320px" /></el-form-item>
        <el-form-item label="组织机构代码/接入商编码" required><el-input v-model="s.apCode" placeholder="请输入" style="width: 320px" /></el-form-item>

        <h3 class="mx-section">域名注册服务商 <el-button size="small" style="margin-left: 12px">查询域名注册服务商</el-button></h3>
        <el-form-item label="所属地区管辖" required><el-radio-group v-model="s.rgJurisdiction"><el-radio value="境内">境内</el-radio><el-radio value="境外">境外</el-radio></el-radio-group></el-form-item>
        <el-form-item label="所属区域" required><el-cascader v-model="s.rgRegion" :props="regionProps" placeholder="请选择省/市/区县" style="width: 320px" /></el-form-item>
        <el-form-item label="名称" required><el-select v-model="s.rgName" filterable placeholder="请选择域名注册服务商" style="width: 320px"><el-option v-for="p in REGISTRARS" :key="p" :label="p" :value="p" /></el-select></el-form-item>
        <el-form-item label="电话" required><el-input v-model="s.rgPhone" placeholder="注册服务商联系电话" style="width: 320px" /></el-form-item>

        <h3 class="mx-section">服务信息</h3>
        <el-form-item label="是否提供互联网交互服务" required><el-radio-group v-model="s.interactive"><el-radio value="是">是</el-radio><el-radio value="否">否</el-radio></el-radio-group></el-form-item>
        <el-form-item v-if="s.interactive === '是'" label="交互服务类型" required><el-checkbox-group v-model="s.interactiveKinds"><el-checkbox v-for="k in INTERACTIVE_KINDS" :key="k" :value="k">{{ k }}</el-checkbox></el-checkbox-group></el-form-item>
        <el-form-item label="网站类型" required><el-select v-model="s.siteType" placeholder="请选择" style="width: 320px"><el-option v-for="t in SITE_TYPES" :key="t" :label="t" :value="t" /></el-select></el-form-item>
        <el-form-item label="网站语种" required><el-checkbox-group v-model="s.languages"><el-checkbox v-for="k in MPS_LANGUAGES" :key="k" :value="k">{{ k }}</el-checkbox></el-checkbox-group></el-form-item>
        <el-form-item label="相关前置许可" required><el-radio-group v-model="s.preLicence"><el-radio value="涉及">涉及</el-radio><el-radio value="不涉及">不涉及</el-radio></el-radio-group></el-form-item>
        <el-form-item label="是否提供涉及管制物品信息发布服务" required><el-radio-group v-model="s.dangerous"><el-radio value="是">是</el-radio><el-radio value="否">否</el-radio></el-radio-group></el-form-item>
      </el-form>
      <div class="hx-actions" style="justify-content: center"><el-button @click="s.prevClicks++">上一步</el-button><el-button type="primary" @click="s.nextClicks++">下一步</el-button></div>
    </div></div>`,
});

const MiitSms = defineComponent({
  setup() {
    const s = reactive({ mobile: '', idLast6: '', code: '', getCodeClicks: 0, submitClicks: 0 });
    track('miit', 'sms', '个人', s);
    return { s };
  },
  template: `
  <div class="mi-header"><span class="mi-logo">ICP/IP地址/域名信息备案管理系统</span>
    <nav class="mi-nav"><span>首页</span><span>公共查询</span><span class="active">短信核验</span><span>电子地图</span></nav></div>
  <div class="mi-main">
    <div class="mi-title">短信核验</div>
    <el-alert type="info" :closable="false" show-icon title="请在收到核验短信后 24 小时内完成核验。请输入接收短信的手机号码、证件号码后六位及短信中的验证码。" />
    <el-form label-width="140px" class="mi-form">
      <el-form-item label="手机号码" required><el-input v-model="s.mobile" placeholder="请输入手机号码" maxlength="11" /></el-form-item>
      <el-form-item label="证件号码后六位" required><el-input v-model="s.idLast6" placeholder="请输入证件号码后六位" maxlength="6" /></el-form-item>
      <el-form-item label="验证码" required><div style="display: flex; gap: 8px; width: 100%"><el-input v-model="s.code" placeholder="请输入短信验证码" maxlength="6" />
        <el-button @click="s.getCodeClicks++">获取验证码</el-button></div></el-form-item>
      <el-form-item><el-button type="primary" @click="s.submitClicks++">提交</el-button></el-form-item>
    </el-form>
  </div>`,
});

const CSS = `
body { margin: 0; background: #f5f5f6; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.hx-topbar { height: 50px; background: #fff; border-bottom: 1px solid #e5e5e5; display: flex; align-items: center; gap: 16px; padding: 0 20px; font-size: 14px; }
.hx-logo { color: #ff6a00; font-weight: 600; font-size: 18px; }
.hx-user { margin-left: auto; color: #666; }
.hx-body { max-width: 1080px; margin: 0 auto; padding: 16px 24px 60px; }
.hx-title { font-size: 20px; font-weight: 500; margin: 8px 0 16px; }
.hx-card { background: #fff; padding: 20px 28px; margin-bottom: 16px; }
.hx-desc .req, .req { color: #f56c6c; margin-right: 4px; }
.hx-validity, .mx-validity { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; }
.hx-actions { display: flex; gap: 12px; padding-top: 16px; border-top: 1px solid #eee; margin-top: 20px; }
.mx-header { display: flex; align-items: center; height: 60px; padding: 0 24px; background: #003a8c; color: #fff; }
.mx-logo { font-size: 19px; font-weight: 600; display: flex; align-items: center; gap: 8px; }
.mx-badge { display: inline-flex; width: 28px; height: 28px; border-radius: 50%; background: #fff; color: #c00; align-items: center; justify-content: center; font-size: 15px; }
.mx-nav { margin-left: 40px; display: flex; gap: 24px; font-size: 15px; }
.mx-nav .active { border-bottom: 2px solid #fff; padding-bottom: 4px; }
.mx-user { margin-left: auto; font-size: 13px; }
.mx-body { max-width: 1100px; margin: 0 auto; padding: 16px 24px 60px; }
.mx-crumb { color: #666; font-size: 13px; margin-bottom: 12px; }
.mx-section { font-size: 15px; color: #003a8c; border-bottom: 1px solid #e6e6e6; padding-bottom: 8px; margin: 8px 0 16px; display: flex; align-items: center; }
.mx-form .el-select { width: 100%; }
.mx-three { display: flex; gap: 8px; }
.mx-three .el-select { width: 150px; }
.mx-detail { margin-top: 8px; }
.mx-slots { display: flex; gap: 24px; }
.mx-slot-caption { text-align: center; font-size: 12px; color: #606266; }
.mx-plus { font-size: 28px; color: #8c939d; }
.mx-list-row { display: flex; gap: 8px; margin-bottom: 8px; }
.mi-header { display: flex; align-items: center; height: 72px; padding: 0 40px; background: #fff; border-bottom: 3px solid #c7000b; }
.mi-logo { font-size: 22px; font-weight: 600; color: #c7000b; }
.mi-nav { margin-left: 48px; display: flex; gap: 28px; }
.mi-nav .active { color: #c7000b; font-weight: 600; }
.mi-main { width: 760px; margin: 32px auto; background: #fff; padding: 24px 32px; }
.mi-title { font-size: 18px; font-weight: 600; margin-bottom: 16px; }
.mi-form { margin-top: 24px; max-width: 560px; }
`;

const style = document.createElement('style');
style.textContent = CSS;
document.head.appendChild(style);
const pages: Record<string, ReturnType<typeof defineComponent>> = {
  'heldout-aliyun-subject-unit-elp': AliyunSubjectUnit,
  'heldout-mps-subject-person-elp': MpsSubjectPerson,
  'heldout-mps-site-elp': MpsSite,
  'heldout-miit-sms-elp': MiitSms,
};
const page = pages[build()] ?? defineComponent({ template: '<p>unknown build</p>' });
createApp(page).use(ElementPlus, { locale: zhCn }).mount('#app');
