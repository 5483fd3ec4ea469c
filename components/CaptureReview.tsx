/**
 * 从页面读取, in the in-page panel: every value the page shows beside the record it would update
 * (新 / 变更 / 相同, the schema's verdict), tick what to keep, choose the record each group writes to
 * (or 新建), confirm. Nothing is written before 保存所选. The panel grows while this shows (the page
 * keeps its size; a dialog in the side panel would need the filer to open it first, and the side panel
 * does not exist on Firefox's MV2 build the same way).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import type { ProposalItem } from '@/lib/capture';
import { GROUPS, GROUP_NAMES, type Group, type Targets } from '@/lib/capture-groups';
import { issueText } from '@/lib/i18n';

export interface Proposal {
  ok: boolean; error?: string; steps: string[]; items: ProposalItem[]; targets: Targets;
  choices: { entities: { id: string; name: string }[]; sites: { id: string; name: string }[]; contacts: { id: string; name: string }[] };
}

export function CaptureReview(props: { token: string; first: Proposal; entityId: string; siteId: string; onDone: (saved: boolean, note: string) => void }) {
  const { t } = useTranslation();
  const [p, setP] = useState<Proposal>(props.first);
  const [targets, setTargets] = useState<Targets>(props.first.targets);
  const defaults = (items: ProposalItem[]) => new Set(items.filter((i) => i.mark !== 'same' && !i.issue && !i.checkOnly).map((i) => i.id));
  const [ticked, setTicked] = useState<Set<string>>(() => defaults(props.first.items));
  const [names, setNames] = useState<Partial<Record<Group, string>>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  // another record chosen for a group: the marks are computed again against it
  async function retarget(next: Targets) {
    setTargets(next);
    const r = (await browser.runtime.sendMessage({ type: 'ui.capture', token: props.token, read: false, entityId: props.entityId, siteId: props.siteId, targets: next })) as Proposal;
    setP(r);
    setTicked(defaults(r.items));
  }
  useEffect(() => setProblems([]), [ticked]);

  const groups = useMemo(() => GROUPS.filter((g) => p.items.some((i) => i.group === g)), [p]);
  const choicesOf = (g: Group) => (g === 'entity' ? p.choices.entities : g === 'site' ? p.choices.sites : p.choices.contacts);
  const saveable = [...ticked].filter((id) => p.items.some((i) => i.id === id && !i.checkOnly));

  async function save() {
    setBusy(true);
    try {
      const r = (await browser.runtime.sendMessage({ type: 'ui.captureApply', token: props.token, entityId: props.entityId, siteId: props.siteId, targets, ticked: saveable, names })) as { ok: boolean; problems?: { group: Group; path: string; code: string }[] };
      if (r.ok) props.onDone(true, t('capture.saved'));
      else setProblems((r.problems ?? []).map((x) => `${GROUP_NAMES[x.group]} · ${x.path}：${issueText(x.code)}`));
    } finally {
      setBusy(false);
    }
  }

  if (!p.items.length) {
    return (
      <section className="capture" aria-label={t('capture.title')}>
        <p role="status">{t('capture.nothing')}</p>
        <button type="button" onClick={() => props.onDone(false, '')}>{t('capture.back')}</button>
      </section>
    );
  }
  return (
    <section className="capture" aria-label={t('capture.title')}>
      <h2>{t('capture.title')}</h2>
      <p data-testid="capture-steps">{t('capture.steps', { n: p.steps.length, steps: p.steps.join('、') })}</p>
      {groups.map((g) => {
        const name = GROUP_NAMES[g];
        const target = targets[g] ?? 'new';
        return (
          <fieldset key={g} data-group={g}>
            <legend>{name}</legend>
            <label className="target">{t('capture.writeTo')}{' '}
              <select aria-label={`${name} ${t('capture.writeTo')}`} value={target} onChange={(e) => void retarget({ ...targets, [g]: e.target.value })}>
                <option value="new">{t('capture.new')}</option>
                {choicesOf(g).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            </label>
            {target === 'new' && (
              <input type="text" aria-label={`${name} ${t('capture.name')}`} placeholder={t('capture.name')} value={names[g] ?? ''} onChange={(e) => setNames({ ...names, [g]: e.target.value })} />
            )}
            <ul>
              {p.items.filter((i) => i.group === g).map((i) => (
                <li key={i.id} data-id={i.id} data-mark={i.mark}>
                  <label>
                    <input type="checkbox" aria-label={`${name} ${i.label}`} checked={ticked.has(i.id)} disabled={i.checkOnly}
                      onChange={(e) => { const s = new Set(ticked); if (e.target.checked) s.add(i.id); else s.delete(i.id); setTicked(s); }} />
                    {' '}{i.label}
                  </label>{' '}
                  <span className={`mark ${i.mark}`}>{t(`capture.mark.${i.mark}`)}</span>{' '}
                  <span className="value">{i.shown}</span>
                  {i.mark === 'changed' && <small className="was"> {t('capture.was', { v: i.current })}</small>}
                  {i.checkOnly && <small> {t('capture.checkOnly')}</small>}
                  {i.issue && <small className="issue" role="note"> {issueText(i.issue)}</small>}
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      {problems.length > 0 && <div role="alert" className="error"><p>{t('capture.problems')}</p><ul>{problems.map((x) => <li key={x}>{x}</li>)}</ul></div>}
      <div className="actions">
        <button type="button" className="primary" disabled={busy || !saveable.length} onClick={() => void save()}>{t('capture.save', { n: saveable.length })}</button>
        <button type="button" onClick={() => props.onDone(false, '')}>{t('capture.more')}</button>
        <button type="button" onClick={async () => { await browser.runtime.sendMessage({ type: 'ui.captureClear', token: props.token }); props.onDone(false, ''); }}>{t('capture.clear')}</button>
      </div>
    </section>
  );
}
