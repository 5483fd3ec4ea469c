/**
 * The one i18n mechanism for every extension page and message: i18next, Chinese first, English second.
 * Keys: `ui.*` interface strings, `field.*` profile field labels (the Chinese ones are the forms' own
 * labels), `v.*` validation and import messages (codes from lib/validators and lib/schema).
 */
import i18next, { type i18n as I18n } from 'i18next';
import { validationMessages } from './validators/messages';

export type Lang = 'zh' | 'en';

const zh = {
  ui: {
    appName: '备案助手',
    editorTitle: '备案资料编辑',
    entities: '主体', contacts: '人员', sites: '网站', backup: '备份',
    search: '搜索', searchPlaceholder: '按名称、证件号、域名搜索', new: '新建', newPerson: '新建个人主体', newUnit: '新建单位主体',
    save: '保存', saved: '已保存', duplicate: '复制', delete: '删除', cancel: '取消', confirm: '确定', close: '关闭',
    noRecords: '暂无记录', selectRecord: '从左侧选择一条记录，或新建一条。',
    unsavedTitle: '有未保存的修改', unsavedBody: '当前记录有未保存的修改，放弃这些修改吗？', discard: '放弃修改',
    deleteTitle: '删除“{{name}}”？', deleteInUse: '以下记录正在使用它，删除后这些关联会被清空：', deleteNoRefs: '删除后无法恢复。',
    conflict: '此记录已在其他页面被修改。请重新载入后再编辑（你的修改未保存）。', reload: '重新载入',
    quota: '存储空间不足，未能保存。请删除一些资料文件后重试。',
    fixErrors: '有 {{count}} 处错误，未保存。',
    export: '导出', import: '导入', exportHint: '导出全部主体、人员、网站与资料文件为一个 JSON 文件。',
    importHint: '从备份文件导入。文件会先完整校验，有任何问题都不会改动现有数据。',
    importing: '正在导入 {{file}}…',
    importOk: '已导入：{{entities}} 个主体、{{contacts}} 位人员、{{sites}} 个网站、{{documents}} 份资料。',
    importFailed: '导入失败，现有数据未改动：', importProblemAt: '{{collection}} 第 {{index}} 条“{{name}}”的 {{field}}：',
    exportOk: '已导出 {{file}}',
    language: '语言', current: '当前使用', currentEntity: '当前主体', currentSite: '当前网站', none: '（无）',
    completeness: '完整度', completeOf: '{{done}} / {{total}} 项已完成', allComplete: '必填项已全部完成',
    openEditor: '打开编辑器', openSidePanel: '打开侧边栏', edit: '编辑',
    sameAsPrincipal: '同主体负责人', chooseContact: '选择人员', noneContact: '未指定',
    provider: '从目录选择', providerCustom: '自定义', confidence: '可信度',
    province: '省', city: '市', district: '区/县', longTerm: '长期',
    documents: '资料文件', addDocument: '添加文件', documentKind: '类型', docExpires: '有效期至', download: '下载',
    yes: '是', no: '否', unanswered: '未选择',
    domainsHint: '每行一个域名（第一个为主域名）', ipsHint: '每行一个 IP', filingServiceCodeHint: '没有云服务器实例时，在控制台申请的备案服务号（腾讯云：备案授权码）',
    missing: '缺少', invalid: '无效', entityOf: '所属主体', warnings: '提示',
    sidePanelIntro: '在备案页面打开时，这里会显示当前步骤的填写状态与所需材料。',
    emptyProfile: '还没有资料。打开编辑器新建主体，或导入备份。',
    sameAsCert: '同证件住所', interactiveKindsHint: '建议项未经公开来源确认（待核实）：请按页面上的写法勾选或添加', oneLine: '一行地址', legalRepNone: '未填写', legalRepContact: '选择人员', legalRepName: '仅填写姓名',
    addOption: '添加', customOption: '其他写法', customOptionHint: '页面上的写法不在列表中时，按页面原样填写后添加',
    unlisted: '不在内置选项中', remove: '移除', review: '以下字段由旧版资料转换，请核对：', reviewed: '已核对',
  },
  panel: {
    fill: '一键填充', undo: '撤销', undone: '已撤销 {{restored}} 个字段', undoPartial: '已撤销 {{restored}} 个字段；{{failed}} 个无法撤销（页面控件没有清除功能，请手动修改）：{{names}}',
    report: '填充结果', summary: '已填写 {{filled}} 项（共 {{total}} 项）', edit: '编辑', overwrite: '覆盖', keep: '保留',
    missing: '资料中缺少', invalid: '资料中的值无效', failed: '未能填入', conflict: '页面已有不同的值', noOption: '页面没有匹配的选项', choose: '请在页面上选择',
    tooLarge: '文件超过限制', ambiguous: '标签不唯一，未填写', locked: '不可编辑，已保留', notFound: '页面上未找到', collapse: '收起', expand: '展开',
    currentStep: '当前步骤', fields: '字段',
    ruleUnmatched: '指定的字段在本页未找到', unrecognized: '未识别的字段，未填写',
  },
  capture: {
    read: '从页面读取', title: '从页面读取的资料', steps: '已读取 {{n}} 步：{{steps}}', nothing: '本页没有可读取的字段值',
    writeTo: '写入到', new: '新建', name: '新记录的名称', save: '保存所选（{{n}}）', more: '继续下一步再读取', clear: '放弃读取',
    mark: { new: '新', changed: '变更', same: '相同' }, was: '原值：{{v}}', checkOnly: '只核对，不保存',
    saved: '已保存到资料', problems: '未保存：有无效的值', back: '返回',
  },
  teach: {
    pick: '指定字段', picking: '请在页面上点击要指定的字段（Tab 切换，Enter 选定，Esc 取消）', cancelled: '已取消指定',
    picked: '已选择：{{label}}', section: '所在分组：{{section}}', engine: '引擎识别为：{{name}}', search: '搜索字段', choose: '这个字段填写资料中的哪一项？',
    override: '覆盖引擎的识别', save: '保存指定', saved: '已保存指定：{{label}} → {{name}}', unmatched: '指定的字段在本页未找到',
    tab: '指定字段', empty: '还没有指定的字段。在备案页面的助手面板中点击“指定字段”添加。', page: '页面', label: '页面标签', field: '资料项', remove: '删除',
  },
  fill: {
    noEntity: '还没有备案主体：请先在编辑器中新建或导入。', unknownStep: '这个页面的步骤不在已知表单中。', failed: '未能填入',
    notRecognized: '未识别到备案表单步骤', noFrame: '当前标签页没有可填写的备案页面',
    timeout: '页面 {{s}} 秒内没有完成填写：请核对页面上已填的字段，必要时刷新页面后再试',
    noOption: '页面没有这个选项', choose: '资料没有说明是哪一项，请在页面上选择：{{options}}', locked: '字段不可编辑', unrecognized: '未能识别这个字段：请自行核对，或用“指定字段”告诉助手它是什么',
    outcome: {
      missing: '资料中缺少', invalid: '资料中的值无效', conflict: '页面已有不同的值', 'not-found': '页面上未找到此字段', ambiguous: '页面上有多个同名字段，未填写',
      locked: '字段不可编辑，已保留页面上的值', copied: '由页面的“同主体负责人”填入', 'no-option': '页面没有与资料匹配的选项', choose: '请在页面上选择', 'too-large': '文件超过页面限制（{{max}}）', already: '页面已是资料中的值',
      filled: '已填写', failed: '未能填入', pending: '待填写',
    },
  },
  kind: { entity: '主体', contact: '人员', site: '网站', entities: '主体', contacts: '人员', sites: '网站', documents: '资料' },
  doc: {
    'id-front': '身份证正面', 'id-back': '身份证反面', 'id-handheld': '手持证件照', 'business-licence': '营业执照/主体证件',
    'domain-cert': '域名证书', authorization: '授权书', commitment: '承诺书', 'residence-permit': '居住证/暂住证',
    'pre-approval': '前置审批文件', 'construction-plan': '网站建设方案书', bianban: '编办证明', other: '其他',
  },
  field: {
    kind: '主体类型', nature: '主办单位性质', name: '主办单位或主办人名称', certType: '证件类型', certNumber: '证件号码',
    certValidFrom: '证件有效期起', certValidTo: '证件有效期止', certLongTerm: '证件长期有效', certAddress: '主办单位证件住所',
    region: '主办单位所属区域', mailingAddress: '主办单位通讯地址', officeAddress: '单位办公地址', investor: '投资人或主管单位',
    legalRep: '法定代表人', principalId: '主体负责人', usesGenAI: '是否利用生成式人工智能', icpEntityNumber: '主体备案号',
    icpEntityApprovedAt: '主体备案日期', remark: '备注',
    contactName: '姓名', mobile: '手机号码', emergencyPhone: '应急联系电话', landline: '办公室电话', email: '电子邮箱', address: '常住地址',
    siteName: '网站名称', entityId: '所属主体', domains: '网站域名', homeUrl: '网站首页URL', ips: 'IP地址', filingServiceCode: '备案服务号', serviceType: '服务类型',
    languages: '网站语言', contentTypes: '网站服务内容', preApprovals: '前置审批项', approvalNumber: '审批号',
    webPrincipal: '网站负责人', securityOfficer: '网站安全负责人', emergencyContact: '网站应急联络人',
    accessProvider: '网络接入服务商', registrar: '域名注册服务商', providerName: '名称', jurisdiction: '所属地区管辖',
    providerRegion: '所属区域', providerCode: '接入商编码/组织机构代码', providerPhone: '电话', accessMethod: '网站接入方式',
    interactive: '是否提供互联网交互服务', psbCategory: '网站类型', dangerousGoods: '是否提供涉及管制物品信息发布服务',
    icpSiteNumber: '网站备案号', psbNumber: '公安备案号', openedAt: '网站开通日期', detail: '详细地址',
    registeredAddress: '单位注册地址', domainCertFrom: '域名证书有效期起', domainCertTo: '域名证书有效期止', interactiveKinds: '交互服务类型',
    legalRepId: '法定代表人证件', id: '编号', size: '大小', ownerId: '所属记录',
  },
  checklist: {
    materials: '材料清单', warnings: '提示', journey: '备案进度', footer: '页脚代码', copy: '复制', copied: '已复制',
    source: '来源 {{source}} · 可信度 {{confidence}}', unconfirmed: '（未确认）',
    deadline: '公安联网备案截止 {{due}}（网站开通后 30 天）：', daysLeft: '剩余 {{count}} 天', overdue: '已逾期 {{count}} 天',
    next: '下一步：{{phase}} · {{title}}', reminders: '截止前一周和前一天提醒我', doneOn: '完成于 {{date}}',
    state: { 已备: '已备', 缺少: '缺少', 需注意: '需注意' },
    journeyOf: '按{{brand}}备案控制台的步骤', journeyGeneric: '通用步骤（{{brand}}的备案流程未收录）', journeyNone: '通用步骤（网站未选择接入服务商；选择后按其备案控制台的步骤显示）',
    lookup: '公安备案：接入服务商信息待查', lookupIntro: '{{brand}}的以下取值没有公开来源可确认，公安联网备案的“网络接入服务商”部分需要你自己查到后填写：',
    lookupWhere: '查询位置：', lookupState: { 待查: '待查', 需核实: '需核实' },
  },
  vault: {
    title: '口令保护', tab: '安全',
    intro: '设置口令后，主体、人员、网站和资料文件在本机以 AES-256-GCM 加密保存；解锁前任何页面（包括一键填充）都读不到这些资料。',
    lostWarning: '口令只保存在你的记忆里。忘记口令后，加密的资料无法恢复（本扩展没有任何找回方式）。设置前请先导出备份并妥善保管。',
    passphrase: '口令', repeat: '再次输入口令', current: '当前口令', next: '新口令',
    idle: '空闲多久后自动锁定', idleMinutes: '{{count}} 分钟', idleNever: '不自动锁定（关闭浏览器时锁定）',
    enable: '设置口令并加密', enabled: '已设置口令，资料已加密保存。', on: '口令保护已开启', off: '未设置口令：资料未加密。',
    change: '修改口令', changed: '口令已修改。', remove: '取消口令保护', removed: '已取消口令保护，资料已改为不加密保存。',
    removeHint: '取消后资料在本机不再加密。', lockNow: '立即锁定', locked: '已锁定',
    unlockTitle: '资料已锁定', unlockHint: '输入口令解锁。', unlock: '解锁', unlocking: '正在解锁…', working: '正在处理…',
    wrong: '口令不正确，资料未改动。', tooShort: '口令至少需要 8 个字符。', mismatch: '两次输入的口令不一致。',
    lockedFill: '资料已锁定：请先在面板或弹出窗口中输入口令解锁，再填充。', failed: '操作失败，资料未改动：{{error}}',
  },
  v: {
    required: '必填', tooLong: '内容过长', 'date.format': '日期格式应为 YYYY-MM-DD', 'region.invalid': '省/市/区不是有效的行政区划',
    'entity.natureKind': '主体类型与主办单位性质不一致（个人主体的性质须为“个人”）', 'entity.certTypeNature': '证件类型与主办单位性质不匹配',
    'contact.emergencySame': '应急联系电话不能与手机号码相同', 'site.domainDuplicate': '域名重复', 'phone.format': '电话号码格式不正确',
    'document.mime': '只支持 JPG、PNG 或 PDF 文件（当前：{{mime}}）', 'document.tooLarge': '文件过大（{{size}}），上限 {{max}}', 'document.empty': '文件为空',
    'document.base64': '文件内容不是有效的 base64',
    'import.tooLarge': '文件过大（{{size}} MB），导入上限 {{max}} MB', 'import.notJson': '不是有效的 JSON 文件',
    'import.notBackup': '不是备案助手的备份文件', 'import.version': '不支持的备份版本 {{version}}（本扩展支持版本 {{supported}}）',
    'import.duplicateId': '编号重复', 'import.danglingRef': '引用的记录在文件中不存在', 'import.documentSize': '文件大小与内容不符',
    'import.readError': '无法读取文件', invalid_type: '类型不正确', invalid_value: '取值不在允许范围内',
    too_small: '内容过短或数量不足', too_big: '内容过长或数量过多', invalid_format: '格式不正确', invalid_union: '取值无效', unrecognized_keys: '包含未知字段', custom: '取值无效',
  },
};

type Dict = { [k: string]: string | Dict };
const en: typeof zh = {
  ui: {
    appName: 'Beian Autofill', editorTitle: 'Filing profile editor',
    entities: 'Subjects', contacts: 'People', sites: 'Sites', backup: 'Backup',
    search: 'Search', searchPlaceholder: 'Search by name, ID number, domain', new: 'New', newPerson: 'New individual', newUnit: 'New organisation',
    save: 'Save', saved: 'Saved', duplicate: 'Duplicate', delete: 'Delete', cancel: 'Cancel', confirm: 'OK', close: 'Close',
    noRecords: 'No records yet', selectRecord: 'Pick a record on the left, or create one.',
    unsavedTitle: 'Unsaved changes', unsavedBody: 'This record has unsaved changes. Discard them?', discard: 'Discard changes',
    deleteTitle: 'Delete “{{name}}”?', deleteInUse: 'These records use it; their links will be cleared:', deleteNoRefs: 'This cannot be undone.',
    conflict: 'This record was changed in another page. Reload it before editing (your changes were not saved).', reload: 'Reload',
    quota: 'Storage is full; nothing was saved. Remove some document files and try again.',
    fixErrors: '{{count}} error(s); not saved.',
    export: 'Export', import: 'Import', exportHint: 'Export all subjects, people, sites and documents to one JSON file.',
    importHint: 'Import a backup. The file is checked first; on any problem nothing changes.',
    importing: 'Importing {{file}}…',
    importOk: 'Imported {{entities}} subjects, {{contacts}} people, {{sites}} sites, {{documents}} documents.',
    importFailed: 'Import failed; existing data is unchanged:', importProblemAt: '{{collection}} #{{index}} “{{name}}”, {{field}}: ',
    exportOk: 'Exported {{file}}',
    language: 'Language', current: 'In use', currentEntity: 'Subject', currentSite: 'Site', none: '(none)',
    completeness: 'Completeness', completeOf: '{{done}} / {{total}} complete', allComplete: 'All required fields complete',
    openEditor: 'Open editor', openSidePanel: 'Open side panel', edit: 'Edit',
    sameAsPrincipal: 'Same as principal', chooseContact: 'Choose a person', noneContact: 'Not set',
    provider: 'From directory', providerCustom: 'Custom', confidence: 'Confidence',
    province: 'Province', city: 'City', district: 'District', longTerm: 'Long-term',
    documents: 'Documents', addDocument: 'Add file', documentKind: 'Kind', docExpires: 'Expires', download: 'Download',
    yes: 'Yes', no: 'No', unanswered: 'Not answered',
    domainsHint: 'One domain per line (the first is the main domain)', ipsHint: 'One IP per line', filingServiceCodeHint: 'Without a cloud server instance: the filing service code bought in the console (Tencent: 备案授权码)',
    missing: 'Missing', invalid: 'Invalid', entityOf: 'Subject', warnings: 'Notes',
    sidePanelIntro: 'On a filing page this panel shows the step’s fill state and the materials needed.',
    emptyProfile: 'No data yet. Open the editor to create a subject, or import a backup.',
    sameAsCert: 'Same as the certificate address', interactiveKindsHint: 'Suggestions not confirmed by any source: tick or add the wording the page uses', oneLine: 'One line', legalRepNone: 'Not set', legalRepContact: 'A person', legalRepName: 'Name only',
    addOption: 'Add', customOption: 'Other wording', customOptionHint: 'When the page words it differently, type it as the page does and add it',
    unlisted: 'not a built-in option', remove: 'Remove', review: 'These fields were converted from an older profile; please check them:', reviewed: 'Checked',
  },
  panel: {
    fill: 'Fill this step', undo: 'Undo', undone: 'Restored {{restored}} fields', undoPartial: 'Restored {{restored}} fields; {{failed}} could not be restored (the page’s control cannot be cleared; change it by hand): {{names}}',
    report: 'Fill report', summary: 'Filled {{filled}} of {{total}}', edit: 'Edit', overwrite: 'Overwrite', keep: 'Keep',
    missing: 'Missing in the profile', invalid: 'Invalid in the profile', failed: 'Could not fill', conflict: 'Page holds another value', noOption: 'No matching option', choose: 'Choose on the page',
    tooLarge: 'File too large', ambiguous: 'Ambiguous label; not filled', locked: 'Not editable; kept', notFound: 'Not found on the page', collapse: 'Collapse', expand: 'Expand',
    currentStep: 'Current step', fields: 'Fields',
    ruleUnmatched: 'Taught field not found on this page', unrecognized: 'Fields not recognised; left as they are',
  },
  capture: {
    read: 'Read from page', title: 'Values read from the page', steps: '{{n}} step(s) read: {{steps}}', nothing: 'No field values to read on this page',
    writeTo: 'Write to', new: 'New', name: 'Name of the new record', save: 'Save ticked ({{n}})', more: 'Read the next step too', clear: 'Discard',
    mark: { new: 'New', changed: 'Changed', same: 'Same' }, was: 'Was: {{v}}', checkOnly: 'Compared only, not saved',
    saved: 'Saved to the profile', problems: 'Not saved: some values are invalid', back: 'Back',
  },
  teach: {
    pick: 'Teach a field', picking: 'Click the field on the page (Tab moves, Enter picks, Esc cancels)', cancelled: 'Teaching cancelled',
    picked: 'Picked: {{label}}', section: 'Section: {{section}}', engine: 'The engine reads it as: {{name}}', search: 'Search fields', choose: 'Which profile value belongs here?',
    override: 'Override the engine', save: 'Save', saved: 'Saved: {{label}} → {{name}}', unmatched: 'Taught field not found on this page',
    tab: 'Taught fields', empty: 'No taught fields yet. Use “Teach a field” in the panel on a filing page.', page: 'Page', label: 'Page label', field: 'Profile value', remove: 'Delete',
  },
  fill: {
    noEntity: 'No filing subject yet: create or import one in the editor.', unknownStep: 'This page’s step is not a known form.', failed: 'Could not fill',
    notRecognized: 'No filing step recognised', noFrame: 'This tab has no filing page to fill',
    timeout: 'The page did not finish the fill within {{s}} s: check the fields it filled, and reload the page to try again if needed',
    noOption: 'The page has no such option', choose: 'The profile does not say which one: choose on the page ({{options}})', locked: 'Field is not editable', unrecognized: 'This field was not recognised: check it yourself, or teach it with 指定字段',
    outcome: {
      missing: 'Missing in the profile', invalid: 'Invalid in the profile', conflict: 'The page holds a different value', 'not-found': 'Not found on the page', ambiguous: 'Several fields share this label; not filled',
      locked: 'Not editable; the page’s value was kept', copied: 'Filled by the page (same as principal)', 'no-option': 'The page offers no matching option', choose: 'Choose on the page', 'too-large': 'File exceeds the page’s limit ({{max}})', already: 'Already holds the profile’s value',
      filled: 'Filled', failed: 'Could not fill', pending: 'To fill',
    },
  },
  kind: { entity: 'Subject', contact: 'Person', site: 'Site', entities: 'Subjects', contacts: 'People', sites: 'Sites', documents: 'Documents' },
  doc: {
    'id-front': 'ID card front', 'id-back': 'ID card back', 'id-handheld': 'Holding ID photo', 'business-licence': 'Business licence / certificate',
    'domain-cert': 'Domain certificate', authorization: 'Authorisation letter', commitment: 'Commitment letter', 'residence-permit': 'Residence permit',
    'pre-approval': 'Pre-approval document', 'construction-plan': 'Site construction plan', bianban: 'Bianban certificate', other: 'Other',
  },
  field: {
    kind: 'Subject type', nature: 'Nature (主办单位性质)', name: 'Name', certType: 'Certificate type', certNumber: 'Certificate number',
    certValidFrom: 'Valid from', certValidTo: 'Valid to', certLongTerm: 'Long-term', certAddress: 'Address on certificate',
    region: 'Region', mailingAddress: 'Mailing address', officeAddress: 'Office address', investor: 'Investor / supervising unit',
    legalRep: 'Legal representative', principalId: 'Principal (主体负责人)', usesGenAI: 'Uses generative AI', icpEntityNumber: 'Entity ICP number',
    icpEntityApprovedAt: 'Entity ICP date', remark: 'Remark',
    contactName: 'Name', mobile: 'Mobile', emergencyPhone: 'Emergency phone', landline: 'Office phone', email: 'Email', address: 'Residence',
    siteName: 'Site name', entityId: 'Subject', domains: 'Domains', homeUrl: 'Home URL', ips: 'IP addresses', filingServiceCode: 'Filing service code', serviceType: 'Service type',
    languages: 'Languages', contentTypes: 'Content categories', preApprovals: 'Pre-approvals', approvalNumber: 'Approval number',
    webPrincipal: 'Site principal', securityOfficer: 'Security officer', emergencyContact: 'Emergency contact',
    accessProvider: 'Access provider', registrar: 'Domain registrar', providerName: 'Name', jurisdiction: 'Jurisdiction',
    providerRegion: 'Region', providerCode: 'Provider code', providerPhone: 'Phone', accessMethod: 'Access method',
    interactive: 'Interactive service', psbCategory: 'Site category', dangerousGoods: 'Controlled-goods information',
    icpSiteNumber: 'Site ICP number', psbNumber: 'Public-security number', openedAt: 'Opening date', detail: 'Street address',
    registeredAddress: 'Registered address', domainCertFrom: 'Domain certificate valid from', domainCertTo: 'Domain certificate valid to', interactiveKinds: 'Interactive service kinds',
    legalRepId: 'Legal representative’s ID', id: 'ID', size: 'Size', ownerId: 'Owner',
  },
  checklist: {
    materials: 'Materials', warnings: 'Warnings', journey: 'Filing progress', footer: 'Footer code', copy: 'Copy', copied: 'Copied',
    source: 'Source {{source}} · confidence {{confidence}}', unconfirmed: ' (unconfirmed)',
    deadline: 'Public-security filing due {{due}} (30 days after opening): ', daysLeft: '{{count}} days left', overdue: '{{count}} days overdue',
    next: 'Next: {{phase}} · {{title}}', reminders: 'Remind me a week and a day before the deadline', doneOn: 'done on {{date}}',
    state: { 已备: 'ready', 缺少: 'missing', 需注意: 'check' },
    journeyOf: 'The steps of the {{brand}} filing console', journeyGeneric: 'Generic steps ({{brand}}’s flow is not catalogued)', journeyNone: 'Generic steps (no access provider chosen for the site; pick one to follow its filing console)',
    lookup: 'Public-security filing: access-provider values to look up', lookupIntro: 'No public source confirms these values for {{brand}}; the 网络接入服务商 part of the public-security form needs them, so look them up and fill them in:',
    lookupWhere: 'Where to look: ', lookupState: { 待查: 'to look up', 需核实: 'verify' },
  },
  vault: {
    title: 'Passphrase protection', tab: 'Security',
    intro: 'With a passphrase, subjects, people, sites and documents are stored encrypted (AES-256-GCM) on this computer; nothing, fills included, can read them until you unlock.',
    lostWarning: 'The passphrase lives only in your memory. If you forget it, the encrypted data cannot be recovered (there is no reset). Export a backup and keep it safe first.',
    passphrase: 'Passphrase', repeat: 'Repeat passphrase', current: 'Current passphrase', next: 'New passphrase',
    idle: 'Lock automatically after idle for', idleMinutes: '{{count}} min', idleNever: 'Never (lock when the browser closes)',
    enable: 'Set passphrase and encrypt', enabled: 'Passphrase set; the data is stored encrypted.', on: 'Passphrase protection is on', off: 'No passphrase: the data is not encrypted.',
    change: 'Change passphrase', changed: 'Passphrase changed.', remove: 'Remove passphrase', removed: 'Passphrase removed; the data is stored unencrypted again.',
    removeHint: 'The data will no longer be encrypted on this computer.', lockNow: 'Lock now', locked: 'Locked',
    unlockTitle: 'Your data is locked', unlockHint: 'Enter your passphrase to unlock.', unlock: 'Unlock', unlocking: 'Unlocking…', working: 'Working…',
    wrong: 'Wrong passphrase; nothing was changed.', tooShort: 'The passphrase needs at least 8 characters.', mismatch: 'The two passphrases differ.',
    lockedFill: 'Your data is locked: unlock it in the panel or the popup first, then fill.', failed: 'Failed; nothing was changed: {{error}}',
  },
  v: {
    required: 'Required', tooLong: 'Too long', 'date.format': 'Date must be YYYY-MM-DD', 'region.invalid': 'Not a valid province/city/district',
    'entity.natureKind': 'Subject type and nature disagree (an individual’s nature must be 个人)', 'entity.certTypeNature': 'Certificate type does not fit the nature',
    'contact.emergencySame': 'Emergency phone must differ from the mobile', 'site.domainDuplicate': 'Duplicate domain', 'phone.format': 'Invalid phone number',
    'document.mime': 'Only JPG, PNG or PDF files (got {{mime}})', 'document.tooLarge': 'File too large ({{size}}), limit {{max}}', 'document.empty': 'Empty file',
    'document.base64': 'File content is not valid base64',
    'import.tooLarge': 'File too large ({{size}} MB); import limit {{max}} MB', 'import.notJson': 'Not a valid JSON file',
    'import.notBackup': 'Not a Beian Autofill backup', 'import.version': 'Unsupported backup version {{version}} (this extension reads version {{supported}})',
    'import.duplicateId': 'Duplicate id', 'import.danglingRef': 'Refers to a record that is not in the file', 'import.documentSize': 'File size does not match its content',
    'import.readError': 'Could not read the file', invalid_type: 'Wrong type', invalid_value: 'Value not allowed',
    too_small: 'Too short or too few', too_big: 'Too long or too many', invalid_format: 'Invalid format', invalid_union: 'Invalid value', unrecognized_keys: 'Unknown fields', custom: 'Invalid value',
  },
};

export const resources = {
  zh: { translation: { ...zh, v: { ...validationMessages.zh, ...zh.v } } },
  en: { translation: { ...en, v: { ...validationMessages.en, ...en.v } } },
} satisfies Record<Lang, { translation: Dict }>;

export const i18n: I18n = i18next.createInstance();
void i18n.init({ lng: 'zh', fallbackLng: 'zh', resources, interpolation: { escapeValue: false }, initAsync: false });

export const t = (key: string, params?: Record<string, unknown>) => i18n.t(key, params ?? {});

/** Text of a validation/schema message code (falls back to the code itself, never empty). */
export function issueText(code: string, params?: Record<string, unknown>): string {
  return i18n.exists(`v.${code}`) ? i18n.t(`v.${code}`, params ?? {}) : code;
}

export async function setLang(lang: Lang): Promise<void> {
  await i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}
