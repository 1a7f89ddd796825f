package org.migkb.ingest;

import org.migkb.facts.ExcelLimitCell;
import org.migkb.facts.ImportRowMismatch;
import org.migkb.facts.Provenance;

import java.util.List;
import java.util.Locale;

/**
 * What the Exchange Directory Import would make of a row's shape (Q155414): a field count other
 * than the header's (the import rejects the row with event 291), and cells cut at a spreadsheet's
 * 255-character limit. Noted as facts for the rules, whether or not migkb itself can read the row.
 */
final class ImportRowShape {

    private ImportRowShape() {
    }

    static void note(CsvRows.Row row, Columns columns, Provenance at, FactSink sink) {
        List<String> fields = row.fields();
        String object = DirectoryValues.single(columns.get(row, "directoryName"));
        if (object.isEmpty()) {
            object = DirectoryValues.single(columns.get(row, "alias"));
        }
        String key = object.toUpperCase(Locale.ROOT);
        if (fields.size() != columns.width()) {
            sink.fact(new ImportRowMismatch(object, key, columns.width(), fields.size(), at));
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).length() == ExcelLimitCell.LIMIT) {
                String column = i < columns.width() ? columns.headerAt(i) : "field " + (i + 1);
                sink.fact(new ExcelLimitCell(column, object, key, fields.get(i).indexOf('%') >= 0, at));
            }
        }
    }
}
