/**
 * Gen-32 held-out build on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout32-huawei-basic-person-opentiny-vsteps   Huawei Cloud 基础信息校验 (个人) with a VERTICAL TinySteps at the left
 *    and the form in a card at the right: a filterable whole-tree TinyCascader, a TinySelect of natures, a TinyRadio group
 *    of personal documents, blur checks, 资源类型 radios (云服务器 preset; 备案授权码 reveals its box), a TinySelect of the
 *    person's ECS listed after a delay; 下一步
 */
import { createApp, defineComponent, onMounted, reactive, watch, type Component } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import './regions';
import { build, DOMAIN_RE, expose, fetchPersonHwEcs, ICP_PERSON_CERTS, NATURES, pathOfCode, regionOptions, snapshot, validId, type HuaweiEcs } from './common';

const COMPONENTS = { TinyButton, TinyCascader, TinyForm, TinyFormItem, TinyInput, TinyOption, TinyRadio, TinyRadioGroup, TinySelect, TinySteps };

const HuaweiBasicPerson = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = reactive<Record<string, unknown>>({
      regionCodes: [], nature: '', name: '', certType: '', certNumber: '', domain: '', resource: '云服务器', ecs: '', authCode: '', nextClicks: 0,
    });
    const bump = expose('huawei', 'basic', '个人', () => {
      const { regionCodes, ...r } = snapshot(JSON.parse(JSON.stringify(s)) as Record<string, unknown>);
      const codes = Array.isArray(regionCodes) ? regionCodes.map(String) : [];
      return { ...r, region: pathOfCode(codes.at(-1) ?? '') };
    });
    watch(s, () => bump(), { deep: true, flush: 'sync' });
    const ui = reactive({ msg: '', ecsList: [] as HuaweiEcs[], loading: true });
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      certNumber: (v) => (s.certType !== '居民身份证' || validId(v) ? '' : '证件号码校验未通过'),
      domain: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的域名'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v ? rules[k]!(v) : ''; };
    onMounted(() => { void fetchPersonHwEcs(500).then((l) => { ui.ecsList = l; ui.loading = false; }); });
    const setResource = (v: string) => { s.resource = v; if (v === '云服务器') s.authCode = ''; else s.ecs = ''; };
    const next = () => { s.nextClicks = Number(s.nextClicks) + 1; ui.msg = s.domain ? '正在校验，请稍候…' : '请填写备案域名'; };
    const steps = [{ name: '基础信息校验', status: 'doing' }, { name: '填写主体信息' }, { name: '填写互联网信息服务' }, { name: '上传资料及真实性核验' }];
    return { s, ui, errs, check, setResource, next, steps, regions: regionOptions(), natures: NATURES, certs: ICP_PERSON_CERTS };
  },
  template: `
  <div class="hw-top"><b>华为云</b><span>备案中心</span><span class="who">张伟</span></div>
  <div class="hw-body vs-layout">
    <div class="card-w"><tiny-steps vertical dot :data="steps" :active="0" class="side-steps"></tiny-steps></div>
    <div class="card-w">
      <div class="sec-title">基础信息校验</div>
      <tiny-form class="basic-form" label-position="left" label-width="150px">
        <tiny-form-item label="地域" required>
          <tiny-cascader class="region" v-model="s.regionCodes" :options="regions" filterable clearable placeholder="请选择省 / 市 / 区县" style="width:360px"></tiny-cascader>
        </tiny-form-item>
        <tiny-form-item label="主办单位性质" required>
          <tiny-select class="nature" v-model="s.nature" placeholder="请选择" style="width:260px"><tiny-option v-for="n in natures" :key="n" :label="n" :value="n"></tiny-option></tiny-select>
        </tiny-form-item>
        <tiny-form-item label="主办单位名称" required><tiny-input class="name" v-model="s.name" placeholder="个人填写本人姓名" style="width:360px"></tiny-input></tiny-form-item>
        <tiny-form-item label="证件类型" required>
          <tiny-radio-group class="cert-type" v-model="s.certType"><tiny-radio v-for="c in certs" :key="c" :label="c">{{ c }}</tiny-radio></tiny-radio-group>
        </tiny-form-item>
        <tiny-form-item label="证件号码" required>
          <div><tiny-input class="cert-number" v-model="s.certNumber" maxlength="18" style="width:360px" @input="errs.certNumber=''" @blur="check('certNumber')"></tiny-input><div class="field-err" v-if="errs.certNumber">{{ errs.certNumber }}</div></div>
        </tiny-form-item>
        <tiny-form-item label="备案域名" required>
          <div><tiny-input class="domain" v-model="s.domain" placeholder="不带 www. 的域名" style="width:360px" @input="errs.domain=''" @blur="check('domain')"></tiny-input><div class="field-err" v-if="errs.domain">{{ errs.domain }}</div></div>
        </tiny-form-item>
        <tiny-form-item label="资源类型" required>
          <tiny-radio-group class="resource" :model-value="s.resource" @update:model-value="setResource"><tiny-radio label="云服务器">云服务器</tiny-radio><tiny-radio label="备案授权码">备案授权码</tiny-radio></tiny-radio-group>
        </tiny-form-item>
        <tiny-form-item v-if="s.resource === '云服务器'" label="云服务器" required>
          <tiny-select class="ecs" v-model="s.ecs" :placeholder="ui.loading ? '加载中…' : '请选择包年/包月 ECS（≥ 3 个月）'" style="width:360px">
            <tiny-option v-for="e in ui.ecsList" :key="e.id" :label="e.name + '（' + e.ip + '）' + e.region" :value="e.id"></tiny-option>
          </tiny-select>
        </tiny-form-item>
        <tiny-form-item v-else label="备案授权码" required><tiny-input class="auth-code" v-model="s.authCode" style="width:260px"></tiny-input></tiny-form-item>
      </tiny-form>
      <div class="actions"><tiny-button class="next" type="primary" @click="next">下一步</tiny-button><span class="msg">{{ ui.msg }}</span></div>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = { 'heldout32-huawei-basic-person-opentiny-vsteps': HuaweiBasicPerson };
const App = APPS[build()];
if (App) createApp(App).mount('#app');
