/**
 * Gen-30 held-out build on Vue 3 (runtime compiler) + Element Plus 2.14 (its stylesheet), written from FORMS.md and
 * docs/profile.example.json alone, never tuned against:
 *  - heldout30-mps-site-unit-elp-vsteps   the 公安 网站基本信息 step (单位) with a VERTICAL el-steps rail on the left and
 *    the form right (labels top): a DatePicker, a MULTIPLE allow-create select of 从域名, a textarea of IPs (one a line,
 *    blur check), a select of 网站类别, 是 / 否 radios, a SWITCH 危险物品, a checkbox group of 语种; 暂存 / 下一步
 */
import { createApp, defineComponent, reactive } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import { build, expose, IPV4_RE, MPS_CATEGORIES, MPS_LANGUAGES, snapshot, validIpv6 } from './common';

const SiteUnit = defineComponent({
  setup() {
    const s = reactive({
      siteName: '', icpNumber: '', openedAt: '', mainDomain: '', otherDomains: [] as string[], ipText: '', category: '', interactive: '', dangerous: false,
      languages: [] as string[], draftClicks: 0, nextClicks: 0,
    });
    const err = reactive({ ip: '' });
    const ipsOf = (t: string) => t.split(/\n+/).map((x) => x.trim()).filter(Boolean);
    const bump = expose('mps', 'site', '单位', () => {
      const { ipText, ...r } = snapshot(s) as Record<string, unknown> & { ipText: string };
      return { ...r, ips: ipsOf(ipText) };
    });
    const ch = () => bump();
    const checkIps = () => { const bad = ipsOf(s.ipText).find((x) => !IPV4_RE.test(x) && !validIpv6(x)); err.ip = bad ? `${bad}：IP 地址格式不正确` : ''; };
    return { s, err, ch, checkIps, cats: MPS_CATEGORIES, langs: MPS_LANGUAGES };
  },
  template: `
  <div class="mps-top"><b>全国互联网安全管理服务平台</b><span class="who">杭州云栖示例科技有限公司（法人用户）</span></div>
  <div class="mps-body vsteps">
    <el-steps direction="vertical" :active="1" class="side-steps" style="height: 360px">
      <el-step title="开办主体" /><el-step title="网站基本信息" /><el-step title="网站负责人" /><el-step title="提示说明" />
    </el-steps>
    <div class="card-w">
      <el-form label-position="top" class="site-form" @change="ch">
        <el-form-item label="网站名称" required><el-input class="site-name" v-model="s.siteName" @input="ch" /></el-form-item>
        <el-form-item label="工信部ICP备案号"><el-input class="icp-number" v-model="s.icpNumber" @input="ch" placeholder="如 浙ICP备12345678号-1" /></el-form-item>
        <el-form-item label="网站开通时间" required><el-date-picker class="opened-at" v-model="s.openedAt" type="date" value-format="YYYY-MM-DD" @update:model-value="ch" /></el-form-item>
        <el-form-item label="网站首选域名" required><el-input class="main-domain" v-model="s.mainDomain" @input="ch" /></el-form-item>
        <el-form-item label="网站其他域名"><el-select class="other-domains" v-model="s.otherDomains" multiple filterable allow-create default-first-option :reserve-keyword="false" popper-class="other-domains-pop" placeholder="输入后回车" @change="ch" style="width: 360px" /></el-form-item>
        <el-form-item label="网站服务器IP" required :error="err.ip"><el-input class="ips" type="textarea" :rows="3" v-model="s.ipText" placeholder="每行一个" @input="ch" @blur="checkIps" /></el-form-item>
        <el-form-item label="网站类别" required>
          <el-select class="category" v-model="s.category" popper-class="category-pop" placeholder="请选择" @change="ch" style="width: 240px">
            <el-option v-for="c in cats" :key="c[0]" :value="c[0]" :label="c[1]" />
          </el-select>
        </el-form-item>
        <el-form-item label="是否提供交互服务" required><el-radio-group class="interactive" v-model="s.interactive" @change="ch"><el-radio value="是">是</el-radio><el-radio value="否">否</el-radio></el-radio-group></el-form-item>
        <el-form-item label="发布危险物品信息"><el-switch class="dangerous" v-model="s.dangerous" @change="ch" /></el-form-item>
        <el-form-item label="网站语言" required><el-checkbox-group class="languages" v-model="s.languages" @change="ch"><el-checkbox v-for="l in langs" :key="l" :value="l">{{ l }}</el-checkbox></el-checkbox-group></el-form-item>
      </el-form>
      <div class="actions"><el-button @click="s.draftClicks++; ch()">暂存</el-button><el-button type="primary" @click="s.nextClicks++; ch()">下一步</el-button></div>
    </div>
  </div>`,
});

const APPS: Record<string, ReturnType<typeof defineComponent>> = { 'heldout30-mps-site-unit-elp-vsteps': SiteUnit };
const App = APPS[build()];
if (App) createApp(App).use(ElementPlus, { locale: zhCn }).mount('#app');
