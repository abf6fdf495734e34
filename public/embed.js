/*
 * Conflict map: auto-height for embedded maps. Dependency-free; add it once to
 * a page that embeds one or more maps, from the map's own directory:
 *
 *   <script src="https://example.org/maps/iraq/embed.js" async></script>
 *
 * Every map iframe posts its preferred height ({source: 'conflict-map',
 * type: 'height', height}); this script sets that iframe's height, clamped to
 * 200–4,000 px. It only trusts a message whose sender is an iframe of the page
 * whose `src` is a map page (`?embed`) in the directory this script was loaded
 * from (same origin, same path: index.html sits beside embed.js), and whose
 * origin is that origin. So an ad or a widget, from anywhere, cannot resize
 * itself through it, and a frame without `src` never is resized. It works
 * whether it loads before or after the iframes, and with iframes added later.
 * Maps from two sites on one page: add each site's embed.js. It never sends
 * anything but a `getHeight` request to map frames present when it loads.
 */
(function () {
  'use strict';
  var SOURCE = 'conflict-map';
  // Also in src/embed/messages.ts (MIN_HEIGHT, MAX_HEIGHT); a unit test keeps them equal.
  var MIN = 200;
  var MAX = 4000;

  /** This script's URL: document.currentScript, else the last script named embed.js. */
  function scriptUrl() {
    var s = document.currentScript;
    if (s && s.src) return s.src;
    var all = document.getElementsByTagName('script');
    for (var i = all.length - 1; i >= 0; i--) {
      if (/\/embed\.js([?#]|$)/.test(all[i].src)) return all[i].src;
    }
    return null;
  }

  /** The directory of `url` ("https://example.org/maps/iraq/"), or null. */
  function directoryOf(url, base) {
    try {
      var u = new URL(url, base);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
      return u.origin + u.pathname.replace(/[^/]*$/, '');
    } catch (e) {
      return null;
    }
  }

  var here = scriptUrl();
  var dir = here ? directoryOf(here) : null;
  var existing = window.conflictMapEmbed;
  if (existing && !existing.directories) return; // an older copy listens already
  // One listener per page; each copy of the script adds its directory.
  var directories = existing ? existing.directories : [];
  if (dir && directories.indexOf(dir) < 0) directories.push(dir);
  if (existing) {
    requestHeights();
    return;
  }
  window.conflictMapEmbed = { version: 2, directories: directories };

  /** The trusted directory an iframe's map page is in, or null when it is not a map frame. */
  function mapDirectory(iframe) {
    var src = iframe.getAttribute('src');
    if (!src) return null; // no src (srcdoc, about:blank, script-written): never a map
    try {
      var u = new URL(src, document.baseURI);
      if (!u.searchParams.has('embed')) return null;
      var d = directoryOf(u.href);
      return d && directories.indexOf(d) >= 0 ? d : null;
    } catch (e) {
      return null;
    }
  }

  function originOf(directory) {
    return new URL(directory).origin;
  }

  function frameOf(win) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === win) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || d.source !== SOURCE || d.type !== 'height') return;
    var h = d.height;
    if (typeof h !== 'number' || !isFinite(h)) return;
    var iframe = e.source ? frameOf(e.source) : null;
    var directory = iframe ? mapDirectory(iframe) : null;
    // The frame must still show a page of that origin (not navigated elsewhere).
    if (!directory || originOf(directory) !== e.origin) return;
    h = Math.round(Math.min(MAX, Math.max(MIN, h)));
    iframe.style.height = h + 'px';
    iframe.setAttribute('data-conflict-map-height', String(h));
  });

  requestHeights();

  /** Frames that loaded before this script: ask them for their height. */
  function requestHeights() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow && mapDirectory(f)) {
        // '*': the frame may still show its initial about:blank; the request carries nothing.
        f.contentWindow.postMessage({ source: SOURCE, type: 'getHeight' }, '*');
      }
    }
  }
})();
