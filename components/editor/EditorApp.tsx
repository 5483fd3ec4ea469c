/**
 * The full editor page: entities (主体), contacts (人员), sites (网站), backup. Routes live in the
 * URL hash (#entity/<id>/<field>) so the popup and side panel can open the editor at a field.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { getDb } from '@/lib/db';
import type { Contact, Entity, Site } from '@/lib/schema';
import {
  blankContact, blankEntity, blankSite, byName, deleteRecord, duplicateRecord, referencesTo, tableOf,
  type AnyRecord, type RecordKind, type Reference,
} from '@/lib/store';
import { ConfirmDialog, LanguageSwitch } from '../ui';
import { LockButton, VaultGate } from '../VaultGate';
import { localLock } from '../localLock';
import { BackupPanel } from './BackupPanel';
import { ContactFields } from './ContactForm';
import { DocumentsPanel } from './DocumentsPanel';
import { EntityFields } from './EntityForm';
import { RecordForm, type FormStatus } from './RecordForm';
import { RulesPanel } from './RulesPanel';
import { SecurityPanel } from './SecurityPanel';
import { SiteFields } from './SiteForm';

type Tab = RecordKind | 'rules' | 'backup' | 'security';
interface Route { tab: Tab; id?: string; field?: string }

export function parseHash(hash: string): Route {
  const [tab, id, field] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const t = (['entity', 'contact', 'site', 'rules', 'backup', 'security'] as const).find((x) => x === tab) ?? 'entity';
  return { tab: t, id: id || undefined, field: field || undefined };
}
const toHash = (r: Route) => `#${[r.tab, r.id, r.field].filter(Boolean).map((s) => encodeURIComponent(s!)).join('/')}`;

export function EditorApp() {
  const { t } = useTranslation();
  const [route, setRoute] = useState<Route>(() => parseHash(location.hash));
  const dirty = useRef(false);
  const [pending, setPending] = useState<Route | null>(null);

  useEffect(() => {
    const onHash = () => {
      const next = parseHash(location.hash);
      if (dirty.current) { setPending(next); history.replaceState(null, '', toHash(route)); } else setRoute(next);
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current) { e.preventDefault(); e.returnValue = ''; }
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => { window.removeEventListener('hashchange', onHash); window.removeEventListener('beforeunload', onBeforeUnload); };
  }, [route]);

  /** Navigate, asking first when the open form has unsaved changes. */
  const go = useCallback((next: Route): boolean => {
    if (dirty.current) { setPending(next); return false; }
    history.replaceState(null, '', toHash(next));
    setRoute(next);
    return true;
  }, []);
  const force = (next: Route) => { dirty.current = false; history.replaceState(null, '', toHash(next)); setRoute(next); };

  const lock = useMemo(localLock, []);
  const tabs: { id: Tab; label: string }[] = [
    { id: 'entity', label: t('ui.entities') }, { id: 'contact', label: t('ui.contacts') },
    { id: 'site', label: t('ui.sites') }, { id: 'rules', label: t('teach.tab') }, { id: 'backup', label: t('ui.backup') }, { id: 'security', label: t('vault.tab') },
  ];
  return (
    <div className="editor">
      <header>
        <h1>{t('ui.editorTitle')}</h1>
        <LanguageSwitch />
      </header>
      <VaultGate source={lock}>
        <nav role="tablist" aria-label={t('ui.editorTitle')}>
          {tabs.map((x) => (
            <button key={x.id} role="tab" aria-selected={route.tab === x.id} onClick={() => go({ tab: x.id })}>{x.label}</button>
          ))}
        </nav>
        <LockButton />
        <main role="tabpanel">
          {route.tab === 'rules' ? <RulesPanel /> : route.tab === 'backup' ? <BackupPanel /> : route.tab === 'security' ? <SecurityPanel /> : (
            <RecordsView key={route.tab} kind={route.tab} id={route.id} field={route.field} go={go} onDirty={(d) => { dirty.current = d; }} />
          )}
        </main>
      </VaultGate>
      <ConfirmDialog open={!!pending} title={t('ui.unsavedTitle')} confirmLabel={t('ui.discard')} danger
        onCancel={() => setPending(null)} onConfirm={() => { const p = pending!; setPending(null); force(p); }}>
        <p>{t('ui.unsavedBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

const LIST_LABEL = { entity: 'ui.entities', contact: 'ui.contacts', site: 'ui.sites' } as const;

function matches(rec: AnyRecord, q: string): boolean {
  if (!q) return true;
  const hay = [rec.name, 'certNumber' in rec ? rec.certNumber : '', 'domains' in rec ? rec.domains.join(' ') : '', 'mobile' in rec ? rec.mobile : '']
    .join(' ').toLowerCase();
  return q.toLowerCase().split(/\s+/).every((w) => hay.includes(w));
}

function RecordsView(props: { kind: RecordKind; id?: string; field?: string; go: (r: Route) => boolean; onDirty: (d: boolean) => void }) {
  const { t } = useTranslation();
  const { kind } = props;
  const [q, setQ] = useState('');
  const all = useLiveQuery(() => (tableOf(getDb(), kind) as unknown as { toArray(): Promise<AnyRecord[]> }).toArray().then(byName), [kind]);
  // search time is kept on the list element (data-search-ms) for the bench
  const [list, searchMs] = useMemo(() => {
    const t0 = performance.now();
    const l = (all ?? []).filter((r) => matches(r, q));
    return [l, performance.now() - t0] as const;
  }, [all, q]);
  const current = useLiveQuery(async () => (props.id ? ((await tableOf(getDb(), kind).get(props.id)) as AnyRecord | undefined) ?? null : null), [kind, props.id]);
  const [draftRec, setDraft] = useState<AnyRecord | null>(null);
  const [del, setDel] = useState<{ rec: AnyRecord; refs: Reference[] } | null>(null);
  const [formDirty, setFormDirty] = useState(false);
  // The save status belongs to one record: it survives the form's remount after a save, not a record change.
  const [status, setStatus] = useState<(FormStatus & { id: string }) | null>(null);
  // A record not saved yet (new) lives in `draft` until its first save.
  const draft = draftRec && draftRec.id === props.id ? draftRec : null;
  // useLiveQuery keeps the previous result while a new id loads: only use a record that is the one asked for.
  const saved = current && current.id === props.id ? current : null;
  const record = draft ?? saved;
  // Follow edits saved elsewhere (another tab) while this form is clean; a dirty form keeps its edits and gets a conflict on save.
  const formKey = record ? `${record.id}:${formDirty ? 'dirty' : record.rev}` : 'none';
  const stableKey = useRef(formKey);
  if (!formDirty) stableKey.current = formKey;

  const create = (k?: '个人' | '单位') => {
    const rec = kind === 'entity' ? blankEntity(k) : kind === 'contact' ? blankContact() : blankSite();
    if (props.go({ tab: kind, id: rec.id })) setDraft(rec);
  };

  return (
    <div className="records">
      <aside>
        <input type="search" aria-label={t('ui.search')} placeholder={t('ui.searchPlaceholder')} value={q} onChange={(e) => setQ(e.target.value)} />
        <div className="new-buttons">
          {kind === 'entity' ? (
            <>
              <button type="button" onClick={() => create('单位')}>{t('ui.newUnit')}</button>
              <button type="button" onClick={() => create('个人')}>{t('ui.newPerson')}</button>
            </>
          ) : <button type="button" onClick={() => create()}>{t('ui.new')}</button>}
        </div>
        <RecordList list={list} selectedId={props.id} label={t(LIST_LABEL[kind])} empty={t('ui.noRecords')} searchMs={searchMs}
          onOpen={(id) => props.go({ tab: kind, id })} />
      </aside>
      <section className="detail">
        {!record ? <p>{t('ui.selectRecord')}</p> : (
          <>
            <RecordForm key={stableKey.current} kind={kind} record={record} focusField={props.field} status={status?.id === record.id ? status : null} setStatus={(st) => setStatus(st && { ...st, id: record.id })}
              onDirty={(d) => { setFormDirty(d); props.onDirty(d); }}
              onSaved={(saved) => { setDraft(null); setFormDirty(false); props.onDirty(false); props.go({ tab: kind, id: saved.id }); }}
              actions={
                <>
                  {saved && <button type="button" onClick={async () => { const c = await duplicateRecord(getDb(), kind, saved.id); props.go({ tab: kind, id: c.id }); }}>{t('ui.duplicate')}</button>}
                  {saved && <button type="button" className="danger" onClick={async () => setDel({ rec: saved, refs: await referencesTo(getDb(), kind, saved.id) })}>{t('ui.delete')}</button>}
                </>
              }>
              {() => (kind === 'entity' ? <EntityFields /> : kind === 'contact' ? <ContactFields /> : <SiteFields />)}
            </RecordForm>
            {saved && <DocumentsPanel ownerType={kind} ownerId={saved.id} />}
          </>
        )}
      </section>
      <ConfirmDialog open={!!del} title={t('ui.deleteTitle', { name: del?.rec.name ?? '' })} confirmLabel={t('ui.delete')} danger
        onCancel={() => setDel(null)}
        onConfirm={async () => {
          const d = del!;
          setDel(null);
          await deleteRecord(getDb(), kind, d.rec.id);
          props.onDirty(false);
          setFormDirty(false);
          props.go({ tab: kind });
        }}>
        {del && del.refs.length > 0 ? (
          <>
            <p>{t('ui.deleteInUse')}</p>
            <ul>{del.refs.map((r, i) => <li key={i}>{r.field === 'documents' ? `${t('ui.documents')}: ${r.name}` : `${t(`kind.${r.kind}`)}「${r.name}」· ${t(`field.${r.field}`)}`}</li>)}</ul>
          </>
        ) : <p>{t('ui.deleteNoRefs')}</p>}
      </ConfirmDialog>
    </div>
  );
}

/** The record list, virtualised: a large agency profile (thousands of records) renders only what shows. */
function RecordList(props: { list: AnyRecord[]; selectedId?: string; label: string; empty: string; searchMs: number; onOpen: (id: string) => void }) {
  const parent = useRef<HTMLUListElement>(null);
  const v = useVirtualizer({ count: props.list.length, getScrollElement: () => parent.current, estimateSize: () => 48, overscan: 8 });
  return (
    <ul ref={parent} role="listbox" aria-label={props.label} className="virtual-list" data-count={props.list.length} data-search-ms={props.searchMs.toFixed(2)}>
      {props.list.length === 0 && <li className="empty">{props.empty}</li>}
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((item) => {
          const r = props.list[item.index]!;
          return (
            <li key={r.id} role="option" aria-selected={r.id === props.selectedId} tabIndex={0} data-index={item.index}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)`, height: item.size }}
              onClick={() => props.onOpen(r.id)}
              onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); props.onOpen(r.id); } }}>
              <span className="name">{r.name}</span>
              <small>{subtitle(r)}</small>
            </li>
          );
        })}
      </div>
    </ul>
  );
}

function subtitle(r: AnyRecord): string {
  if ('kind' in r) return `${(r as Entity).kind} · ${(r as Entity).nature}`;
  if ('domains' in r) return (r as Site).domains[0] ?? '';
  return (r as Contact).mobile;
}
