/**
 * The side panel on a filing page: the recognised step and every field of it with its live state (what a
 * fill would do now), click to scroll the page to the field, 一键填充, and editor links for the
 * profile's gaps. Follows the active tab.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { FillReport, type ReportItem } from '@/lib/messages';
import { PLATFORM_NAMES } from './FillPanel';
import { openEditor } from './editorLink';
import { useVault } from './VaultGate';

/** The state words are the fill report's own (one i18n table); 'already' reads as filled here. */
const stateKey = (o: ReportItem['outcome']) => `fill.outcome.${o === 'already' ? 'filled' : o}`;

export function StepView() {
  const { t } = useTranslation();
  const [report, setReport] = useState<FillReport | null>(null);
  const [busy, setBusy] = useState(false);
  const vault = useVault();
  const refresh = async () => {
    const r = FillReport.safeParse(await browser.runtime.sendMessage({ type: 'ui.preview' }).catch(() => null));
    if (r.success && r.data.locked) vault?.recheck(); // the idle lock struck: the gate shows the unlock form
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
    <section className="step-view" aria-label={t('panel.currentStep')}>
      <h2 data-testid="step-title">{PLATFORM_NAMES[rec.platform]} · {rec.title}</h2>
      <button type="button" className="primary" disabled={busy} onClick={async () => {
        setBusy(true);
        await browser.runtime.sendMessage({ type: 'ui.fill' });
        await refresh();
        setBusy(false);
      }}>{t('panel.fill')}</button>
      <ul className="step-fields" aria-label={t('panel.fields')}>
        {report.items.map((i) => (
          <li key={i.key} data-state={i.outcome}>
            <button type="button" className="link" onClick={() => void browser.runtime.sendMessage({ type: 'ui.focus', key: i.key })}>{i.label}</button>
            {' '}<span className="badge">{t(stateKey(i.outcome))}</span>
            {i.link && <button type="button" className="link" onClick={() => void openEditor(i.link)}>{t('panel.edit')}</button>}
          </li>
        ))}
      </ul>
    </section>
  );
}
