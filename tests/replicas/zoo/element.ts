/**
 * The Element Plus renderer (Vue 3, templates compiled at run time like tests/replicas/mps/app.ts). The page
 * state is one reactive() object bound to the widgets; layouts: el-form grid, el-form with dividers and top
 * labels, el-descriptions bordered tables, or a plain <table>.
 */
import { createApp, defineComponent, nextTick, reactive, ref, watch, type PropType } from 'vue';
import ElementPlus, { type CascaderProps, type UploadFile } from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn.mjs';
import { boolLabels, leavesOf, treeOf, type PlanButton, type PlanField } from './plan';
import { implied, initialState, install, loadRegion, locked, plan, visible, type State } from './runtime';

const s = reactive(initialState()) as State;
let changes = 0;
watch(s, () => changes++, { deep: true, flush: 'sync' });
install(() => s, () => changes);

function set(patch: State) {
  Object.assign(s, implied(patch));
}

const regionProps: CascaderProps = {
  lazy: true,
  lazyLoad(node, resolve) {
    const path = node.level === 0 ? [] : (node.pathValues as string[]);
    void loadRegion(path).then((list) =>
      resolve(list.map((r) => ({ value: r.name, label: r.name, leaf: node.level >= 2 || !r.children?.length }))),
    );
  },
};

/** Element Plus's dynamic tags (its docs' example): + 添加域名 opens a box; Enter or leaving it makes a tag. */
const ZooDomainTags = defineComponent({
  props: { modelValue: { type: Array as PropType<string[]>, required: true } },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const open = ref(false);
    const text = ref('');
    const box = ref<{ focus: () => void } | null>(null);
    const show = () => { open.value = true; void nextTick(() => box.value?.focus()); };
    const confirm = () => {
      const v = text.value.trim();
      if (v && !props.modelValue.includes(v)) emit('update:modelValue', [...props.modelValue, v]);
      open.value = false;
      text.value = '';
    };
    const close = (d: string) => emit('update:modelValue', props.modelValue.filter((x) => x !== d));
    return { open, text, box, show, confirm, close };
  },
  template: `
    <span class="zoo-domain-tags">
      <el-tag v-for="d in modelValue" :key="d" closable style="margin-right: 6px" @close="close(d)">{{ d }}</el-tag>
      <el-input v-if="open" ref="box" v-model="text" size="small" style="width: 200px" placeholder="输入域名后回车"
                @keyup.enter="confirm" @blur="confirm" />
      <el-button v-else size="small" @click="show">+ 添加域名</el-button>
    </span>`,
});

const ZooRegionSelects = defineComponent({
  props: { modelValue: { type: Array as PropType<string[]>, required: true }, disabled: Boolean },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const levels = ref<string[][]>([[], [], []]);
    const loading = ref([true, false, false]);
    watch(
      () => props.modelValue.join('/'),
      () => {
        const v = props.modelValue;
        const want = [[], v.slice(0, 1), v.slice(0, 2)].slice(0, Math.min(3, v.length + 1));
        loading.value = [0, 1, 2].map((i) => i < want.length);
        void Promise.all(want.map((p) => loadRegion(p))).then((res) => {
          levels.value = [0, 1, 2].map((i) => res[i]?.map((n) => n.name) ?? []);
          loading.value = [false, false, false];
        });
      },
      { immediate: true },
    );
    const pick = (i: number, v: string) => emit('update:modelValue', [...props.modelValue.slice(0, i), v]);
    return { levels, loading, pick, names: ['省', '市', '区/县'] };
  },
  template: `
    <span class="zoo-region-selects">
      <el-select v-for="i in [0, 1, 2]" :key="i" style="width: 150px" :model-value="modelValue[i] ?? ''" :loading="loading[i]"
                 :disabled="disabled || (i > 0 && !modelValue[i - 1])" :placeholder="'请选择' + names[i]" @update:model-value="(v) => pick(i, v)">
        <el-option v-for="o in levels[i]" :key="o" :label="o" :value="o" />
      </el-select>
    </span>`,
});

const ZooUpload = defineComponent({
  props: { modelValue: { type: Array as PropType<string[]>, required: true }, label: String },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const list = ref<UploadFile[]>([]);
    const sync = () => emit('update:modelValue', list.value.map((f) => f.name));
    return {
      list,
      onChange: (_f: UploadFile, all: UploadFile[]) => {
        list.value = all.slice(-1);
        sync();
      },
      onRemove: (_f: UploadFile, all: UploadFile[]) => {
        list.value = all;
        sync();
      },
    };
  },
  template: `
    <el-upload :file-list="list" action="#" :auto-upload="false" accept="image/jpeg,image/png" list-type="picture-card" :limit="2"
               :on-change="onChange" :on-remove="onRemove">
      <span class="upload-plus" style="font-size: 26px; color: #8c939d">+</span>
    </el-upload>`,
});

const ZooControl = defineComponent({
  props: { f: { type: Object as PropType<PlanField>, required: true } },
  setup(props) {
    const k = props.f.key;
    return {
      s, k, set, regionProps, treeOf, leavesOf,
      yesNo: boolLabels(props.f.shape),
      dis: () => locked(props.f, s),
      range: () => {
        const v = s[k] as string[];
        return v[0] || v[1] ? v : null;
      },
    };
  },
  template: `
    <span class="zoo-ctl" :data-zoo-field="f.key" style="display: contents">
      <el-input v-if="f.kind === 'text' || f.kind === 'captcha'" :model-value="s[k]" :type="f.shape === 'textarea' ? 'textarea' : 'text'"
                :disabled="dis()" :placeholder="f.placeholder || '请输入' + f.label" @update:model-value="(v) => set({ [k]: v })" />
      <template v-else-if="f.kind === 'date'">
        <el-date-picker v-if="f.shape === 'picker'" :model-value="s[k] || null" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD"
                        placeholder="请选择日期" :disabled="dis()" @update:model-value="(v) => set({ [k]: v ?? '' })" />
        <el-input v-else :model-value="s[k]" style="width: 200px" placeholder="YYYY-MM-DD" :disabled="dis()" @update:model-value="(v) => set({ [k]: v })" />
      </template>
      <template v-else-if="f.kind === 'choice'">
        <el-radio-group v-if="f.shape === 'radio'" :model-value="s[k]" :disabled="dis()" @update:model-value="(v) => set({ [k]: v })">
          <el-radio v-for="o in f.options" :key="o" :value="o">{{ o }}</el-radio>
        </el-radio-group>
        <el-checkbox-group v-else-if="f.shape === 'checkbox'" :model-value="s[k]" :disabled="dis()" @update:model-value="(v) => set({ [k]: v })">
          <el-checkbox v-for="o in f.options" :key="o" :value="o">{{ o }}</el-checkbox>
        </el-checkbox-group>
        <el-tree-select v-else-if="f.shape === 'tree' || f.shape === 'treemulti'" :model-value="s[k]" :data="treeOf(f.options)" :multiple="f.shape === 'treemulti'"
                        :show-checkbox="f.shape === 'treemulti'" default-expand-all placeholder="请选择" :disabled="dis()" style="width: 100%; max-width: 420px"
                        @update:model-value="(v) => set({ [k]: f.shape === 'treemulti' ? leavesOf(v) : leavesOf(v)[0] ?? '' })" />
        <el-select v-else :model-value="s[k]" :multiple="f.shape === 'multiselect'" placeholder="请选择" filterable :disabled="dis()"
                   style="width: 100%; max-width: 420px" @update:model-value="(v) => set({ [k]: v })">
          <el-option v-for="o in f.options" :key="o" :label="o" :value="o" />
        </el-select>
      </template>
      <template v-else-if="f.kind === 'bool'">
        <el-switch v-if="f.shape === 'switch'" :model-value="s[k]" :disabled="dis()" @update:model-value="(v) => set({ [k]: v })" />
        <el-radio-group v-else :model-value="s[k]" :disabled="dis()" @update:model-value="(v) => set({ [k]: v })">
          <el-radio v-for="o in yesNo" :key="o" :value="o">{{ o }}</el-radio>
        </el-radio-group>
      </template>
      <span v-else-if="f.kind === 'validity' || f.kind === 'range'" class="zoo-validity">
        <template v-if="f.shape === 'range'">
          <el-date-picker v-if="!s[k + 'LongTerm']" :model-value="range()" type="daterange" value-format="YYYY-MM-DD" format="YYYY-MM-DD"
                          start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" :disabled="dis()" style="max-width: 320px"
                          @update:model-value="(v) => set({ [k]: v ? [v[0], v[1]] : ['', ''] })" />
          <el-date-picker v-else :model-value="s[k][0] || null" type="date" value-format="YYYY-MM-DD" placeholder="开始日期" :disabled="dis()"
                          @update:model-value="(v) => set({ [k]: [v ?? '', ''] })" />
        </template>
        <template v-else-if="f.shape === 'pickers'">
          <el-date-picker :model-value="s[k + 'From'] || null" type="date" value-format="YYYY-MM-DD" placeholder="起始日期" :disabled="dis()"
                          style="width: 170px" @update:model-value="(v) => set({ [k + 'From']: v ?? '' })" />
          <span class="zoo-sep">至</span>
          <el-date-picker :model-value="s[k + 'To'] || null" type="date" value-format="YYYY-MM-DD" placeholder="截止日期"
                          :disabled="dis() || !!s[k + 'LongTerm']" style="width: 170px" @update:model-value="(v) => set({ [k + 'To']: v ?? '' })" />
        </template>
        <template v-else>
          <el-input :model-value="s[k + 'From']" placeholder="起始日期 YYYY-MM-DD" style="width: 190px" :disabled="dis()" @update:model-value="(v) => set({ [k + 'From']: v })" />
          <span class="zoo-sep">至</span>
          <el-input :model-value="s[k + 'To']" placeholder="截止日期 YYYY-MM-DD" style="width: 190px" :disabled="dis() || !!s[k + 'LongTerm']"
                    @update:model-value="(v) => set({ [k + 'To']: v })" />
        </template>
        <el-checkbox v-if="f.kind === 'validity'" :model-value="s[k + 'LongTerm']" :disabled="dis()" @update:model-value="(v) => set({ [k + 'LongTerm']: v })">长期</el-checkbox>
      </span>
      <template v-else-if="f.kind === 'address'">
        <el-input v-if="f.shape === 'line'" :model-value="s[k]" placeholder="请输入省市区及详细地址" :disabled="dis()" @update:model-value="(v) => set({ [k]: v })" />
        <div v-else class="zoo-address" style="width: 100%">
          <el-cascader v-if="f.shape === 'cascader'" :model-value="s[k + 'Region']" :props="regionProps" placeholder="请选择省/市/区" :disabled="dis()"
                       style="width: 320px" @update:model-value="(v) => set({ [k + 'Region']: v ?? [] })" />
          <zoo-region-selects v-else :model-value="s[k + 'Region']" :disabled="dis()" @update:model-value="(v) => set({ [k + 'Region']: v })" />
          <div class="zoo-detail">
            <el-input :model-value="s[k + 'Detail']" placeholder="请输入详细地址（街道、门牌号）" :disabled="dis()" @update:model-value="(v) => set({ [k + 'Detail']: v })" />
          </div>
        </div>
      </template>
      <template v-else-if="f.kind === 'region'">
        <el-cascader v-if="f.shape === 'cascader'" :model-value="s[k]" :props="regionProps" placeholder="请选择省/市/区" :disabled="dis()"
                     style="width: 320px" @update:model-value="(v) => set({ [k]: v ?? [] })" />
        <zoo-region-selects v-else :model-value="s[k]" :disabled="dis()" @update:model-value="(v) => set({ [k]: v })" />
      </template>
      <template v-else-if="f.kind === 'domains'">
        <div v-if="f.shape === 'list'" class="zoo-domain-list">
          <div v-for="(d, i) in s[k]" :key="i" class="zoo-domain-row">
            <el-input :model-value="d" placeholder="请输入域名，如 example.com" style="width: 300px"
                      @update:model-value="(v) => set({ [k]: s[k].map((x, j) => (j === i ? v : x)) })" />
            <el-button v-if="i > 0" link type="danger" @click="set({ [k]: s[k].filter((_, j) => j !== i) })">删除</el-button>
          </div>
          <el-button size="small" @click="set({ [k]: [...s[k], ''] })">添加域名</el-button>
        </div>
        <zoo-domain-tags v-else-if="f.shape === 'tags'" :model-value="s[k]" @update:model-value="(v) => set({ [k]: v })" />
        <el-input v-else :model-value="s[k]" placeholder="请输入域名" :disabled="dis()" @update:model-value="(v) => set({ [k]: v })" />
      </template>
      <zoo-upload v-else-if="f.kind === 'upload'" :model-value="s[k]" :label="f.label" @update:model-value="(v) => set({ [k]: v })" />
      <el-checkbox v-else-if="f.kind === 'check' || f.kind === 'consent'" :model-value="s[k]" :disabled="dis()"
                   @update:model-value="(v) => set({ [k]: v })">{{ f.label }}</el-checkbox>
    </span>`,
});

const App = defineComponent({
  setup() {
    const labelled = (f: PlanField) => f.kind !== 'check' && f.kind !== 'consent';
    const click = (b: PlanButton) => {
      if (b.counter) set({ [b.counter]: (s[b.counter] as number) + 1 });
    };
    return { plan, layout: plan.layout, labelled, shown: (f: PlanField) => visible(f, s), click, s };
  },
  template: `
    <div class="zoo-ep">
      <div v-if="plan.notice" class="zoo-notice"><p v-for="p in plan.notice" :key="p">{{ p }}</p></div>
      <el-form v-if="layout === 'grid' || layout === 'sections'" :label-position="layout === 'sections' ? 'top' : 'right'" label-width="200px" class="zoo-form">
        <template v-for="sec in plan.sections" :key="sec.title">
          <h3 v-if="layout === 'grid'" class="zoo-section">{{ sec.title }}</h3>
          <el-divider v-else content-position="left">{{ sec.title }}</el-divider>
          <template v-for="f in sec.fields" :key="f.key">
            <el-form-item v-if="shown(f)" :label="labelled(f) ? f.label : ''" :required="f.required && labelled(f)">
              <zoo-control :f="f" />
              <div v-if="f.hint" class="zoo-hint" style="width: 100%">{{ f.hint }}</div>
            </el-form-item>
          </template>
        </template>
      </el-form>
      <template v-else-if="layout === 'descriptions'">
        <el-descriptions v-for="sec in plan.sections" :key="sec.title" :title="sec.title" :column="1" border label-width="200px" style="margin-bottom: 16px">
          <template v-for="f in sec.fields" :key="f.key">
            <el-descriptions-item v-if="shown(f)" label-align="right">
              <template #label><span v-if="f.required && labelled(f)" class="zoo-req">*</span>{{ labelled(f) ? f.label : '' }}</template>
              <zoo-control :f="f" />
              <div v-if="f.hint" class="zoo-hint">{{ f.hint }}</div>
            </el-descriptions-item>
          </template>
        </el-descriptions>
      </template>
      <table v-else class="zoo-table">
        <tbody>
          <template v-for="sec in plan.sections" :key="sec.title">
            <tr><td colspan="2" class="zoo-table-section">{{ sec.title }}</td></tr>
            <template v-for="f in sec.fields" :key="f.key">
              <tr v-if="shown(f)">
                <td class="zoo-table-label"><span v-if="f.required && labelled(f)" class="zoo-req">*</span>{{ labelled(f) ? f.label + '：' : '' }}</td>
                <td class="zoo-table-value"><zoo-control :f="f" /><div v-if="f.hint" class="zoo-hint">{{ f.hint }}</div></td>
              </tr>
            </template>
          </template>
        </tbody>
      </table>
      <div class="zoo-actions">
        <el-button v-for="b in plan.buttons" :key="b.label" :type="b.primary ? 'primary' : 'default'" @click="click(b)">{{ b.label }}</el-button>
      </div>
    </div>`,
});

createApp(App)
  .component('ZooControl', ZooControl)
  .component('ZooRegionSelects', ZooRegionSelects)
  .component('ZooDomainTags', ZooDomainTags)
  .component('ZooUpload', ZooUpload)
  .use(ElementPlus, { locale: zhCn })
  .mount('#zoo-root');
