/**
 * Gen-36 held-out build on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout36-aliyun-basic-person-opentiny-narrowcolumn   Alibaba 填写基本信息 (个人) as a NARROW COLUMN: one centred column,
 *    labels above the fields, two bordered blocks (主办者校验 / 备案资源); 主办者所属区域 ONE whole-tree TinyCascader, 主办者
 *    性质 a TinySelect, 证件类型 TinyRadios filtered by the nature, blur checks, 资源类型 TinyRadioButtons, 备案实例 a
 *    TinySelect listed after a delay per kind; 信息校验
 */
import { createApp, defineComponent, onMounted, reactive, watch, type Component } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioButton from '@opentiny/vue-radio-button';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import './regions';
import {
  ALIYUN_RESOURCE_KINDS, build, DOMAIN_RE, expose, fetchPersonResources, ICP_CERTS_BY_NATURE, NATURES, pathOfCode, regionOptions, snapshot, validId, validUscc,
  type PersonInstance,
} from './common';

const COMPONENTS = { TinyButton, TinyCascader, TinyInput, TinyOption, TinyRadio, TinyRadioButton, TinyRadioGroup, TinySelect };
const SHOWN_NATURES = NATURES.filter((n) => ['政府机关', '事业单位', '企业', '个人', '社会团体', '民办非企业单位', '基金会'].includes(n));

const AliyunBasicPerson = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = reactive<Record<string, unknown>>({ regionCodes: [], nature: '', certType: '', certNumber: '', domain: '', resource: '云服务器ECS', instance: '', checkClicks: 0 });
    const ui = reactive({ msg: '', list: [] as PersonInstance[], loading: true });
    const bump = expose('aliyun', 'basic', '个人', () => {
      const { regionCodes, ...r } = snapshot(JSON.parse(JSON.stringify(s)) as Record<string, unknown>);
      const codes = Array.isArray(regionCodes) ? regionCodes.map(String) : [];
      return { ...r, region: pathOfCode(codes.at(-1) ?? '') };
    });
    watch(s, () => bump(), { deep: true, flush: 'sync' });
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      certNumber: (v) => (s.nature === '个人' ? (validId(v) ? '' : '身份证号码校验未通过') : validUscc(v) ? '' : '统一社会信用代码校验未通过'),
      domain: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的域名'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v ? rules[k]!(v) : ''; };
    const load = (kind: string) => { ui.loading = true; ui.list = []; void fetchPersonResources(kind, 600).then((l) => { if (s.resource === kind) { ui.list = l; ui.loading = false; } }); };
    onMounted(() => load('云服务器ECS'));
    const setNature = (v: string) => { s.nature = v; s.certType = ''; };
    const setResource = (v: string) => { s.resource = v; s.instance = ''; load(v); };
    const certs = () => ICP_CERTS_BY_NATURE[String(s.nature)] ?? [];
    const checkIt = () => { s.checkClicks = Number(s.checkClicks) + 1; ui.msg = s.instance ? '校验中，请稍候…' : '请选择备案实例'; };
    return { s, ui, errs, check, setNature, setResource, certs, checkIt, natures: SHOWN_NATURES, kinds: ALIYUN_RESOURCE_KINDS, tree: regionOptions() };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span>首次备案</span><span class="who">张伟</span></div>
  <div class="al-body narrow">
    <h3 style="margin:8px 0 14px">填写基本信息 <span class="help">第 1 步，共 5 步</span></h3>
    <div class="nc-block verify-block">
      <div class="sec-title">主办者校验</div>
      <div class="nc-item"><label><i>*</i>主办者所属区域</label>
        <tiny-cascader class="region" v-model="s.regionCodes" :options="tree" popper-class="region-pop" placeholder="省 / 市 / 区县" style="width:100%"></tiny-cascader>
      </div>
      <div class="nc-item"><label><i>*</i>主办者性质</label>
        <tiny-select class="nature" :model-value="s.nature" @update:model-value="setNature" popper-class="nature-pop" placeholder="请选择" style="width:100%"><tiny-option v-for="n in natures" :key="n" :label="n" :value="n"></tiny-option></tiny-select>
      </div>
      <div class="nc-item"><label><i>*</i>主办者证件类型</label>
        <div v-if="!certs().length" class="help">请先选择主办者性质</div>
        <tiny-radio-group v-else class="cert-type" v-model="s.certType"><tiny-radio v-for="c in certs()" :key="c" :label="c">{{ c }}</tiny-radio></tiny-radio-group>
      </div>
      <div class="nc-item"><label><i>*</i>证件号码</label>
        <tiny-input class="cert-number" v-model="s.certNumber" maxlength="18" @input="errs.certNumber=''" @blur="check('certNumber')"></tiny-input><div class="field-err" v-if="errs.certNumber">{{ errs.certNumber }}</div>
      </div>
      <div class="nc-item"><label><i>*</i>备案域名</label>
        <tiny-input class="domain" v-model="s.domain" placeholder="不带 www. 的主域名" @input="errs.domain=''" @blur="check('domain')"></tiny-input><div class="field-err" v-if="errs.domain">{{ errs.domain }}</div>
      </div>
    </div>
    <div class="nc-block resource-block">
      <div class="sec-title">备案资源</div>
      <div class="nc-item"><label><i>*</i>资源类型</label>
        <tiny-radio-group class="resource" :model-value="s.resource" @update:model-value="setResource"><tiny-radio-button v-for="k in kinds" :key="k" :label="k">{{ k }}</tiny-radio-button></tiny-radio-group>
      </div>
      <div class="nc-item"><label><i>*</i>备案实例</label>
        <tiny-select class="instance" v-model="s.instance" popper-class="instance-pop" :placeholder="ui.loading ? '实例加载中…' : ui.list.length ? '请选择实例' : '该资源类型下暂无可用实例'" style="width:100%">
          <tiny-option v-for="e in ui.list" :key="e.id" :value="e.id" :label="e.id + '（' + e.name + '，' + e.ip + '）'"></tiny-option>
        </tiny-select>
        <div class="help">须为剩余有效期 ≥ 3 个月的包年包月实例。</div>
      </div>
      <div class="actions"><tiny-button class="check" type="primary" @click="checkIt">信息校验</tiny-button><span class="msg">{{ ui.msg }}</span></div>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = { 'heldout36-aliyun-basic-person-opentiny-narrowcolumn': AliyunBasicPerson };
const App = APPS[build()];
if (App) createApp(App).mount('#app');
