import pg from "pg";
import { inject } from "vitest";

/**
 * The id of a shipped edition in the browser tests' database, for links pinned to it (`v=`): tests of the
 * 2014-2024 figures as SIPRI published them in April 2025 pin that edition, whatever edition is current.
 */
export async function editionId(dataset: string, label: string): Promise<number> {
  const client = new pg.Client({ connectionString: inject("appDatabaseUrl") });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(
      `SELECT e.id FROM editions e JOIN datasets d ON d.id = e.dataset_id WHERE d.slug = $1 AND e.label = $2`,
      [dataset, label],
    );
    if (!rows[0]) throw new Error(`No edition "${label}" of ${dataset}`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}
