// An edition's id, as links (`v=`) and routes (`/api/editions/12`) write it. Ids are PostgreSQL int4: a larger
// number in a query is an error there, not a miss, so anything outside the range is no edition at all.
export const MAX_EDITION_ID = 2_147_483_647;

/** A number that can be an edition's id: a positive int4. */
export const isEditionId = (id: number) => Number.isSafeInteger(id) && id >= 1 && id <= MAX_EDITION_ID;

/** The id written plainly (`12`, not `012`, `1e1` or ` 12`); null for anything else. */
export function editionIdOf(text: string | null | undefined): number | null {
  if (!text || !/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return isEditionId(id) ? id : null;
}
