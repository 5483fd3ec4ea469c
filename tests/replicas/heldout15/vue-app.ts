/**
 * Gen-15 held-out build on Vue 3 (runtime compiler) + Element Plus 2.14 (written from FORMS.md and
 * docs/profile.example.json alone, never tuned against):
 *  - heldout15-baidu-subject-person-elp-descriptions  填写主办者信息 (个人, 百度智能云): the form laid out as BORDERED
 *    el-DESCRIPTIONS tables (label cell | control cell, two pairs a row); nature and ID type carried over and locked, ID
 *    photo uploads whose portrait side is RECOGNISED (fills 主办者姓名 / 证件号码 when empty), a whole-tree filterable
 *    cascader + detail for 证件地址, 通信地址 with its region locked from step 1 and only the street typed, the principal
 *    read-only (the 主办者 himself), a date RANGE picker swapped for one start date by 长期有效, blur checks; 上一步 / 暂存 /
 *    下一步
 */
import { createApp, defineComponent, reactive, watch, type Component } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import './regions';
import { build, EMAIL_RE, expose, MOBILE_RE, pathOfCode, PHONE_RE, regionOptions, snapshot, validId } from './common';
import type { Platform } from '../types';

type S = Record<string, unknown>;

function useReplica(platform: Platform, step: string, variant: string | undefined, initial: S, view: (s: S) => S = (s) => s) {
  const s = reactive(initial) as S;
  const bump = expose(platform, step, variant, () => snapshot(view(JSON.parse(JSON.stringify(s)) as S)));
  watch(s, () => bump(), { deep: true, flush: 'sync' });
  return s;
}

const names = (l: unknown) => (Array.isArray(l) ? l.map((f) => String((f as { name?: unknown }).name ?? '')).filter(Boolean) : []);
const THUMB = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><rect width="96" height="96" fill="#eef3fe"/><text x="48" y="54" font-size="14" text-anchor="middle" fill="#2468f2">已上传</text></svg>')}`;
/** What the 验证备案类型 step holds (locked here). */
const STEP1 = { nature: '个人', certType: '居民身份证', certNumber: '330106199003071236', mailRegion: ['浙江省', '杭州市', '西湖区'] };

const BaiduSubjectPerson = defineComponent({
  setup() {
    const s = useReplica('baidu', 'subject', '个人', {
      idFront: [], idBack: [], name: '', certNumber: '', certRegionCodes: [], certDetail: '', mailDetail: '', investor: '',
      validity: [], longTerm: false, validFromLong: '', mobile: '', emergency: '', landline: '', email: '', remark: '', prevClicks: 0, saveClicks: 0, nextClicks: 0,
    }, ({ certRegionCodes, validity, validFromLong, ...r }) => ({
      ...r,
      certRegion: pathOfCode((certRegionCodes as string[]).at(-1)),
      validity: r.longTerm ? (validFromLong ? [validFromLong, ''] : []) : Array.isArray(validity) && validity.some(Boolean) ? validity : [],
    }));
    const errs = reactive<Record<string, string>>({});
    const ui = reactive({ ocr: '' });
    const rules: Record<string, (v: string) => string> = {
      name: (v) => (/^[\u4e00-\u9fff·]{2,15}$/.test(v) ? '' : '请填写身份证上的中文姓名'),
      certNumber: (v) => (!validId(v) ? '身份证号码校验未通过' : v !== STEP1.certNumber ? '须与“验证备案类型”中的证件号码一致' : ''),
      mobile: (v) => (MOBILE_RE.test(v) ? '' : '请输入 11 位手机号码'),
      emergency: (v) => (!MOBILE_RE.test(v) ? '请输入 11 位手机号码' : v === s.mobile ? '应急联系人手机号码不能与手机号码相同' : ''),
      landline: (v) => (PHONE_RE.test(v) && v.startsWith('0') ? '' : '格式：区号-号码'),
      email: (v) => (EMAIL_RE.test(v) ? '' : '邮箱格式不正确'),
    };
    const check = (k: string) => { const v = String(s[k] ?? '').trim(); errs[k] = v && rules[k] ? rules[k]!(v) : ''; };
    const upload = (k: string) => ({
      change: (_f: unknown, list: unknown) => {
        s[k] = names(list);
        if (k === 'idFront' && names(list).length) {
          ui.ocr = '识别中…';
          setTimeout(() => {
            const filled: string[] = [];
            if (!s.name) { s.name = '张伟'; filled.push('主办者姓名'); }
            if (!s.certNumber) { s.certNumber = STEP1.certNumber; filled.push('证件号码'); }
            ui.ocr = filled.length ? `已识别身份证并填入${filled.join('、')}，请核对` : '已识别身份证，与已填信息一致';
          }, 400);
        }
      },
      remove: (_f: unknown, list: unknown) => { s[k] = names(list); if (k === 'idFront') ui.ocr = ''; },
    });
    const files = (k: string) => (s[k] as string[]).map((name, i) => ({ name, uid: i + 1, status: 'success', url: THUMB }));
    const setLong = (v: boolean) => { s.longTerm = v; s.validity = []; s.validFromLong = ''; };
    const regions = regionOptions();
    const steps = ['验证备案类型', '填写主办者信息', '填写网站信息', '资料上传及人脸核验', '信息确认', '短信核验'];
    return { s, errs, ui, check, upload, files, setLong, regions, steps, STEP1 };
  },
  template: `
  <div class="bd-top"><b>百度智能云</b><span>控制台总览</span><span>备案</span><span style="margin-left:auto">张伟</span></div>
  <nav class="bd-side" aria-label="备案"><div class="grp">ICP备案</div><a>备案概览</a><a class="on">备案申请</a><a>备案管理</a><a>备案资源</a><div class="grp">其他</div><a>公安备案指引</a></nav>
  <div class="bd-main"><div class="tc-body" style="max-width:1040px">
    <h2 class="page-title">备案申请</h2>
    <div class="panel-w" style="padding-bottom:16px">
      <el-steps :active="1" finish-status="success" align-center><el-step v-for="t in steps" :key="t" :title="t"></el-step></el-steps>
    </div>
    <el-alert type="info" :closable="false" show-icon style="margin-bottom:16px"
      title="上传身份证人像面后系统将自动识别姓名、证件号码，请核对；主办者性质、证件类型及通信地址所属区域已在“验证备案类型”中确定。"></el-alert>
    <el-card shadow="never" style="margin-bottom:16px">
      <template #header><b>主办者信息</b></template>
      <el-descriptions class="desc-subject" :column="2" border label-width="150px">
        <el-descriptions-item label="主办者性质"><span class="ro">{{ STEP1.nature }}</span> <el-tag size="small" type="info">已锁定</el-tag></el-descriptions-item>
        <el-descriptions-item label="证件类型"><span class="ro">{{ STEP1.certType }}</span> <el-tag size="small" type="info">已锁定</el-tag></el-descriptions-item>
        <el-descriptions-item>
          <template #label><span class="req-star">*</span>身份证人像面</template>
          <el-upload :class="['up', 'up-idFront', { full: s.idFront.length }]" action="#" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" list-type="picture-card" :file-list="files('idFront')"
            @change="upload('idFront').change" @remove="upload('idFront').remove"><span class="plus">+</span></el-upload>
          <div class="help ocr">{{ ui.ocr }}</div>
        </el-descriptions-item>
        <el-descriptions-item>
          <template #label><span class="req-star">*</span>身份证国徽面</template>
          <el-upload :class="['up', 'up-idBack', { full: s.idBack.length }]" action="#" :auto-upload="false" :limit="1" accept="image/png,image/jpeg" list-type="picture-card" :file-list="files('idBack')"
            @change="upload('idBack').change" @remove="upload('idBack').remove"><span class="plus">+</span></el-upload>
        </el-descriptions-item>
        <el-descriptions-item>
          <template #label><span class="req-star">*</span>主办者姓名</template>
          <el-input class="name" v-model="s.name" maxlength="15" @input="errs.name=''" @blur="check('name')"></el-input>
          <div class="field-err" v-if="errs.name">{{ errs.name }}</div>
        </el-descriptions-item>
        <el-descriptions-item>
          <template #label><span class="req-star">*</span>证件号码</template>
          <el-input class="cert-number" v-model="s.certNumber" maxlength="18" @input="errs.certNumber=''" @blur="check('certNumber')"></el-input>
          <div class="field-err" v-if="errs.certNumber">{{ errs.certNumber }}</div>
        </el-descriptions-item>
        <el-descriptions-item :span="2">
          <template #label><span class="req-star">*</span>证件地址</template>
          <div class="desc-ctl">
            <el-cascader class="cert-region" v-model="s.certRegionCodes" :options="regions" filterable clearable placeholder="省 / 市 / 区县" style="width:260px"></el-cascader>
            <el-input class="cert-detail" v-model="s.certDetail" placeholder="详细地址：与身份证一致" style="flex:1;min-width:260px"></el-input>
          </div>
        </el-descriptions-item>
        <el-descriptions-item :span="2">
          <template #label><span class="req-star">*</span>通信地址</template>
          <div class="desc-ctl">
            <span class="ro mail-region">{{ STEP1.mailRegion.join(' / ') }}</span>
            <el-input class="mail-detail" v-model="s.mailDetail" placeholder="街道、门牌号（须详细到门牌号）" style="flex:1;min-width:260px"></el-input>
          </div>
        </el-descriptions-item>
        <el-descriptions-item :span="2">
          <template #label><span class="req-star">*</span>投资人或主管单位</template>
          <el-input class="investor" v-model="s.investor" maxlength="30" placeholder="个人填写本人姓名" style="max-width:320px"></el-input>
        </el-descriptions-item>
      </el-descriptions>
    </el-card>
    <el-card shadow="never" style="margin-bottom:16px">
      <template #header><b>主体负责人信息</b><span class="help" style="margin-left:8px">个人备案的主体负责人即主办者本人</span></template>
      <el-descriptions class="desc-principal" :column="2" border label-width="150px">
        <el-descriptions-item label="负责人姓名"><span class="ro pr-name">{{ s.name || '（同主办者姓名）' }}</span></el-descriptions-item>
        <el-descriptions-item label="负责人证件号码"><span class="ro">{{ s.certNumber || '（同主办者证件号码）' }}</span></el-descriptions-item>
        <el-descriptions-item :span="2">
          <template #label><span class="req-star">*</span>证件有效期</template>
          <div class="desc-ctl">
            <el-date-picker v-if="!s.longTerm" class="validity" v-model="s.validity" type="daterange" value-format="YYYY-MM-DD" format="YYYY-MM-DD" start-placeholder="开始日期" end-placeholder="结束日期" range-separator="至" style="max-width:320px"></el-date-picker>
            <el-date-picker v-else class="valid-from" v-model="s.validFromLong" type="date" value-format="YYYY-MM-DD" format="YYYY-MM-DD" placeholder="开始日期" style="width:200px"></el-date-picker>
            <el-checkbox class="long-term" :model-value="s.longTerm" @update:model-value="setLong">长期有效</el-checkbox>
          </div>
        </el-descriptions-item>
        <el-descriptions-item>
          <template #label><span class="req-star">*</span>手机号码</template>
          <el-input class="mobile" v-model="s.mobile" maxlength="11" @input="errs.mobile=''" @blur="check('mobile')"></el-input>
          <div class="field-err" v-if="errs.mobile">{{ errs.mobile }}</div>
        </el-descriptions-item>
        <el-descriptions-item>
          <template #label><span class="req-star">*</span>应急联系人手机号码</template>
          <el-input class="emergency" v-model="s.emergency" maxlength="11" @input="errs.emergency=''" @blur="check('emergency')"></el-input>
          <div class="field-err" v-if="errs.emergency">{{ errs.emergency }}</div>
        </el-descriptions-item>
        <el-descriptions-item label="固定电话（选填）">
          <el-input class="landline" v-model="s.landline" placeholder="区号-号码" @input="errs.landline=''" @blur="check('landline')"></el-input>
          <div class="field-err" v-if="errs.landline">{{ errs.landline }}</div>
        </el-descriptions-item>
        <el-descriptions-item>
          <template #label><span class="req-star">*</span>电子邮箱</template>
          <el-input class="email" v-model="s.email" @input="errs.email=''" @blur="check('email')"></el-input>
          <div class="field-err" v-if="errs.email">{{ errs.email }}</div>
        </el-descriptions-item>
        <el-descriptions-item label="备注" :span="2">
          <el-input class="remark" v-model="s.remark" type="textarea" :rows="2" maxlength="200" show-word-limit placeholder="选填"></el-input>
        </el-descriptions-item>
      </el-descriptions>
    </el-card>
    <div class="tc-actions">
      <el-button @click="s.prevClicks++">上一步</el-button><el-button @click="s.saveClicks++">暂存</el-button><el-button type="primary" @click="s.nextClicks++">下一步</el-button>
    </div>
  </div></div>`,
});

const APPS: Record<string, Component> = { 'heldout15-baidu-subject-person-elp-descriptions': BaiduSubjectPerson };
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
