import { z } from "zod";

/** PostgreSQL's integer: edition ids are int4, and a larger number in a query is an error there, not a miss. */
export const MAX_INT4 = 2_147_483_647;

export const parseEditionId = (id: string) => z.coerce.number().int().positive().max(MAX_INT4).parse(id);

/** A pinned-edition parameter (`v=`) that can name an edition: a positive int4 written plainly. */
export const isEditionParam = (value: string) => /^[1-9]\d{0,9}$/.test(value) && Number(value) <= MAX_INT4;
