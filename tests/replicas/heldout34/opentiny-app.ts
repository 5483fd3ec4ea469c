/**
 * Gen-34 held-out build on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout34-aliyun-basic-unit-opentiny-resourcegrid   Alibaba 填写基本信息 (单位) as a RESOURCE GRID: a verification card
 *    (所属区域 THREE TinySelects loaded level by level, 性质 TinyRadioButtons, 证件类型 a TinySelect filtered by the nature,
 *    blur checks) over a resource card: 资源类型 TinyRadios, then a table of the account's instances of that kind, listed
 *    after a delay, each row picked by a TinyRadio (an instance expiring in < 3 months disabled); 信息校验
 */
import { createApp, defineComponent, onMounted, reactive, watch, type Component } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioButton from '@opentiny/vue-radio-button';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import './regions';
import {
  ALIYUN_RESOURCE_KINDS, build, DOMAIN_RE, expose, fetchAreas, fetchUnitResources, ICP_CERTS_BY_NATURE, NATURES, snapshot, validUscc, type AliEcs, type Area,
} from './common';

const COMPONENTS = { TinyButton, TinyInput, TinyOption, TinyRadio, TinyRadioButton, TinyRadioGroup, TinySelect, TinySteps };
const SHOWN_NATURES = NATURES.filter((n) => ['政府机关', '事业单位', '企业', '个人', '社会团体', '民办非企业单位', '基金会', '律师执业机构'].includes(n));

const AliyunBasicUnit = defineComponent({
  components: COMPONENTS,
  setup() {
    const s = reactive<Record<string, unknown>>({
      prov: '', city: '', dist: '', nature: '', certType: '', certNumber: '', domain: '', resource: '云服务器ECS', instance: '', checkClicks: 0,
    });
    const ui = reactive({ msg: '', provs: [] as Area[], cities: [] as Area[], dists: [] as Area[], list: [] as AliEcs[], loading: true });
    const nameOf = (l: Area[], c: unknown) => l.find((a) => a.code === c)?.name ?? '';
    const bump = expose('aliyun', 'basic', '单位', () => {
      const { prov, city, dist, ...r } = snapshot(JSON.parse(JSON.stringify(s)) as Record<string, unknown>);
      return { ...r, region: [nameOf(ui.provs, prov), nameOf(ui.cities, city), nameOf(ui.dists, dist)].filter(Boolean) };
    });
    watch(s, () => bump(), { deep: true, flush: 'sync' });
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      certNumber: (v) => (s.nature === '个人' || validUscc(v) ? '' : '统一社会信用代码校验未通过'),
      domain: (v) => (DOMAIN_RE.test(v) ? '' : '请填写不带 www. 与 http:// 的域名'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v ? rules[k]!(v) : ''; };
    const load = (kind: string) => { ui.loading = true; ui.list = []; void fetchUnitResources(kind, 600).then((l) => { if (s.resource === kind) { ui.list = l; ui.loading = false; } }); };
    onMounted(() => { void fetchAreas('').then((l) => { ui.provs = l; }); load('云服务器ECS'); });
    const setProv = (v: string) => { s.prov = v; s.city = ''; s.dist = ''; ui.cities = []; ui.dists = []; if (v) void fetchAreas(v).then((l) => { ui.cities = l; }); };
    const setCity = (v: string) => { s.city = v; s.dist = ''; ui.dists = []; if (v) void fetchAreas(v).then((l) => { ui.dists = l; }); };
    const setNature = (v: string) => { s.nature = v; s.certType = ''; };
    const setResource = (v: string) => { s.resource = v; s.instance = ''; load(v); };
    const certs = () => ICP_CERTS_BY_NATURE[String(s.nature)] ?? [];
    const checkIt = () => { s.checkClicks = Number(s.checkClicks) + 1; ui.msg = s.instance ? '校验中，请稍候…' : '请选择备案实例'; };
    const steps = [{ name: '填写基本信息', status: 'doing' }, { name: '填写主办者信息' }, { name: '填写网站信息' }, { name: '上传资料' }, { name: '提交初审' }];
    return { s, ui, errs, check, setProv, setCity, setNature, setResource, certs, checkIt, steps, natures: SHOWN_NATURES, kinds: ALIYUN_RESOURCE_KINDS };
  },
  template: `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span class="who">杭州云栖示例科技有限公司</span></div>
  <div class="al-body">
    <div class="card-w"><tiny-steps :data="steps" :active="0"></tiny-steps></div>
    <div class="card-w verify-card">
      <div class="sec-title">主体信息校验</div>
      <div class="rg-row"><label><i>*</i>主办单位所属区域</label>
        <div class="row-inline">
          <tiny-select class="prov" :model-value="s.prov" @update:model-value="setProv" placeholder="省份" style="width:150px"><tiny-option v-for="a in ui.provs" :key="a.code" :label="a.name" :value="a.code"></tiny-option></tiny-select>
          <tiny-select class="city" :model-value="s.city" @update:model-value="setCity" placeholder="城市" style="width:150px"><tiny-option v-for="a in ui.cities" :key="a.code" :label="a.name" :value="a.code"></tiny-option></tiny-select>
          <tiny-select class="dist" v-model="s.dist" placeholder="区县" style="width:150px"><tiny-option v-for="a in ui.dists" :key="a.code" :label="a.name" :value="a.code"></tiny-option></tiny-select>
        </div>
      </div>
      <div class="rg-row"><label><i>*</i>主办单位性质</label>
        <tiny-radio-group class="nature" :model-value="s.nature" @update:model-value="setNature"><tiny-radio-button v-for="n in natures" :key="n" :label="n">{{ n }}</tiny-radio-button></tiny-radio-group>
      </div>
      <div class="rg-row"><label><i>*</i>主办单位证件类型</label>
        <tiny-select class="cert-type" v-model="s.certType" :placeholder="certs().length ? '请选择' : '请先选择主办单位性质'" style="width:300px"><tiny-option v-for="c in certs()" :key="c" :label="c" :value="c"></tiny-option></tiny-select>
      </div>
      <div class="rg-row"><label><i>*</i>主办单位证件号码</label>
        <div><tiny-input class="cert-number" v-model="s.certNumber" maxlength="18" style="width:300px" @input="errs.certNumber=''" @blur="check('certNumber')"></tiny-input><div class="field-err" v-if="errs.certNumber">{{ errs.certNumber }}</div></div>
      </div>
      <div class="rg-row"><label><i>*</i>网站域名</label>
        <div><tiny-input class="domain" v-model="s.domain" placeholder="不带 www. 的主域名" style="width:300px" @input="errs.domain=''" @blur="check('domain')"></tiny-input><div class="field-err" v-if="errs.domain">{{ errs.domain }}</div></div>
      </div>
    </div>
    <div class="card-w resource-card">
      <div class="sec-title">备案实例</div>
      <div class="rg-row"><label><i>*</i>资源类型</label>
        <tiny-radio-group class="resource" :model-value="s.resource" @update:model-value="setResource"><tiny-radio v-for="k in kinds" :key="k" :label="k">{{ k }}</tiny-radio></tiny-radio-group>
      </div>
      <table class="res-grid">
        <thead><tr><th style="width:60px">选择</th><th>实例ID</th><th>实例名称</th><th>公网IP</th><th>到期时间</th></tr></thead>
        <tbody>
          <tr v-if="ui.loading"><td colspan="5" class="help">实例加载中…</td></tr>
          <tr v-else-if="!ui.list.length"><td colspan="5" class="help">该资源类型下暂无可用实例</td></tr>
          <tr v-for="e in ui.list" :key="e.id" :class="'res-row res-' + e.id">
            <td><tiny-radio class="instance" v-model="s.instance" :label="e.id" :disabled="!!e.short">&nbsp;</tiny-radio></td>
            <td>{{ e.id }}</td><td>{{ e.name }}</td><td>{{ e.ip }}</td><td>{{ e.expires }}<span v-if="e.short" class="help">（不足 3 个月，不可用于备案）</span></td>
          </tr>
        </tbody>
      </table>
      <div class="help">须为剩余有效期 ≥ 3 个月的包年包月实例。</div>
      <div class="actions"><tiny-button class="check" type="primary" @click="checkIt">信息校验</tiny-button><span class="msg">{{ ui.msg }}</span></div>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = { 'heldout34-aliyun-basic-unit-opentiny-resourcegrid': AliyunBasicUnit };
const App = APPS[build()];
if (App) createApp(App).mount('#app');
