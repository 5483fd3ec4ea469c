/**
 * Gen-5 held-out builds in Vue 3 (runtime compiler) + Element Plus. Written from FORMS.md alone.
 *
 *  - heldout5-baidu-subject-unit-elp-cards: Baidu AI Cloud's 填写主体及主体负责人信息 (单位) — an
 *    el-aside menu, simple el-steps, two el-cards each holding a left-aligned el-form in a 2-column grid;
 *    单位性质 / 证件类型 carried and disabled; 证件照片 picture-card upload; 单位证件住所 as a filterable
 *    el-cascader + 详细地址 in one item; 通信地址 with the carried region as a prepend; 法定代表人姓名 /
 *    法定代表人身份证号; 主体负责人是否为法定代表人 radio buttons (是 copies and locks name and number);
 *    validity as a start date + 长期有效 checkbox that hides the end date; 应急联系人手机号码; 备案承诺书
 *    text-list upload with a template link; consent; 上一步 / 保存 / 下一步.
 *  - heldout5-mps-principal-unit-elp-table: the new 公安 platform's 网站负责人 step — el-steps, an
 *    el-alert, then ONE bordered el-table with a row per role (主体负责人 read-only, 网站安全负责人,
 *    网站应急联络人) and a column per field (同主体负责人 checkbox | 姓名 | 证件类型 | 证件号码 | 证件有效期 |
 *    手机号码 | 电子邮箱 | 办公电话 | 证件照片), inputs inside the cells, no form labels at all; 责任告知书
 *    consent; 上一步 / 保存草稿 / 下一步.
 */
import { createApp, h } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import { build, HELD_PRINCIPAL, ICP_PERSON_CERTS, MPS_PERSON_CERTS, nameOptions } from './common';
import { replicaState } from './vue-state';

const PAGE_CSS = `
.bd-layout { display: flex; min-height: calc(100vh - 50px); }
.bd-aside { width: 208px; background: #fff; border-right: 1px solid #e8e9eb; }
.bd-main { flex: 1; padding: 16px 24px 40px; max-width: 1120px; }
.bd-title { font-size: 18px; font-weight: 500; margin: 4px 0 14px; }
.bd-card { margin-bottom: 16px; }
.bd-inline { display: flex; gap: 8px; width: 100%; }
.bd-inline > .el-cascader { width: 260px; flex: none; }
.bd-help { color: #909399; font-size: 12px; line-height: 18px; margin-top: 4px; }
.bd-valid { display: flex; align-items: center; gap: 12px; }
.bd-actions { display: flex; justify-content: center; gap: 12px; padding: 16px 0; }
.ps-main { max-width: 1320px; margin: 0 auto; padding: 16px 20px 40px; }
.ps-box { background: #fff; padding: 16px 20px; margin-bottom: 16px; }
.ps-box h3 { margin: 0 0 12px; font-size: 16px; color: #1a5fb4; }
.ps-cell-valid { display: flex; flex-direction: column; gap: 4px; }
.ps-cell-valid .el-date-editor { width: 100% !important; }
.ps-ro { color: #606266; }
.ps-actions { display: flex; justify-content: center; gap: 12px; padding: 12px 0; }
`;

/* ------------------------------------------------------------------ Baidu 主体 (单位) */

const BaiduSubjectUnit = {
  setup() {
    const s = replicaState('baidu', 'subject', '单位', {
      nature: '企业',
      certType: '营业执照（个人或企业）',
      licence: [] as { name: string }[],
      unitName: '',
      certNumber: '',
      certRegion: [] as string[],
      certDetail: '',
      mailDetail: '',
      investor: '',
      legalName: '',
      legalId: '',
      principalIsLegal: '',
      prName: '',
      prCertType: '',
      prCertNumber: '',
      prValidFrom: '',
      prValidTo: '',
      prLongTerm: false,
      mobile: '',
      emergency: '',
      email: '',
      officePhone: '',
      pledge: [] as { name: string }[],
      agree: false,
      prevClicks: 0,
      saveClicks: 0,
      nextClicks: 0,
    });
    const copyLegal = () => {
      if (s.principalIsLegal === '是') { s.prName = s.legalName; s.prCertNumber = s.legalId; }
    };
    const onIsLegal = (v: string) => { if (v === '是') copyLegal(); };
    const onLegal = () => copyLegal();
    const onLong = (v: boolean) => { if (v) s.prValidTo = ''; };
    return { s, onIsLegal, onLegal, onLong, regions: nameOptions(), icpCerts: ICP_PERSON_CERTS };
  },
  template: `
<div class="bd-layout">
  <div class="bd-aside">
    <el-menu default-active="order">
      <el-menu-item index="home">备案概览</el-menu-item>
      <el-menu-item index="order">备案订单</el-menu-item>
      <el-menu-item index="code">备案操作码</el-menu-item>
      <el-menu-item index="psb">公安备案</el-menu-item>
    </el-menu>
  </div>
  <div class="bd-main">
    <div class="bd-title">首次备案</div>
    <el-steps :active="2" simple finish-status="success" class="bd-card">
      <el-step title="验证备案类型"></el-step>
      <el-step title="选择备案资源"></el-step>
      <el-step title="填写主体及主体负责人信息"></el-step>
      <el-step title="填写网站信息"></el-step>
      <el-step title="资料上传及人脸核验"></el-step>
    </el-steps>
    <el-form label-position="left" label-width="200px">
      <el-card class="bd-card" shadow="never">
        <template #header><b>主体信息</b></template>
        <el-row :gutter="32">
          <el-col :span="12"><el-form-item label="单位性质"><el-select v-model="s.nature" disabled><el-option label="企业" value="企业"></el-option></el-select></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="证件类型"><el-select v-model="s.certType" disabled><el-option label="营业执照（个人或企业）" value="营业执照（个人或企业）"></el-option></el-select></el-form-item></el-col>
          <el-col :span="24">
            <el-form-item label="证件照片" required>
              <div>
                <el-upload v-model:file-list="s.licence" list-type="picture-card" :auto-upload="false" :limit="1" accept="image/jpeg,image/png"><span style="font-size:28px;color:#8c939d">+</span></el-upload>
                <div class="bd-help">请上传营业执照原件的彩色扫描件或照片，jpg / png，不超过 4MB</div>
              </div>
            </el-form-item>
          </el-col>
          <el-col :span="12"><el-form-item label="单位名称" required><el-input v-model="s.unitName" placeholder="请输入单位名称"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="单位证件号码" required><el-input v-model="s.certNumber" placeholder="请输入统一社会信用代码"></el-input></el-form-item></el-col>
          <el-col :span="24">
            <el-form-item label="单位证件住所" required>
              <div class="bd-inline">
                <el-cascader v-model="s.certRegion" :options="regions" filterable clearable placeholder="省 / 市 / 区"></el-cascader>
                <el-input v-model="s.certDetail" placeholder="请输入证件上的详细住所"></el-input>
              </div>
            </el-form-item>
          </el-col>
          <el-col :span="24">
            <el-form-item label="通信地址" required>
              <div style="width:100%">
                <el-input v-model="s.mailDetail" placeholder="街道、门牌号"><template #prepend>浙江省 杭州市 余杭区</template></el-input>
                <div class="bd-help">所属区域在「验证备案类型」中选择，需精确到门牌号</div>
              </div>
            </el-form-item>
          </el-col>
          <el-col :span="12"><el-form-item label="投资人或主管单位" required><el-input v-model="s.investor" placeholder="请输入"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="法定代表人姓名" required><el-input v-model="s.legalName" @input="onLegal" placeholder="请输入"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="法定代表人身份证号" required><el-input v-model="s.legalId" @input="onLegal" placeholder="请输入"></el-input></el-form-item></el-col>
        </el-row>
      </el-card>
      <el-card class="bd-card" shadow="never">
        <template #header><b>主体负责人信息</b></template>
        <el-row :gutter="32">
          <el-col :span="24">
            <el-form-item label="主体负责人是否为法定代表人" required>
              <el-radio-group v-model="s.principalIsLegal" @change="onIsLegal">
                <el-radio-button value="是">是</el-radio-button>
                <el-radio-button value="否">否</el-radio-button>
              </el-radio-group>
            </el-form-item>
          </el-col>
          <el-col :span="12"><el-form-item label="负责人姓名" required><el-input v-model="s.prName" :disabled="s.principalIsLegal === '是'" placeholder="请输入"></el-input></el-form-item></el-col>
          <el-col :span="12">
            <el-form-item label="负责人证件类型" required>
              <el-select v-model="s.prCertType" placeholder="请选择"><el-option v-for="c in icpCerts" :key="c" :label="c" :value="c"></el-option></el-select>
            </el-form-item>
          </el-col>
          <el-col :span="12"><el-form-item label="负责人证件号码" required><el-input v-model="s.prCertNumber" :disabled="s.principalIsLegal === '是'" placeholder="请输入"></el-input></el-form-item></el-col>
          <el-col :span="24">
            <el-form-item label="证件有效期" required>
              <div class="bd-valid">
                <el-date-picker v-model="s.prValidFrom" type="date" value-format="YYYY-MM-DD" placeholder="开始日期"></el-date-picker>
                <el-checkbox v-model="s.prLongTerm" @change="onLong">长期有效</el-checkbox>
                <template v-if="!s.prLongTerm"><span>至</span><el-date-picker v-model="s.prValidTo" type="date" value-format="YYYY-MM-DD" placeholder="结束日期"></el-date-picker></template>
              </div>
            </el-form-item>
          </el-col>
          <el-col :span="12"><el-form-item label="手机号码" required><el-input v-model="s.mobile" placeholder="请输入"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="应急联系人手机号码" required><el-input v-model="s.emergency" placeholder="不可与手机号码相同"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="电子邮箱" required><el-input v-model="s.email" placeholder="请输入"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="办公电话"><el-input v-model="s.officePhone" placeholder="选填，如 010-12345678"></el-input></el-form-item></el-col>
          <el-col :span="24">
            <el-form-item label="备案承诺书" required>
              <div>
                <el-upload v-model:file-list="s.pledge" :auto-upload="false" :limit="1"><el-button>点击上传</el-button></el-upload>
                <div class="bd-help">请 <a href="javascript:void(0)">下载承诺书模板</a>，由法定代表人签字并加盖公章后上传</div>
              </div>
            </el-form-item>
          </el-col>
        </el-row>
      </el-card>
    </el-form>
    <el-checkbox v-model="s.agree">我已阅读并同意《百度智能云ICP备案服务协议》</el-checkbox>
    <div class="bd-actions">
      <el-button @click="s.prevClicks++">上一步</el-button>
      <el-button @click="s.saveClicks++">保存</el-button>
      <el-button type="primary" @click="s.nextClicks++">下一步</el-button>
    </div>
  </div>
</div>`,
};

/* ------------------------------------------------------------------ 公安 负责人 table */

const HELD = HELD_PRINCIPAL['单位'];
const PERSON_FIELDS = ['Name', 'CertType', 'CertNumber', 'ValidFrom', 'ValidTo', 'LongTerm', 'Mobile', 'Email', 'Phone'] as const;

const MpsPrincipalTable = {
  setup() {
    const s = replicaState('mps', 'principal', '单位', {
      prName: HELD.name,
      prCertType: HELD.certType,
      prCertNumber: HELD.certNumber,
      soSame: false,
      soName: '', soCertType: '', soCertNumber: '', soValidFrom: '', soValidTo: '', soLongTerm: false, soMobile: '', soEmail: '', soPhone: '',
      soPhoto: [] as { name: string }[],
      ecSame: false,
      ecName: '', ecCertType: '', ecCertNumber: '', ecValidFrom: '', ecValidTo: '', ecLongTerm: false, ecMobile: '', ecEmail: '', ecPhone: '',
      agree: false,
      prevClicks: 0,
      draftClicks: 0,
      nextClicks: 0,
    });
    const st = s as unknown as Record<string, unknown>;
    const held: Record<string, unknown> = {
      Name: HELD.name, CertType: HELD.certType, CertNumber: HELD.certNumber, ValidFrom: HELD.validFrom, ValidTo: HELD.validTo, LongTerm: HELD.longTerm,
      Mobile: HELD.mobile, Email: HELD.email, Phone: '0571-88886666',
    };
    const onSame = (k: string, v: boolean) => { if (v) for (const f of PERSON_FIELDS) st[k + f] = held[f]; };
    const onLong = (k: string, v: boolean) => { if (v) st[`${k}ValidTo`] = ''; };
    const rows = [
      { role: '主体负责人', k: 'pr' },
      { role: '网站安全负责人', k: 'so' },
      { role: '网站应急联络人', k: 'ec' },
    ];
    const steps = ['开办主体', '网站基本信息', '网站负责人', '提示说明'];
    return { s, st, rows, steps, certs: MPS_PERSON_CERTS, onSame, onLong, held };
  },
  template: `
<div class="ps-main">
  <div class="ps-box"><el-steps :active="2" align-center finish-status="success"><el-step v-for="t in steps" :key="t" :title="t"></el-step></el-steps></div>
  <div class="ps-box">
    <h3>网站负责人信息</h3>
    <el-alert type="info" :closable="false" show-icon title="请逐行填写网站安全负责人和网站应急联络人信息；与主体负责人为同一人时可勾选「同主体负责人」。" style="margin-bottom:12px"></el-alert>
    <el-table :data="rows" border row-key="k" style="width:100%">
      <el-table-column label="角色" prop="role" width="108" fixed></el-table-column>
      <el-table-column label="同主体负责人" width="100" align="center">
        <template #default="{ row }">
          <span v-if="row.k === 'pr'" class="ps-ro">—</span>
          <el-checkbox v-else v-model="st[row.k + 'Same']" @change="(v) => onSame(row.k, v)"></el-checkbox>
        </template>
      </el-table-column>
      <el-table-column label="姓名" width="104">
        <template #default="{ row }">
          <span v-if="row.k === 'pr'" class="ps-ro">{{ s.prName }}</span>
          <el-input v-else v-model="st[row.k + 'Name']" :disabled="st[row.k + 'Same']" placeholder="姓名"></el-input>
        </template>
      </el-table-column>
      <el-table-column label="证件类型" width="136">
        <template #default="{ row }">
          <span v-if="row.k === 'pr'" class="ps-ro">{{ s.prCertType }}</span>
          <el-select v-else v-model="st[row.k + 'CertType']" :disabled="st[row.k + 'Same']" placeholder="请选择"><el-option v-for="c in certs" :key="c" :label="c" :value="c"></el-option></el-select>
        </template>
      </el-table-column>
      <el-table-column label="证件号码" width="180">
        <template #default="{ row }">
          <span v-if="row.k === 'pr'" class="ps-ro">{{ s.prCertNumber }}</span>
          <el-input v-else v-model="st[row.k + 'CertNumber']" :disabled="st[row.k + 'Same']" placeholder="证件号码"></el-input>
        </template>
      </el-table-column>
      <el-table-column label="证件有效期" width="164">
        <template #default="{ row }">
          <span v-if="row.k === 'pr'" class="ps-ro">{{ held.ValidFrom }} 起 长期</span>
          <div v-else class="ps-cell-valid">
            <el-date-picker v-model="st[row.k + 'ValidFrom']" type="date" value-format="YYYY-MM-DD" :disabled="st[row.k + 'Same']" placeholder="起始日期"></el-date-picker>
            <el-date-picker v-model="st[row.k + 'ValidTo']" type="date" value-format="YYYY-MM-DD" :disabled="st[row.k + 'Same'] || st[row.k + 'LongTerm']" :placeholder="st[row.k + 'LongTerm'] ? '长期' : '截止日期'"></el-date-picker>
            <el-checkbox v-model="st[row.k + 'LongTerm']" :disabled="st[row.k + 'Same']" @change="(v) => onLong(row.k, v)">长期</el-checkbox>
          </div>
        </template>
      </el-table-column>
      <el-table-column label="手机号码" width="130">
        <template #default="{ row }">
          <span v-if="row.k === 'pr'" class="ps-ro">{{ held.Mobile }}</span>
          <el-input v-else v-model="st[row.k + 'Mobile']" :disabled="st[row.k + 'Same']" placeholder="手机号码"></el-input>
        </template>
      </el-table-column>
      <el-table-column label="电子邮箱" width="190">
        <template #default="{ row }">
          <span v-if="row.k === 'pr'" class="ps-ro">{{ held.Email }}</span>
          <el-input v-else v-model="st[row.k + 'Email']" :disabled="st[row.k + 'Same']" placeholder="电子邮箱"></el-input>
        </template>
      </el-table-column>
      <el-table-column label="办公电话" width="136">
        <template #default="{ row }">
          <span v-if="row.k === 'pr'" class="ps-ro">{{ held.Phone }}</span>
          <el-input v-else v-model="st[row.k + 'Phone']" :disabled="st[row.k + 'Same']" placeholder="选填"></el-input>
        </template>
      </el-table-column>
      <el-table-column label="证件照片" min-width="150">
        <template #default="{ row }">
          <el-upload v-if="row.k === 'so'" v-model:file-list="s.soPhoto" :auto-upload="false" :limit="3" multiple accept="image/jpeg,image/png"><el-button size="small">上传正反面</el-button></el-upload>
          <span v-else class="ps-ro">{{ row.k === 'pr' ? '已上传' : '无需上传' }}</span>
        </template>
      </el-table-column>
    </el-table>
  </div>
  <div class="ps-box">
    <el-checkbox v-model="s.agree">我已阅读并同意《互联网信息服务单位网络安全责任告知书》</el-checkbox>
    <div class="ps-actions">
      <el-button @click="s.prevClicks++">上一步</el-button>
      <el-button @click="s.draftClicks++">保存草稿</el-button>
      <el-button type="primary" @click="s.nextClicks++">下一步</el-button>
    </div>
  </div>
</div>`,
};

/* ------------------------------------------------------------------ mount */

const APPS: Record<string, object> = {
  'heldout5-baidu-subject-unit-elp-cards': BaiduSubjectUnit,
  'heldout5-mps-principal-unit-elp-table': MpsPrincipalTable,
};
const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.appendChild(style);
const comp = APPS[build()];
const app = comp ? createApp(comp) : createApp({ render: () => h('p', `unknown build ${build()}`) });
app.use(ElementPlus, { locale: zhCn });
app.mount('#app');
