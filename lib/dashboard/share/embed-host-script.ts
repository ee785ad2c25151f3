import { HEIGHT_MESSAGE_TYPE, MAX_EMBED_HEIGHT } from "./embed";

/**
 * The script a page embedding the dashboard loads (`/embed.js`): it sets each of the dashboard's iframes to the
 * height its page posts. It trusts only messages from the origin it was loaded from (or `fallbackOrigin`), of the one
 * shape embed.ts defines, with a plausible height, and from an iframe in this page. Plain ES5, nothing global but one
 * flag, so that loading it twice listens once.
 */
export function embedHostScript(fallbackOrigin: string): string {
  return `(function () {
  "use strict";
  var script = document.currentScript;
  var origin = ${JSON.stringify(fallbackOrigin)};
  try { if (script && script.src) origin = new URL(script.src, location.href).origin; } catch (e) {}
  var flag = "__defenseDashboardEmbed:" + origin;
  if (window[flag]) return;
  window[flag] = true;
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== ${JSON.stringify(HEIGHT_MESSAGE_TYPE)}) return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < 1 || height > ${MAX_EMBED_HEIGHT}) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + "px";
        return;
      }
    }
  });
})();
`;
}
