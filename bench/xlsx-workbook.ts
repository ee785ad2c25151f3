import ExcelJS from "exceljs";
import type { CountryRecord } from "../lib/reference/countries";

/**
 * A workbook shaped like SIPRI's (about ten sheets, "Share of GDP" with title lines, a Notes column and
 * percent-formatted fractions), written with exceljs's streaming writer. `repeat` > 1 appends the country rows again
 * and again, making a large file whose figures repeat (rejected as duplicates) to measure memory on big workbooks.
 */
export async function writeSipriLikeWorkbook(
  file: string,
  countries: CountryRecord[],
  years: number[],
  repeat = 1,
): Promise<number> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (const name of [
    "Front page",
    "Regional totals",
    "Local currency financial years",
    "Local currency calendar years",
    "Constant (2023) US$",
    "Current US$",
  ]) {
    const sheet = book.addWorksheet(name);
    sheet.addRow([`${name}: synthetic benchmark sheet`]).commit();
    sheet.addRow(["Country", ...years]).commit();
    for (const c of countries.slice(0, 20)) sheet.addRow([c.name, ...years.map((y) => y * 10)]).commit();
    sheet.commit();
  }
  const share = book.addWorksheet("Share of GDP");
  share.addRow(["Military expenditure by country as percentage of gross domestic product"]).commit();
  share.addRow(["Synthetic figures for the benchmark."]).commit();
  share.addRow([]).commit();
  share.addRow(["Country", "Notes", ...years]).commit();
  let rows = 0;
  for (let r = 0; r < repeat; r++) {
    for (const c of countries) {
      const row = share.addRow([c.iso3, "", ...years.map((y) => ((y * 7 + c.iso3.charCodeAt(0)) % 500) / 10000)]);
      for (let i = 3; i < years.length + 3; i++) row.getCell(i).numFmt = "0.0%";
      row.commit();
      rows += 1;
    }
  }
  share.commit();
  for (const name of ["Per capita", "Share of Govt. spending", "Footnotes"]) {
    const sheet = book.addWorksheet(name);
    sheet.addRow([`${name}: synthetic benchmark sheet`]).commit();
    sheet.commit();
  }
  await book.commit();
  return rows;
}
