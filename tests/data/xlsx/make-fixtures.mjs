// Regenerates the xlsx fixtures of tests/data/xlsx with real spreadsheet libraries (see
// README.md in this folder; the .xls fixtures come from LibreOffice, ../xls/make-fixtures.py). Run from a scratch folder that has the
// packages installed, never from the source tree:
//
//   mkdir -p /tmp/fixturegen && cd /tmp/fixturegen && npm init -y
//   npm install exceljs@4.4.0 officecrypto-tool@0.0.19
//   node /path/to/steward/tests/data/xlsx/make-fixtures.mjs
//
// The files are committed; tests never run this script.
import { createRequire } from 'node:module';
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const ExcelJS = require('exceljs');
const officeCrypto = require('officecrypto-tool');

const here = path.dirname(fileURLToPath(import.meta.url));
// Fixed document properties so regenerating gives the same content.
const fixedTime = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

function newWorkbook() {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'steward fixtures';
    workbook.created = fixedTime;
    workbook.modified = fixedTime;
    return workbook;
}

const utc = (y, m, d, hh = 0, mm = 0, ss = 0) => new Date(Date.UTC(y, m - 1, d, hh, mm, ss));
const timeOfDay = (hh, mm, ss = 0) => utc(1899, 12, 30, hh, mm, ss);

// basic.xlsx: one sheet, every kind of cell value, shared strings.
async function basic() {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet('Patients');
    sheet.addRow(['姓名', '年龄', '体重', '在院', '备注', '入院日期', '入院时间', '随访时间',
                  '合计', '说明', '检验', '中文日期', '美式日期', '比例', '大数', '编号']);
    const rows = [
        ['张三', 45, 62.5, true, '', utc(2024, 1, 2), utc(2024, 1, 2, 13, 45),
         timeOfDay(13, 45), { formula: 'B2+C2', result: 107.5 },
         { richText: [{ text: '重要', font: { bold: true } }, { text: '：青霉素过敏' }] },
         { error: '#N/A' }, utc(2024, 1, 2), utc(2024, 1, 2), 0.125, 1e21, '001234'],
        ['李四', 67, 0.30000000000000004, false, '过敏史', utc(2023, 12, 31),
         utc(2024, 1, 3, 0, 0), timeOfDay(8, 5, 30), { formula: 'A3&"!"', result: '李四!' },
         'plain', { error: '#DIV/0!' }, utc(2023, 12, 31), utc(2023, 12, 31), -2.5, 1.5e-20,
         '000001'],
        ["O'Brien & <Co>", 0, 1e-7, true, null, utc(1900, 3, 1), utc(2000, 2, 29, 23, 59, 59),
         timeOfDay(0, 0, 1), { formula: 'B4*2', result: 0 }, 'x', null, utc(1900, 3, 1),
         utc(1900, 3, 1), 1, 123456789012, 'A-9'],
        ['王五', 102, 1234567.891, false, 'line1\nline2', utc(2000, 2, 29), utc(1999, 12, 31, 12),
         timeOfDay(23, 59, 59), { formula: 'B5/4', result: 25.5 }, '', '', utc(2000, 2, 29),
         utc(2000, 2, 29), 0.5, -1e21, ''],
    ];
    rows.forEach(r => sheet.addRow(r));
    sheet.getColumn(6).numFmt = 'yyyy-mm-dd';
    sheet.getColumn(7).numFmt = 'yyyy-mm-dd hh:mm:ss';
    sheet.getColumn(8).numFmt = 'hh:mm:ss';
    sheet.getColumn(12).numFmt = 'yyyy"年"m"月"d"日"';
    sheet.getColumn(13).numFmt = 'mm-dd-yy'; // Excel's built-in format 14
    sheet.getColumn(14).numFmt = '[Red]0.00%';
    for (const col of [6, 7, 8, 12, 13, 14])
        sheet.getRow(1).getCell(col).numFmt = 'General';
    await workbook.xlsx.writeFile(path.join(here, 'basic.xlsx'));
}

// inline-strings.xlsx: ExcelJS's streaming writer without a shared-string table writes plain
// strings as t="str" and rich text as t="inlineStr".
async function inlineStrings() {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: path.join(here, 'inline-strings.xlsx'),
        useSharedStrings: false,
        useStyles: true,
    });
    writer.created = fixedTime;
    writer.modified = fixedTime;
    const sheet = writer.addWorksheet('Inline');
    sheet.addRow(['科室', '诊断']).commit();
    sheet.addRow(['心内科', { richText: [{ text: '高血压', font: { bold: true } },
                                        { text: ' II 期' }] }]).commit();
    sheet.addRow(['Cardiology', 'hypertension']).commit();
    await sheet.commit();
    await writer.commit();
}

// two-sheets.xlsx: sheet selection by name and by index.
async function twoSheets() {
    const workbook = newWorkbook();
    const first = workbook.addWorksheet('住院记录');
    first.addRow(['病案号', '科室']);
    first.addRow(['A001', '心内科']);
    first.addRow(['A002', '骨科']);
    const second = workbook.addWorksheet('Visits');
    second.addRow(['visit', 'days']);
    second.addRow(['V1', 3]);
    second.addRow(['V2', 14]);
    second.addRow(['V3', 1]);
    workbook.addWorksheet('Empty');
    await workbook.xlsx.writeFile(path.join(here, 'two-sheets.xlsx'));
}

// date1904.xlsx: the 1904 date system (old Mac workbooks).
async function date1904() {
    const workbook = newWorkbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('Dates');
    sheet.addRow(['date', 'datetime', 'time', 'number']);
    // Times as day fractions: ExcelJS shifts Date values before 1904 to negative serials.
    sheet.addRow([utc(2024, 1, 2), utc(2024, 1, 2, 6, 30), 0.75, 1462]);
    sheet.addRow([utc(1904, 1, 1), utc(1904, 1, 2, 12), 30 / 1440, 0]);
    sheet.getColumn(1).numFmt = 'yyyy-mm-dd';
    sheet.getColumn(2).numFmt = 'yyyy-mm-dd hh:mm';
    sheet.getColumn(3).numFmt = 'h:mm:ss';
    for (const col of [1, 2, 3])
        sheet.getRow(1).getCell(col).numFmt = 'General';
    await workbook.xlsx.writeFile(path.join(here, 'date1904.xlsx'));
}

// gaps.xlsx: cells left out of rows, an empty row, formatted empty cells beyond the header.
async function gaps() {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet('Gaps');
    ['a', 'b', 'c', 'd', 'e'].forEach((v, i) => { sheet.getCell(1, i + 1).value = v; });
    sheet.getCell('F1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    sheet.getCell('A2').value = 'a2';
    sheet.getCell('C2').value = 'c2';
    sheet.getCell('E2').value = 'e2';
    // row 3 has no cell at all
    sheet.getCell('B4').value = 'b4';
    sheet.getCell('A5').value = 1;
    sheet.getCell('B5').value = 2;
    sheet.getCell('A6').value = 'a6';
    sheet.getCell('H6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    sheet.getCell('E7').value = 'e7';
    await workbook.xlsx.writeFile(path.join(here, 'gaps.xlsx'));
}

// beyond-header.xlsx: a value right of the header's last column (row 3, column E).
async function beyondHeader() {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['a', 'b', 'c']);
    sheet.addRow([1, 2, 3]);
    sheet.getCell('A3').value = 4;
    sheet.getCell('E3').value = 5;
    await workbook.xlsx.writeFile(path.join(here, 'beyond-header.xlsx'));
}

// wide.xlsx: 40 columns (A..AN), two-letter references.
async function wide() {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet('Wide');
    const header = [];
    const values = [];
    for (let i = 1; i <= 40; ++i) {
        header.push(`c${i}`);
        values.push(i * 10);
    }
    sheet.addRow(header);
    sheet.addRow(values);
    sheet.getCell('AB3').value = 'ab3';
    sheet.getCell('AN3').value = 'an3';
    await workbook.xlsx.writeFile(path.join(here, 'wide.xlsx'));
}

// corrupt.xlsx: basic.xlsx cut in half; encrypted.xlsx: basic.xlsx with the password "steward".
function derived() {
    const original = readFileSync(path.join(here, 'basic.xlsx'));
    writeFileSync(path.join(here, 'corrupt.xlsx'), original.subarray(0, original.length >> 1));
    writeFileSync(path.join(here, 'encrypted.xlsx'),
                  officeCrypto.encrypt(original, { password: 'steward' }));
}

await basic();
await inlineStrings();
await twoSheets();
await date1904();
await gaps();
await beyondHeader();
await wide();
derived();
console.log(`exceljs ${require('exceljs/package.json').version}, `
            + `officecrypto-tool ${require('officecrypto-tool/package.json').version}`);
