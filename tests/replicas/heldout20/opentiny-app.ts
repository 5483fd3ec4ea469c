/**
 * Gen-20 held-out builds on Vue 3 (runtime compiler) + OpenTiny Vue 3.31, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout20-aliyun-basic-unit-opentiny-collapse        验证备案类型 (单位): a TinyCOLLAPSE of three items, all open, labels
 *    on top; an INLINE TinyCASCADER-PANEL of regions fetched level by level, a filterable nature select, a VERTICAL radio
 *    list of documents LOADED after the nature, blur checks, a one-domain-per-line TEXTAREA; a TinyBUTTON-GROUP of resource
 *    types, the instances as RADIO CARDS fetched per type (short-lived ones disabled) or a 备案服务号 input; a consent tick;
 *    重置 / 信息校验
 *  - heldout20-aliyun-upload-person-opentiny-masterdetail 上传资料 (个人): upload-way radios (the App way hides the uploads), a
 *    MASTER-DETAIL pair: a checklist of materials with status tags on the left, the chosen material's detail (requirement,
 *    sample, a TinyFILE-UPLOAD) on the right, the others hidden; a 人脸核验 button, a 承诺 tick; 上一步 / 提交初审
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import TinyAlert from '@opentiny/vue-alert';
import TinyButton from '@opentiny/vue-button';
import TinyButtonGroup from '@opentiny/vue-button-group';
import TinyCascaderPanel from '@opentiny/vue-cascader-panel';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCollapse from '@opentiny/vue-collapse';
import TinyCollapseItem from '@opentiny/vue-collapse-item';
import TinyFileUpload from '@opentiny/vue-file-upload';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import TinyTag from '@opentiny/vue-tag';
import './regions';
import { build, DOMAIN_RE, expose, fetchAreas, ICP_CERTS_BY_NATURE, lines, NATURES, pathOfCode, snapshot, validId, validUscc } from './common';
import { YQ_INSTANCE } from './pages';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}
const last = (v: unknown) => (Array.isArray(v) && v.length ? String(v[v.length - 1]) : '');
const STEPS = ['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'].map((name) => ({ name }));
const CHROME = (who: string) => `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style="margin-left:auto">${who}</span></div>
  <nav class="al-side" aria-label="备案"><a>首页</a><a class="on">我的备案</a><a>备案服务号管理</a><a>资料下载</a></nav>`;

/* ------------------------------------------------------------------ 验证备案类型 (单位), collapse */

interface Instance { id: string; name: string; ips: string; region: string; left: string; short?: boolean }
const INSTANCES: Record<string, Instance[]> = {
  云服务器ECS: [
    { id: 'i-bp13kq8z0x5m2w7c', name: 'yunqi-jump', ips: '47.98.17.210', region: '华东1（杭州）', left: '1 个月', short: true },
    { id: YQ_INSTANCE, name: 'yunqi-portal', ips: '47.96.56.78 / 2408:4000:1000::10', region: '华东1（杭州）', left: '11 个月' },
    { id: 'i-uf64t1n8c3v9b2x5', name: 'yunqi-data', ips: '106.15.202.44', region: '华东2（上海）', left: '7 个月' },
  ],
  轻量应用服务器: [{ id: 'b7d0e3a91c2f4e6a8b55', name: 'Docker-yq', ips: '121.41.66.9', region: '华东1（杭州）', left: '5 个月' }],
};
const BASIC_INITIAL = (): S => ({
  regionCodes: [], nature: '', certType: '', certNumber: '', domainsText: '', resourceType: '云服务器ECS', instance: '', serviceCode: '',
  agreed: false, resetClicks: 0, verifyClicks: 0,
});
const domainRule = (v: string) => (/^(https?:|www\.)/i.test(v) ? `${v}：请填写不带 www. 与 http:// 的域名` : DOMAIN_RE.test(v) ? '' : `${v}：域名格式不正确`);

const AliyunBasicUnit = defineComponent({
  components: {
    TinyAlert, TinyButton, TinyButtonGroup, TinyCascaderPanel, TinyCheckbox, TinyCollapse, TinyCollapseItem, TinyForm, TinyFormItem, TinyInput, TinyOption, TinyRadio,
    TinyRadioGroup, TinySelect, TinySteps,
  },
  setup() {
    const s = useReplica('aliyun', 'basic', '单位', BASIC_INITIAL(), ({ regionCodes, domainsText, ...r }) => ({
      ...r, region: pathOfCode(last(regionCodes)), domains: lines(domainsText).map((d) => d.toLowerCase()),
    }));
    const ui = reactive({ open: ['subject', 'site', 'resource'], certs: [] as string[], certLoading: false, rows: {} as Record<string, Instance[]>, msg: '', ok: false, panelKey: 0 });
    const errs = reactive<Record<string, string>>({});
    // the documents a nature allows arrive after a short request (FORMS §1.7)
    watch(() => s.nature, (n) => {
      ui.certs = [];
      if (!n) { ui.certLoading = false; return; }
      ui.certLoading = true;
      setTimeout(() => { if (s.nature === n) { ui.certs = ICP_CERTS_BY_NATURE[String(n)] ?? ['统一社会信用代码证书', '组织机构代码证']; ui.certLoading = false; } }, 350);
    });
    const setNature = (v: string) => { s.nature = v; s.certType = ''; };
    // the account's instances of a resource type arrive after a request
    const loadRows = (kind: string) => {
      if (kind === '备案服务号' || ui.rows[kind]) return;
      setTimeout(() => { ui.rows = { ...ui.rows, [kind]: INSTANCES[kind] ?? [] }; }, 450);
    };
    loadRows('云服务器ECS');
    const setResource = (v: string) => { s.resourceType = v; s.instance = ''; s.serviceCode = ''; loadRows(v); };
    const regionProps = {
      lazy: true,
      lazyLoad(node: { level: number; value?: unknown }, resolve: (l: unknown[]) => void) {
        void fetchAreas(node.level === 0 ? '' : String(node.value)).then((l) => resolve(l.map((a) => ({ value: a.code, label: a.name, leaf: a.leaf || node.level >= 2 }))));
      },
    };
    const checkCert = () => {
      const v = String(s.certNumber ?? '').trim();
      if (!v) { errs.certNumber = ''; return; }
      if (s.certType === '居民身份证') errs.certNumber = validId(v) ? '' : '身份证号码校验未通过';
      else errs.certNumber = s.nature && s.nature !== '个人' && !validUscc(v) ? '统一社会信用代码校验未通过，请核对' : '';
    };
    const checkDomains = () => {
      const bad = lines(s.domainsText).map((d) => domainRule(d.toLowerCase())).find(Boolean);
      errs.domains = bad ?? '';
    };
    const reset = () => {
      Object.assign(s, BASIC_INITIAL(), { resetClicks: Number(s.resetClicks) + 1, verifyClicks: s.verifyClicks });
      Object.keys(errs).forEach((k) => { errs[k] = ''; });
      ui.msg = '';
      ui.panelKey++;
    };
    const verify = () => {
      s.verifyClicks = Number(s.verifyClicks) + 1;
      if (!s.agreed) { ui.ok = false; ui.msg = '请先阅读并同意服务协议'; return; }
      const ok = (s.regionCodes as string[]).length === 3 && s.nature && s.certType && s.certNumber && lines(s.domainsText).length && (s.instance || s.serviceCode);
      ui.ok = !!ok;
      ui.msg = ok ? '信息校验通过：本次为首次备案' : '请完善带 * 的信息';
    };
    const kinds = ['云服务器ECS', '轻量应用服务器', '备案服务号'].map((v) => ({ text: v, value: v }));
    return { s, ui, errs, setNature, setResource, regionProps, checkCert, checkDomains, reset, verify, kinds, NATURES, STEPS };
  },
  computed: {
    regionText(): string { return pathOfCode(last(this.s.regionCodes)).join(' / '); },
    rowsNow(): Instance[] | null { return this.ui.rows[String(this.s.resourceType)] ?? null; },
  },
  template: `${CHROME('杭州云栖示例科技有限公司')}
  <div class="al-main"><div class="al-body">
    <div class="card-w"><tiny-steps :data="STEPS" :active="0"></tiny-steps></div>
    <tiny-alert type="info" :closable="false" description="请确认备案域名已完成实名认证、持有者为本单位，且已在阿里云购买可备案的云资源（剩余时长不少于 3 个月）。信息校验通过后系统自动判断备案类型。"></tiny-alert>
    <div class="basic-collapse">
      <tiny-collapse v-model="ui.open" class="basic-sections">
        <tiny-collapse-item title="主办单位" name="subject">
          <tiny-form label-position="top" :validate-on-rule-change="false">
            <tiny-form-item label="所在地区" required>
              <div class="ctl">
                <tiny-cascader-panel :key="ui.panelKey" class="region-panel" v-model="s.regionCodes" :props="regionProps"></tiny-cascader-panel>
                <div class="help">已选：{{ regionText || '请依次选择省 / 市 / 区县' }}</div>
              </div>
            </tiny-form-item>
            <tiny-form-item label="单位性质" required>
              <tiny-select class="nature" :model-value="s.nature" @update:model-value="setNature" filterable placeholder="请选择" style="width:320px">
                <tiny-option v-for="n in NATURES" :key="n" :label="n" :value="n"></tiny-option>
              </tiny-select>
            </tiny-form-item>
            <tiny-form-item label="证件类型" required>
              <div class="ctl cert-types">
                <div v-if="!s.nature" class="help">请先选择单位性质</div>
                <div v-else-if="ui.certLoading" class="help cert-loading">正在加载可选证件类型…</div>
                <tiny-radio-group v-else class="cert-type" v-model="s.certType" style="display:flex;flex-direction:column;align-items:flex-start;gap:6px">
                  <tiny-radio v-for="c in ui.certs" :key="c" :label="c">{{ c }}</tiny-radio>
                </tiny-radio-group>
              </div>
            </tiny-form-item>
            <tiny-form-item label="证件号码" required>
              <div class="ctl"><tiny-input class="cert-number" v-model="s.certNumber" maxlength="18" placeholder="请输入证件上的号码" style="width:320px" @input="errs.certNumber=''" @blur="checkCert"></tiny-input><div class="field-err" v-if="errs.certNumber">{{ errs.certNumber }}</div></div>
            </tiny-form-item>
          </tiny-form>
        </tiny-collapse-item>
        <tiny-collapse-item title="网站" name="site">
          <tiny-form label-position="top" :validate-on-rule-change="false">
            <tiny-form-item label="备案域名" required>
              <div class="ctl">
                <tiny-input class="domains" v-model="s.domainsText" type="textarea" :rows="3" placeholder="每行填写一个已实名认证的域名，不带 www.，如&#10;example.com" style="width:420px" @input="errs.domains=''" @blur="checkDomains"></tiny-input>
                <div class="field-err" v-if="errs.domains">{{ errs.domains }}</div>
                <div class="help">同一主体的多个域名请分行填写</div>
              </div>
            </tiny-form-item>
          </tiny-form>
        </tiny-collapse-item>
        <tiny-collapse-item title="备案资源" name="resource">
          <tiny-form label-position="top" :validate-on-rule-change="false">
            <tiny-form-item label="云资源类型" required>
              <tiny-button-group class="resource-type" :data="kinds" :model-value="s.resourceType" @update:model-value="setResource"></tiny-button-group>
            </tiny-form-item>
            <tiny-form-item v-if="s.resourceType === '备案服务号'" label="备案服务号" required>
              <div class="ctl"><tiny-input class="service-code" v-model="s.serviceCode" placeholder="请输入备案服务号" style="width:320px"></tiny-input><div class="help">在“备案服务号管理”中申请</div></div>
            </tiny-form-item>
            <tiny-form-item v-else label="关联实例" required>
              <div class="ctl">
                <div v-if="!rowsNow" class="help inst-loading">正在查询您账号下的实例…</div>
                <tiny-radio-group v-else class="instances" v-model="s.instance" style="display:block;width:100%">
                  <div class="inst-cards">
                    <div v-for="r in rowsNow" :key="r.id" :class="['inst-card', { on: s.instance === r.id, off: r.short }]">
                      <tiny-radio :label="r.id" :disabled="r.short">
                        <b>{{ r.name }}</b><br>实例ID：{{ r.id }}<br>公网IP：{{ r.ips }}<br>地域：{{ r.region }}<br>剩余时长：{{ r.left }}<span v-if="r.short">（不足 3 个月，不可用于备案）</span>
                      </tiny-radio>
                    </div>
                  </div>
                </tiny-radio-group>
                <div class="help">选择网站所在的实例；剩余时长不足 3 个月的实例不可用于备案</div>
              </div>
            </tiny-form-item>
          </tiny-form>
        </tiny-collapse-item>
      </tiny-collapse>
      <div style="margin:12px 0 0"><tiny-checkbox class="agreed" v-model="s.agreed">我已阅读并同意《阿里云ICP代备案服务协议》</tiny-checkbox></div>
      <div class="actions">
        <tiny-button class="reset" @click="reset">重置</tiny-button>
        <tiny-button class="verify" type="primary" @click="verify">信息校验</tiny-button>
        <span :class="ui.ok ? 'ok-msg' : 'msg'">{{ ui.msg }}</span>
      </div>
    </div>
  </div></div>`,
});

/* ------------------------------------------------------------------ 上传资料 (个人), master-detail */

interface Material { key: string; title: string; need: '必传' | '选传'; text: string }
const MATERIALS: Material[] = [
  { key: 'idFront', title: '主办者身份证 · 人像面', need: '必传', text: '请上传主办者居民身份证人像面的彩色原件照片，四角完整、文字清晰，不得使用复印件。' },
  { key: 'idBack', title: '主办者身份证 · 国徽面', need: '必传', text: '请上传主办者居民身份证国徽面的彩色原件照片，有效期限须清晰可见。' },
  { key: 'wpIdFront', title: '网站负责人身份证 · 人像面', need: '必传', text: '个人备案的网站负责人即主办者本人，请上传其身份证人像面。' },
  { key: 'wpIdBack', title: '网站负责人身份证 · 国徽面', need: '必传', text: '请上传网站负责人身份证国徽面。' },
  { key: 'domainCert', title: '域名证书（选传）', need: '选传', text: '部分管局要求提供域名证书；未要求时可不传。' },
  { key: 'residence', title: '居住证（选传）', need: '选传', text: '证件地址不在备案省份的个人，须上传当地居住证或暂住证。' },
];

const AliyunUploadPerson = defineComponent({
  components: { TinyAlert, TinyButton, TinyCheckbox, TinyFileUpload, TinyRadio, TinyRadioGroup, TinySteps, TinyTag },
  setup() {
    const s = useReplica('aliyun', 'upload', '个人', {
      uploadWay: '电脑上传', idFront: [], idBack: [], wpIdFront: [], wpIdBack: [], domainCert: [], residence: [],
      faceClicks: 0, promise: false, prevClicks: 0, submitClicks: 0,
    });
    const ui = reactive({ cur: 'idFront', msg: '' });
    const files = reactive<Record<string, unknown[]>>(Object.fromEntries(MATERIALS.map((m) => [m.key, []])));
    const setFiles = (k: string, list: { name?: string }[]) => { files[k] = list; s[k] = list.map((f) => f.name ?? '').filter(Boolean); };
    const submit = () => {
      s.submitClicks = Number(s.submitClicks) + 1;
      const left = MATERIALS.filter((m) => m.need === '必传' && !(s[m.key] as string[]).length).map((m) => m.title);
      ui.msg = left.length ? `尚未上传：${left.join('、')}` : !s.promise ? '请先勾选承诺' : '请先完成人脸核验';
    };
    return { s, ui, files, setFiles, submit, MATERIALS, STEPS };
  },
  template: `${CHROME('张伟')}
  <div class="al-main"><div class="al-body">
    <div class="card-w"><tiny-steps :data="STEPS" :active="3"></tiny-steps></div>
    <tiny-alert type="info" :closable="false" description="请上传证件原件的彩色照片或扫描件（jpg / png，单张不超过 4 MB），不得使用复印件或屏幕翻拍；水印不得遮挡证件信息。"></tiny-alert>
    <div class="card-w" style="margin-top:16px;margin-bottom:0">
      <div class="row-inline"><span>资料上传方式：</span>
        <tiny-radio-group class="upload-way" v-model="s.uploadWay"><tiny-radio label="电脑上传">电脑上传</tiny-radio><tiny-radio label="阿里云App扫码上传">阿里云App扫码上传</tiny-radio></tiny-radio-group>
      </div>
    </div>
    <div v-show="s.uploadWay === '阿里云App扫码上传'" class="card-w" style="margin-top:16px"><div class="row-inline"><div class="qr"></div><span class="help">请使用阿里云App扫描二维码，按提示拍摄并上传资料。</span></div></div>
    <div v-show="s.uploadWay === '电脑上传'" class="md">
      <div class="md-list" role="tablist" aria-label="资料清单">
        <div v-for="m in MATERIALS" :key="m.key" :class="['md-item', 'mi-' + m.key, { cur: ui.cur === m.key }]" role="tab" :aria-selected="ui.cur === m.key" @click="ui.cur = m.key">
          <span>{{ m.title }}</span>
          <span class="tags">
            <tiny-tag size="small" :type="m.need === '必传' ? 'warning' : 'info'">{{ m.need }}</tiny-tag>
            <tiny-tag size="small" :type="s[m.key].length ? 'success' : ''">{{ s[m.key].length ? '已上传' : '待上传' }}</tiny-tag>
          </span>
        </div>
      </div>
      <div class="md-detail">
        <div v-for="m in MATERIALS" :key="m.key" v-show="ui.cur === m.key" :class="['md-pane', 'pane-' + m.key]" role="tabpanel">
          <h3>{{ m.title }}</h3>
          <div class="help">{{ m.text }}</div>
          <div class="sample">示例图</div>
          <tiny-file-upload :class="['up', 'up-' + m.key]" action="#" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" list-type="picture" :file-list="files[m.key]"
            @change="(f, list) => setFiles(m.key, list)" @remove="(f, list) => setFiles(m.key, list)">
            <tiny-button>选择图片</tiny-button>
          </tiny-file-upload>
        </div>
      </div>
    </div>
    <div class="verify-card">
      <b>真实性核验</b><span class="help">资料上传后，请主办者本人完成人脸核验（阿里云App扫码）。</span>
      <tiny-button class="face" @click="s.faceClicks++">开始人脸核验</tiny-button>
    </div>
    <div style="margin-top:14px"><tiny-checkbox class="promise" v-model="s.promise">本人承诺所提交的备案资料真实有效</tiny-checkbox></div>
    <div class="actions">
      <tiny-button @click="s.prevClicks++">上一步</tiny-button><tiny-button type="primary" @click="submit">提交初审</tiny-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = {
  'heldout20-aliyun-basic-unit-opentiny-collapse': AliyunBasicUnit,
  'heldout20-aliyun-upload-person-opentiny-masterdetail': AliyunUploadPerson,
};
const App = APPS[build()];
if (App) createApp(App).mount('#app');
