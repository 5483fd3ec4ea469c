/**
 * Huawei Cloud filing console steps rebuilt with OpenTiny (`@opentiny/vue`, reported for the Huawei Cloud
 * console; not confirmed for the filing pages, FORMS.md §1.10) on Vue 3, rendered from the build in
 * spec.ts. Each component comes from its own @opentiny/vue-* package (each imports its theme CSS, which
 * esbuild collects); values live in one reactive() object bound with v-model.
 */
import { createApp, defineComponent, reactive, toRaw, type PropType } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyFileUpload from '@opentiny/vue-file-upload';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import TinySwitch from '@opentiny/vue-switch';
import TinyTreeSelect from '@opentiny/vue-tree-select';
import { leavesOf, treeOf } from '../zoo/plan';
import { BUILD, FIELDS, REGION_OPTIONS, initialValues, install, isDisabled, optionsOf, type Values } from './page';
import type { Field } from './spec';

const state = reactive<Values>(initialValues());
const { api, count } = install(() => toRaw(state) as Values);

/** Set a value (ticking a 长期 box clears the dates it disables). */
function set(key: string, val: Values[string]) {
  state[key] = val;
  if (val === true) for (const f of FIELDS) if (f.disabledBy === key) state[f.key] = f.widget === 'daterange' ? ['', ''] : '';
  api.changes++;
}

const Control = defineComponent({
  components: {
    TinyButton, TinyCascader, TinyCheckbox, TinyCheckboxGroup, TinyDatePicker, TinyFileUpload, TinyInput, TinyOption, TinyRadio, TinyRadioGroup, TinySelect, TinySwitch, TinyTreeSelect,
  },
  props: { f: { type: Object as PropType<Field>, required: true } },
  setup(props) {
    const f = props.f;
    const model = {
      get value() {
        const v = state[f.key];
        if (f.widget === 'daterange') return Array.isArray(v) && (v[0] || v[1]) ? v : [];
        if (f.widget === 'select' || f.widget === 'date') return v || '';
        return v;
      },
      set value(x: unknown) {
        if (f.widget === 'daterange') { const a = Array.isArray(x) ? x : []; set(f.key, [String(a[0] ?? ''), String(a[1] ?? '')]); }
        else if (f.widget === 'tree' || f.widget === 'treemulti') set(f.key, f.widget === 'treemulti' ? leavesOf(x) : leavesOf(x)[0] ?? '');
        else if (f.widget === 'cascader' || f.widget === 'checkboxes' || f.widget === 'multiselect') set(f.key, Array.isArray(x) ? x.map(String) : []);
        else if (f.widget === 'checkbox' || f.widget === 'switch') set(f.key, x === true);
        else set(f.key, x == null ? '' : String(x));
      },
    };
    const files = () => (Array.isArray(state[f.key]) ? (state[f.key] as string[]) : []).map((name) => ({ name, status: 'success', uid: name }));
    const onFiles = (_file: unknown, list: { name: string }[]) => set(f.key, (list ?? []).map((x) => x.name));
    return { f, model, options: optionsOf(f), treeOp: { data: treeOf(optionsOf(f)), defaultExpandAll: true }, regions: REGION_OPTIONS, disabled: () => isDisabled(f, state), files, onFiles };
  },
  template: `
    <tiny-input v-if="f.widget === 'input'" v-model="model.value" :disabled="disabled()" :placeholder="f.placeholder || '请输入' + f.label" clearable />
    <tiny-input v-else-if="f.widget === 'textarea'" type="textarea" v-model="model.value" :disabled="disabled()" :placeholder="f.placeholder || '请输入' + f.label" />
    <tiny-select v-else-if="f.widget === 'select'" v-model="model.value" :disabled="disabled()" placeholder="请选择" :clearable="!f.locked" filterable>
      <tiny-option v-for="o in options" :key="o" :label="o" :value="o" />
    </tiny-select>
    <tiny-select v-else-if="f.widget === 'multiselect'" v-model="model.value" :disabled="disabled()" placeholder="请选择" multiple clearable>
      <tiny-option v-for="o in options" :key="o" :label="o" :value="o" />
    </tiny-select>
    <tiny-tree-select v-else-if="f.widget === 'tree' || f.widget === 'treemulti'" v-model="model.value" :tree-op="treeOp" :multiple="f.widget === 'treemulti'" :disabled="disabled()" placeholder="请选择" />
    <tiny-cascader v-else-if="f.widget === 'cascader'" v-model="model.value" :options="regions" :disabled="disabled()" :placeholder="f.placeholder || '请选择省/市/区'" clearable />
    <tiny-date-picker v-else-if="f.widget === 'date'" v-model="model.value" type="date" value-format="yyyy-MM-dd" format="yyyy-MM-dd" :disabled="disabled()" placeholder="请选择日期" />
    <tiny-date-picker v-else-if="f.widget === 'daterange'" v-model="model.value" type="daterange" value-format="yyyy-MM-dd" format="yyyy-MM-dd" :disabled="disabled()" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" />
    <tiny-radio-group v-else-if="f.widget === 'radio'" v-model="model.value" :disabled="disabled()">
      <tiny-radio v-for="o in options" :key="o" :label="o">{{ o }}</tiny-radio>
    </tiny-radio-group>
    <tiny-checkbox-group v-else-if="f.widget === 'checkboxes'" v-model="model.value" :disabled="disabled()">
      <tiny-checkbox v-for="o in options" :key="o" :label="o">{{ o }}</tiny-checkbox>
    </tiny-checkbox-group>
    <tiny-checkbox v-else-if="f.widget === 'checkbox'" v-model="model.value" :disabled="disabled()">{{ f.text }}</tiny-checkbox>
    <tiny-switch v-else-if="f.widget === 'switch'" v-model="model.value" :disabled="disabled()" />
    <tiny-file-upload v-else-if="f.widget === 'upload'" :file-list="files()" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" action="/__prov-replica/upload" :disabled="disabled()" @change="onFiles" @remove="onFiles">
      <tiny-button>选择文件</tiny-button>
    </tiny-file-upload>
  `,
});

const App = defineComponent({
  components: { Control, TinyButton, TinyForm, TinyFormItem, TinySteps },
  setup() {
    return { build: BUILD, steps: BUILD.steps.map((name) => ({ name })), click: count };
  },
  template: `
    <div class="tc-topbar"><span class="tc-logo">华为云</span><span class="tc-product">控制台 · 备案中心</span></div>
    <div class="tc-body">
      <h1 class="tc-title">{{ build.title }}</h1>
      <div class="tc-steps"><tiny-steps line :data="steps" :active="build.current" /></div>
      <section v-for="s in build.sections" :key="s.title" class="tc-card">
        <h2 class="tc-card-title">{{ s.title }}</h2>
        <tiny-form label-position="left" label-width="180px" :label-align="true">
          <tiny-form-item v-for="f in s.fields" :key="f.key" :label="f.label" :required="!!f.required">
            <div class="tc-field"><control :f="f" /></div>
            <div v-if="f.extra" class="tc-help">{{ f.extra }}</div>
          </tiny-form-item>
        </tiny-form>
      </section>
      <div class="tc-actions">
        <tiny-button v-for="b in build.buttons" :key="b.label" :type="b.primary ? 'primary' : 'default'" @click="click(b.label)">{{ b.label }}</tiny-button>
      </div>
    </div>
  `,
});

createApp(App).mount('#app');
