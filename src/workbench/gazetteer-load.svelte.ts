// The gazetteer's download as the page shows it: loading (with its progress),
// ready (with its figures) or failed (with the message, and "Try again"). The
// worker fetches and parses it (geoparser.ts); this is the page's state of it.
import { Geoparser, type GazetteerStats } from './geoparser.ts';

const URL_OF = () => new URL('generated/gazetteer/gazetteer.json.gz', document.baseURI).href;

/** The stall timeout (15 s) as the browser tests shorten it (?test-stall-ms=); nothing else sets it. */
function stallParam(): number | undefined {
  const n = Number(new URLSearchParams(location.search).get('test-stall-ms'));
  return n > 0 ? n : undefined;
}

export class GazetteerLoad {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  stats = $state<GazetteerStats | null>(null);
  error = $state<string | null>(null);
  progress = $state<{ loaded: number; total: number | null }>({ loaded: 0, total: null });
  /** The page's geoparser worker, which reports the download's progress here. */
  readonly geoparser = new Geoparser((loaded, total) => (this.progress = { loaded, total }));
  private readonly url = URL_OF();
  private readonly stallMs = stallParam();

  /** `onready` is told the gazetteer's figures once it is loaded. */
  constructor(private readonly onready: (s: GazetteerStats) => void = () => {}) {}

  /** Starts (or, after a failure, restarts) the download; the status follows it. */
  load(): void {
    this.status = 'loading';
    this.error = null;
    this.geoparser
      .load(this.url, this.stallMs)
      .then((s) => {
        this.stats = s;
        this.onready(s);
        this.status = 'ready';
      })
      .catch((e: unknown) => {
        this.status = 'error';
        this.error = (e as Error).message;
      });
  }

  /** Resolves once the gazetteer is loaded (starting again after a failure); rejects when it cannot be. */
  async ready(): Promise<void> {
    if (this.status === 'error') this.load();
    await this.geoparser.load(this.url, this.stallMs);
  }
}
