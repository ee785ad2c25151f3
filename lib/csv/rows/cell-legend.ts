// Publishers mark some figures by colour and say so above the table: SIPRI's "Figures in blue are SIPRI estimates.
// Figures in red indicate highly uncertain data." The reader takes the legend from the title lines, never from a
// guess, and applies it to the cells a workbook reader reports in that colour.

/** What a colour means in a table: the figure is an estimate, or the publisher's caveat applies to it. */
export type CellMeaning = { estimate: true; sentence: string } | { estimate: false; sentence: string };
export type CellLegend = ReadonlyMap<string, CellMeaning>;

const COLOURS = "blue|red|green|orange|grey|gray|purple";
const LEGEND = new RegExp(`\\bfigures (?:shown )?in (${COLOURS})\\b[^.]{0,120}\\.`, "gi");

/** The colour legend stated in the lines above a table's header. */
export function legendOf(lines: readonly string[]): CellLegend {
  const legend = new Map<string, CellMeaning>();
  for (const line of lines)
    for (const m of line.slice(0, 2000).matchAll(LEGEND)) {
      const sentence = m[0].trim();
      const colour = m[1]!.toLowerCase().replace("gray", "grey");
      legend.set(colour, { estimate: /\bestimate/i.test(sentence), sentence });
    }
  return legend;
}
