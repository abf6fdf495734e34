/*
 * Conflict map: auto-height for embedded maps. Dependency-free; add it once to
 * a page that embeds one or more maps:
 *
 *   <script src="https://example.org/maps/iraq/embed.js" async></script>
 *
 * Every map iframe posts its preferred height ({source: 'conflict-map',
 * type: 'height', height}); this script sets that iframe's height. It only
 * trusts a message whose sender is one of the page's map iframes (src with
 * `?embed`) and whose origin is that iframe's origin, so it works whether it loads before or after the
 * iframes, and with iframes added later. It never sends anything but a
 * `getHeight` request to map iframes (src with `?embed`) present when it loads.
 */
(function () {
  'use strict';
  if (window.conflictMapEmbed) return;
  var SOURCE = 'conflict-map';
  var MIN = 100;
  var MAX = 10000;

  function originOf(iframe) {
    try {
      return new URL(iframe.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function frameOf(win) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === win) return frames[i];
    }
    return null;
  }

  function isMapFrame(iframe) {
    try {
      return new URL(iframe.src, document.baseURI).searchParams.has('embed');
    } catch (e) {
      return false;
    }
  }

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || d.source !== SOURCE || d.type !== 'height') return;
    var h = d.height;
    if (typeof h !== 'number' || !isFinite(h) || h < MIN || h > MAX) return;
    var iframe = e.source ? frameOf(e.source) : null;
    // Only map frames (src with ?embed) from their own origin: an ad or another
    // widget cannot resize itself through this script.
    if (!iframe || !isMapFrame(iframe) || originOf(iframe) !== e.origin) return;
    iframe.style.height = Math.round(h) + 'px';
    iframe.setAttribute('data-conflict-map-height', String(Math.round(h)));
  });

  // Frames that loaded before this script: ask them for their height.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    var f = frames[i];
    var origin = originOf(f);
    if (f.contentWindow && origin && origin !== 'null' && isMapFrame(f)) {
      // '*': the frame may still show its initial about:blank; the request carries nothing.
      f.contentWindow.postMessage({ source: SOURCE, type: 'getHeight' }, '*');
    }
  }

  window.conflictMapEmbed = { version: 1 };
})();
