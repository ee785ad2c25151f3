// Rows that hold figures but are not read as a country's: aggregates, former states, names nobody recognises (the
// editor may leave those out) and rows of measures the editor did not choose. Each kind is counted and its names
// kept, a bounded number of them, for one message per kind that lists them all at once.

const KEPT_NAMES = 1000;
const NAME_CHARS = 80;

/** A name and where it was first seen. */
export interface SeenName {
  name: string;
  line: number;
  rows: number;
}

/** "Foo (line 12), Bar (line 30, 2 rows)", the first `max` of them, then how many more. */
export function describeNames(names: readonly SeenName[], max = 50): string {
  const shown = names
    .slice(0, max)
    .map((n) => `${n.name} (line ${n.line}${n.rows > 1 ? `, ${n.rows} rows` : ""})`)
    .join(", ");
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

export class NamedRows {
  rows = 0;
  private readonly seen = new Map<string, SeenName>();

  add(name: string, line: number): void {
    this.rows += 1;
    const known = this.seen.get(name);
    if (known) known.rows += 1;
    else if (this.seen.size < KEPT_NAMES) this.seen.set(name, { name: name.slice(0, NAME_CHARS), line, rows: 1 });
  }

  list(): SeenName[] {
    return [...this.seen.values()];
  }

  /** "Foo (line 12), Bar (line 30, 2 rows)", the first `max` of them, then how many more. */
  describe(max = 50): string {
    return describeNames(this.list(), max);
  }

  names(max = 5): string {
    const all = this.list().map((n) => n.name);
    return `${all.slice(0, max).join(", ")}${all.length > max ? ", …" : ""}`;
  }
}

export class SkippedRows {
  readonly aggregates = new NamedRows();
  readonly formerStates = new NamedRows();
  readonly unknown = new NamedRows();
  readonly otherMeasures = new NamedRows();
}
