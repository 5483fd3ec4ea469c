/**
 * Gen-8 held-out build on Vue 3 (runtime compiler) + OpenTiny (written from FORMS.md alone, never tuned against):
 *  - heldout8-huawei-site-person-opentiny-bilingual  填写互联网信息服务 (个人): labels with an English second line, domains
 *    in an editable table, a multi-select for languages, a checkbox group for service content, a TinyIpAddress,
 *    validity as two date pickers + a 长期有效 switch
 */
import { createApp, reactive, watch } from 'vue';
import TinyAlert from '@opentiny/vue-alert';
import TinyButton from '@opentiny/vue-button';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyIpAddress from '@opentiny/vue-ip-address';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import TinySwitch from '@opentiny/vue-switch';
import { build, expose, ICP_CONTENT, ICP_LANGUAGES, ICP_PERSON_CERTS, ICP_PRE_APPROVALS, snapshot } from './common';

type S = Record<string, unknown>;
interface DomainRow { domain: string }

function huaweiSite() {
  const state = reactive<S>({
    siteName: '', domainRows: [{ domain: '' }] as DomainRow[], protocol: 'http://', homeUrl: '', serviceType: '网站应用服务', contentTypes: [], languages: [],
    preApproval: '', preItems: [], ip: '', wpName: '', wpCertType: '', wpCertNumber: '', wpValidFrom: '', wpValidTo: '', wpLongTerm: false,
    wpMobile: '', wpEmergency: '', wpEmail: '', remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
  });
  const view = () => {
    const { domainRows, protocol: _p, ...rest } = state;
    return { ...rest, domains: (domainRows as DomainRow[]).map((r) => r.domain.trim()).filter(Boolean) };
  };
  const bump = expose('huawei', 'site', '个人', () => snapshot(view()));
  watch(state, () => bump(), { deep: true, flush: 'sync' });
  const rules = {
    wpMobile: [{ pattern: /^1[3-9]\d{9}$/, message: '请输入正确的手机号码', trigger: 'blur' }],
    wpEmergency: [{ pattern: /^1[3-9]\d{9}$/, message: '请输入正确的手机号码', trigger: 'blur' }],
    wpEmail: [{ type: 'email', message: '邮箱格式不正确', trigger: 'blur' }],
    siteName: [{ min: 3, message: '网站名称至少 3 个汉字', trigger: 'blur' }],
  };
  return {
    components: {
      TinyAlert, TinyButton, TinyCheckbox, TinyCheckboxGroup, TinyDatePicker, TinyForm, TinyFormItem, TinyInput, TinyIpAddress, TinyOption, TinyRadio,
      TinyRadioGroup, TinySelect, TinySteps, TinySwitch,
    },
    setup() {
      return {
        s: state, rules, contents: ICP_CONTENT, languages: ICP_LANGUAGES, certs: ICP_PERSON_CERTS, preItems: ICP_PRE_APPROVALS,
        steps: [{ name: '基础信息校验' }, { name: '填写主体信息' }, { name: '填写互联网信息服务' }, { name: '上传资料及真实性核验' }],
        addRow: () => (state.domainRows as DomainRow[]).push({ domain: '' }),
        delRow: (i: number) => (state.domainRows as DomainRow[]).splice(i, 1),
        long: (v: boolean) => { state.wpLongTerm = v; if (v) state.wpValidTo = ''; },
      };
    },
    template: `
<div class="hw-top"><b>华为云</b><span>备案中心 · 填写订单</span></div>
<div class="hw-body">
  <div class="hw-card"><tiny-steps :data="steps" :active="2" /></div>
  <tiny-form :model="s" :rules="rules" label-position="left" label-width="190px" validate-type="text" class="hw-form">
    <div class="hw-card">
      <h3>网站信息</h3>
      <tiny-alert type="info" :closable="false" description="个人网站名称不能含企业、公司等字样，不能为域名、纯数字或纯英文。" style="margin-bottom: 16px" />
      <tiny-form-item prop="siteName" required>
        <template #label><span class="bi">网站名称<small>Website name</small></span></template>
        <tiny-input v-model="s.siteName" placeholder="请输入网站名称" />
      </tiny-form-item>
      <tiny-form-item required>
        <template #label><span class="bi">网站域名<small>Domain names</small></span></template>
        <div style="width: 100%">
          <table class="dom">
            <thead><tr><th style="width: 56px">序号</th><th>域名</th><th style="width: 90px">类型</th><th style="width: 70px">操作</th></tr></thead>
            <tbody>
              <tr v-for="(r, i) in s.domainRows" :key="i">
                <td>{{ i + 1 }}</td>
                <td><tiny-input v-model="r.domain" placeholder="如 example.com（不含 www）" /></td>
                <td>{{ i === 0 ? '主域名' : '从域名' }}</td>
                <td><tiny-button type="text" :disabled="i === 0" @click="delRow(i)">删除</tiny-button></td>
              </tr>
            </tbody>
          </table>
          <tiny-button size="mini" style="margin-top: 8px" @click="addRow">+ 添加域名</tiny-button>
        </div>
      </tiny-form-item>
      <tiny-form-item required>
        <template #label><span class="bi">网站首页URL<small>Homepage URL</small></span></template>
        <div class="row-inline" style="width: 100%">
          <tiny-select v-model="s.protocol" style="width: 110px"><tiny-option label="http://" value="http://" /><tiny-option label="https://" value="https://" /></tiny-select>
          <tiny-input v-model="s.homeUrl" placeholder="www.example.com" style="flex: 1" />
        </div>
      </tiny-form-item>
      <tiny-form-item required>
        <template #label><span class="bi">服务类型<small>Service type</small></span></template>
        <tiny-select v-model="s.serviceType" placeholder="请选择"><tiny-option label="网站应用服务" value="网站应用服务" /><tiny-option label="APP应用服务" value="APP应用服务" /></tiny-select>
      </tiny-form-item>
      <tiny-form-item required>
        <template #label><span class="bi">网站服务内容<small>Service content</small></span></template>
        <tiny-checkbox-group v-model="s.contentTypes" class="contents">
          <tiny-checkbox v-for="c in contents" :key="c" :label="c">{{ c }}</tiny-checkbox>
        </tiny-checkbox-group>
      </tiny-form-item>
      <tiny-form-item required>
        <template #label><span class="bi">网站语言<small>Languages</small></span></template>
        <tiny-select v-model="s.languages" multiple placeholder="请选择网站使用的语言" style="width: 100%">
          <tiny-option v-for="l in languages" :key="l" :label="l" :value="l" />
        </tiny-select>
      </tiny-form-item>
      <tiny-form-item required>
        <template #label><span class="bi">是否涉及前置审批<small>Pre-approval required</small></span></template>
        <tiny-radio-group v-model="s.preApproval"><tiny-radio label="是">是</tiny-radio><tiny-radio label="否">否</tiny-radio></tiny-radio-group>
      </tiny-form-item>
      <tiny-form-item v-if="s.preApproval === '是'" required>
        <template #label><span class="bi">前置审批类型<small>Pre-approval items</small></span></template>
        <tiny-checkbox-group v-model="s.preItems"><tiny-checkbox v-for="p in preItems" :key="p" :label="p">{{ p }}</tiny-checkbox></tiny-checkbox-group>
      </tiny-form-item>
      <tiny-form-item required>
        <template #label><span class="bi">网站IP地址<small>Server IP address</small></span></template>
        <tiny-ip-address v-model="s.ip" class="site-ip" />
      </tiny-form-item>
    </div>
    <div class="hw-card">
      <h3>互联网信息服务负责人</h3>
      <tiny-form-item required>
        <template #label><span class="bi">姓名<small>Name</small></span></template>
        <tiny-input v-model="s.wpName" placeholder="请输入姓名" />
      </tiny-form-item>
      <tiny-form-item required>
        <template #label><span class="bi">证件类型<small>ID type</small></span></template>
        <tiny-select v-model="s.wpCertType" placeholder="请选择证件类型"><tiny-option v-for="c in certs" :key="c" :label="c" :value="c" /></tiny-select>
      </tiny-form-item>
      <tiny-form-item required>
        <template #label><span class="bi">证件号码<small>ID number</small></span></template>
        <tiny-input v-model="s.wpCertNumber" maxlength="18" placeholder="请输入证件号码" />
      </tiny-form-item>
      <tiny-form-item required>
        <template #label><span class="bi">证件有效期<small>ID validity</small></span></template>
        <div class="row-inline">
          <tiny-date-picker v-model="s.wpValidFrom" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="开始日期" class="valid-from" />
          <span>至</span>
          <tiny-date-picker v-model="s.wpValidTo" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="结束日期" :disabled="s.wpLongTerm" class="valid-to" />
          <span class="row-inline long-term"><tiny-switch :model-value="s.wpLongTerm" @update:model-value="long" /> 长期有效</span>
        </div>
      </tiny-form-item>
      <tiny-form-item prop="wpMobile" required>
        <template #label><span class="bi">手机号码<small>Mobile</small></span></template>
        <tiny-input v-model="s.wpMobile" maxlength="11" placeholder="请输入手机号码" />
      </tiny-form-item>
      <tiny-form-item prop="wpEmergency" required>
        <template #label><span class="bi">应急联系电话<small>Emergency phone</small></span></template>
        <tiny-input v-model="s.wpEmergency" maxlength="11" placeholder="不能与手机号码相同" />
      </tiny-form-item>
      <tiny-form-item prop="wpEmail" required>
        <template #label><span class="bi">电子邮箱<small>Email</small></span></template>
        <tiny-input v-model="s.wpEmail" placeholder="请输入电子邮箱" />
      </tiny-form-item>
      <tiny-form-item>
        <template #label><span class="bi">网站备注<small>Remarks</small></span></template>
        <tiny-input v-model="s.remark" type="textarea" :rows="3" maxlength="200" show-word-limit placeholder="请简要描述网站内容" />
      </tiny-form-item>
    </div>
  </tiny-form>
  <div class="tc-actions">
    <tiny-button @click="s.prevClicks++">上一步</tiny-button>
    <tiny-button @click="s.saveClicks++">保存</tiny-button>
    <tiny-button type="primary" @click="s.nextClicks++">下一步</tiny-button>
  </div>
</div>`,
  };
}

if (build() === 'heldout8-huawei-site-person-opentiny-bilingual') createApp(huaweiSite()).mount('#app');
