/**
 * Gen-24 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14, written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout24-aliyun-apply-person-elp-timeline      新增网站 order (个人, 阿里云; the entity filed with another provider): an
 *    el-TIMELINE, one item per section; a blur-checked filing number the profile lacks, a select, blur checks, an el-INPUT-TAG
 *    of domains feeding a home-URL select, a MULTIPLE select, a textarea, a 本人 tick copying the entity's principal; the
 *    承诺 tick; 上一步 / 提交订单
 *  - heldout24-aliyun-apply-unit-elp-comparetable    变更主体 order (单位, 阿里云): a filing-number bar, then ONE el-TABLE as the
 *    form (字段 | 当前备案信息 | 变更后): a LAZY el-cascader, blur checks, a date picker + 长期 SWITCH, phones that must differ; an
 *    optional textarea; 上一步 / 提交变更
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import {
  build, DOMAIN_RE, EMAIL_RE, expose, fetchAreas, homeUrlSuggestions, ICP_LANGUAGES, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, personSiteNameProblem, PHONE_RE, snapshot, validId,
} from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}

const ALIYUN_CHROME = (who: string) => `
  <div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span><span style="margin-left:auto">${who}</span></div>
  <nav class="al-side" aria-label="备案"><a>首页</a><a class="on">我的备案</a><a>我的主体</a><a>备案服务号管理</a><a>资料下载</a></nav>`;
const entityIcpRule = (v: string) => (/^[\u4e00-\u9fff]ICP备\d{6,}号$/.test(v) ? '' : '主体备案号格式如 浙ICP备12345678号');

/* ------------------------------------------------------------------ 新增网站 (个人, 阿里云), timeline */

/** The entity's principal the order holds (the profile's 张伟, filed as the entity), for 网站负责人为主办者本人. */
const HELD_SELF = { name: '张伟', certNumber: '330106199003071236', mobile: '13800138000', emergency: '13900139000', email: 'zhangwei@example.com' };

const AliyunApplyPerson = defineComponent({
  setup() {
    const s = useReplica('aliyun', 'apply', '个人', {
      entityIcpNumber: '', certType: '', certNumber: '', siteName: '', domains: [], homeUrl: '', languages: [], remark: '',
      wpSelf: false, wpName: '', wpCertNumber: '', wpMobile: '', wpEmergency: '', wpEmail: '', promise: false, prevClicks: 0, submitClicks: 0,
    });
    const ui = reactive({ msg: '' });
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      entityIcpNumber: entityIcpRule,
      certNumber: (v) => (s.certType && s.certType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过',
      siteName: personSiteNameProblem,
      remark: (v) => (v.length < 10 ? '请用不少于 10 个字说明网站用途' : ''),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const setDomains = (v: unknown) => {
      const list = (Array.isArray(v) ? v : []).map((x) => String(x).trim().toLowerCase()).filter(Boolean);
      const bad = list.find((x) => !DOMAIN_RE.test(x));
      errs.domains = bad ? `${bad}：请填写不带 www. 与 http:// 的域名` : '';
      s.domains = list.filter((x, i) => DOMAIN_RE.test(x) && list.indexOf(x) === i);
      if (s.homeUrl && !homeUrlSuggestions(s.domains as string[]).includes(String(s.homeUrl))) s.homeUrl = '';
    };
    const setSelf = (on: boolean) => {
      const h = on ? HELD_SELF : { name: '', certNumber: '', mobile: '', emergency: '', email: '' };
      Object.assign(s, { wpSelf: on, wpName: h.name, wpCertNumber: h.certNumber, wpMobile: h.mobile, wpEmergency: h.emergency, wpEmail: h.email });
    };
    const submit = () => {
      s.submitClicks = Number(s.submitClicks) + 1;
      ui.msg = !s.entityIcpNumber ? '请填写主体备案号' : !(s.domains as string[]).length || !s.siteName ? '请完善网站信息' : !s.promise ? '请勾选承诺' : '已提交';
    };
    return { s, ui, errs, check, setDomains, setSelf, submit, ICP_LANGUAGES, ICP_PERSON_CERTS, homeUrlSuggestions };
  },
  template: `${ALIYUN_CHROME('张伟')}
  <div class="al-main"><div class="al-body">
    <h2 class="page-title">新增网站</h2>
    <el-alert type="info" :closable="false" show-icon title="系统判定本订单为「新增互联网信息服务（原备案不在阿里云）」：主体已在其他接入商备案，请核验主体并填写新网站的信息。"></el-alert>
    <el-timeline class="order-tl" style="margin-top:16px;padding-left:4px">
      <el-timeline-item timestamp="第一步" placement="top" type="primary">
        <div class="tl-sec s-entity">
          <h3>主体核验</h3>
          <el-form label-position="left" label-width="140px" require-asterisk-position="left">
            <el-form-item label="主体备案号" required :error="errs.entityIcpNumber"><el-input class="entity-icp" v-model="s.entityIcpNumber" placeholder="如 浙ICP备12345678号" style="width:320px" @input="errs.entityIcpNumber=''" @blur="check('entityIcpNumber')"></el-input></el-form-item>
            <el-form-item label="主办者名称"><span class="ro">张伟</span></el-form-item>
            <el-form-item label="主办者证件类型" required>
              <el-select class="cert-type" v-model="s.certType" placeholder="请选择" style="width:320px" popper-class="cert-type-pop"><el-option v-for="c in ICP_PERSON_CERTS" :key="c" :label="c" :value="c"></el-option></el-select>
            </el-form-item>
            <el-form-item label="主办者证件号码" required :error="errs.certNumber"><el-input class="cert-number" v-model="s.certNumber" maxlength="18" style="width:320px" @input="errs.certNumber=''" @blur="check('certNumber')"></el-input></el-form-item>
          </el-form>
        </div>
      </el-timeline-item>
      <el-timeline-item timestamp="第二步" placement="top" type="primary">
        <div class="tl-sec s-site">
          <h3>网站信息</h3>
          <el-form label-position="left" label-width="140px" require-asterisk-position="left">
            <el-form-item label="网站名称" required :error="errs.siteName"><el-input class="site-name" v-model="s.siteName" maxlength="50" style="width:420px" @input="errs.siteName=''" @blur="check('siteName')"></el-input></el-form-item>
            <el-form-item label="网站域名" required :error="errs.domains">
              <el-input-tag class="domains" :model-value="s.domains" @update:model-value="setDomains" placeholder="输入域名后回车" style="width:420px"></el-input-tag>
            </el-form-item>
            <el-form-item label="网站首页URL" required>
              <el-select class="home-url" v-model="s.homeUrl" :placeholder="s.domains.length ? '请选择' : '请先填写网站域名'" :disabled="!s.domains.length" style="width:420px" popper-class="home-url-pop">
                <el-option v-for="u in homeUrlSuggestions(s.domains)" :key="u" :label="u" :value="u"></el-option>
              </el-select>
            </el-form-item>
            <el-form-item label="网站服务内容"><span class="ro">其他</span><span class="help" style="margin-left:8px">个人备案固定为“其他”</span></el-form-item>
            <el-form-item label="网站语言" required>
              <el-select class="languages" v-model="s.languages" multiple placeholder="请选择" style="width:420px" popper-class="languages-pop"><el-option v-for="l in ICP_LANGUAGES" :key="l" :label="l" :value="l"></el-option></el-select>
            </el-form-item>
            <el-form-item label="网站备注" required :error="errs.remark"><el-input class="remark" v-model="s.remark" type="textarea" :rows="2" maxlength="200" show-word-limit style="width:520px" @input="errs.remark=''" @blur="check('remark')"></el-input></el-form-item>
          </el-form>
        </div>
      </el-timeline-item>
      <el-timeline-item timestamp="第三步" placement="top" type="primary">
        <div class="tl-sec s-wp">
          <h3>网站负责人</h3>
          <el-checkbox class="wp-self" :model-value="s.wpSelf" @update:model-value="setSelf">网站负责人为主办者本人</el-checkbox>
          <div v-if="s.wpSelf" class="self-sum" style="margin:8px 0 12px">{{ s.wpName }} · 居民身份证 {{ s.wpCertNumber }} · 手机 {{ s.wpMobile }} · 应急 {{ s.wpEmergency }} · {{ s.wpEmail }}</div>
          <el-form v-else label-position="left" label-width="140px" style="margin-top:8px">
            <el-form-item label="负责人姓名" required><el-input class="wp-name" v-model="s.wpName" style="width:260px"></el-input></el-form-item>
            <el-form-item label="负责人证件号码" required><el-input class="wp-cert-number" v-model="s.wpCertNumber" maxlength="18" style="width:260px"></el-input></el-form-item>
            <el-form-item label="负责人手机号码" required><el-input class="wp-mobile" v-model="s.wpMobile" maxlength="11" style="width:260px"></el-input></el-form-item>
          </el-form>
        </div>
      </el-timeline-item>
      <el-timeline-item timestamp="第四步" placement="top">
        <div class="tl-sec s-submit">
          <h3>提交</h3>
          <el-checkbox class="promise" v-model="s.promise">本人承诺所填备案信息真实、准确、完整</el-checkbox>
          <div class="actions">
            <el-button @click="s.prevClicks++">上一步</el-button><el-button type="primary" @click="submit">提交订单</el-button><span class="msg">{{ ui.msg }}</span>
          </div>
        </div>
      </el-timeline-item>
    </el-timeline>
  </div></div>`,
});

/* ------------------------------------------------------------------ 变更主体 (单位, 阿里云), compare table */

const ROWS = [
  { key: 'mailRegion', label: '通信地址所属区域', old: '浙江省 / 杭州市 / 西湖区' },
  { key: 'mailDetail', label: '通信地址详细地址', old: '文三路 478 号' },
  { key: 'investor', label: '投资人或主管单位', old: '李娜' },
  { key: 'prName', label: '主体负责人姓名', old: '赵敏' },
  { key: 'prCertNumber', label: '负责人证件号码', old: '3301**********2021' },
  { key: 'prValidity', label: '证件有效期起', old: '2011-04-02 至 2031-04-02' },
  { key: 'prMobile', label: '手机号码', old: '135****2000' },
  { key: 'prEmergency', label: '应急联系电话', old: '135****2001' },
  { key: 'prEmail', label: '电子邮箱', old: 'zhaomin@yunqi-demo.cn' },
  { key: 'prOffice', label: '办公室电话', old: '0571-86660000' },
];

const AliyunApplyUnit = defineComponent({
  setup() {
    const s = useReplica('aliyun', 'apply', '单位', {
      entityIcpNumber: '', mailRegionCodes: [], mailDetail: '', investor: '', prName: '', prCertNumber: '', prValidFrom: '', prLongTerm: false, prValidTo: '',
      prMobile: '', prEmergency: '', prEmail: '', prOffice: '', changeNote: '', prevClicks: 0, submitClicks: 0,
    }, ({ mailRegionCodes, ...r }) => ({ ...r, mailRegion: pathOfCode(Array.isArray(mailRegionCodes) ? String(mailRegionCodes.at(-1) ?? '') : '') }));
    const ui = reactive({ msg: '' });
    const errs = reactive<Record<string, string>>({});
    const rules: Record<string, (v: string) => string> = {
      entityIcpNumber: entityIcpRule,
      mailDetail: (v) => (/\d+\s*号/.test(v) ? '' : '通信地址须详细到门牌号'),
      prCertNumber: (v) => (validId(v) ? '' : '证件号码校验未通过'),
      prMobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      prEmergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.prMobile ? '应急联系电话不能与手机号码相同' : ''),
      prEmail: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
      prOffice: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 0571-12345678'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const setLong = (v: boolean) => { s.prLongTerm = v; if (v) s.prValidTo = ''; };
    const lazy = {
      lazy: true,
      lazyLoad(node: { level: number; value?: unknown }, resolve: (l: unknown[]) => void) {
        void fetchAreas(node.level === 0 ? '' : String(node.value)).then((l) => resolve(l.map((a) => ({ value: a.code, label: a.name, leaf: node.level >= 2 }))));
      },
    };
    const submit = () => {
      s.submitClicks = Number(s.submitClicks) + 1;
      ui.msg = !s.entityIcpNumber ? '请填写需变更的主体备案号' : '请核对变更内容后提交';
    };
    return { s, ui, errs, check, setLong, lazy, submit, rows: ROWS };
  },
  template: `${ALIYUN_CHROME('杭州云栖示例科技有限公司')}
  <div class="al-main"><div class="al-body">
    <h2 class="page-title">变更备案 · 变更主体</h2>
    <el-alert type="warning" :closable="false" show-icon title="变更主体信息不可更改主办单位性质与证件（单位不可变更为个人）；仅填写需要变更的项，提交后须重新经阿里云初审与管局审核。"></el-alert>
    <div class="cmp-bar" style="margin-top:12px">
      <span><em style="color:#e54545;font-style:normal">*</em> 主体备案号</span>
      <div><el-input class="entity-icp" v-model="s.entityIcpNumber" placeholder="如 浙ICP备12345678号" style="width:260px" @input="errs.entityIcpNumber=''" @blur="check('entityIcpNumber')"></el-input>
      <div class="field-err" v-if="errs.entityIcpNumber">{{ errs.entityIcpNumber }}</div></div>
      <span class="help">主办单位：杭州云栖示例科技有限公司 · 企业 · 营业执照（个人或企业） 91330110MA2H3K7Q18</span>
    </div>
    <el-table class="cmp-table" :data="rows" border style="width:100%">
      <el-table-column prop="label" label="字段" width="170"></el-table-column>
      <el-table-column label="当前备案信息" width="260"><template #default="{ row }"><span class="old">{{ row.old }}</span></template></el-table-column>
      <el-table-column label="变更后">
        <template #default="{ row }">
          <div :class="'cell-' + row.key">
            <el-cascader v-if="row.key === 'mailRegion'" class="mail-region" v-model="s.mailRegionCodes" :props="lazy" placeholder="省 / 市 / 区县" popper-class="mail-region-pop" style="width:300px"></el-cascader>
            <el-date-picker v-else-if="row.key === 'prValidity'" class="pr-valid-from" v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="有效期起" style="width:160px"></el-date-picker>
            <el-input v-else :class="row.key" v-model="s[row.key]" style="width:300px" @input="errs[row.key]=''" @blur="check(row.key)"></el-input>
            <span v-if="row.key === 'prValidity'" class="row-inline" style="display:inline-flex;margin-left:12px">
              <span>长期</span><el-switch class="pr-long-term" :model-value="s.prLongTerm" @update:model-value="setLong"></el-switch>
              <el-date-picker v-if="!s.prLongTerm" class="pr-valid-to" v-model="s.prValidTo" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="有效期止" style="width:160px"></el-date-picker>
            </span>
            <div class="field-err" v-if="errs[row.key]">{{ errs[row.key] }}</div>
          </div>
        </template>
      </el-table-column>
    </el-table>
    <el-form label-position="top" style="margin-top:16px;background:#fff;padding:12px 20px;border-radius:4px">
      <el-form-item label="变更说明"><el-input class="change-note" v-model="s.changeNote" type="textarea" :rows="2" maxlength="200" placeholder="选填：说明变更原因" style="width:560px"></el-input></el-form-item>
    </el-form>
    <div class="actions">
      <el-button @click="s.prevClicks++">上一步</el-button><el-button type="primary" @click="submit">提交变更</el-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = {
  'heldout24-aliyun-apply-person-elp-timeline': AliyunApplyPerson,
  'heldout24-aliyun-apply-unit-elp-comparetable': AliyunApplyUnit,
};
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
