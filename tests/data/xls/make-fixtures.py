#!/usr/bin/python3
"""Writes the legacy Excel fixtures with LibreOffice Calc (headless, driven through UNO):

  basic.xls      two sheets ("Patients", "Codes"): text incl. Chinese, integers, decimals,
                 booleans, dates, date-times and times with their number formats, formulas
                 with number, string, date, error and boolean results, an empty row, empty cells
  encrypted.xls  the same workbook saved with the password "steward" (RC4 CryptoAPI encryption)

Needs the Debian packages libreoffice-calc-nogui and python3-uno, which the build and the tests
do not need (the fixtures are committed). Run with the system interpreter (python3-uno is a
Debian package):  /usr/bin/python3 tests/data/xls/make-fixtures.py
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale

HERE = os.path.dirname(os.path.abspath(__file__))


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def number_format(document, code):
    formats = document.NumberFormats
    locale = Locale('en', 'US', '')
    key = formats.queryKey(code, locale, False)
    return key if key != -1 else formats.addNew(code, locale)


def fill(document):
    sheets = document.Sheets
    patients = sheets.getByIndex(0)
    patients.Name = 'Patients'
    date = number_format(document, 'YYYY-MM-DD')
    datetime = number_format(document, 'YYYY-MM-DD HH:MM:SS')
    clock = number_format(document, 'HH:MM:SS')
    boolean = number_format(document, 'BOOLEAN')
    header = ['姓名', '年龄', '体重', '在院', '入院日期', '入院时间', '随访时间', '备注', '合计',
              '标记', '次日', '检验', '老年']
    # Dates are serial numbers (days since 1899-12-30) shown through a number format. Columns
    # I..M are formulas: a number, a string, a date, an error, a boolean.
    rows = [
        ['张三', 45, 62.5, (1, boolean), (45293, date), (45293 + 0.5729166666666666, datetime),
         (0.5729166666666666, clock), 'ok', '=B2+C2', '=A2&"!"', ('=E2+1', date), '=1/0',
         '=B2>60'],
        ['李四', 67, 0.1, (0, boolean), (45291, date), (45294, datetime),
         (0.33715277777777775, clock), None, '=B3+C3', '=A3&"!"', ('=E3+1', date), '=NA()',
         '=B3>60'],
        [],
        ['王五', 102, 1234567.891, (1, boolean), (36585, date), (36525.5, datetime),
         (0.9999884259259259, clock), '无', '=B5+C5', '=""', ('=E5+1', date), '=SQRT(-1)',
         '=TRUE()'],
    ]
    for column, text in enumerate(header):
        patients.getCellByPosition(column, 0).setString(text)
    for row, values in enumerate(rows, start=1):
        for column, value in enumerate(values):
            cell = patients.getCellByPosition(column, row)
            if value is None:
                continue
            if isinstance(value, tuple):
                if isinstance(value[0], str):
                    cell.setFormula(value[0])
                else:
                    cell.setValue(value[0])
                cell.NumberFormat = value[1]
            elif isinstance(value, str) and value.startswith('='):
                cell.setFormula(value)
            elif isinstance(value, str):
                cell.setString(value)
            else:
                cell.setValue(value)
    sheets.insertNewByName('Codes', 1)
    codes = sheets.getByName('Codes')
    for row, (code, n) in enumerate([('code', 'n'), ('X1', 1), ('X2', 2)]):
        codes.getCellByPosition(0, row).setString(code)
        if isinstance(n, str):
            codes.getCellByPosition(1, row).setString(n)
        else:
            codes.getCellByPosition(1, row).setValue(n)
    while sheets.Count > 2:  # a new document may start with more than one sheet
        sheets.removeByName(sheets.ElementNames[-1])


def main():
    profile = tempfile.mkdtemp(prefix='lo-profile-')
    pipe = 'steward_fixtures_%d' % os.getpid()
    office = subprocess.Popen([
        'soffice', '--headless', '--invisible', '--nologo', '--norestore',
        '-env:UserInstallation=file://' + profile,
        '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % pipe])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            'com.sun.star.bridge.UnoUrlResolver', local)
        context = None
        for _ in range(120):
            try:
                context = resolver.resolve(
                    'uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except Exception:
                time.sleep(0.5)
        if context is None:
            sys.exit('LibreOffice did not start')
        desktop = context.ServiceManager.createInstanceWithContext(
            'com.sun.star.frame.Desktop', context)
        document = desktop.loadComponentFromURL('private:factory/scalc', '_blank', 0,
                                                (prop('Hidden', True),))
        fill(document)
        document.calculateAll()
        for name, extra in [('basic.xls', ()), ('encrypted.xls', (prop('Password', 'steward'),))]:
            target = os.path.join(HERE, name)
            document.storeToURL(uno.systemPathToFileUrl(target),
                                (prop('FilterName', 'MS Excel 97'),) + extra)
            print('wrote', target)
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes away with the office process
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == '__main__':
    main()
