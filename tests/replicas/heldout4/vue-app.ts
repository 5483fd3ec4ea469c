/**
 * Gen-4 held-out Element Plus pages (Vue 3 runtime compiler + Element Plus 2.14):
 *  - heldout4-aliyun-subject-person-elp
 *  - heldout4-mps-subject-unit-elp-stacked
 * Each page keeps its values in one reactive object; getState() reports it (file lists as names), and
 * every change of it (deep, synchronous watcher) bumps `changes`.
 */
import { computed, createApp, reactive, toRaw, watch } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn.mjs';
import { HELD_PRINCIPAL, ICP_PERSON_CERTS, MPS_PERSON_CERTS, MPS_UNIT_CERTS, build, expose, fetchAreas, nameOptions, snapshot } from './common';

function exposeReactive<T extends Record<string, unknown>>(platform: string, step: string, variant: string, init: T): T {
  const s = reactive(init) as T;
  const bump = expose(platform, step, variant, () => snapshot(JSON.parse(JSON.stringify(toRaw(s)))));
  watch(s, bump, { deep: true, flush: 'sync' });
  return s;
}
/** A label slot: red star element, text, full-width colon. */
const lbl = (text: string, required = true) =>
  `<template #label><span class="lb">${required ? '<i class="req">*</i>' : ''}${text}：</span></template>`;

/* ------------------------------------------------------------------ aliyun subject (person) */

const aliyunSubject = {
  template: `
<div class="pg">
  <div class="pg-title">填写主办者信息</div>
  <div class="pg-sub">备案类型：首次备案　　当前进度：基础信息 ✓ → <b>主办者信息</b> → 网站信息 → 上传资料</div>
  <el-form label-position="left" label-width="150px" class="frm">
    <div class="sbar">主办者信息</div>
    <el-form-item>${lbl('主办者性质')}<el-select v-model="s.nature" disabled style="width:320px"><el-option label="个人" value="个人" /></el-select></el-form-item>
    <el-form-item>${lbl('证件类型')}<el-select v-model="s.certType" disabled style="width:320px"><el-option v-for="c in certs" :key="c" :label="c" :value="c" /></el-select></el-form-item>
    <el-form-item>${lbl('证件号码')}<el-input v-model="s.certNumber" disabled style="width:320px" /></el-form-item>
    <el-form-item>${lbl('主办人姓名')}<el-input v-model="s.name" style="width:320px" /></el-form-item>
    <el-form-item>${lbl('证件住址')}<el-input v-model="s.certAddress" style="width:520px" /></el-form-item>
    <el-form-item>${lbl('通讯地址')}<el-cascader v-model="s.mailRegion" :options="regions" placeholder="省 / 市 / 区县" style="width:320px" clearable /></el-form-item>
    <el-form-item>${lbl('详细地址')}<el-input v-model="s.mailDetail" style="width:520px" /></el-form-item>
    <el-form-item>${lbl('投资人或主管单位')}<el-input v-model="s.investor" style="width:320px" /></el-form-item>
    <div class="sbar">主体负责人信息</div>
    <el-form-item>${lbl('负责人姓名')}<el-input v-model="s.prName" style="width:320px" /></el-form-item>
    <el-form-item>${lbl('负责人证件类型')}<el-select v-model="s.prCertType" placeholder="请选择" style="width:320px"><el-option v-for="c in certs" :key="c" :label="c" :value="c" /></el-select></el-form-item>
    <el-form-item>${lbl('负责人证件号码')}<el-input v-model="s.prCertNumber" style="width:320px" /></el-form-item>
    <el-form-item>${lbl('证件有效期')}
      <div class="validity">
        <el-date-picker v-if="!s.prLongTerm" v-model="range" type="daterange" value-format="YYYY-MM-DD" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" style="width:320px" />
        <template v-else><el-date-picker v-model="start" type="date" value-format="YYYY-MM-DD" placeholder="开始日期" style="width:180px" /><span class="to">至 长期</span></template>
        <el-checkbox v-model="s.prLongTerm" @change="onLong">长期</el-checkbox>
      </div>
    </el-form-item>
    <el-form-item>${lbl('手机号码')}<el-input v-model="s.mobile" style="width:320px" /></el-form-item>
    <el-form-item>${lbl('应急联系电话')}<el-input v-model="s.emergency" style="width:320px" /></el-form-item>
    <el-form-item>${lbl('办公室电话')}<el-input v-model="s.officePhone" style="width:320px" /></el-form-item>
    <el-form-item>${lbl('电子邮箱')}<el-input v-model="s.email" style="width:320px" /></el-form-item>
    <el-form-item>${lbl('即时通讯类型', false)}<el-select v-model="s.imType" placeholder="请选择" clearable style="width:320px"><el-option v-for="c in ims" :key="c" :label="c" :value="c" /></el-select></el-form-item>
    <el-form-item>${lbl('即时通讯账号', false)}<el-input v-model="s.imAccount" style="width:320px" /></el-form-item>
    <el-form-item>${lbl('备注', false)}<el-input v-model="s.remark" type="textarea" :rows="2" style="width:520px" /></el-form-item>
  </el-form>
  <div class="btns">
    <el-button @click="s.prevClicks++">上一步</el-button>
    <el-button @click="s.saveClicks++">保存</el-button>
    <el-button type="primary" @click="s.nextClicks++">下一步</el-button>
  </div>
</div>`,
  setup() {
    const s = exposeReactive('aliyun', 'subject', '个人', {
      nature: '个人', certType: '居民身份证', certNumber: HELD_PRINCIPAL.个人.certNumber, name: '', certAddress: '', mailRegion: [] as string[], mailDetail: '',
      investor: '', prName: '', prCertType: '', prCertNumber: '', prValidity: ['', ''] as string[], prLongTerm: false, mobile: '', emergency: '',
      officePhone: '', email: '', imType: '', imAccount: '', remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
    });
    const range = computed<string[] | null>({
      get: () => (s.prValidity[0] && s.prValidity[1] ? [...s.prValidity] : null),
      set: (v) => { s.prValidity = v ? [v[0] ?? '', v[1] ?? ''] : ['', '']; },
    });
    const start = computed<string | null>({
      get: () => s.prValidity[0] || null,
      set: (v) => { s.prValidity = [v ?? '', '']; },
    });
    const onLong = (on: boolean) => { if (on) s.prValidity = [s.prValidity[0] ?? '', '']; };
    return { s, certs: ICP_PERSON_CERTS, regions: nameOptions(), ims: ['QQ', '微信', '钉钉', '其他'], onLong, range, start };
  },
};

/* ------------------------------------------------------------------ mps subject (unit), stacked labels */

const mpsSubject = {
  template: `
<div class="pg narrow">
  <div class="pg-title">新办网站申请</div>
  <el-steps :active="0" finish-status="success" simple class="steps">
    <el-step title="开办主体" /><el-step title="网站基本信息" /><el-step title="网站负责人" /><el-step title="提示说明" />
  </el-steps>
  <el-form label-position="top" class="frm">
    <el-card shadow="never" header="开办主体信息" class="card">
      <el-form-item label="开办主体性质" required><el-select v-model="s.kind" placeholder="请选择开办主体性质"><el-option label="个人" value="个人" /><el-option label="单位" value="单位" /></el-select></el-form-item>
      <el-form-item label="主办单位名称" required><el-input v-model="s.unitName" placeholder="与证件上的单位名称一致" /></el-form-item>
      <el-form-item label="主办单位证件类型" required><el-select v-model="s.unitCertType" placeholder="请选择证件类型"><el-option v-for="c in unitCerts" :key="c" :label="c" :value="c" /></el-select></el-form-item>
      <el-form-item label="主办单位证件号码" required><el-input v-model="s.unitCertNumber" placeholder="统一社会信用代码或证件编号" /></el-form-item>
      <el-form-item label="单位有效证件" required>
        <el-upload v-model:file-list="s.licence" :auto-upload="false" :limit="1" accept="image/*"><el-button>选择文件</el-button></el-upload>
      </el-form-item>
      <el-form-item label="法定代表人姓名" required><el-input v-model="s.legalRep" placeholder="请输入法定代表人姓名" /></el-form-item>
      <el-form-item label="单位办公地址" required><el-cascader v-model="s.officeRegion" :props="officeProps" placeholder="请选择省 / 市 / 区县" style="width:100%" /></el-form-item>
      <el-form-item label="详细地址" required><el-input v-model="s.officeDetail" placeholder="街道、门牌号" /></el-form-item>
    </el-card>
    <el-card shadow="never" header="单位负责人信息" class="card">
      <el-form-item label="负责人姓名" required><el-input v-model="s.prName" placeholder="请输入姓名" /></el-form-item>
      <el-form-item label="负责人证件类型" required><el-select v-model="s.prCertType" placeholder="请选择证件类型"><el-option v-for="c in personCerts" :key="c" :label="c" :value="c" /></el-select></el-form-item>
      <el-form-item label="负责人证件号码" required><el-input v-model="s.prCertNumber" placeholder="请输入证件号码" /></el-form-item>
      <el-form-item label="证件有效期起" required><el-date-picker v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" placeholder="选择开始日期" style="width:100%" /></el-form-item>
      <el-form-item label="长期有效"><el-switch v-model="s.prLongTerm" @change="onLong" /></el-form-item>
      <el-form-item label="证件有效期止" :required="!s.prLongTerm"><el-date-picker v-model="s.prValidTo" type="date" value-format="YYYY-MM-DD" :disabled="s.prLongTerm" placeholder="选择截止日期（长期有效无需填写）" style="width:100%" /></el-form-item>
      <el-form-item label="证件正面" required><el-upload v-model:file-list="s.prIdFront" :auto-upload="false" :limit="1" accept="image/*"><el-button>选择文件</el-button></el-upload></el-form-item>
      <el-form-item label="证件反面" required><el-upload v-model:file-list="s.prIdBack" :auto-upload="false" :limit="1" accept="image/*"><el-button>选择文件</el-button></el-upload></el-form-item>
      <el-form-item label="手持证件照" required><el-upload v-model:file-list="s.prIdHand" :auto-upload="false" :limit="1" accept="image/*"><el-button>选择文件</el-button></el-upload></el-form-item>
      <el-form-item label="负责人常住地址" required><el-cascader v-model="s.resRegion" :props="resProps" placeholder="请选择省 / 市 / 区县" style="width:100%" /></el-form-item>
      <el-form-item label="详细地址" required><el-input v-model="s.resDetail" placeholder="街道、门牌号（可不含门牌号）" /></el-form-item>
      <el-form-item label="办公室电话" required><el-input v-model="s.officePhone" placeholder="区号-号码" /></el-form-item>
      <el-form-item label="手机号码" required><el-input v-model="s.mobile" placeholder="11 位手机号码" /></el-form-item>
      <el-form-item label="电子邮箱" required><el-input v-model="s.email" placeholder="用于接收审核通知" /></el-form-item>
      <el-form-item label="传真"><el-input v-model="s.fax" placeholder="选填" /></el-form-item>
      <el-form-item label="是否利用生成式人工智能" required><el-radio-group v-model="s.usesGenAI"><el-radio value="是">是</el-radio><el-radio value="否">否</el-radio></el-radio-group></el-form-item>
    </el-card>
  </el-form>
  <div class="btns">
    <el-button @click="s.draftClicks++">保存草稿</el-button>
    <el-button type="primary" @click="s.nextClicks++">下一步</el-button>
  </div>
</div>`,
  setup() {
    const s = exposeReactive('mps', 'subject', '单位', {
      kind: '', unitName: '', unitCertType: '', unitCertNumber: '', licence: [] as unknown[], legalRep: '', officeRegion: [] as string[], officeDetail: '',
      prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prLongTerm: false, prValidTo: '', prIdFront: [] as unknown[], prIdBack: [] as unknown[],
      prIdHand: [] as unknown[], resRegion: [] as string[], resDetail: '', officePhone: '', mobile: '', email: '', fax: '', usesGenAI: '',
      draftClicks: 0, nextClicks: 0,
    });
    // each lazy cascader has its own loader (and Element keeps each one's node tree apart)
    const lazyProps = (delay: number) => ({
      lazy: true,
      lazyLoad(node: { level: number; data?: { code?: string } }, resolve: (nodes: unknown[]) => void) {
        const code = node.level === 0 ? '' : String(node.data?.code ?? '');
        void fetchAreas(code, delay).then((list) => resolve(list.map((a) => ({ value: a.name, label: a.name, code: a.code, leaf: node.level >= 2 || !a.code.endsWith('00') }))));
      },
    });
    const onLong = (on: boolean) => { if (on) s.prValidTo = ''; };
    return { s, unitCerts: MPS_UNIT_CERTS, personCerts: MPS_PERSON_CERTS, officeProps: lazyProps(200), resProps: lazyProps(260), onLong };
  },
};

const CSS = `
body { margin: 0; background: #f0f2f5; font-family: "PingFang SC", "Microsoft YaHei", sans-serif; }
.pg { width: 900px; margin: 0 auto; padding: 20px 24px; background: #fff; min-height: 100vh; box-sizing: border-box; }
.pg.narrow { width: 620px; }
.pg-title { font-size: 18px; font-weight: 600; margin-bottom: 6px; }
.pg-sub { color: #888; margin-bottom: 14px; font-size: 13px; }
.sbar { background: #f2f3f5; color: #333; padding: 6px 12px; margin: 14px 0 12px; font-size: 14px; }
.lb .req { color: #f56c6c; font-style: normal; margin-right: 3px; }
.validity { display: flex; gap: 12px; align-items: center; }
.validity .to { margin-left: 8px; color: #666; }
.steps { margin: 8px 0 16px; }
.card { margin-bottom: 16px; }
.btns { text-align: center; padding: 16px 0; }
`;

const PAGES: Record<string, object> = {
  'heldout4-aliyun-subject-person-elp': aliyunSubject,
  'heldout4-mps-subject-unit-elp-stacked': mpsSubject,
};

const comp = PAGES[build()];
if (comp) {
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.appendChild(style);
  createApp(comp).use(ElementPlus, { locale: zhCn }).mount('#app');
}
