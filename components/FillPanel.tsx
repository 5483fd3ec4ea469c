/**
 * The in-page panel (an extension page inside the filing page's closed shadow root): the recognised
 * step, the entity and site the fill uses, 一键填充, and the report with 覆盖 / 保留 and 撤销.
 * It reads the profile itself (extension origin); the page only ever receives fill values.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { FillReport, type Recognition, type ReportItem } from '@/lib/messages';
import { CaptureReview, type Proposal } from './CaptureReview';
import { openEditor } from './editorLink';
import { TeachField, type Picked } from './TeachField';
import { VaultGate, remoteLock, useVault } from './VaultGate';

interface PanelState {
  recognition: Recognition | null;
  suggestedEntityId?: string;
  entities: { id: string; name: string; kind: string }[];
  sites: { id: string; name: string; entityId: string }[];
  selection: { entityId: string; siteId: string };
}

export const PLATFORM_NAMES: Record<string, string> = {
  aliyun: '阿里云 ICP 备案', tencent: '腾讯云 ICP 备案', huawei: '华为云 ICP 备案', volcengine: '火山引擎 ICP 备案', baidu: '百度智能云 ICP 备案',
  mps: '公安联网备案', 'beian-old': '公安联网备案（旧版）', miit: '工信部短信核验',
};
const GROUPS: { outcome: ReportItem['outcome']; label: string }[] = [
  { outcome: 'missing', label: 'panel.missing' }, { outcome: 'invalid', label: 'panel.invalid' }, { outcome: 'failed', label: 'panel.failed' },
  { outcome: 'conflict', label: 'panel.conflict' }, { outcome: 'no-option', label: 'panel.noOption' }, { outcome: 'choose', label: 'panel.choose' }, { outcome: 'too-large', label: 'panel.tooLarge' },
  { outcome: 'ambiguous', label: 'panel.ambiguous' }, { outcome: 'locked', label: 'panel.locked' }, { outcome: 'not-found', label: 'panel.notFound' },
  { outcome: 'rule-unmatched', label: 'panel.ruleUnmatched' }, { outcome: 'unrecognized', label: 'panel.unrecognized' },
];

const lock = remoteLock();

export function FillPanel({ token }: { token: string }) {
  return <VaultGate source={lock}><PanelBody token={token} /></VaultGate>;
}

function PanelBody({ token }: { token: string }) {
  const { t } = useTranslation();
  const vault = useVault();
  const [state, setState] = useState<PanelState | null>(null);
  const [entityId, setEntityId] = useState('');
  const [siteId, setSiteId] = useState('');
  const [report, setReport] = useState<(FillReport & { engineMs?: number }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [note, setNote] = useState('');
  const [kept, setKept] = useState<string[]>([]);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [teach, setTeach] = useState<{ picked: Picked; path: string } | null>(null);
  const [picking, setPicking] = useState(false);

  const refresh = () => void browser.runtime.sendMessage({ type: 'ui.state', token }).then((s) => {
    if ((s as { locked?: boolean })?.locked) vault?.recheck();
    else setState(s as typeof state);
  });
  useEffect(() => {
    refresh();
    const onMsg = (m: unknown) => { if ((m as { type?: string })?.type === 'bg.tabChanged') refresh(); };
    browser.runtime.onMessage.addListener(onMsg);
    return () => browser.runtime.onMessage.removeListener(onMsg);
  }, [token]);

  const data = state && { entities: state.entities, sites: state.sites, sel: state.selection };

  // Pre-select: the only entity; else the one whose name or ID shows on the page; else the last used.
  useEffect(() => {
    if (!data || entityId) return;
    const e = data.entities.length === 1 ? data.entities[0]!.id : state?.suggestedEntityId ?? data.sel.entityId;
    setEntityId(e);
  }, [state]);
  const sites = useMemo(() => (state?.sites ?? []).filter((s) => s.entityId === entityId), [state, entityId]);
  useEffect(() => {
    if (!sites.some((s) => s.id === siteId)) setSiteId(sites.find((s) => s.id === data?.sel.siteId)?.id ?? sites[0]?.id ?? '');
  }, [sites]);

  const resize = (c: boolean, big = false) => void browser.runtime.sendMessage({ type: 'ui.panelSize', token, width: c ? 180 : big ? 520 : 360, height: c ? 44 : big ? 760 : 460 });

  /** 从页面读取: this step's values, merged with the steps read before in this tab. */
  async function readPage() {
    setBusy(true);
    setNote('');
    try {
      const r = (await browser.runtime.sendMessage({ type: 'ui.capture', token, read: true, entityId, siteId })) as Proposal & { locked?: boolean };
      if (r.locked) { vault?.recheck(); return; }
      if (!r.ok) { setNote(r.error ?? ''); return; }
      setReport(null);
      setProposal(r);
      resize(false, true);
    } finally {
      setBusy(false);
    }
  }
  /** 指定字段: the filer picks an item on the page, then names its value. */
  async function pickField(keyboard: boolean) {
    setPicking(true);
    setNote('');
    try {
      const r = (await browser.runtime.sendMessage({ type: 'ui.teachPick', token, keyboard })) as { ok: boolean; cancelled?: boolean; item?: Picked; path?: string };
      if (r?.ok && r.item) { setReport(null); setTeach({ picked: r.item, path: r.path ?? '/' }); resize(false, true); }
      else setNote(t('teach.cancelled'));
    } finally {
      setPicking(false);
    }
  }

  async function fill(extra: { overwrite?: string[]; only?: string[] } = {}) {
    setBusy(true);
    setNote('');
    const t0 = performance.now();
    try {
      const reply = FillReport.parse(await browser.runtime.sendMessage({ type: 'ui.fill', token, entityId, siteId, overwrite: extra.overwrite ?? [], ...(extra.only ? { only: extra.only } : {}) }));
      if (reply.locked) vault?.recheck();
      // From the click to every field's value read back from the page (messaging included).
      const r = { ...reply, engineMs: reply.ms, ms: Math.round(performance.now() - t0) };
      if (extra.only && report) {
        // merge the re-filled items into the existing report
        const byKey = new Map(r.items.map((i) => [i.key, i]));
        setReport({ ...report, items: report.items.map((i) => byKey.get(i.key) ?? i) });
      } else {
        setReport(r);
        setKept([]);
      }
    } catch (e) {
      setReport({ ok: false, error: String(e), items: [] });
    } finally {
      setBusy(false);
    }
  }

  if (collapsed) {
    return (
      <main className="panel collapsed">
        <button type="button" onClick={() => { setCollapsed(false); resize(false); }} aria-label={t('panel.expand')}>{t('ui.appName')} ▴</button>
      </main>
    );
  }
  const rec = state?.recognition;
  if (proposal) {
    return (
      <main className="panel wide">
        <CaptureReview token={token} first={proposal} entityId={entityId} siteId={siteId}
          onDone={(saved, text) => { setProposal(null); setNote(text); resize(false); if (saved) { setEntityId(''); refresh(); } }} />
      </main>
    );
  }
  if (teach) {
    return (
      <main className="panel wide">
        <TeachField token={token} picked={teach.picked} path={teach.path} onDone={(text) => { setTeach(null); setNote(text); resize(false); }} />
      </main>
    );
  }
  const items = report?.items ?? [];
  const filled = items.filter((i) => i.outcome === 'filled' || i.outcome === 'already' || i.outcome === 'copied');
  return (
    <main className="panel">
      <header>
        <strong>{t('ui.appName')}</strong>
        <button type="button" className="icon" aria-label={t('panel.collapse')} onClick={() => { setCollapsed(true); resize(true); }}>▾</button>
      </header>
      <p className="step" data-testid="panel-step">{rec ? `${PLATFORM_NAMES[rec.platform]} · ${rec.title}` : t('fill.notRecognized')}</p>
      {data && data.entities.length === 0 ? <p className="empty">{t('ui.emptyProfile')}</p> : data && (
        <div className="choose">
          {data.entities.length > 1 && (
            <label>{t('ui.currentEntity')}{' '}
              <select value={entityId} onChange={(e) => { setEntityId(e.target.value); setReport(null); }}>
                {data.entities.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
              </select>
            </label>
          )}
          {data.entities.length === 1 && <p className="who">{t('ui.currentEntity')}：{data.entities[0]!.name}</p>}
          {sites.length > 1 ? (
            <label>{t('ui.currentSite')}{' '}
              <select value={siteId} onChange={(e) => { setSiteId(e.target.value); setReport(null); }}>
                {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </select>
            </label>
          ) : sites[0] ? <p className="who">{t('ui.currentSite')}：{sites[0].name}</p> : null}
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={!rec || !entityId || busy} onClick={() => void fill()}>{t('panel.fill')}</button>
        <button type="button" disabled={!rec || busy} onClick={() => void readPage()}>{t('capture.read')}</button>
        <button type="button" disabled={!rec || picking} onClick={(e) => void pickField(e.detail === 0)}>{t('teach.pick')}</button>
        {report?.ok && filled.length > 0 && (
          <button type="button" disabled={busy} onClick={async () => {
            const r = (await browser.runtime.sendMessage({ type: 'ui.undo', token })) as { restored: number; failed: string[] };
            const names = r.failed.map((k) => items.find((i) => i.key === k)?.label ?? k).join('、');
            setNote(r.failed.length ? t('panel.undoPartial', { restored: r.restored, failed: r.failed.length, names }) : t('panel.undone', { restored: r.restored }));
            setReport(null);
          }}>{t('panel.undo')}</button>
        )}
      </div>
      {picking && <p role="status">{t('teach.picking')}</p>}
      {note && <p role="status">{note}</p>}
      {report && !report.ok && <p role="alert" className="error">{report.error}</p>}
      {report?.ok && (
        <section className="report" aria-label={t('panel.report')}>
          <p role="status" data-testid="panel-summary" data-ms={report.ms} data-engine-ms={report.engineMs}>{t('panel.summary', { filled: items.filter((i) => i.outcome === 'filled').length, total: items.filter((i) => i.outcome !== 'unrecognized').length })}{report.ms !== undefined ? ` · ${report.ms} ms` : ''}</p>
          {GROUPS.map((g) => {
            const list = items.filter((i) => i.outcome === g.outcome && !kept.includes(i.key));
            if (!list.length) return null;
            return (
              <div key={g.outcome} className={`group ${g.outcome}`}>
                <h3>{t(g.label)} ({list.length})</h3>
                <ul aria-label={t(g.label)}>
                  {list.map((i) => (
                    <li key={i.key}>
                      <button type="button" className="link" onClick={() => void browser.runtime.sendMessage({ type: 'ui.focus', token, key: i.key })}>{i.label}</button>
                      {i.message && <small> {i.message}</small>}
                      {i.link && <button type="button" className="link" onClick={() => void openEditor(i.link)}>{t('panel.edit')}</button>}
                      {i.outcome === 'conflict' && (
                        <>
                          <button type="button" onClick={() => void fill({ overwrite: [i.key], only: [i.key] })}>{t('panel.overwrite')}</button>
                          <button type="button" onClick={() => setKept([...kept, i.key])}>{t('panel.keep')}</button>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      )}
    </main>
  );
}
