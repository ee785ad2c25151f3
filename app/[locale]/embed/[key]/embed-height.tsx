"use client";

import { useEffect } from "react";
import { heightMessage } from "@/lib/dashboard/share/embed";

/**
 * Inside an iframe, posts the page's height to the page around it whenever it changes (a chart redrawn, a phone's
 * narrower layout); the dashboard's /embed.js there sets the iframe to it. The height is not secret: any origin may
 * hear it, and the host script checks that it came from here.
 */
export function EmbedHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage(heightMessage(height), "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, []);
  return null;
}
