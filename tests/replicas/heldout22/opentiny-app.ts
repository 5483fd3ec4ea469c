/**
 * Gen-22 held-out build on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout22-mps-site-person-opentiny-querydialog  网站基本信息 (个人, 公安): three titled blocks with LEFT labels; blur
 *    checks, a TinyDatePicker, ONE text for the other domains and ONE for the IPs (separated lists), a DATERANGE picker; a
 *    VERTICAL radio list of letter categories, a 是 / 否 TinySelect revealing checkboxes, radios, a checkbox group, a
 *    MULTIPLE TinySelect; two provider blocks whose 名称 has a 查询 button opening a TinyDIALOG-BOX (keyword search answered
 *    after a delay; 选择 fills name, code, region and phone), radios, a FILTERABLE whole-tree TinyCascader, a TinySelect;
 *    上一步 / 保存 / 下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import TinyAlert from '@opentiny/vue-alert';
import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyDialogBox from '@opentiny/vue-dialog-box';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import './regions';
import {
  build, DOMAIN_RE, expose, INTERACTIVE_KINDS, IPV4_RE, lines, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PRE_LICENCE_CODES, MPS_PROVIDER_ROWS, pathOfCode, PHONE_RE,
  regionOptions, shortIpv6, snapshot, validIpv6, type ProviderRow, type RegionOption,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}
const last = (v: unknown) => (Array.isArray(v) && v.length ? String(v[v.length - 1]) : '');

/** The code path of a region written as one string (浙江省杭州市余杭区), from the whole tree ([] when unknown). */
function codesOfText(text: string, level: RegionOption[] = regionOptions(), up: string[] = []): string[] {
  for (const n of level) {
    if (!text.startsWith(n.label)) continue;
    const rest = text.slice(n.label.length);
    if (!rest) return [...up, n.value];
    const deeper = codesOfText(rest, n.children ?? [], [...up, n.value]);
    if (deeper.length) return deeper;
  }
  return [];
}
/** The platform's 查询 answer: provider rows whose names contain the keyword, after a delay. */
const queryProviders = (q: string): Promise<ProviderRow[]> => new Promise((res) => setTimeout(() => res(q.trim() ? MPS_PROVIDER_ROWS.filter((r) => r.name.includes(q.trim())) : []), 300));

const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? `${v}：请填写不带 www. 与 http:// 的域名` : DOMAIN_RE.test(v) ? '' : `${v}：域名格式不正确`);

const MpsSitePerson = defineComponent({
  components: {
    TinyAlert, TinyButton, TinyCascader, TinyCheckbox, TinyCheckboxGroup, TinyDatePicker, TinyDialogBox, TinyForm, TinyFormItem, TinyInput, TinyOption, TinyRadio, TinyRadioGroup,
    TinySelect, TinySteps,
  },
  setup() {
    const s = useReplica('mps', 'site', '个人', {
      siteName: '', icpNumber: '', openedAt: '', mainDomain: '', subText: '', ipText: '', domainCert: [], category: '', interactive: '', interactiveKinds: [],
      dangerous: '', preLicences: [], languages: [],
      apName: '', apJurisdiction: '', apRegionCodes: [], apMethod: '', apPhone: '', apCode: '', rgName: '', rgJurisdiction: '', rgRegionCodes: [], rgPhone: '',
      prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, ({ subText, ipText, domainCert, apRegionCodes, rgRegionCodes, ...r }) => {
      const range = Array.isArray(domainCert) ? domainCert.map(String) : [];
      return {
        ...r,
        subDomains: lines(subText).map((d) => d.toLowerCase()),
        ips: lines(ipText).map((x) => (x.includes(':') ? shortIpv6(x) : x)),
        domainCert: range.length === 2 && range[0] && range[1] ? range : [],
        apRegion: pathOfCode(last(apRegionCodes)), rgRegion: pathOfCode(last(rgRegionCodes)),
      };
    });
    const errs = reactive<Record<string, string>>({});
    const ui = reactive({ dlg: false, role: 'ap' as 'ap' | 'rg', q: '', searching: false, rows: null as ProviderRow[] | null, msg: '' });
    const rules: Record<string, (v: string) => string> = {
      siteName: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 3 ? '' : '网站名称不少于 3 个汉字，须与工信部备案的网站名称一致'),
      icpNumber: (v) => (/^[\u4e00-\u9fff]ICP备\d{6,}号(-\d+)?$/.test(v) ? '' : '工信部备案号格式不正确，如 浙ICP备12345678号-1'),
      mainDomain: (v) => domainRule(v.toLowerCase()),
      subText: (v) => lines(v).map((d) => domainRule(d.toLowerCase())).find(Boolean) ?? '',
      ipText: (v) => { const bad = lines(v).find((x) => !IPV4_RE.test(x) && !validIpv6(x)); return bad ? `${bad} 不是有效的IP地址` : ''; },
      apPhone: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      rgPhone: (v) => (PHONE_RE.test(v) ? '' : '电话号码格式不正确'),
      apCode: (v) => (/^[0-9A-Z]{8}-?[0-9X]$/.test(v) ? '' : '接入商编码为 9 位组织机构代码'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const setInteractive = (v: string) => { s.interactive = v; if (v !== '是') s.interactiveKinds = []; };
    const openQuery = (role: 'ap' | 'rg') => { ui.role = role; ui.q = String(s[`${role}Name`] ?? '').slice(0, 4); ui.rows = null; ui.dlg = true; };
    const search = () => { ui.searching = true; ui.rows = null; void queryProviders(ui.q).then((r) => { ui.rows = r; ui.searching = false; }); };
    const choose = (row: ProviderRow) => {
      const p = ui.role;
      s[`${p}Name`] = row.name;
      s[`${p}Jurisdiction`] = '境内';
      if (row.phone) s[`${p}Phone`] = row.phone;
      if (p === 'ap' && row.code) s.apCode = row.code;
      const codes = codesOfText(row.region);
      if (codes.length) s[`${p}RegionCodes`] = codes;
      ui.dlg = false;
    };
    const save = () => {
      s.saveClicks = Number(s.saveClicks) + 1;
      const need = ['siteName', 'icpNumber', 'openedAt', 'mainDomain', 'ipText', 'category', 'interactive', 'dangerous', 'apName', 'apMethod', 'rgName'];
      ui.msg = need.every((k) => String(s[k] ?? '').trim()) ? '已保存' : '请完善带 * 的信息';
    };
    const regions = regionOptions();
    const steps = ['开办主体', '网站基本信息', '网站负责人', '提示说明'].map((name) => ({ name }));
    return {
      s, errs, ui, check, setInteractive, openQuery, search, choose, save, regions, steps,
      INTERACTIVE_KINDS, MPS_ACCESS_METHODS, MPS_CATEGORIES, MPS_LANGUAGES, MPS_PRE_LICENCE_CODES,
    };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span>公安机关互联网站安全管理服务</span><span class="who">张伟（个人用户）</span></div>
  <div class="mps-body">
    <div class="crumbs">首页 / 网站备案 / 新办网站申请</div>
    <div class="card-w"><tiny-steps :data="steps" :active="1"></tiny-steps></div>
    <tiny-alert type="info" :closable="false" description="网站名称须与工信部ICP备案的网站名称一致；网站IP填写域名实际解析的服务器地址。接入服务商、域名注册服务商可点击“查询”后选择，系统自动带出编码与联系电话。"></tiny-alert>
    <div class="blk b-site">
      <h3 class="blk-title">网站信息</h3>
      <tiny-form label-position="left" label-width="150px" :validate-on-rule-change="false">
        <tiny-form-item label="网站名称" required><div class="ctl"><tiny-input class="site-name" v-model="s.siteName" maxlength="50" style="width:360px" @input="errs.siteName=''" @blur="check('siteName')"></tiny-input><div class="field-err" v-if="errs.siteName">{{ errs.siteName }}</div></div></tiny-form-item>
        <tiny-form-item label="工信部备案号" required><div class="ctl"><tiny-input class="icp-number" v-model="s.icpNumber" maxlength="30" placeholder="如 浙ICP备12345678号-1" style="width:360px" @input="errs.icpNumber=''" @blur="check('icpNumber')"></tiny-input><div class="field-err" v-if="errs.icpNumber">{{ errs.icpNumber }}</div></div></tiny-form-item>
        <tiny-form-item label="网站开通日期" required><div class="ctl"><tiny-date-picker class="opened-at" v-model="s.openedAt" type="date" format="yyyy-MM-dd" value-format="yyyy-MM-dd" placeholder="请选择日期" style="width:220px"></tiny-date-picker><div class="help">网站开通之日起 30 日内办理联网备案</div></div></tiny-form-item>
        <tiny-form-item label="主域名" required><div class="ctl"><tiny-input class="main-domain" v-model="s.mainDomain" placeholder="不带 www. 的一级域名" style="width:360px" @input="errs.mainDomain=''" @blur="check('mainDomain')"></tiny-input><div class="field-err" v-if="errs.mainDomain">{{ errs.mainDomain }}</div></div></tiny-form-item>
        <tiny-form-item label="从域名"><div class="ctl"><tiny-input class="sub-domains" v-model="s.subText" placeholder="同一网站的其他域名，多个用逗号分隔；没有可不填" style="width:360px" @input="errs.subText=''" @blur="check('subText')"></tiny-input><div class="field-err" v-if="errs.subText">{{ errs.subText }}</div></div></tiny-form-item>
        <tiny-form-item label="网站IP" required><div class="ctl"><tiny-input class="ips" v-model="s.ipText" placeholder="多个IP用英文分号 ; 或逗号分隔" style="width:360px" @input="errs.ipText=''" @blur="check('ipText')"></tiny-input><div class="field-err" v-if="errs.ipText">{{ errs.ipText }}</div></div></tiny-form-item>
        <tiny-form-item label="域名证书有效期"><div class="ctl"><tiny-date-picker class="domain-cert" v-model="s.domainCert" type="daterange" format="yyyy-MM-dd" value-format="yyyy-MM-dd" start-placeholder="注册日期" end-placeholder="到期日期" style="width:300px"></tiny-date-picker></div></tiny-form-item>
      </tiny-form>
    </div>
    <div class="blk b-service">
      <h3 class="blk-title">服务信息</h3>
      <tiny-form label-position="left" label-width="150px" :validate-on-rule-change="false">
        <tiny-form-item label="网站类型" required>
          <tiny-radio-group class="category" v-model="s.category" style="display:flex;flex-direction:column;align-items:flex-start;gap:4px">
            <tiny-radio v-for="c in MPS_CATEGORIES" :key="c[0]" :label="c[0]">{{ c[1] }}</tiny-radio>
          </tiny-radio-group>
        </tiny-form-item>
        <tiny-form-item label="是否提供互联网交互服务" required>
          <div class="ctl">
            <tiny-select class="interactive" :model-value="s.interactive" @update:model-value="setInteractive" placeholder="请选择" style="width:200px"><tiny-option label="是" value="是"></tiny-option><tiny-option label="否" value="否"></tiny-option></tiny-select>
            <div class="help">用户可在网站发布文字、图片、音视频等信息的（论坛、评论、即时通讯、网盘等），选择“是”</div>
          </div>
        </tiny-form-item>
        <tiny-form-item v-if="s.interactive === '是'" label="交互服务类型" required>
          <tiny-checkbox-group class="interactive-kinds" v-model="s.interactiveKinds"><tiny-checkbox v-for="k in INTERACTIVE_KINDS" :key="k" :label="k">{{ k }}</tiny-checkbox></tiny-checkbox-group>
        </tiny-form-item>
        <tiny-form-item label="互联网危险物品信息发布" required>
          <tiny-radio-group class="dangerous" v-model="s.dangerous"><tiny-radio label="是">是</tiny-radio><tiny-radio label="否">否</tiny-radio></tiny-radio-group>
        </tiny-form-item>
        <tiny-form-item label="相关前置许可">
          <div class="ctl"><tiny-checkbox-group class="pre-licences" v-model="s.preLicences"><tiny-checkbox v-for="p in MPS_PRE_LICENCE_CODES" :key="p[0]" :label="p[1]">{{ p[1] }}</tiny-checkbox></tiny-checkbox-group><div class="help">不涉及请勿勾选</div></div>
        </tiny-form-item>
        <tiny-form-item label="网站语种" required>
          <tiny-select class="languages" v-model="s.languages" multiple placeholder="请选择（可多选）" style="width:360px"><tiny-option v-for="l in MPS_LANGUAGES" :key="l" :label="l" :value="l"></tiny-option></tiny-select>
        </tiny-form-item>
      </tiny-form>
    </div>
    <div class="blk b-prov">
      <h3 class="blk-title">接入信息</h3>
      <div class="prov-pair">
        <div v-for="p in [['ap', '网络接入服务商'], ['rg', '域名注册服务商']]" :key="p[0]" :class="['prov', 'prov-' + p[0]]">
          <h4>{{ p[1] }}</h4>
          <tiny-form label-position="left" label-width="110px" :validate-on-rule-change="false">
            <tiny-form-item label="名称" required>
              <div class="row-inline" style="flex-wrap:nowrap">
                <tiny-input :class="p[0] + '-name'" v-model="s[p[0] + 'Name']" style="width:240px"></tiny-input>
                <tiny-button :class="p[0] + '-query'" @click="openQuery(p[0])">查询</tiny-button>
              </div>
            </tiny-form-item>
            <tiny-form-item label="所属地区管辖" required>
              <tiny-radio-group :class="p[0] + '-jurisdiction'" v-model="s[p[0] + 'Jurisdiction']"><tiny-radio label="境内">境内</tiny-radio><tiny-radio label="境外">境外</tiny-radio></tiny-radio-group>
            </tiny-form-item>
            <tiny-form-item label="所属区域" required>
              <tiny-cascader :class="p[0] + '-region'" v-model="s[p[0] + 'RegionCodes']" :options="regions" filterable clearable placeholder="请选择省 / 市 / 区县" style="width:300px"></tiny-cascader>
            </tiny-form-item>
            <tiny-form-item v-if="p[0] === 'ap'" label="网站接入方式" required>
              <tiny-select class="ap-method" v-model="s.apMethod" placeholder="请选择" style="width:240px"><tiny-option v-for="m in MPS_ACCESS_METHODS" :key="m" :label="m" :value="m"></tiny-option></tiny-select>
            </tiny-form-item>
            <tiny-form-item label="联系电话" required>
              <div class="ctl"><tiny-input :class="p[0] + '-phone'" v-model="s[p[0] + 'Phone']" style="width:240px" @input="errs[p[0] + 'Phone']=''" @blur="check(p[0] + 'Phone')"></tiny-input><div class="field-err" v-if="errs[p[0] + 'Phone']">{{ errs[p[0] + 'Phone'] }}</div></div>
            </tiny-form-item>
            <tiny-form-item v-if="p[0] === 'ap'" label="接入商编码" required>
              <div class="ctl"><tiny-input class="ap-code" v-model="s.apCode" placeholder="组织机构代码" style="width:240px" @input="errs.apCode=''" @blur="check('apCode')"></tiny-input><div class="field-err" v-if="errs.apCode">{{ errs.apCode }}</div></div>
            </tiny-form-item>
          </tiny-form>
        </div>
      </div>
    </div>
    <tiny-dialog-box v-model:visible="ui.dlg" :title="ui.role === 'ap' ? '查询网络接入服务商' : '查询域名注册服务商'" width="640px" class="query-dlg">
      <div class="row-inline"><tiny-input class="q-input" v-model="ui.q" placeholder="输入服务商名称关键字" style="width:300px" @keyup.enter="search"></tiny-input><tiny-button class="q-search" type="primary" @click="search">搜索</tiny-button></div>
      <div class="q-result">
        <div v-if="ui.searching" class="help">正在查询…</div>
        <div v-else-if="ui.rows && !ui.rows.length" class="help">未查询到服务商，请更换关键字</div>
        <table v-else-if="ui.rows" class="q-table"><thead><tr><th>名称</th><th>所属区域</th><th>联系电话</th><th></th></tr></thead>
          <tbody><tr v-for="r in ui.rows" :key="r.name"><td>{{ r.name }}</td><td>{{ r.region || '—' }}</td><td>{{ r.phone || '—' }}</td><td><tiny-button size="mini" class="q-pick" @click="choose(r)">选择</tiny-button></td></tr></tbody></table>
      </div>
    </tiny-dialog-box>
    <div class="actions">
      <tiny-button @click="s.prevClicks++">上一步</tiny-button><tiny-button @click="save">保存</tiny-button><tiny-button type="primary" @click="s.nextClicks++">下一步</tiny-button>
      <span :class="ui.msg === '已保存' ? 'ok-msg' : 'msg'">{{ ui.msg }}</span>
    </div>
  </div>`,
});

const APPS: Record<string, Component> = { 'heldout22-mps-site-person-opentiny-querydialog': MpsSitePerson };
const App = APPS[build()];
if (App) createApp(App).mount('#app');
