import type { Queryable } from "./queryable";

/** Whether the reference facts (countries) were ever written to this database. */
export async function hasCountries(db: Queryable): Promise<boolean> {
  const { rowCount } = await db.query(`SELECT 1 FROM countries LIMIT 1`);
  return rowCount === 1;
}
