// Whether this browser can draw the interactive map: MapLibre 6 needs WebGL 2.
// Tested on a throwaway canvas before the map is created.

export function webgl2Available(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    // Free the context now rather than when the canvas is collected.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

export type NoMapReason = 'unavailable' | 'lost' | 'failed';

export function noMapSentence(reason: NoMapReason): string {
  const why =
    reason === 'lost'
      ? 'the graphics context was lost'
      : reason === 'failed'
        ? 'WebGL could not be started'
        : 'WebGL is unavailable';
  return `This browser cannot draw the interactive map (${why}), so a simplified outline map and the list of events are shown instead.`;
}
