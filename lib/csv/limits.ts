// Stated limits on what one cell, one record and one report may hold. Each is far above what a publisher's table
// needs (SIPRI's longest header is 74 characters, its longest value 22, its longest note 1,111) and far below what
// would make reading a file cost more than a bounded amount of memory and time. A cell over its limit is an error
// at its line and column, checked before any other work is done on its text.

/** A cell of the header row: a column's name ("Military expenditure (% of GDP)", "2024e"). */
export const MAX_HEADER_CHARS = 200;
/** A value cell: a number as a table writes it ("1.3713969", "2.1%", "1.5e-2"). */
export const MAX_VALUE_CHARS = 64;
/** Any other cell: a country's name, a note, a source, a title line. */
export const MAX_TEXT_CHARS = 4_000;
/** Columns a record may have (Excel's own limit). */
export const MAX_COLUMNS = 16_384;
/** A value's decimal exponent, either way (1.5e-2): a share of GDP never needs more, and the ×100 of a fraction moves the point by it. */
export const MAX_EXPONENT = 20;

/** Of an issue: the offending text kept, and each parameter's text (names listed, a sheet's title). */
export const MAX_ISSUE_TEXT_CHARS = 200;
export const MAX_ISSUE_PARAM_CHARS = 6_000;
/** All issues of one list (errors, or warnings) together: texts, parameters and messages. */
export const MAX_ISSUE_LIST_CHARS = 100_000;
