/**
 * Gen-3 held-out builds made with Vue 3 (runtime compiler) + Element Plus 2.14: Alibaba Cloud 验证备案类型
 * (单位), Alibaba Cloud 网站信息 (个人), 公安 网站负责人 (个人). State lives in one reactive object per page;
 * getState() reports it (file lists as their names), `changes` counts its updates.
 */
import { createApp, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import { HELD_PRINCIPAL, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, MPS_PERSON_CERTS, NATURE_CODES, build, certCodesFor, expose, fetchAreas, namesOf, snapshot } from './common';

const CSS = `
body{margin:0;background:#f5f6fa;font-family:"PingFang SC","Microsoft YaHei",sans-serif}
.top{height:50px;background:#fff;border-bottom:1px solid #e5e6eb;display:flex;align-items:center;padding:0 24px;font-size:16px}
.wrap{max-width:1120px;margin:16px auto;padding:0 16px}
.tip-icon{display:inline-block;width:14px;height:14px;line-height:14px;border-radius:50%;background:#c0c4cc;color:#fff;font-size:10px;text-align:center;margin-left:4px;font-style:normal;cursor:help;vertical-align:middle}
.tip-icon::before{content:"?"}
.help{color:#909399;font-size:12px;line-height:1.5;margin-top:4px;width:100%}
.captcha{display:inline-block;width:90px;height:32px;line-height:32px;margin-left:8px;text-align:center;background:#e9e9eb;letter-spacing:4px;font-style:italic}
.bar{margin-top:20px;text-align:center}
.panel-title{font-size:15px;font-weight:600;padding-left:8px}
.slot-title{font-size:13px;color:#606266;margin-bottom:6px}
.slot .el-upload-list:has(.el-upload-list__item) + .el-upload--picture-card{display:none}
`;

function mount(component: Component) {
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.appendChild(style);
  createApp(component).use(ElementPlus, { locale: zhCn }).mount('#app');
}

/** Reactive state, exposed as window.__replica; every deep change counts. */
function store<T extends Record<string, unknown>>(step: string, variant: string, platform: string, init: T): T {
  const st = reactive(init) as T;
  const bump = expose(platform, step, variant, () => snapshot(st as Record<string, unknown>));
  watch(st, bump, { deep: true, flush: 'sync' });
  return st;
}

/* -------------------------------------------------------------- Alibaba Cloud 验证备案类型 (单位) */

function aliyunBasic(): Component {
  return {
    setup() {
      const st = store('basic', '单位', 'aliyun', {
        region: [] as string[], nature: '', certType: '', certNumber: '', unitName: '', serviceKind: '网站', domain: '',
        resourceKind: '备案服务号', serviceCode: '', captcha: '', verifyClicks: 0, nextClicks: 0,
      });
      const ui = reactive({ regionCodes: [] as string[] });
      const natures = NATURE_CODES.map(([, l]) => l);
      const certs = () => {
        const code = NATURE_CODES.find(([, l]) => l === st.nature)?.[0];
        return code ? certCodesFor(code).map(([, l]) => l) : [];
      };
      const onNature = () => { st.certType = ''; };
      const onRegion = (codes: string[] | null) => { st.region = codes ? namesOf(codes) : []; };
      const cascaderProps = {
        lazy: true, value: 'code', label: 'name',
        lazyLoad(node: { level: number; value?: string }, resolve: (x: unknown[]) => void) {
          fetchAreas(node.level === 0 ? '' : String(node.value), 200).then((list) => resolve(list.map((a) => ({ ...a, leaf: node.level >= 2 }))));
        },
      };
      return { st, ui, natures, certs, onNature, onRegion, cascaderProps };
    },
    template: `
<div class="top">阿里云 · ICP代备案管理系统</div>
<div class="wrap">
  <el-steps :active="0" finish-status="success" simple style="margin-bottom:16px">
    <el-step title="验证备案类型"></el-step><el-step title="填写主办者信息"></el-step><el-step title="填写网站信息"></el-step><el-step title="上传资料"></el-step><el-step title="提交初审"></el-step>
  </el-steps>
  <el-card shadow="never">
    <template #header>验证备案类型</template>
    <el-form label-position="top">
      <el-row :gutter="24">
        <el-col :span="8"><el-form-item label="备案地域" required>
          <el-cascader v-model="ui.regionCodes" :props="cascaderProps" placeholder="请选择省/市/区" style="width:100%" @change="onRegion"></el-cascader>
        </el-form-item></el-col>
        <el-col :span="8"><el-form-item label="单位性质" required>
          <el-select v-model="st.nature" placeholder="请选择" @change="onNature"><el-option v-for="n in natures" :key="n" :label="n" :value="n"></el-option></el-select>
        </el-form-item></el-col>
        <el-col :span="8"><el-form-item label="证件类型" required>
          <el-select v-model="st.certType" placeholder="请先选择单位性质" :disabled="!st.nature"><el-option v-for="c in certs()" :key="c" :label="c" :value="c"></el-option></el-select>
        </el-form-item></el-col>
        <el-col :span="8"><el-form-item label="证件号码" required>
          <el-input v-model="st.certNumber" placeholder="请输入证件号码"></el-input>
          <div class="help">单位请填写统一社会信用代码（18位），须与证件一致</div>
        </el-form-item></el-col>
        <el-col :span="8"><el-form-item label="单位名称" required>
          <el-input v-model="st.unitName" placeholder="与证件上的名称一致"></el-input>
        </el-form-item></el-col>
        <el-col :span="8"><el-form-item label="备案类型" required>
          <el-radio-group v-model="st.serviceKind"><el-radio-button value="网站">网站</el-radio-button><el-radio-button value="APP">APP</el-radio-button></el-radio-group>
        </el-form-item></el-col>
        <el-col :span="8"><el-form-item required>
          <template #label><span>网站域名</span><el-tooltip content="填写不带 www 的一级域名，须已完成实名认证" placement="top"><i class="tip-icon"></i></el-tooltip></template>
          <el-input v-model="st.domain" placeholder="例如 example.com"></el-input>
        </el-form-item></el-col>
        <el-col :span="8"><el-form-item label="备案云资源" required>
          <el-radio-group v-model="st.resourceKind"><el-radio value="云服务器ECS">云服务器ECS</el-radio><el-radio value="备案服务号">备案服务号</el-radio></el-radio-group>
        </el-form-item></el-col>
        <el-col :span="8"><el-form-item label="备案服务号" required>
          <el-input v-model="st.serviceCode" placeholder="请输入备案服务号"></el-input>
          <div class="help">在「备案服务号管理」中申请，每个服务号可用于一个网站</div>
        </el-form-item></el-col>
        <el-col :span="8"><el-form-item label="验证码" required>
          <div style="display:flex"><el-input v-model="st.captcha" style="width:120px"></el-input><span class="captcha">Q8mK</span></div>
        </el-form-item></el-col>
      </el-row>
    </el-form>
    <div class="bar">
      <el-button @click="st.verifyClicks++">信息校验</el-button>
      <el-button type="primary" @click="st.nextClicks++">下一步</el-button>
    </div>
  </el-card>
</div>`,
  };
}

/* -------------------------------------------------------------- Alibaba Cloud 网站信息 (个人) */

function aliyunSite(): Component {
  return {
    setup() {
      const st = store('site', '个人', 'aliyun', {
        siteName: '', domains: [] as string[], homeUrl: '', serviceType: '网站应用服务', content: '', languages: [] as string[], preApproval: false,
        webName: '', webCertType: '', webCertNumber: '', webValidFrom: '', webLongTerm: '', webValidTo: '', webMobile: '', webEmergency: '',
        webEmail: '', webLandline: '', remark: '', nextClicks: 0, prevClicks: 0,
      });
      watch(() => st.webLongTerm, (v) => { if (v === '是') st.webValidTo = ''; });
      return { st, content: ICP_CONTENT, langs: ICP_LANGUAGES, certs: ICP_PERSON_CERTS };
    },
    template: `
<div class="top">阿里云 · ICP代备案管理系统 · 填写网站信息</div>
<div class="wrap">
  <el-card shadow="never">
    <el-form label-position="right" label-width="150px" style="max-width:760px">
      <el-divider content-position="left">网站基本信息</el-divider>
      <el-form-item required>
        <template #label><span>网站名称</span><el-tooltip content="个人网站名称不得包含企业、公司、科技等字样" placement="top"><i class="tip-icon"></i></el-tooltip></template>
        <el-input v-model="st.siteName" placeholder="请输入网站名称"></el-input>
      </el-form-item>
      <el-form-item label="网站域名" required>
        <el-input-tag v-model="st.domains" placeholder="输入域名后按回车添加" style="width:100%"></el-input-tag>
      </el-form-item>
      <el-form-item label="网站首页地址" required>
        <el-input v-model="st.homeUrl" placeholder="例如 www.example.com"><template #prepend>http://</template></el-input>
      </el-form-item>
      <el-form-item label="服务类型" required>
        <el-select v-model="st.serviceType" disabled><el-option label="网站应用服务" value="网站应用服务"></el-option></el-select>
      </el-form-item>
      <el-form-item label="网站服务内容" required>
        <el-select v-model="st.content" placeholder="请选择"><el-option v-for="c in content" :key="c" :label="c" :value="c"></el-option></el-select>
      </el-form-item>
      <el-form-item label="语言类型" required>
        <el-checkbox-group v-model="st.languages"><el-checkbox-button v-for="l in langs" :key="l" :value="l">{{ l }}</el-checkbox-button></el-checkbox-group>
      </el-form-item>
      <el-form-item label="是否涉及前置审批" required>
        <el-switch v-model="st.preApproval" active-text="是" inactive-text="否"></el-switch>
      </el-form-item>
      <el-divider content-position="left">互联网信息服务负责人</el-divider>
      <el-form-item label="姓名" required><el-input v-model="st.webName"></el-input></el-form-item>
      <el-form-item label="证件类型" required>
        <el-select v-model="st.webCertType" placeholder="请选择"><el-option v-for="c in certs" :key="c" :label="c" :value="c"></el-option></el-select>
      </el-form-item>
      <el-form-item label="证件号码" required><el-input v-model="st.webCertNumber"></el-input></el-form-item>
      <el-form-item label="证件有效期起" required>
        <el-date-picker v-model="st.webValidFrom" type="date" value-format="YYYY-MM-DD" placeholder="选择日期"></el-date-picker>
      </el-form-item>
      <el-form-item label="是否长期有效" required>
        <el-radio-group v-model="st.webLongTerm"><el-radio value="是">是</el-radio><el-radio value="否">否</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="证件有效期止" :required="st.webLongTerm !== '是'">
        <el-date-picker v-model="st.webValidTo" type="date" value-format="YYYY-MM-DD" placeholder="选择日期" :disabled="st.webLongTerm === '是'"></el-date-picker>
      </el-form-item>
      <el-form-item label="手机号码" required><el-input v-model="st.webMobile"></el-input></el-form-item>
      <el-form-item label="应急联系方式" required><el-input v-model="st.webEmergency" placeholder="请填写与手机号码不同的号码"></el-input></el-form-item>
      <el-form-item label="办公电话"><el-input v-model="st.webLandline" placeholder="选填"></el-input></el-form-item>
      <el-form-item label="电子邮件" required><el-input v-model="st.webEmail"></el-input></el-form-item>
      <el-form-item label="网站备注" required>
        <el-input v-model="st.remark" type="textarea" :rows="3"></el-input>
        <div class="help">请简要说明网站的用途和内容；备注中不得出现网站名称禁用的词语</div>
      </el-form-item>
    </el-form>
    <div class="bar">
      <el-button @click="st.prevClicks++">上一步</el-button>
      <el-button type="primary" @click="st.nextClicks++">下一步</el-button>
    </div>
  </el-card>
</div>`,
  };
}

/* -------------------------------------------------------------- 公安 网站负责人 (个人) */

function mpsPrincipal(): Component {
  return {
    setup() {
      const st = store('principal', '个人', 'mps', {
        secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidity: [] as string[], secLongTerm: false, secMobile: '',
        secEmail: '', secLandline: '', secIdFront: [] as unknown[], secIdBack: [] as unknown[], secIdHand: [] as unknown[],
        emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidity: [] as string[], emgLongTerm: false, emgMobile: '',
        nextClicks: 0, prevClicks: 0,
      });
      const p = HELD_PRINCIPAL['个人'];
      const copy = (pre: 'sec' | 'emg', on: boolean) => {
        if (!on) return;
        const s = st as unknown as Record<string, unknown>;
        s[`${pre}Name`] = p.name;
        s[`${pre}CertType`] = p.certType;
        s[`${pre}CertNumber`] = p.certNumber;
        s[`${pre}Validity`] = p.longTerm ? [p.validFrom, ''] : [p.validFrom, p.validTo];
        s[`${pre}LongTerm`] = p.longTerm;
        s[`${pre}Mobile`] = p.mobile;
        if (pre === 'sec') s.secEmail = p.email;
      };
      const long = (pre: 'sec' | 'emg', on: boolean) => {
        const s = st as unknown as Record<string, unknown>;
        if (on) s[`${pre}Validity`] = [((s[`${pre}Validity`] as string[] | null) ?? [])[0] ?? '', ''];
      };
      return { st, certs: MPS_PERSON_CERTS, copy, long, panels: ['sec', 'emg'] };
    },
    template: `
<div class="top">全国互联网安全管理服务平台 · 新办网站申请</div>
<div class="wrap">
  <el-steps :active="2" align-center style="margin-bottom:16px">
    <el-step title="开办主体"></el-step><el-step title="网站基本信息"></el-step><el-step title="网站负责人"></el-step><el-step title="提示说明"></el-step>
  </el-steps>
  <el-collapse v-model="panels">
  <el-collapse-item name="sec" id="secCard">
    <template #title><span class="panel-title">网站安全负责人</span></template>
    <el-form label-position="left" label-width="140px" style="max-width:720px;padding:8px 24px">
        <el-form-item label="同主体负责人信息"><el-switch v-model="st.secSame" class="same-switch" @change="copy('sec', $event)"></el-switch></el-form-item>
        <el-form-item label="姓名" required><el-input v-model="st.secName" :disabled="st.secSame"></el-input></el-form-item>
        <el-form-item label="证件类型" required>
          <el-select v-model="st.secCertType" placeholder="请选择" :disabled="st.secSame"><el-option v-for="c in certs" :key="c" :label="c" :value="c"></el-option></el-select>
        </el-form-item>
        <el-form-item label="证件号码" required><el-input v-model="st.secCertNumber" :disabled="st.secSame"></el-input></el-form-item>
        <el-form-item label="证件有效期" required>
          <div style="display:flex;gap:8px;align-items:center;width:100%">
            <el-date-picker v-model="st.secValidity" type="daterange" value-format="YYYY-MM-DD" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" :disabled="st.secSame || st.secLongTerm" style="flex:1"></el-date-picker>
            <el-checkbox v-model="st.secLongTerm" :disabled="st.secSame" @change="long('sec', $event)">长期</el-checkbox>
          </div>
        </el-form-item>
        <el-form-item label="手机号码" required><el-input v-model="st.secMobile" :disabled="st.secSame"></el-input></el-form-item>
        <el-form-item label="电子邮件地址" required><el-input v-model="st.secEmail" :disabled="st.secSame"></el-input></el-form-item>
        <el-form-item label="固定电话"><el-input v-model="st.secLandline" placeholder="选填"></el-input></el-form-item>
        <el-form-item required>
          <template #label><span>证件照片</span><el-tooltip content="开启同主体负责人信息后仍需重新上传" placement="top"><i class="tip-icon"></i></el-tooltip></template>
          <div style="display:flex;gap:16px">
            <div class="slot"><div class="slot-title">证件正面</div><el-upload v-model:file-list="st.secIdFront" :auto-upload="false" list-type="picture-card" accept="image/*" :limit="1"><span>+</span></el-upload></div>
            <div class="slot"><div class="slot-title">证件反面</div><el-upload v-model:file-list="st.secIdBack" :auto-upload="false" list-type="picture-card" accept="image/*" :limit="1"><span>+</span></el-upload></div>
            <div class="slot"><div class="slot-title">手持证件照</div><el-upload v-model:file-list="st.secIdHand" :auto-upload="false" list-type="picture-card" accept="image/*" :limit="1"><span>+</span></el-upload></div>
          </div>
        </el-form-item>
    </el-form>
  </el-collapse-item>
  <el-collapse-item name="emg" id="emgCard">
    <template #title><span class="panel-title">网站应急联络人</span></template>
    <el-form label-position="left" label-width="140px" style="max-width:720px;padding:8px 24px">
        <el-form-item label="同主体负责人信息"><el-switch v-model="st.emgSame" class="same-switch" @change="copy('emg', $event)"></el-switch></el-form-item>
        <el-form-item label="姓名" required><el-input v-model="st.emgName" :disabled="st.emgSame"></el-input></el-form-item>
        <el-form-item label="证件类型" required>
          <el-select v-model="st.emgCertType" placeholder="请选择" :disabled="st.emgSame"><el-option v-for="c in certs" :key="c" :label="c" :value="c"></el-option></el-select>
        </el-form-item>
        <el-form-item label="证件号码" required><el-input v-model="st.emgCertNumber" :disabled="st.emgSame"></el-input></el-form-item>
        <el-form-item label="证件有效期" required>
          <div style="display:flex;gap:8px;align-items:center;width:100%">
            <el-date-picker v-model="st.emgValidity" type="daterange" value-format="YYYY-MM-DD" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" :disabled="st.emgSame || st.emgLongTerm" style="flex:1"></el-date-picker>
            <el-checkbox v-model="st.emgLongTerm" :disabled="st.emgSame" @change="long('emg', $event)">长期</el-checkbox>
          </div>
        </el-form-item>
        <el-form-item required>
          <template #label><span>手机号码</span><el-tooltip content="应急情况下可随时联系到的手机号码" placement="top"><i class="tip-icon"></i></el-tooltip></template>
          <el-input v-model="st.emgMobile" :disabled="st.emgSame"></el-input>
        </el-form-item>
    </el-form>
  </el-collapse-item>
  </el-collapse>
  <div class="bar">
    <el-button @click="st.prevClicks++">上一步</el-button>
    <el-button type="primary" @click="st.nextClicks++">下一步</el-button>
  </div>
</div>`,
  };
}

const APPS: Record<string, () => Component> = {
  'heldout3-aliyun-basic-unit-elp': aliyunBasic,
  'heldout3-aliyun-site-person-elp': aliyunSite,
  'heldout3-mps-principal-person-elp': mpsPrincipal,
};
const make = APPS[build()];
if (make) mount(make());
