/**
 * Gen-2 held-out replicas built with Vue 3 + Element Plus 2.14 (runtime template compiler): 阿里云 上传资料
 * （单位, materials table） and the old www.beian.gov.cn 新办网站申请 site page（个人）. Written from FORMS.md
 * §1.5, §2.3, §2.5 and the example profile alone.
 */
import { createApp, defineComponent, reactive, ref, watch } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import { AREAS, type Area } from './regions';
import { ACCESS_PROVIDERS, build, expose, MPS_ACCESS_METHODS, MPS_LANGUAGES, REGISTRARS } from './common';

/** Expose a reactive state as window.__replica; deep changes bump the counter. */
function track<T extends object>(platform: string, step: string, variant: string, state: T) {
  const bump = expose(platform, step, variant, () => JSON.parse(JSON.stringify(state)));
  watch(state, bump, { deep: true, flush: 'sync' });
}

/** One el-upload (text list, no auto upload) whose file names go to state[k]. */
const UploadCell = defineComponent({
  props: { state: { type: Object, required: true }, k: { type: String, required: true }, tip: { type: String, default: '' } },
  setup(props) {
    const files = ref<{ name: string }[]>([]);
    const sync = (_f: unknown, list: { name: string }[]) => { (props.state as Record<string, unknown>)[props.k] = list.map((f) => f.name); };
    return { files, sync };
  },
  template: `<el-upload v-model:file-list="files" :auto-upload="false" :limit="1" accept=".jpg,.jpeg,.png" :on-change="sync" :on-remove="sync">
    <el-button size="small" type="primary" plain>点击上传</el-button>
    <template #tip><div class="u-tip">{{ tip || 'jpg/png，不超过 4MB' }}</div></template></el-upload>`,
});

const ALIYUN_STEPS = ['填写基本信息', '填写主办者信息', '填写网站信息', '上传资料', '提交初审'];

const AliyunUpload = defineComponent({
  components: { UploadCell },
  setup() {
    const s = reactive({
      subjectLicence: [] as string[], prIdFront: [] as string[], prIdBack: [] as string[],
      webIdFront: [] as string[], webIdBack: [] as string[], commitment: [] as string[], domainCert: [] as string[], others: [] as string[],
      faceClicks: 0, agreed: false, prevClicks: 0, submitClicks: 0,
    });
    track('aliyun', 'upload', '单位', s);
    const subjectRows = [
      { k: 'subjectLicence', name: '主体证件（营业执照）', req: '营业执照原件的彩色扫描件或照片，不得使用复印件', required: true },
      { k: 'prIdFront', name: '主体负责人身份证（人像面）', req: '法定代表人（李娜）身份证原件', required: true },
      { k: 'prIdBack', name: '主体负责人身份证（国徽面）', req: '有效期需在 3 个月以上', required: true },
      { k: 'commitment', name: 'ICP备案信息真实性承诺书', req: '下载模板打印，由主体负责人签字并加盖公章后上传', required: true },
    ];
    const siteRows = [
      { k: 'webIdFront', name: '网站负责人身份证（人像面）', req: '网站负责人（王强）身份证原件', required: true },
      { k: 'webIdBack', name: '网站负责人身份证（国徽面）', req: '有效期需在 3 个月以上', required: true },
      { k: 'domainCert', name: '域名证书', req: '选填，部分管局要求提供', required: false },
      { k: 'others', name: '其他资料', req: '选填，如管局要求的补充材料', required: false },
    ];
    return { s, subjectRows, siteRows, ALIYUN_STEPS };
  },
  template: `
  <div class="u-top"><span class="u-logo">阿里云</span><span>ICP代备案管理系统</span><span class="u-right">订单号 ba-20251201-0031 ｜ 首次备案</span></div>
  <div class="u-main">
    <el-steps :active="3" finish-status="success" simple style="margin-bottom: 16px">
      <el-step v-for="t in ALIYUN_STEPS" :key="t" :title="t" /></el-steps>
    <el-alert type="info" :closable="false" show-icon title="请上传彩色原件的扫描件或照片（jpg/png，不超过 4MB），不得使用复印件；证件信息需清晰可辨，水印不得遮挡证件内容。" style="margin-bottom: 12px" />
    <el-card shadow="never" class="u-card">
      <template #header><span class="u-h">主体资料</span><span class="u-sub">杭州云栖示例科技有限公司</span></template>
      <el-table :data="subjectRows" border style="width: 100%" row-key="k">
        <el-table-column label="资料名称" width="260"><template #default="{ row }"><span v-if="row.required" class="u-req">*</span>{{ row.name }}</template></el-table-column>
        <el-table-column label="要求" prop="req" />
        <el-table-column label="上传" width="300"><template #default="{ row }"><UploadCell :state="s" :k="row.k" /></template></el-table-column>
      </el-table>
    </el-card>
    <el-card shadow="never" class="u-card">
      <template #header><span class="u-h">网站资料</span><span class="u-sub">云栖示例科技官网（yunqi-demo.cn）</span></template>
      <el-table :data="siteRows" border style="width: 100%" row-key="k">
        <el-table-column label="资料名称" width="260"><template #default="{ row }"><span v-if="row.required" class="u-req">*</span>{{ row.name }}</template></el-table-column>
        <el-table-column label="要求" prop="req" />
        <el-table-column label="上传" width="300"><template #default="{ row }"><UploadCell :state="s" :k="row.k" /></template></el-table-column>
      </el-table>
    </el-card>
    <el-card shadow="never" class="u-card">
      <template #header><span class="u-h">真实性核验</span></template>
      <p class="u-p">自 2019 年 7 月 29 日起，备案需通过阿里云 App 完成人脸核验。点击下方按钮后，使用阿里云 App 扫描二维码完成核验。</p>
      <el-button type="primary" plain @click="s.faceClicks++">发起人脸核验</el-button>
    </el-card>
    <div class="u-agree"><el-checkbox v-model="s.agreed">我已阅读并同意《阿里云ICP代备案服务协议》</el-checkbox></div>
    <div class="u-actions"><el-button @click="s.prevClicks++">上一步</el-button><el-button type="primary" @click="s.submitClicks++">提交初审</el-button></div>
  </div>`,
});

interface CascOpt { value: string; label: string; children?: CascOpt[] }
const casc = (list: Area[]): CascOpt[] => list.map((a) => ({ value: a.name, label: a.name, children: a.children ? casc(a.children) : undefined }));

const OldPortalSite = defineComponent({
  setup() {
    const s = reactive({
      siteName: '', icpNumber: '', mainDomain: '', homeUrl: '', ip: '', openedAt: '',
      apName: '', apRegion: [] as string[], apMethod: '', rgName: '', domainCert: [] as string[],
      interactive: '', languages: [] as string[], preApprovals: [] as string[], dangerous: false,
      saveClicks: 0, nextClicks: 0,
    });
    track('beian-old', 'site', '个人', s);
    const open = ref(['base', 'access', 'service']);
    const certFiles = ref<{ name: string }[]>([]);
    const syncCert = (_f: unknown, list: { name: string }[]) => { s.domainCert = list.map((f) => f.name); };
    const suggest = (list: string[]) => (q: string, cb: (r: { value: string }[]) => void) =>
      cb(list.filter((x) => !q || x.includes(q)).map((value) => ({ value })));
    return {
      s, open, certFiles, syncCert, regions: casc(AREAS), methods: MPS_ACCESS_METHODS, langs: MPS_LANGUAGES,
      pre: ['新闻', '出版', '教育', '运动保健', '医疗保健', '其他'], apSuggest: suggest(ACCESS_PROVIDERS), rgSuggest: suggest(REGISTRARS),
    };
  },
  template: `
  <div class="o-head"><div class="o-in"><span class="o-logo">全国互联网安全管理服务平台</span><span class="o-en">www.beian.gov.cn</span></div></div>
  <div class="o-nav"><div class="o-in"><a>首页</a><a>开办主体管理</a><a class="on">新办网站申请</a><a>已办网站认领</a><a>网站信息变更</a><a>网站注销申请</a></div></div>
  <div class="o-main">
    <div class="o-where">您的位置：首页 &gt; 新办网站申请 &gt; 填写网站信息</div>
    <el-descriptions title="开办者" :column="3" size="small" border class="o-desc">
      <el-descriptions-item label="开办主体">张伟（个人）</el-descriptions-item>
      <el-descriptions-item label="证件号码">3301**********1236</el-descriptions-item>
      <el-descriptions-item label="审核状态">已通过</el-descriptions-item>
    </el-descriptions>
    <el-form label-position="right" label-width="220px" class="o-form">
      <el-collapse v-model="open">
        <el-collapse-item title="网站基本信息" name="base">
          <el-form-item label="网站名称" required><el-input v-model="s.siteName" placeholder="与ICP备案网站名称一致" style="width: 420px" /></el-form-item>
          <el-form-item label="ICP备案号" required><el-input v-model="s.icpNumber" placeholder="如 浙ICP备XXXXXXXX号-1" style="width: 420px" /></el-form-item>
          <el-form-item label="网站域名" required><el-input v-model="s.mainDomain" placeholder="如 example.cn" style="width: 420px" /></el-form-item>
          <el-form-item label="网站首页网址" required><el-input v-model="s.homeUrl" placeholder="如 www.example.cn" style="width: 420px" /></el-form-item>
          <el-form-item label="网站IP地址" required><el-input v-model="s.ip" placeholder="网站服务器的IP地址" style="width: 420px" /></el-form-item>
          <el-form-item label="网站开通时间" required><el-date-picker v-model="s.openedAt" type="date" value-format="YYYY-MM-DD" placeholder="选择日期" /></el-form-item>
        </el-collapse-item>
        <el-collapse-item title="接入信息" name="access">
          <el-form-item label="网络接入服务商" required>
            <el-autocomplete v-model="s.apName" :fetch-suggestions="apSuggest" placeholder="请输入接入服务商名称" style="width: 420px" /></el-form-item>
          <el-form-item label="接入服务商所在地" required>
            <el-cascader v-model="s.apRegion" :options="regions" placeholder="省/市/区县" style="width: 420px" /></el-form-item>
          <el-form-item label="接入方式" required>
            <el-select v-model="s.apMethod" placeholder="请选择" style="width: 420px"><el-option v-for="m in methods" :key="m" :label="m" :value="m" /></el-select></el-form-item>
          <el-form-item label="域名注册服务商" required>
            <el-autocomplete v-model="s.rgName" :fetch-suggestions="rgSuggest" placeholder="请输入域名注册服务商名称" style="width: 420px" /></el-form-item>
          <el-form-item label="域名证书">
            <el-upload v-model:file-list="certFiles" :auto-upload="false" :limit="1" accept=".jpg,.png" :on-change="syncCert" :on-remove="syncCert">
              <el-button size="small">选择图片</el-button><template #tip><div class="u-tip">选填，图片不超过 400KB</div></template></el-upload></el-form-item>
        </el-collapse-item>
        <el-collapse-item title="服务信息" name="service">
          <el-form-item label="是否提供互联网交互服务" required>
            <el-radio-group v-model="s.interactive"><el-radio value="是">是</el-radio><el-radio value="否">否</el-radio></el-radio-group></el-form-item>
          <el-form-item label="网站语种" required>
            <el-checkbox-group v-model="s.languages"><el-checkbox v-for="l in langs" :key="l" :value="l">{{ l }}</el-checkbox></el-checkbox-group></el-form-item>
          <el-form-item label="前置审批">
            <el-checkbox-group v-model="s.preApprovals"><el-checkbox v-for="l in pre" :key="l" :value="l">{{ l }}</el-checkbox></el-checkbox-group></el-form-item>
          <el-form-item label="是否提供危险物品信息发布服务" required>
            <el-switch v-model="s.dangerous" inline-prompt active-text="是" inactive-text="否" /></el-form-item>
        </el-collapse-item>
      </el-collapse>
    </el-form>
    <div class="o-actions"><el-button @click="s.saveClicks++">保存</el-button><el-button type="primary" @click="s.nextClicks++">下一步</el-button></div>
  </div>
  <div class="o-foot">主办单位：公安部网络安全保卫局 ｜ 京公网安备 11010102002019号</div>`,
});

const CSS = `
body { margin: 0; background: #f2f3f5; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.u-top { height: 50px; background: #232f3e; color: #fff; display: flex; align-items: center; gap: 14px; padding: 0 24px; font-size: 14px; }
.u-logo { color: #ff6a00; font-weight: 700; font-size: 18px; }
.u-right { margin-left: auto; font-size: 12px; opacity: .8; }
.u-main { max-width: 1100px; margin: 0 auto; padding: 16px 24px 80px; }
.u-card { margin-bottom: 14px; }
.u-h { font-weight: 600; }
.u-sub { margin-left: 12px; color: #888; font-size: 12px; }
.u-req { color: #f56c6c; margin-right: 3px; }
.u-tip { font-size: 12px; color: #999; }
.u-p { font-size: 13px; color: #555; }
.u-agree { margin: 18px 0; }
.u-actions { display: flex; gap: 12px; justify-content: flex-end; }
.o-head { background: #1b4f9c; color: #fff; }
.o-in { max-width: 1100px; margin: 0 auto; padding: 0 24px; display: flex; align-items: baseline; gap: 16px; }
.o-logo { font-size: 24px; font-weight: 700; line-height: 70px; letter-spacing: 2px; }
.o-en { font-size: 12px; opacity: .8; }
.o-nav { background: #2a62b5; }
.o-nav a { color: #fff; display: inline-block; padding: 10px 18px; font-size: 14px; }
.o-nav a.on { background: #fff; color: #1b4f9c; }
.o-main { max-width: 1100px; margin: 0 auto; padding: 12px 24px 60px; background: #fff; }
.o-where { font-size: 12px; color: #666; padding: 6px 0 12px; border-bottom: 1px dashed #ddd; margin-bottom: 12px; }
.o-desc { margin-bottom: 14px; }
.o-actions { display: flex; gap: 16px; justify-content: center; margin-top: 20px; }
.o-foot { text-align: center; font-size: 12px; color: #888; padding: 20px; }
.el-collapse-item__header { font-weight: 600; color: #1b4f9c; font-size: 15px; }
`;

const style = document.createElement('style');
style.textContent = CSS;
document.head.appendChild(style);
const pages: Record<string, unknown> = { 'heldout2-aliyun-upload-elp': AliyunUpload, 'heldout2-beian-old-site-elp': OldPortalSite };
const page = pages[build()] ?? defineComponent({ template: '<p>unknown build</p>' });
createApp(page as never).use(ElementPlus, { locale: zhCn }).mount('#app');
