/**
 * Gen-9 held-out builds on Vue 3 (runtime compiler) + Element Plus 2.14 (written from FORMS.md alone, never tuned against):
 *  - heldout9-aliyun-basic-person-elp-dialog  验证备案类型 (个人): the form inside an el-dialog already open on load, a lazy
 *    region cascader that also takes typed search, 证件类型 as radio buttons filtered by 性质
 *  - heldout9-mps-subject-unit-elp-inline     开办主体 (单位): an inline form (several items per row), lazy cascaders,
 *    office phone split into 区号 + 号码, blur rules with messages under the fields
 */
import { createApp, reactive, ref, watch } from 'vue';
import ElementPlus, { ElMessage } from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn.mjs';
import './regions';
import { build, EMAIL_RE, expose, fetchAreas, ICP_CERTS_BY_NATURE, MOBILE_RE, MPS_PERSON_CERTS, MPS_UNIT_CERTS, NATURES, snapshot, validId, validUscc } from './common';

type S = Record<string, unknown>;

/** el-cascader props: every level answered by the (simulated) area API after a delay. */
const lazyRegions = {
  lazy: true,
  lazyLoad(node: { level: number; value?: string }, resolve: (l: unknown[]) => void) {
    void fetchAreas(node.level === 0 ? '' : String(node.value)).then((l) => resolve(l.map((a) => ({ value: a.code, label: a.name, leaf: a.leaf }))));
  },
};
/** The names path of the cascader's checked node (the state keeps names). */
const labelsOf = (cas: { getCheckedNodes?: (leafOnly: boolean) => { pathLabels: string[] }[] } | null | undefined): string[] =>
  cas?.getCheckedNodes?.(false)?.[0]?.pathLabels ?? [];

function mount(make: () => object) {
  createApp(make()).use(ElementPlus, { locale: zhCn }).mount('#app');
}
function tracked(platform: 'aliyun' | 'mps', step: string, variant: string, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive<S>(initial);
  const bump = expose(platform, step, variant, () => snapshot(view(s)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}

/* ------------------------------------------------------------------ 1. aliyun 验证备案类型 (个人) in a dialog */

function aliyunBasic() {
  const s = tracked('aliyun', 'basic', '个人', {
    region: [], nature: '', certType: '', certNumber: '', domain: '', serviceCode: '', agreed: false, editClicks: 0, cancelClicks: 0, verifyClicks: 0,
  });
  return {
    setup() {
      const open = ref(true);
      const codes = ref<string[]>([]);
      const cas = ref();
      const form = ref();
      const certs = () => (s.nature ? ICP_CERTS_BY_NATURE[String(s.nature)] ?? ['统一社会信用代码证书', '组织机构代码证'] : []);
      const certRule = {
        trigger: 'blur',
        validator: (_r: unknown, v: string, cb: (e?: Error) => void) => {
          if (!v) return cb();
          if (s.certType === '居民身份证' && !validId(v)) return cb(new Error('身份证号码校验不通过'));
          if (/营业执照|统一社会信用代码/.test(String(s.certType)) && !validUscc(v)) return cb(new Error('统一社会信用代码校验不通过'));
          cb();
        },
      };
      const domainRule = {
        trigger: 'blur',
        validator: (_r: unknown, v: string, cb: (e?: Error) => void) => {
          if (!v) return cb();
          if (/^(https?:\/\/|www\.)/i.test(v)) return cb(new Error('请填写主域名，不含 http:// 和 www.'));
          if (!/^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(v)) return cb(new Error('域名格式不正确'));
          cb();
        },
      };
      return {
        s, open, codes, cas, form, certs, natures: NATURES, lazyRegions,
        rules: { certNumber: [certRule], domain: [domainRule] },
        onRegion: () => { s.region = labelsOf(cas.value); },
        onNature: (v: string) => { s.nature = v; s.certType = ''; },
        edit: () => { s.editClicks = Number(s.editClicks) + 1; open.value = true; },
        cancel: () => { s.cancelClicks = Number(s.cancelClicks) + 1; open.value = false; },
        verify: () => {
          s.verifyClicks = Number(s.verifyClicks) + 1;
          ElMessage.warning('信息校验未通过：请检查备案服务号，新注册域名需等待实名信息同步（约 3 天）');
        },
      };
    },
    template: `
<div class="al-top"><b>阿里云</b><span>ICP代备案管理系统</span></div>
<nav class="al-side" aria-label="备案导航"><a href="#">我的备案</a><a href="#" class="on">新增备案</a><a href="#">主体信息管理</a><a href="#">备案服务号管理</a></nav>
<div class="al-main"><div class="al-body">
  <h2 class="page-title">我的备案</h2>
  <el-table :data="[{ id: 'BA20251201001', type: '首次备案', state: '草稿', time: '2025-12-01 10:12' }]" border style="width: 100%">
    <el-table-column prop="id" label="订单号" />
    <el-table-column prop="type" label="备案类型" />
    <el-table-column prop="state" label="状态" />
    <el-table-column prop="time" label="创建时间" />
    <el-table-column label="操作" width="120"><template #default><el-button link type="primary" @click="edit">编辑</el-button></template></el-table-column>
  </el-table>
  <el-dialog v-model="open" title="填写基本信息" width="760px" :close-on-click-modal="false" class="basic-dialog">
    <el-steps :active="0" simple style="margin-bottom: 18px">
      <el-step title="验证备案类型" /><el-step title="填写主办者信息" /><el-step title="填写网站信息" /><el-step title="上传资料" />
    </el-steps>
    <el-form ref="form" :model="s" :rules="rules" label-width="150px" label-position="right">
      <el-form-item label="主办单位所属区域" required>
        <el-cascader ref="cas" v-model="codes" :props="lazyRegions" filterable clearable placeholder="请选择，或输入区县名称搜索" style="width: 100%" @change="onRegion" />
        <div class="help">请选择主办单位证件住所所在的省、市、区县（个人为身份证住址所在地）</div>
      </el-form-item>
      <el-form-item label="主办单位性质" required>
        <el-select :model-value="s.nature || undefined" @update:model-value="onNature" placeholder="请选择主办单位性质" style="width: 100%">
          <el-option v-for="n in natures" :key="n" :label="n" :value="n" />
        </el-select>
      </el-form-item>
      <el-form-item v-if="s.nature" label="主办单位证件类型" required>
        <el-radio-group v-model="s.certType" class="cert-buttons">
          <el-radio-button v-for="c in certs()" :key="c" :value="c">{{ c }}</el-radio-button>
        </el-radio-group>
      </el-form-item>
      <el-form-item label="主办单位证件号码" prop="certNumber" required>
        <el-input v-model="s.certNumber" maxlength="18" placeholder="请输入证件上的号码" />
      </el-form-item>
      <el-form-item label="网站域名" prop="domain" required>
        <el-input v-model="s.domain" placeholder="如 example.com，不含 www." />
      </el-form-item>
      <el-form-item label="备案服务号" required>
        <el-input v-model="s.serviceCode" placeholder="请输入备案服务号" />
        <div class="help">使用 ECS 等云资源申请备案服务号，<a href="#">如何获取备案服务号？</a></div>
      </el-form-item>
      <el-form-item label=" ">
        <el-checkbox v-model="s.agreed">我已阅读并同意《ICP代备案服务协议》</el-checkbox>
      </el-form-item>
    </el-form>
    <template #footer>
      <el-button @click="cancel">取消</el-button>
      <el-button type="primary" @click="verify">信息校验</el-button>
    </template>
  </el-dialog>
</div></div>`,
  };
}

/* ------------------------------------------------------------------ 2. mps 开办主体 (单位) as an inline form */

function mpsSubject() {
  const s = tracked('mps', 'subject', '单位', {
    kind: '单位', unitName: '', unitCertType: '', unitCertNumber: '', unitCertFile: [], legalRep: '', officeRegion: [], officeDetail: '',
    prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prIdFront: [], prIdBack: [], prIdHand: [],
    residence: [], residenceDetail: '', officeAreaCode: '', officeNumber: '', mobile: '', email: '', genAI: '', draftClicks: 0, nextClicks: 0,
  });
  const check = (ok: (v: string) => boolean, msg: string) => ({
    trigger: 'blur',
    validator: (_r: unknown, v: string, cb: (e?: Error) => void) => (v && !ok(v) ? cb(new Error(msg)) : cb()),
  });
  return {
    setup() {
      const officeCodes = ref<string[]>([]);
      const homeCodes = ref<string[]>([]);
      const officeCas = ref();
      const homeCas = ref();
      return {
        s, officeCodes, homeCodes, officeCas, homeCas, lazyRegions, unitCerts: MPS_UNIT_CERTS, personCerts: MPS_PERSON_CERTS,
        rules: {
          unitCertNumber: [check(validUscc, '统一社会信用代码格式不正确')],
          prCertNumber: [check((v) => s.prCertType !== '居民身份证' || validId(v), '身份证号码格式不正确')],
          mobile: [check((v) => MOBILE_RE.test(v), '请输入正确的手机号码')],
          email: [check((v) => EMAIL_RE.test(v), '邮箱格式不正确')],
          officeAreaCode: [check((v) => /^0\d{2,3}$/.test(v), '区号为 3–4 位数字，以 0 开头')],
        },
        photos: [['prIdFront', '正面'], ['prIdBack', '反面'], ['prIdHand', '手持']],
        onOffice: () => { s.officeRegion = labelsOf(officeCas.value); },
        onHome: () => { s.residence = labelsOf(homeCas.value); },
        long: (v: boolean) => { s.prLongTerm = v; if (v) s.prValidTo = ''; },
      };
    },
    template: `
<div class="mps-top"><b>全国互联网安全管理服务平台</b><span>网站备案 / 新办网站申请</span></div>
<div class="mps-body">
  <el-steps :active="0" finish-status="success" align-center style="margin-bottom: 20px">
    <el-step title="开办主体" /><el-step title="网站基本信息" /><el-step title="网站负责人" /><el-step title="提示说明" />
  </el-steps>
  <div class="mps-sec">
  <el-form :model="s" :rules="rules" inline label-position="right" class="inline-form">
    <el-divider content-position="left">开办主体</el-divider>
    <el-form-item label="开办主体性质" required>
      <el-select v-model="s.kind" style="width: 140px"><el-option label="个人" value="个人" /><el-option label="单位" value="单位" /></el-select>
    </el-form-item>
    <el-form-item label="主办单位名称" required><el-input v-model="s.unitName" placeholder="与证件一致" style="width: 280px" /></el-form-item>
    <el-form-item label="主办单位证件类型" required>
      <el-select v-model="s.unitCertType" placeholder="请选择" style="width: 190px"><el-option v-for="c in unitCerts" :key="c" :label="c" :value="c" /></el-select>
    </el-form-item>
    <el-form-item label="主办单位证件号" prop="unitCertNumber" required><el-input v-model="s.unitCertNumber" maxlength="18" style="width: 220px" /></el-form-item>
    <el-form-item label="法人代表人姓名" required><el-input v-model="s.legalRep" style="width: 150px" /></el-form-item>
    <el-form-item label="有效证件" required class="unit-file">
      <el-upload v-model:file-list="s.unitCertFile" :auto-upload="false" :limit="1" accept="image/png,image/jpeg">
        <el-button>选择证件图片</el-button>
      </el-upload>
    </el-form-item>
    <el-form-item label="单位办公地址" required>
      <el-cascader ref="officeCas" v-model="officeCodes" :props="lazyRegions" placeholder="省 / 市 / 区县" style="width: 260px" @change="onOffice" class="office-region" />
    </el-form-item>
    <el-form-item label="详细地址" required><el-input v-model="s.officeDetail" placeholder="街道、门牌号" style="width: 300px" class="office-detail" /></el-form-item>

    <el-divider content-position="left">负责人信息</el-divider>
    <el-form-item label="负责人姓名" required><el-input v-model="s.prName" style="width: 150px" /></el-form-item>
    <el-form-item label="负责人证件类型" required>
      <el-select v-model="s.prCertType" placeholder="请选择" style="width: 180px"><el-option v-for="c in personCerts" :key="c" :label="c" :value="c" /></el-select>
    </el-form-item>
    <el-form-item label="负责人证件号码" prop="prCertNumber" required><el-input v-model="s.prCertNumber" maxlength="18" style="width: 220px" /></el-form-item>
    <el-form-item label="证件有效期" required class="validity">
      <el-date-picker v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="起始日期" style="width: 150px" class="valid-from" />
      <span style="margin: 0 6px">至</span>
      <el-date-picker v-model="s.prValidTo" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="截止日期" :disabled="s.prLongTerm" style="width: 150px" class="valid-to" />
      <el-checkbox :model-value="s.prLongTerm" @update:model-value="long" style="margin-left: 10px">长期</el-checkbox>
    </el-form-item>
    <el-form-item label="负责人证件" required class="photos">
      <div class="shots">
        <div class="shot" v-for="ph in photos" :key="ph[0]">
          <el-upload v-model:file-list="s[ph[0]]" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" list-type="picture-card" :class="'up-' + ph[0]">
            <span style="font-size: 12px">+ {{ ph[1] }}</span>
          </el-upload>
          <div>{{ ph[1] }}</div>
        </div>
      </div>
    </el-form-item>
    <el-form-item label="负责人常住地址" required>
      <el-cascader ref="homeCas" v-model="homeCodes" :props="lazyRegions" placeholder="省 / 市 / 区县" style="width: 260px" @change="onHome" class="home-region" />
    </el-form-item>
    <el-form-item label="详细地址" required><el-input v-model="s.residenceDetail" placeholder="街道、小区、门牌号" style="width: 300px" class="home-detail" /></el-form-item>

    <el-divider content-position="left">联系方式</el-divider>
    <el-form-item label="办公室电话" prop="officeAreaCode" required class="office-phone">
      <el-input v-model="s.officeAreaCode" placeholder="区号" maxlength="4" style="width: 80px" />
      <span style="margin: 0 6px">-</span>
      <el-input v-model="s.officeNumber" placeholder="号码" maxlength="8" style="width: 140px" />
    </el-form-item>
    <el-form-item label="手机号码" prop="mobile" required><el-input v-model="s.mobile" maxlength="11" style="width: 180px" /></el-form-item>
    <el-form-item label="负责人邮箱" prop="email" required><el-input v-model="s.email" style="width: 240px" /></el-form-item>
    <el-form-item label="是否利用生成式人工智能" required>
      <el-radio-group v-model="s.genAI"><el-radio value="是">是</el-radio><el-radio value="否">否</el-radio></el-radio-group>
    </el-form-item>
  </el-form>
  </div>
  <div class="mps-actions">
    <el-button @click="s.draftClicks++">保存草稿</el-button>
    <el-button type="primary" @click="s.nextClicks++">下一步</el-button>
  </div>
</div>`,
  };
}

const APPS: Record<string, () => object> = {
  'heldout9-aliyun-basic-person-elp-dialog': aliyunBasic,
  'heldout9-mps-subject-unit-elp-inline': mpsSubject,
};
const make = APPS[build()];
if (make) mount(make);
