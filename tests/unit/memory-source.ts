import type { Source } from 'pmtiles';

/** A pmtiles Source over bytes in memory that records the ranges it serves. */
export class MemorySource implements Source {
  requests: [number, number][] = [];
  constructor(
    private bytes: Uint8Array,
    private key = 'memory',
  ) {}
  getKey(): string {
    return this.key;
  }
  async getBytes(offset: number, length: number) {
    this.requests.push([offset, length]);
    const slice = Uint8Array.prototype.slice.call(this.bytes, offset, offset + length);
    return { data: slice.buffer };
  }
}
