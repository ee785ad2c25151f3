"use client";

import { ReferenceArea } from "recharts";
import type { BreakMark } from "@/lib/dashboard/breaks";

/**
 * Each series break as a hatched band from the last figure on the old basis to the first on the new one, labelled.
 * Called as a function inside a Recharts chart (Recharts reads its direct children).
 */
export function BreakBands({ breaks }: { breaks: BreakMark[] }) {
  return breaks.map((b) => (
    <ReferenceArea
      key={b.id}
      className="series-break"
      x1={b.x1}
      x2={b.x2}
      fill="#6b7280"
      fillOpacity={0.12}
      stroke="#6b7280"
      strokeDasharray="2 2"
      ifOverflow="hidden"
      label={{ value: b.marker, position: "insideTop", fontSize: 13, fill: "#374151" }}
    />
  ));
}
