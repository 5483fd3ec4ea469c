/**
 * Gen-8 held-out build on Vue 3 (runtime compiler) + Element Plus 2.14 (written from FORMS.md alone):
 *  - heldout8-mps-principal-person-elp-twin  网站负责人 (个人): two el-cards side by side (网站安全负责人 | 网站应急联络人)
 *    with identical labels, editable daterange validity that turns into a start date on 长期, 同主体负责人信息 copies
 */
import { createApp, reactive, watch } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn.mjs';
import { build, expose, HELD_PRINCIPAL, MPS_PERSON_CERTS, snapshot } from './common';

type S = Record<string, unknown>;

/** One person block: the same labels in both cards; `pre` is the state key prefix. */
const PersonBlock = {
  props: { s: { type: Object, required: true }, pre: { type: String, required: true }, officer: Boolean },
  setup(props: { s: S; pre: string; officer: boolean }) {
    const k = (x: string) => `${props.pre}${x}`;
    const P = HELD_PRINCIPAL.个人;
    return {
      k, certs: MPS_PERSON_CERTS,
      locked: () => props.s[k('Same')] === true,
      range: () => [props.s[k('ValidFrom')] || '', props.s[k('ValidTo')] || ''].some(Boolean) ? [props.s[k('ValidFrom')] || '', props.s[k('ValidTo')] || ''] : null,
      setRange: (v: string[] | null) => { props.s[k('ValidFrom')] = v?.[0] ?? ''; props.s[k('ValidTo')] = v?.[1] ?? ''; },
      long: (v: boolean) => { props.s[k('LongTerm')] = v; if (v) props.s[k('ValidTo')] = ''; },
      same: (v: boolean) => {
        props.s[k('Same')] = v;
        if (!v) return;
        Object.assign(props.s, {
          [k('Name')]: P.name, [k('CertType')]: P.certType, [k('CertNumber')]: P.certNumber, [k('ValidFrom')]: P.validFrom, [k('ValidTo')]: P.validTo,
          [k('LongTerm')]: P.longTerm, [k('Mobile')]: P.mobile, ...(props.officer ? { [k('Email')]: P.email } : {}),
        });
      },
      mobileRule: [{ pattern: /^1[3-9]\d{9}$/, message: '请输入正确的手机号码', trigger: 'blur' }],
    };
  },
  template: `
<div class="person-block">
  <el-form-item label=" " class="same-row">
    <el-checkbox :model-value="s[k('Same')]" @update:model-value="same">同主体负责人信息</el-checkbox>
  </el-form-item>
  <el-form-item label="姓名" required :prop="k('Name')"><el-input v-model="s[k('Name')]" :disabled="locked()" placeholder="请输入姓名" /></el-form-item>
  <el-form-item label="证件类型" required>
    <el-select v-model="s[k('CertType')]" :disabled="locked()" placeholder="请选择证件类型" style="width: 100%">
      <el-option v-for="c in certs" :key="c" :label="c" :value="c" />
    </el-select>
  </el-form-item>
  <el-form-item label="证件号码" required :prop="k('CertNumber')"><el-input v-model="s[k('CertNumber')]" :disabled="locked()" maxlength="18" placeholder="请输入证件号码" /></el-form-item>
  <el-form-item label="证件有效期" required>
    <div class="row-inline" style="width: 100%">
      <el-date-picker v-if="!s[k('LongTerm')]" :model-value="range()" @update:model-value="setRange" type="daterange" value-format="YYYY-MM-DD" format="YYYY-MM-DD"
        range-separator="至" start-placeholder="开始日期" end-placeholder="结束日期" :disabled="locked()" style="flex: 1" />
      <el-date-picker v-else v-model="s[k('ValidFrom')]" type="date" value-format="YYYY-MM-DD" placeholder="开始日期" :disabled="locked()" style="flex: 1" />
      <el-checkbox :model-value="s[k('LongTerm')]" @update:model-value="long" :disabled="locked()">长期</el-checkbox>
    </div>
  </el-form-item>
  <el-form-item label="手机号码" required :prop="k('Mobile')" :rules="mobileRule"><el-input v-model="s[k('Mobile')]" :disabled="locked()" maxlength="11" placeholder="请输入手机号码" /></el-form-item>
  <template v-if="officer">
    <el-form-item label="电子邮件地址" required :prop="k('Email')" :rules="[{ type: 'email', message: '邮箱格式不正确', trigger: 'blur' }]">
      <el-input v-model="s[k('Email')]" :disabled="locked()" placeholder="请输入电子邮件地址" />
    </el-form-item>
    <el-form-item label="证件照片" required>
      <div class="shots">
        <div class="shot" v-for="ph in [['IdFront', '证件正面'], ['IdBack', '证件反面'], ['IdHand', '手持证件照片']]" :key="ph[0]">
          <el-upload v-model:file-list="s[k(ph[0])]" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" list-type="picture-card" :class="'up-' + ph[0]">
            <span style="font-size: 12px">+ {{ ph[1] }}</span>
          </el-upload>
          <div>{{ ph[1] }}</div>
        </div>
      </div>
    </el-form-item>
  </template>
</div>`,
};

function mpsPrincipal() {
  const state = reactive<S>({
    secSame: false, secName: '', secCertType: '', secCertNumber: '', secValidFrom: '', secValidTo: '', secLongTerm: false, secMobile: '', secEmail: '',
    secIdFront: [], secIdBack: [], secIdHand: [],
    emgSame: false, emgName: '', emgCertType: '', emgCertNumber: '', emgValidFrom: '', emgValidTo: '', emgLongTerm: false, emgMobile: '',
    prevClicks: 0, draftClicks: 0, nextClicks: 0,
  });
  const bump = expose('mps', 'principal', '个人', () => snapshot(state));
  watch(state, () => bump(), { deep: true, flush: 'sync' });
  return {
    components: { PersonBlock },
    setup: () => ({ s: state }),
    template: `
<div class="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 / 新办网站申请</span></div>
<div class="mps-body">
  <el-steps :active="2" finish-status="success" align-center style="margin-bottom: 20px">
    <el-step title="开办主体" /><el-step title="网站基本信息" /><el-step title="网站负责人" /><el-step title="提示说明" />
  </el-steps>
  <el-alert type="info" :closable="false" show-icon style="margin-bottom: 16px"
    title="网站安全负责人、网站应急联络人可与主体负责人为同一人；选择“同主体负责人信息”后证件照片仍需重新上传。" />
  <el-form :model="s" label-position="right" label-width="112px" class="mps-form">
    <el-row :gutter="16" class="twin">
      <el-col :span="12">
        <el-card shadow="never" class="blk-sec"><template #header><b>网站安全负责人</b></template>
          <person-block :s="s" pre="sec" officer />
        </el-card>
      </el-col>
      <el-col :span="12">
        <el-card shadow="never" class="blk-emg"><template #header><b>网站应急联络人</b></template>
          <person-block :s="s" pre="emg" />
        </el-card>
      </el-col>
    </el-row>
  </el-form>
  <div class="mps-actions">
    <el-button @click="s.prevClicks++">上一步</el-button>
    <el-button @click="s.draftClicks++">保存草稿</el-button>
    <el-button type="primary" @click="s.nextClicks++">下一步</el-button>
  </div>
</div>`,
  };
}

const APPS: Record<string, () => object> = {
  'heldout8-mps-principal-person-elp-twin': mpsPrincipal,
};
const make = APPS[build()];
if (make) createApp(make()).use(ElementPlus, { locale: zhCn }).mount('#app');
