/**
 * Gen-20 held-out build on Vue 3 (runtime compiler) + Element Plus 2.14, written from FORMS.md and docs/profile.example.json
 * alone, never tuned against:
 *  - heldout20-tencent-subject-person-elp-sidetitles 填写主体信息 (个人, 腾讯云): step-1 facts read-only, then one row per SECTION:
 *    its TITLE and explanation in a left column, its fields in a TWO-COLUMN grid on the right with labels on top; LAZY
 *    el-cascaders + details, a 同证件住址 tick copying and locking the mailing address, a select, blur checks, two
 *    el-date-pickers + a 长期 tick, phones that must differ, an office phone the profile lacks, a textarea; 上一步 / 保存 / 下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import { build, EMAIL_RE, expose, fetchAreas, ICP_PERSON_CERTS, MOBILE_RE, pathOfCode, PHONE_RE, snapshot, validId } from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}
const last = (v: unknown) => (Array.isArray(v) && v.length ? String(v[v.length - 1]) : '');

/* ------------------------------------------------------------------ 填写主体信息 (个人, 腾讯云), section side titles */

const TencentSubjectPerson = defineComponent({
  setup() {
    const s = useReplica('tencent', 'subject', '个人', {
      name: '', investor: '', certRegionCodes: [], certDetail: '', mailSame: false, mailRegionCodes: [], mailDetailOwn: '',
      prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, mobile: '', emergency: '', office: '', email: '',
      remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, ({ certRegionCodes, mailRegionCodes, mailDetailOwn, ...r }) => {
      const same = r.mailSame === true;
      return {
        ...r,
        certRegion: pathOfCode(last(certRegionCodes)),
        mailRegion: pathOfCode(last(same ? certRegionCodes : mailRegionCodes)),
        mailDetail: same ? String(r.certDetail ?? '') : String(mailDetailOwn ?? ''),
      };
    });
    const errs = reactive<Record<string, string>>({});
    const ui = reactive({ msg: '' });
    const rules: Record<string, (v: string) => string> = {
      name: (v) => ((v.match(/[\u4e00-\u9fff]/g) ?? []).length >= 2 ? '' : '请填写证件上的姓名'),
      investor: (v) => (v.length >= 2 ? '' : '个人请填写本人姓名'),
      prCertNumber: (v) => (s.prCertType && s.prCertType !== '居民身份证') || validId(v) ? '' : '证件号码校验未通过，请核对',
      mobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      emergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.mobile ? '应急联系电话不能与手机号码相同' : ''),
      office: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码，如 0571-12345678'),
      email: (v) => (EMAIL_RE.test(v) ? '' : '电子邮箱格式不正确'),
      certDetail: (v) => (/\d/.test(v) ? '' : '请填写至门牌号'),
      mailDetailOwn: (v) => (/\d/.test(v) ? '' : '通讯地址须详细到门牌号'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const setSame = (v: boolean) => { s.mailSame = v; if (v) { s.mailRegionCodes = []; s.mailDetailOwn = ''; errs.mailDetailOwn = ''; } };
    const setLong = (v: boolean) => { s.prLongTerm = v; if (v) s.prValidTo = ''; };
    const lazyProps = {
      lazy: true,
      lazyLoad(node: { level: number; value?: unknown }, resolve: (l: unknown[]) => void) {
        void fetchAreas(node.level === 0 ? '' : String(node.value)).then((l) => resolve(l.map((a) => ({ value: a.code, label: a.name, leaf: a.leaf || node.level >= 2 }))));
      },
    };
    const save = () => {
      s.saveClicks = Number(s.saveClicks) + 1;
      const need = ['name', 'investor', 'certDetail', 'prName', 'prCertType', 'prCertNumber', 'prValidFrom', 'mobile', 'emergency', 'email'];
      ui.msg = need.every((k) => String(s[k] ?? '').trim()) && (s.certRegionCodes as string[]).length ? '已保存' : '请完善带 * 的信息';
    };
    const steps = ['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交'];
    return { s, errs, ui, check, setSame, setLong, lazyProps, save, steps, ICP_PERSON_CERTS };
  },
  computed: {
    certText(): string { return pathOfCode(last(this.s.certRegionCodes)).join(' / '); },
  },
  template: `
  <div class="tc-top"><b>腾讯云</b><span>控制台</span><span>网站备案</span><span style="margin-left:auto">张伟</span></div>
  <nav class="tc-side" aria-label="网站备案"><div class="grp">网站备案</div><a>概览</a><a class="on">我的备案</a><a>备案授权码</a><a>常见问题</a></nav>
  <div class="tc-main"><div class="tc-body" style="max-width:1100px">
    <h2 class="page-title">首次备案 · 填写主体信息</h2>
    <div class="card-w"><el-steps :active="1" finish-status="success" align-center><el-step v-for="t in steps" :key="t" :title="t"></el-step></el-steps></div>
    <div class="facts-ro" style="background:#fff"><div><span>备案地域</span><b>浙江省</b></div><div><span>主办者性质</span><b>个人</b></div><div><span>证件类型</span><b>居民身份证</b></div><div><span>证件号码</span><b>330106199003071236</b></div><div class="help">以上信息由上一步的身份证识别填入，如需修改请返回上一步</div></div>
    <div class="side-sec d-holder">
      <div class="side-title"><h3>主办者信息</h3><p class="help">姓名、证件住址须与身份证一致；个人的投资人或主管单位填写本人姓名。通讯地址须详细到门牌号。</p></div>
      <el-form class="side-body" label-position="top" require-asterisk-position="left">
        <el-row :gutter="24">
          <el-col :span="12"><el-form-item label="姓名" required :error="errs.name"><el-input class="name" v-model="s.name" maxlength="30" placeholder="与身份证上的姓名一致" @input="errs.name=''" @blur="check('name')"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="投资人或主管单位" required :error="errs.investor"><el-input class="investor" v-model="s.investor" maxlength="60" placeholder="个人填写本人姓名" @input="errs.investor=''" @blur="check('investor')"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="证件住址" required><el-cascader class="cert-region" v-model="s.certRegionCodes" :props="lazyProps" placeholder="请选择省 / 市 / 区县" style="width:100%"></el-cascader></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="证件住址 · 详细地址" required :error="errs.certDetail"><el-input class="cert-detail" v-model="s.certDetail" placeholder="与身份证上的住址一致" @input="errs.certDetail=''" @blur="check('certDetail')"></el-input></el-form-item></el-col>
          <el-col :span="12">
            <el-form-item label="通讯地址" required>
              <div class="row-inline" style="flex-wrap:nowrap;width:100%">
                <el-input v-if="s.mailSame" class="mail-region-same" :model-value="certText" disabled placeholder="同证件住址" style="flex:1"></el-input>
                <el-cascader v-else class="mail-region" v-model="s.mailRegionCodes" :props="lazyProps" placeholder="请选择省 / 市 / 区县" style="flex:1"></el-cascader>
                <el-checkbox class="mail-same" :model-value="s.mailSame" @update:model-value="setSame">同证件住址</el-checkbox>
              </div>
            </el-form-item>
          </el-col>
          <el-col :span="12">
            <el-form-item label="通讯地址 · 详细地址" required :error="errs.mailDetailOwn">
              <el-input v-if="s.mailSame" class="mail-detail-same" :model-value="s.certDetail" disabled></el-input>
              <el-input v-else class="mail-detail" v-model="s.mailDetailOwn" placeholder="街道、门牌号" @input="errs.mailDetailOwn=''" @blur="check('mailDetailOwn')"></el-input>
            </el-form-item>
          </el-col>
        </el-row>
      </el-form>
    </div>
    <div class="side-sec d-principal">
      <div class="side-title"><h3>主体负责人信息</h3><p class="help">个人备案的主体负责人为本人。应急联系电话须为另一个手机号码，不能与手机号码相同。</p></div>
      <el-form class="side-body" label-position="top" require-asterisk-position="left">
        <el-row :gutter="24">
          <el-col :span="12"><el-form-item label="负责人姓名" required><el-input class="pr-name" v-model="s.prName" maxlength="30"></el-input></el-form-item></el-col>
          <el-col :span="12">
            <el-form-item label="负责人证件类型" required>
              <el-select class="pr-cert-type" v-model="s.prCertType" placeholder="请选择" style="width:100%"><el-option v-for="c in ICP_PERSON_CERTS" :key="c" :label="c" :value="c"></el-option></el-select>
            </el-form-item>
          </el-col>
          <el-col :span="12"><el-form-item label="负责人证件号码" required :error="errs.prCertNumber"><el-input class="pr-cert-number" v-model="s.prCertNumber" maxlength="18" @input="errs.prCertNumber=''" @blur="check('prCertNumber')"></el-input></el-form-item></el-col>
          <el-col :span="12"></el-col>
          <el-col :span="12">
            <el-form-item label="证件有效期 起" required>
              <el-date-picker class="pr-valid-from" v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="开始日期" style="width:100%"></el-date-picker>
            </el-form-item>
          </el-col>
          <el-col :span="12">
            <el-form-item label="证件有效期 止" :required="!s.prLongTerm">
              <div class="row-inline" style="flex-wrap:nowrap;width:100%">
                <el-date-picker class="pr-valid-to" v-model="s.prValidTo" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" :placeholder="s.prLongTerm ? '长期' : '结束日期'" :disabled="s.prLongTerm" style="flex:1"></el-date-picker>
                <el-checkbox class="pr-long-term" :model-value="s.prLongTerm" @update:model-value="setLong">长期</el-checkbox>
              </div>
            </el-form-item>
          </el-col>
          <el-col :span="12"><el-form-item label="手机号码" required :error="errs.mobile"><el-input class="mobile" v-model="s.mobile" maxlength="11" @input="errs.mobile=''" @blur="check('mobile')"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="应急联系电话" required :error="errs.emergency"><el-input class="emergency" v-model="s.emergency" maxlength="11" placeholder="不能与手机号码相同" @input="errs.emergency=''" @blur="check('emergency')"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="办公室电话" :error="errs.office"><el-input class="office" v-model="s.office" placeholder="区号-号码（选填）" @input="errs.office=''" @blur="check('office')"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="电子邮箱" required :error="errs.email"><el-input class="email" v-model="s.email" @input="errs.email=''" @blur="check('email')"></el-input></el-form-item></el-col>
        </el-row>
      </el-form>
    </div>
    <div class="side-sec d-other">
      <div class="side-title"><h3>其他</h3><p class="help">选填。部分管局要求在备注中填写的说明。</p></div>
      <el-form class="side-body" label-position="top">
        <el-form-item label="备注"><el-input class="remark" v-model="s.remark" type="textarea" :rows="2" maxlength="200" show-word-limit placeholder="选填；管局要求的说明"></el-input></el-form-item>
      </el-form>
    </div>
    <div class="actions">
      <el-button @click="s.prevClicks++">上一步</el-button><el-button @click="save">保存</el-button><el-button type="primary" @click="s.nextClicks++">下一步</el-button><span class="msg">{{ ui.msg }}</span>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = { 'heldout20-tencent-subject-person-elp-sidetitles': TencentSubjectPerson };
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
