/**
 * The side panel on a filing page: the recognised step and every field of it with its live state (what a
 * fill would do now), click to scroll the page to the field, 一键填充, and editor links for the
 * profile's gaps. Follows the active tab.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { FillReport, type ReportItem } from '@/lib/messages';
import { PLATFORM_NAMES } from './FillPanel';
import { openEditor } from './ProfileSummary';

const STATE_TEXT: Record<ReportItem['outcome'], string> = {
  pending: '待填写', filled: '已填写', already: '已填写', missing: '资料中缺少', invalid: '资料中的值无效', conflict: '页面已有不同的值（保留）',
  locked: '不可编辑', copied: '由页面填入', 'not-found': '页面上未找到', ambiguous: '标签不唯一', 'no-option': '页面没有匹配的选项',
  'too-large': '文件超过限制', failed: '未能填入',
};

export function StepView() {
  const [report, setReport] = useState<FillReport | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = async () => {
    const r = FillReport.safeParse(await browser.runtime.sendMessage({ type: 'ui.preview' }).catch(() => null));
    setReport(r.success ? r.data : null);
  };
  useEffect(() => {
    void refresh();
    const onMsg = (m: unknown) => { if ((m as { type?: string })?.type === 'bg.tabChanged') void refresh(); };
    const onTab = () => void refresh();
    browser.runtime.onMessage.addListener(onMsg);
    browser.tabs.onActivated.addListener(onTab);
    browser.tabs.onUpdated.addListener(onTab);
    return () => {
      browser.runtime.onMessage.removeListener(onMsg);
      browser.tabs.onActivated.removeListener(onTab);
      browser.tabs.onUpdated.removeListener(onTab);
    };
  }, []);
  if (!report?.ok || !report.recognition) return null;
  const rec = report.recognition;
  return (
    <section className="step-view" aria-label="当前步骤">
      <h2 data-testid="step-title">{PLATFORM_NAMES[rec.platform]} · {rec.title}</h2>
      <button type="button" className="primary" disabled={busy} onClick={async () => {
        setBusy(true);
        await browser.runtime.sendMessage({ type: 'ui.fill' });
        await refresh();
        setBusy(false);
      }}>一键填充</button>
      <ul className="step-fields" aria-label="字段">
        {report.items.map((i) => (
          <li key={i.key} data-state={i.outcome}>
            <button type="button" className="link" onClick={() => void browser.runtime.sendMessage({ type: 'ui.focus', key: i.key })}>{i.label}</button>
            {' '}<span className="badge">{STATE_TEXT[i.outcome]}</span>
            {i.link && <button type="button" className="link" onClick={() => void openEditor(i.link)}>编辑</button>}
          </li>
        ))}
      </ul>
    </section>
  );
}
