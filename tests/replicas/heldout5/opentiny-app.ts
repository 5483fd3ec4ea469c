/**
 * Gen-5 held-out build on Huawei Cloud's console in OpenTiny (@opentiny/vue 3) on Vue 3 (runtime
 * compiler): heldout5-huawei-subject-person-opentiny-top, 填写主体信息 for a person. Written from
 * FORMS.md §1.10 alone.
 *
 * Three plain sections (h3 headings 主体信息 / 主体负责人 / 联系方式) of one tiny-form with labels ABOVE
 * the controls in a 3-column tiny-row grid; the step-1 values (地域, 主办单位性质, 主办单位名称, 证件类型,
 * 证件号码) are display-only tiny-inputs; 证件住所 a textarea; 通信地址 a lazy tiny-cascader (levels
 * answer ~180 ms later) + 详细地址; 投资人或主管单位 with a tooltip icon; 负责人 block with tiny-select
 * 证件类型 and two tiny-date-pickers + 长期 tiny-checkbox (locks and clears the end); 手机号码 with a
 * 获取验证码 button and a 短信验证码 input; 应急联系电话, 办公室电话, 电子邮箱; 上一步 / 保存草稿 / 下一步.
 */
import { createApp, h } from 'vue';
import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCol from '@opentiny/vue-col';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyOption from '@opentiny/vue-option';
import TinyRow from '@opentiny/vue-row';
import TinySelect from '@opentiny/vue-select';
import TinySteps from '@opentiny/vue-steps';
import TinyTooltip from '@opentiny/vue-tooltip';
import { build, codeAt, fetchAreas, ICP_PERSON_CERTS } from './common';
import { replicaState } from './vue-state';

const PAGE_CSS = `
.hw-main { max-width: 1180px; margin: 0 auto; padding: 16px 24px 90px; }
.hw-crumb { color: #8a8e99; font-size: 12px; margin: 4px 0 8px; }
.hw-title { font-size: 20px; font-weight: 600; margin: 0 0 16px; color: #191919; }
.hw-box { background: #fff; padding: 20px 28px 8px; margin-bottom: 16px; border-radius: 2px; }
.hw-box h3 { font-size: 16px; margin: 4px 0 18px; color: #191919; }
.hw-box h3 small { font-weight: normal; color: #8a8e99; font-size: 12px; margin-left: 12px; }
.hw-pair { display: flex; gap: 8px; }
.hw-pair > * { flex: 1; }
.hw-pair > .tiny-button { flex: none; }
.hw-valid { display: flex; align-items: center; gap: 8px; }
.hw-tip { display: inline-block; width: 14px; height: 14px; line-height: 14px; text-align: center; border-radius: 50%; border: 1px solid #adb0b8; color: #adb0b8; font-size: 10px; margin-left: 4px; cursor: help; }
.hw-help { color: #8a8e99; font-size: 12px; line-height: 18px; margin-top: 2px; }
.hw-actions { position: fixed; left: 0; right: 0; bottom: 0; background: #fff; box-shadow: 0 -2px 8px rgba(0,0,0,.08); padding: 12px 24px; display: flex; justify-content: center; gap: 12px; z-index: 10; }
`;

const REGION_PROPS = {
  lazy: true,
  // OpenTiny's lazy node: { root: true, level: 0 } for the first level, else a Node with its value path
  lazyLoad(node: { root?: boolean; level: number; path?: string[] }, resolve: (list: unknown[]) => void) {
    const path = node.root ? [] : (node.path ?? []);
    fetchAreas(codeAt(path)).then((list) => resolve(list.map((a) => ({ value: a.name, label: a.name, leaf: node.level >= 2 }))));
  },
};

const HuaweiSubjectPerson = {
  components: { TinyButton, TinyCascader, TinyCheckbox, TinyCol, TinyDatePicker, TinyForm, TinyFormItem, TinyInput, TinyOption, TinyRow, TinySelect, TinySteps, TinyTooltip },
  setup() {
    const s = replicaState('huawei', 'subject', '个人', {
      region: '浙江省 / 杭州市 / 西湖区',
      nature: '个人',
      subjectName: '张伟',
      certType: '居民身份证',
      certNumber: '330106199003071236',
      certAddress: '',
      mailRegion: [] as string[],
      mailDetail: '',
      investor: '',
      prName: '',
      prCertType: '',
      prCertNumber: '',
      prValidFrom: '',
      prValidTo: '',
      prLongTerm: false,
      mobile: '',
      smsCode: '',
      emergency: '',
      officePhone: '',
      email: '',
      prevClicks: 0,
      saveClicks: 0,
      nextClicks: 0,
      smsClicks: 0,
    });
    const onLong = (v: boolean) => { if (v) s.prValidTo = ''; };
    const steps = [{ name: '基础信息校验', status: 'done' }, { name: '填写主体信息', status: 'doing' }, { name: '填写互联网信息服务' }, { name: '上传资料及真实性核验' }];
    return { s, onLong, steps, certs: ICP_PERSON_CERTS, regionProps: REGION_PROPS };
  },
  template: `
<div class="hw-main">
  <div class="hw-crumb">备案中心 / 我的备案 / 新增备案</div>
  <h2 class="hw-title">填写订单</h2>
  <div class="hw-box"><tiny-steps :data="steps" :active="1" advanced></tiny-steps></div>
  <tiny-form label-position="top" :model="s">
    <div class="hw-box">
      <h3>主体信息<small>以下信息来自基础信息校验，如需修改请返回上一步</small></h3>
      <tiny-row :gutter="24">
        <tiny-col :span="4"><tiny-form-item label="地域"><tiny-input v-model="s.region" display-only></tiny-input></tiny-form-item></tiny-col>
        <tiny-col :span="4"><tiny-form-item label="主办单位性质"><tiny-input v-model="s.nature" display-only></tiny-input></tiny-form-item></tiny-col>
        <tiny-col :span="4"><tiny-form-item label="主办单位名称"><tiny-input v-model="s.subjectName" display-only></tiny-input></tiny-form-item></tiny-col>
        <tiny-col :span="4"><tiny-form-item label="证件类型"><tiny-input v-model="s.certType" display-only></tiny-input></tiny-form-item></tiny-col>
        <tiny-col :span="4"><tiny-form-item label="证件号码"><tiny-input v-model="s.certNumber" display-only></tiny-input></tiny-form-item></tiny-col>
      </tiny-row>
      <tiny-row :gutter="24">
        <tiny-col :span="8">
          <tiny-form-item label="证件住所" required>
            <tiny-input v-model="s.certAddress" type="textarea" :rows="2" placeholder="请与身份证上的住址保持一致"></tiny-input>
            <div class="hw-help">请填写证件上的完整住址，包含省市区</div>
          </tiny-form-item>
        </tiny-col>
        <tiny-col :span="4">
          <tiny-form-item required>
            <template #label>投资人或主管单位<tiny-tooltip content="个人备案请填写主办人本人姓名" placement="top"><span class="hw-tip">?</span></tiny-tooltip></template>
            <tiny-input v-model="s.investor" placeholder="请输入"></tiny-input>
          </tiny-form-item>
        </tiny-col>
      </tiny-row>
      <tiny-row :gutter="24">
        <tiny-col :span="4">
          <tiny-form-item label="通信地址" required>
            <tiny-cascader v-model="s.mailRegion" :props="regionProps" placeholder="省 / 市 / 区县" clearable></tiny-cascader>
          </tiny-form-item>
        </tiny-col>
        <tiny-col :span="8">
          <tiny-form-item label="详细地址" required>
            <tiny-input v-model="s.mailDetail" placeholder="街道、门牌号等，需精确到门牌号"></tiny-input>
          </tiny-form-item>
        </tiny-col>
      </tiny-row>
    </div>
    <div class="hw-box">
      <h3>主体负责人<small>个人备案时，主体负责人为主办人本人</small></h3>
      <tiny-row :gutter="24">
        <tiny-col :span="4"><tiny-form-item label="负责人姓名" required><tiny-input v-model="s.prName" placeholder="请输入"></tiny-input></tiny-form-item></tiny-col>
        <tiny-col :span="4">
          <tiny-form-item label="负责人证件类型" required>
            <tiny-select v-model="s.prCertType" placeholder="请选择">
              <tiny-option v-for="c in certs" :key="c" :label="c" :value="c"></tiny-option>
            </tiny-select>
          </tiny-form-item>
        </tiny-col>
        <tiny-col :span="4"><tiny-form-item label="负责人证件号码" required><tiny-input v-model="s.prCertNumber" placeholder="请输入"></tiny-input></tiny-form-item></tiny-col>
      </tiny-row>
      <tiny-row :gutter="24">
        <tiny-col :span="4">
          <tiny-form-item label="证件有效期开始日期" required>
            <tiny-date-picker v-model="s.prValidFrom" type="date" value-format="yyyy-MM-dd" format="yyyy-MM-dd" placeholder="选择日期"></tiny-date-picker>
          </tiny-form-item>
        </tiny-col>
        <tiny-col :span="4">
          <tiny-form-item label="证件有效期结束日期" required>
            <div class="hw-valid">
              <tiny-date-picker v-model="s.prValidTo" type="date" value-format="yyyy-MM-dd" format="yyyy-MM-dd" :disabled="s.prLongTerm" :placeholder="s.prLongTerm ? '长期有效' : '选择日期'"></tiny-date-picker>
              <tiny-checkbox v-model="s.prLongTerm" @change="onLong">长期</tiny-checkbox>
            </div>
          </tiny-form-item>
        </tiny-col>
      </tiny-row>
    </div>
    <div class="hw-box">
      <h3>联系方式</h3>
      <tiny-row :gutter="24">
        <tiny-col :span="4">
          <tiny-form-item label="手机号码" required>
            <div class="hw-pair"><tiny-input v-model="s.mobile" placeholder="请输入手机号码"></tiny-input><tiny-button @click="s.smsClicks++">获取验证码</tiny-button></div>
          </tiny-form-item>
        </tiny-col>
        <tiny-col :span="4"><tiny-form-item label="短信验证码" required><tiny-input v-model="s.smsCode" placeholder="请输入6位验证码"></tiny-input></tiny-form-item></tiny-col>
        <tiny-col :span="4">
          <tiny-form-item label="应急联系电话" required>
            <tiny-input v-model="s.emergency" placeholder="请输入"></tiny-input>
            <div class="hw-help">需与手机号码不同</div>
          </tiny-form-item>
        </tiny-col>
        <tiny-col :span="4"><tiny-form-item label="办公室电话"><tiny-input v-model="s.officePhone" placeholder="区号-号码，如 010-12345678"></tiny-input></tiny-form-item></tiny-col>
        <tiny-col :span="4"><tiny-form-item label="电子邮箱" required><tiny-input v-model="s.email" placeholder="请输入"></tiny-input></tiny-form-item></tiny-col>
      </tiny-row>
    </div>
  </tiny-form>
  <div class="hw-actions">
    <tiny-button @click="s.prevClicks++">上一步</tiny-button>
    <tiny-button @click="s.saveClicks++">保存草稿</tiny-button>
    <tiny-button type="primary" @click="s.nextClicks++">下一步</tiny-button>
  </div>
</div>`,
};

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.appendChild(style);
const el = document.getElementById('app')!;
if (build() === 'heldout5-huawei-subject-person-opentiny-top') createApp(HuaweiSubjectPerson).mount(el);
else createApp({ render: () => h('p', `unknown build ${build()}`) }).mount(el);
