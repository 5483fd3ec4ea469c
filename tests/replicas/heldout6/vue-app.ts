/**
 * Gen-6 held-out builds made with Element Plus 2.14 on Vue 3 (runtime template compiler; see index.ts).
 * The framework state is one reactive object per page; getState() returns it (upload lists as file names).
 */
import { createApp, reactive, toRaw, watch } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn.mjs';
import { B, build, expose, fetchAreas, snapshot, ICP_PERSON_CERTS, MPS_PERSON_CERTS, MPS_UNIT_CERTS, PHONE_PREFIXES } from './common';

type State = Record<string, unknown>;

/** A reactive state exposed as window.__replica; every deep change counts. */
function replicaState<T extends State>(platform: string, step: string, variant: string, init: T): T {
  const s = reactive(init) as T;
  const bump = expose(platform, step, variant, () => snapshot(toRaw(s) as State));
  watch(s, bump, { deep: true });
  return s;
}

const CSS = `
body{margin:0;background:#f2f3f5;font-family:"PingFang SC","Microsoft YaHei",sans-serif}
.top{height:50px;background:#fff;border-bottom:1px solid #e4e7ed;display:flex;align-items:center;padding:0 24px;font-weight:600;font-size:15px}
.top .brand{color:#ff6a00;margin-right:14px}
.wrap{max-width:1000px;margin:16px auto;padding:0 16px}
.carried{color:#303133}
.carried-note{color:#909399;font-size:12px;margin-left:8px}
.range{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.range .to{color:#606266}
.help{color:#909399;font-size:12px;line-height:1.5;margin-top:4px;width:100%}
.actions{display:flex;justify-content:center;gap:12px;padding:16px 0 32px}
.side{display:flex;gap:24px}
.side .rail{width:160px;flex:none;border-right:1px solid #ebeef5;padding-right:16px;min-height:480px}
.side .main{flex:1}
.cards{display:flex;gap:16px}
.pick{width:230px;border:1px solid #dcdfe6;border-radius:6px;padding:14px 16px;cursor:pointer;background:#fff;position:relative}
.pick:hover{border-color:#79bbff}
.pick.on{border-color:#409eff;background:#ecf5ff}
.pick .t{font-size:15px;font-weight:600;color:#303133}
.pick .d{font-size:12px;color:#909399;margin-top:6px}
.pick .mark{position:absolute;right:10px;top:10px;width:14px;height:14px;border-radius:50%;border:1px solid #dcdfe6}
.pick.on .mark{background:#409eff;border-color:#409eff;box-shadow:inset 0 0 0 3px #fff}
.addr{display:flex;gap:8px;width:100%}
.addr .el-cascader{width:280px}
.addr .el-input{flex:1}
`;

/* ------------------------------------------------------------------ 阿里云 填写主办者信息 (单位), el-tabs */

function aliyunSubject() {
  return {
    setup() {
      const s = replicaState('aliyun', 'subject', '单位', {
        nature: '企业', certTypeCarried: '营业执照（个人或企业）', certNumberCarried: '91330110MA2H3K7Q18', regionCarried: ['浙江省', '杭州市', '余杭区'],
        name: '', certAddress: '', mailAddress: '', investor: '',
        isLegalRep: '', authLetter: [] as unknown[],
        prName: '', prCertType: '', prCertNumber: '', prValidFrom: '', prValidTo: '', prLongTerm: false, prMobilePrefix: '+86', prMobile: '',
        prEmergency: '', prPhone: '', prEmail: '', remark: '',
        prevClicks: 0, saveClicks: 0, nextClicks: 0,
      });
      const ui = reactive({ tab: 'unit' });
      const onLong = (on: boolean) => { if (on) s.prValidTo = ''; };
      return { s, ui, onLong, certs: ICP_PERSON_CERTS, prefixes: PHONE_PREFIXES };
    },
    template: `
<div>
  <div class="top"><span class="brand">阿里云</span>ICP代备案管理系统</div>
  <div class="wrap">
    <el-steps :active="1" finish-status="success" simple style="margin-bottom:16px">
      <el-step title="验证备案类型" /><el-step title="填写主办者信息" /><el-step title="填写网站信息" /><el-step title="上传资料" />
    </el-steps>
    <el-form label-position="right" label-width="160px">
      <el-tabs v-model="ui.tab" type="border-card">
        <el-tab-pane label="主办单位信息" name="unit">
          <el-form-item label="主办单位性质"><span class="carried">{{ s.nature }}</span><span class="carried-note">（验证备案类型时已确定）</span></el-form-item>
          <el-form-item label="主办单位名称" required>
            <el-input v-model="s.name" maxlength="128" placeholder="请输入营业执照上的单位全称" />
          </el-form-item>
          <el-form-item label="主办单位证件类型"><span class="carried">{{ s.certTypeCarried }}</span></el-form-item>
          <el-form-item label="主办单位证件号码"><span class="carried">{{ s.certNumberCarried }}</span></el-form-item>
          <el-form-item label="主办单位证件住所" required>
            <el-input v-model="s.certAddress" type="textarea" :rows="2" placeholder="须与证件上的住所完全一致" />
          </el-form-item>
          <el-form-item label="主办单位所属区域"><span class="carried">{{ s.regionCarried.join(' / ') }}</span></el-form-item>
          <el-form-item label="主办单位通信地址" required>
            <el-input v-model="s.mailAddress" placeholder="省、市、区（县）+ 街道门牌号，例如：浙江省杭州市西湖区文三路 1 号" />
            <div class="help">须详细到门牌号；如已无更详细地址，请在备注中说明“此地址已是详细地址”。</div>
          </el-form-item>
          <el-form-item label="投资者或上级主管单位" required>
            <el-input v-model="s.investor" placeholder="企业一般填写本单位全称" />
          </el-form-item>
        </el-tab-pane>
        <el-tab-pane label="主体负责人（法定代表人）信息" name="principal">
          <el-form-item label="是否为法定代表人" required>
            <el-radio-group v-model="s.isLegalRep">
              <el-radio value="是">是</el-radio>
              <el-radio value="否">否</el-radio>
            </el-radio-group>
          </el-form-item>
          <el-form-item v-if="s.isLegalRep === '否'" label="法人授权书" required>
            <el-upload :auto-upload="false" v-model:file-list="s.authLetter" :limit="1" accept="image/*">
              <el-button>选择文件</el-button>
            </el-upload>
            <div class="help">主体负责人非法定代表人时，须上传加盖公章的《法人授权书》。</div>
          </el-form-item>
          <el-form-item label="负责人姓名" required><el-input v-model="s.prName" /></el-form-item>
          <el-form-item label="负责人证件类型" required>
            <el-select v-model="s.prCertType" placeholder="请选择" style="width:260px">
              <el-option v-for="c in certs" :key="c" :label="c" :value="c" />
            </el-select>
          </el-form-item>
          <el-form-item label="负责人证件号码" required><el-input v-model="s.prCertNumber" /></el-form-item>
          <el-form-item label="证件有效期" required>
            <div class="range">
              <el-date-picker v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="起始日期" style="width:170px" />
              <span class="to">至</span>
              <el-date-picker v-model="s.prValidTo" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" :disabled="s.prLongTerm" :placeholder="s.prLongTerm ? '长期' : '截止日期'" style="width:170px" />
              <el-checkbox v-model="s.prLongTerm" @change="onLong">长期</el-checkbox>
            </div>
          </el-form-item>
          <el-form-item label="手机号码" required>
            <el-input v-model="s.prMobile" placeholder="请输入手机号码" style="width:340px">
              <template #prepend>
                <el-select v-model="s.prMobilePrefix" style="width:90px">
                  <el-option v-for="p in prefixes" :key="p" :label="p" :value="p" />
                </el-select>
              </template>
            </el-input>
          </el-form-item>
          <el-form-item label="应急联系电话" required><el-input v-model="s.prEmergency" placeholder="不能与手机号码相同" /></el-form-item>
          <el-form-item label="办公室电话"><el-input v-model="s.prPhone" placeholder="区号-号码" /></el-form-item>
          <el-form-item label="电子邮箱" required><el-input v-model="s.prEmail" /></el-form-item>
          <el-form-item label="备注"><el-input v-model="s.remark" type="textarea" :rows="2" placeholder="选填" /></el-form-item>
        </el-tab-pane>
      </el-tabs>
    </el-form>
    <div class="actions">
      <el-button @click="s.prevClicks++">上一步</el-button>
      <el-button @click="s.saveClicks++">保存</el-button>
      <el-button type="primary" @click="s.nextClicks++">下一步</el-button>
    </div>
  </div>
</div>`,
  };
}

/* ------------------------------------------------------------------ 公安 开办主体 (个人), selectable cards */

function mpsSubject() {
  return {
    setup() {
      const s = replicaState('mps', 'subject', '个人', {
        kind: '',
        unitName: '', unitCertType: '', unitCertNumber: '', legalRep: '',
        name: '', certType: '', certNumber: '', validFrom: '', validTo: '', longTerm: false,
        idFront: [] as unknown[], idBack: [] as unknown[],
        resRegion: [] as string[], resDetail: '', mobilePrefix: '+86', mobile: '', officePhone: '', email: '',
        usesGenAI: '', genAINote: '', draftClicks: 0, nextClicks: 0,
      });
      const regionProps = {
        lazy: true,
        lazyLoad(node: { level: number; data?: { code?: string } }, resolve: (list: unknown[]) => void) {
          void fetchAreas(node.level === 0 ? '' : String(node.data?.code ?? '')).then((list) =>
            resolve(list.map((a) => ({ value: a.name, label: a.name, code: a.code, leaf: node.level >= 2 }))));
        },
      };
      const choose = (k: string) => { s.kind = k; };
      const onLong = (on: boolean) => { if (on) s.validTo = ''; };
      return { s, regionProps, choose, onLong, certs: MPS_PERSON_CERTS, unitCerts: MPS_UNIT_CERTS, prefixes: PHONE_PREFIXES };
    },
    template: `
<div>
  <div class="top">全国互联网安全管理服务平台</div>
  <div class="wrap">
    <el-card shadow="never">
      <div class="side">
        <div class="rail">
          <el-steps direction="vertical" :active="0" style="height:360px">
            <el-step title="开办主体" description="填写开办主体信息" />
            <el-step title="网站基本信息" />
            <el-step title="网站负责人" />
            <el-step title="提示说明" />
          </el-steps>
        </div>
        <div class="main">
          <el-form label-position="right" label-width="150px">
            <el-form-item label="开办主体性质" required>
              <div class="cards" role="radiogroup">
                <div v-for="c in [{ k: '个人', d: '以本人身份开办网站，使用个人实名账号' }, { k: '单位', d: '企业、事业单位、社会团体等开办网站' }]"
                     :key="c.k" :class="['pick', { on: s.kind === c.k }]" role="radio" :aria-checked="s.kind === c.k" tabindex="0"
                     @click="choose(c.k)" @keydown.enter.prevent="choose(c.k)" @keydown.space.prevent="choose(c.k)">
                  <span class="mark"></span>
                  <div class="t">{{ c.k }}</div>
                  <div class="d">{{ c.d }}</div>
                </div>
              </div>
            </el-form-item>
            <template v-if="s.kind === '单位'">
              <el-form-item label="主办单位名称" required><el-input v-model="s.unitName" /></el-form-item>
              <el-form-item label="主办单位证件类型" required>
                <el-select v-model="s.unitCertType" placeholder="请选择" style="width:260px">
                  <el-option v-for="c in unitCerts" :key="c" :label="c" :value="c" />
                </el-select>
              </el-form-item>
              <el-form-item label="主办单位证件号码" required><el-input v-model="s.unitCertNumber" /></el-form-item>
              <el-form-item label="法定代表人姓名" required><el-input v-model="s.legalRep" /></el-form-item>
            </template>
            <template v-if="s.kind">
              <el-form-item :label="s.kind === '单位' ? '负责人姓名' : '姓名'" required><el-input v-model="s.name" /></el-form-item>
              <el-form-item label="证件类型" required>
                <el-select v-model="s.certType" placeholder="请选择" style="width:260px">
                  <el-option v-for="c in certs" :key="c" :label="c" :value="c" />
                </el-select>
              </el-form-item>
              <el-form-item label="证件号码" required><el-input v-model="s.certNumber" /></el-form-item>
              <el-form-item label="证件有效期" required>
                <div class="range">
                  <el-date-picker v-model="s.validFrom" type="date" value-format="YYYY-MM-DD" placeholder="起" style="width:160px" />
                  <span class="to">至</span>
                  <el-date-picker v-model="s.validTo" type="date" value-format="YYYY-MM-DD" :disabled="s.longTerm" :placeholder="s.longTerm ? '长期' : '止'" style="width:160px" />
                  <el-checkbox v-model="s.longTerm" @change="onLong">长期</el-checkbox>
                </div>
              </el-form-item>
              <el-form-item label="证件正面照" required>
                <el-upload :auto-upload="false" v-model:file-list="s.idFront" :limit="1" accept="image/*"><el-button>选择文件</el-button></el-upload>
              </el-form-item>
              <el-form-item label="证件反面照" required>
                <el-upload :auto-upload="false" v-model:file-list="s.idBack" :limit="1" accept="image/*"><el-button>选择文件</el-button></el-upload>
              </el-form-item>
              <el-form-item label="常住地址" required>
                <div class="addr">
                  <el-cascader v-model="s.resRegion" :props="regionProps" placeholder="省 / 市 / 区县" />
                  <el-input v-model="s.resDetail" placeholder="详细地址（街道、门牌号）" aria-label="详细地址" />
                </div>
                <div class="help">门牌号可不填写至室。</div>
              </el-form-item>
              <el-form-item label="手机号码" required>
                <el-input v-model="s.mobile" style="width:340px">
                  <template #prepend>
                    <el-select v-model="s.mobilePrefix" style="width:90px">
                      <el-option v-for="p in prefixes" :key="p" :label="p" :value="p" />
                    </el-select>
                  </template>
                </el-input>
              </el-form-item>
              <el-form-item label="办公室电话" required><el-input v-model="s.officePhone" placeholder="区号-号码" /></el-form-item>
              <el-form-item label="电子邮箱" required><el-input v-model="s.email" /></el-form-item>
              <el-form-item label="是否利用生成式人工智能" required>
                <el-radio-group v-model="s.usesGenAI">
                  <el-radio value="是">是</el-radio>
                  <el-radio value="否">否</el-radio>
                </el-radio-group>
              </el-form-item>
              <el-form-item v-if="s.usesGenAI === '是'" label="生成式人工智能说明" required>
                <el-input v-model="s.genAINote" type="textarea" :rows="2" placeholder="请说明使用的模型及用途" />
              </el-form-item>
            </template>
          </el-form>
          <div class="actions">
            <el-button @click="s.draftClicks++">保存草稿</el-button>
            <el-button type="primary" @click="s.nextClicks++">下一步</el-button>
          </div>
        </div>
      </div>
    </el-card>
  </div>
</div>`,
  };
}

const style = document.createElement('style');
style.textContent = CSS;
document.head.appendChild(style);

const b = build();
const root = b === B.aliyunSubject ? aliyunSubject() : b === B.mpsSubject ? mpsSubject() : { template: `<div>unknown build</div>` };
createApp(root).use(ElementPlus, { locale: zhCn }).mount('#app');
