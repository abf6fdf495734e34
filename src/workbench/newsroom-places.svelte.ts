// The newsroom's places in the workbench: read from the browser's store on load and
// sent to the geoparser before its first geoparse; remembered, removed, imported and
// exported from the page (NewsroomPlaces.svelte, RememberPlace.svelte). Every change is
// saved (places-store.ts) and sent to the geoparser for the articles mapped after it.
import {
  mergePlaces,
  parseExtraPlacesText,
  serialiseExtraPlaces,
  type ExtraPlace,
} from '../../geo/gazetteer/extra-places.ts';
import { downloadFile } from '../lib/export-canvas.ts';
import {
  loadPlaces,
  removePlace,
  replacePlaces,
  savePlace,
  type StoreResult,
} from './places-store.ts';

/** The file "Export places" saves. */
export const PLACES_FILE = 'newsroom-places.geojson';

export class NewsroomPlacesState {
  /** The places, in the order they were first saved. */
  places = $state.raw<ExtraPlace[]>([]);
  /** What the store could not do (kept for this session only, damaged records), or null. */
  storeProblem = $state<string | null>(null);
  /** The last import's problems: the features left out, by number, name and field. */
  importProblems = $state<string[]>([]);
  /** What the last action did, for a polite live region. */
  status = $state('');

  constructor(private readonly geoparser: { setPlaces(collection: unknown): Promise<unknown> }) {
    void geoparser.setPlaces(this.read());
  }

  private async read(): Promise<unknown> {
    const r = await loadPlaces();
    this.places = r.places;
    this.storeProblem = r.problem;
    return serialiseExtraPlaces(r.places);
  }

  private use(r: StoreResult): void {
    this.places = r.places;
    this.storeProblem = r.problem;
    void this.geoparser.setPlaces(serialiseExtraPlaces(r.places)).catch(() => undefined);
  }

  async remember(place: ExtraPlace): Promise<void> {
    this.use(await savePlace(place, this.places));
    this.status = `Remembered ${place.name}: articles mapped from now on find it there.`;
  }

  async remove(place: ExtraPlace): Promise<void> {
    this.use(await removePlace(place, this.places));
    this.status = `Removed ${place.name} from the newsroom places.`;
  }

  /** A places file's text, merged into the saved places (same name and point: updated). */
  async importText(text: string, fileName: string): Promise<void> {
    const { places, problems } = parseExtraPlacesText(text);
    this.importProblems = problems;
    if (!places.length) {
      this.status = `Nothing imported from ${fileName}: it holds no valid place.`;
      return;
    }
    const before = this.places.length;
    this.use(await replacePlaces(mergePlaces(this.places, places), this.places));
    const added = this.places.length - before;
    this.status = `Imported ${places.length} place${places.length === 1 ? '' : 's'} from ${fileName} (${added} new${problems.length ? `, ${problems.length} problem${problems.length === 1 ? '' : 's'}: see below` : ''}).`;
  }

  exportFile(): void {
    const body = JSON.stringify(serialiseExtraPlaces(this.places), null, 2) + '\n';
    downloadFile(new Blob([body], { type: 'application/geo+json' }), PLACES_FILE);
    this.status = `Saved ${PLACES_FILE} (${this.places.length} places).`;
  }
}
