// The workbench's state in one place: the article's text, its events and their
// candidates, the selection, the undo history and where the work is saved. Every
// change to the events is a command (commands.ts): `do` applies and records it,
// `undo` and `redo` replay the history (history.ts), and the whole work (history
// included) is saved in this browser, so undo goes on after a reload. The
// components (Workbench.svelte and its panels) are layout and events.
import type { EventCollection, EventFeature, EventSource } from '../../geo/types.ts';
import type { Selection } from '../lib/MapView.svelte';
import { apply, FIRST_ARTICLE, type Command, type Snapshot } from './commands.ts';
import { record, redo, startHistory, undo, type History } from './history.ts';
import type { CandidateTable } from './protocol.ts';
import type { PublishChanges } from './publish.ts';
import { COPY_PREFIX, listCopies, Slot, STORAGE_KEY } from './storage.ts';
import { unplacedByArticle } from './unplaced.ts';

/** The work as last loaded or saved: unchanged work is not saved again. */
interface Kept {
  text: string;
  collection: EventCollection | null;
  candidates: CandidateTable;
  history: History | null;
  publish: PublishChanges | null;
  texts: Record<string, string>;
}

const EMPTY: Kept = {
  text: '',
  collection: null,
  candidates: {},
  history: null,
  publish: null,
  texts: {},
};

export class Desk {
  text = $state('');
  // Raw state: MapView compares collections by reference, and they can be large.
  collection = $state.raw<EventCollection | null>(null);
  candidates = $state.raw<CandidateTable>({});
  history = $state.raw<History | null>(null);
  /** The Publish form's settings the editor changed (publish.ts), saved with the work. */
  publish = $state.raw<PublishChanges | null>(null);
  /** The text of each article added to the map ("Add to this map"), by its source id; the first's is the collection's. */
  texts = $state.raw<Record<string, string>>({});
  selection = $state<Selection | null>(null);
  /** "Map it" was pressed while the map has hand corrections: asking before replacing them. */
  confirming = $state(false);
  /** Another tab changed the saved work: nothing is saved until the reader chooses. */
  conflict = $state(false);
  /** Copies kept in this browser from other tabs, offered on load. */
  copies = $state<ReturnType<typeof listCopies>>([]);
  storageProblem = $state<string | null>(null);

  readonly events = $derived(this.collection?.features ?? []);
  readonly selected = $derived(
    this.selection ? this.events.find((f) => f.properties.id === this.selection!.id) : undefined,
  );
  /** How many events carry a hand correction. */
  readonly edits = $derived(this.events.filter((f) => f.properties.edited?.length).length);
  /** How many articles the map is made of. */
  readonly articles = $derived(this.collection ? (this.collection.articles ?? 1) : 0);
  readonly canUndo = $derived((this.history?.done.length ?? 0) > 0);
  readonly canRedo = $derived((this.history?.undone.length ?? 0) > 0);
  readonly nextUndo = $derived(this.history?.done[this.history.done.length - 1] ?? null);
  readonly nextRedo = $derived(this.history?.undone[this.history.undone.length - 1] ?? null);
  /** Each article's places not on the map and possible events (an undone article's are gone with it). */
  readonly unplaced = $derived(unplacedByArticle(this.collection, this.history));

  /** Where this tab keeps its work: the main saved work, or a copy (after "Keep yours as a copy"). */
  private slot = new Slot();
  private kept: Kept = EMPTY;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Saving starts after the first restore (an empty page must not save over the work). */
  private restored = false;

  /** The geoparser's output replaces the work: a new history starts from it. */
  mapped(collection: EventCollection, candidates: CandidateTable): void {
    this.selection = null;
    this.confirming = false;
    this.collection = collection;
    this.candidates = candidates;
    this.texts = {};
    this.history = startHistory({ collection, candidates });
  }

  /**
   * The geoparser's output for one more article, merged into the map as a
   * command (undo takes it out again). Its text is kept apart (`texts`), by its
   * source id, for the review panel's sentences. False when there is no map.
   */
  append(collection: EventCollection, candidates: CandidateTable): boolean {
    if (!this.collection) return false;
    const a = collection.article;
    const id = this.nextArticleId();
    const source: EventSource = {
      id,
      title: a?.title ?? null,
      url: a?.url ?? null,
      date: a?.date ?? null,
    };
    const { text, ...article } = a ?? { characters: 0, title: null };
    const events = a ? { ...collection, article } : collection;
    if (text !== undefined) this.texts = { ...this.texts, [id]: text };
    this.confirming = false;
    this.do({ type: 'append', collection: events, candidates, source });
    return true;
  }

  /** An id no article of this map has had (an undone one's text may still be kept under its own). */
  private nextArticleId(): string {
    let n = Math.max(2, this.articles + 1);
    while (`article-${n}` in this.texts || this.usedSource(`article-${n}`)) n++;
    return `article-${n}`;
  }

  private usedSource(id: string): boolean {
    return (this.history?.done ?? []).some((c) => c.type === 'append' && c.source.id === id);
  }

  /** The text of the article `f` comes from (null when it is not kept). */
  textOf(f: EventFeature | undefined): string | null {
    return this.articleText(f?.properties.source?.id);
  }

  /** The text of the article with source id `id` (the first article's without one; null when it is not kept). */
  articleText(id: string | undefined): string | null {
    if (id === undefined || id === FIRST_ARTICLE) return this.collection?.article?.text ?? null;
    return this.texts[id] ?? null;
  }

  /**
   * Applies a change and records it for undo. Returns the event it concerns
   * (a new event's id for `add`), or null when the change changed nothing.
   */
  do(cmd: Command): string | null {
    const before = { collection: this.collection, candidates: this.candidates };
    const r = apply(before, cmd);
    if (r.collection === before.collection && r.candidates === before.candidates) return null;
    this.history = record(this.history ?? startHistory(before), cmd);
    this.collection = r.collection;
    this.candidates = r.candidates;
    return r.id;
  }

  /** Undoes the last change; returns it, or null when there was none. */
  undo(): Command | null {
    return this.take(this.history && undo(this.history));
  }

  /** Makes the last undone change again; returns it, or null when there was none. */
  redo(): Command | null {
    return this.take(this.history && redo(this.history, this));
  }

  /** The work an undo or redo leaves. */
  private take(r: { history: History; work: Snapshot; command: Command } | null): Command | null {
    if (!r) return null;
    this.history = r.history;
    this.collection = r.work.collection;
    this.candidates = r.work.candidates;
    this.keepSelection();
    return r.command;
  }

  /** A selected event that an undo or redo took away is no longer selected. */
  private keepSelection(): void {
    const id = this.selection?.id;
    if (id && !this.events.some((f) => f.properties.id === id)) this.selection = null;
  }

  // Saving. Saved work has a revision: a tab saves only over the revision it
  // loaded or saved itself; when another tab saved since (a `storage` event, or
  // found on saving) it asks instead (`conflict`).

  /** Saves soon (changes come in bursts: typing, dragging). */
  scheduleSave(): void {
    if (!this.restored) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), 250);
  }

  /** Saves now if a save is due (the page is being hidden). */
  flush(): void {
    if (this.saveTimer !== undefined) this.save();
  }

  save(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.conflict) return;
    const k = this.kept;
    if (
      this.text === k.text &&
      this.collection === k.collection &&
      this.candidates === k.candidates &&
      this.history === k.history &&
      this.publish === k.publish &&
      this.texts === k.texts
    )
      return;
    const r = this.slot.save({
      text: this.text,
      collection: this.collection,
      candidates: this.candidates,
      ...(this.history ? { history: this.history } : {}),
      publish: this.publish,
      ...(Object.keys(this.texts).length ? { texts: this.texts } : {}),
    });
    if (r.conflict) {
      this.conflict = true;
      return;
    }
    this.storageProblem = r.problem;
    this.remember();
  }

  private remember(): void {
    this.kept = {
      text: this.text,
      collection: this.collection,
      candidates: this.candidates,
      history: this.history,
      publish: this.publish,
      texts: this.texts,
    };
  }

  /** This tab's work from its slot (on load, "Reload it", opening a copy). */
  restore(): void {
    const saved = this.slot.load();
    const w = saved.work;
    this.text = w?.text ?? '';
    this.collection = w?.collection ?? null;
    this.candidates = w?.candidates ?? {};
    this.history = w?.history ?? null;
    this.publish = w?.publish ?? null;
    this.texts = w?.texts ?? {};
    this.remember();
    this.selection = null;
    this.confirming = false;
    this.storageProblem = saved.problem;
    this.restored = true;
  }

  /** A `storage` event: another tab saved (or cleared) this work, or a copy came or went. */
  onstorage(e: StorageEvent): void {
    if (e.key === this.slot.key && this.slot.changedElsewhere()) this.conflict = true;
    if (e.key === null || e.key.startsWith(COPY_PREFIX)) this.listCopies();
  }

  listCopies(): void {
    this.copies = listCopies().filter((c) => c.key !== this.slot.key);
  }

  /** "Reload it": the other tab's version replaces this tab's. */
  reloadOther(): void {
    this.conflict = false;
    this.restore();
  }

  /** "Keep yours as a copy": this tab's work goes on in a copy of its own; the other tab's stays. */
  keepAsCopy(): void {
    this.slot = this.slot.copy();
    this.conflict = false;
    this.kept = EMPTY;
    this.save();
  }

  openCopy(key: string): void {
    this.save();
    this.slot = new Slot(key);
    this.conflict = false;
    this.restore();
    this.listCopies();
  }

  /** "Start afresh": the work is cleared here and in storage. */
  clear(): void {
    this.confirming = false;
    this.text = '';
    this.collection = null;
    this.candidates = {};
    this.history = null;
    this.publish = null;
    this.texts = {};
    this.selection = null;
    this.conflict = false;
    this.slot.clear();
    if (this.slot.key !== STORAGE_KEY) this.slot = new Slot();
    this.slot.load();
    this.remember();
    this.listCopies();
  }
}
