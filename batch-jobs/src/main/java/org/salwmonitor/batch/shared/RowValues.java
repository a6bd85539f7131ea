package org.salwmonitor.batch.shared;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of one row as a read-only map by column name, over the row's own array of fields: a reader
 * builds the column index once per file instead of a hash map per row. Behaves like the map it replaces:
 * the header's columns in order (only those the row has a field for), then {@link CsvRowReader#FIELD_COUNT}
 * when the row has another number of fields than the header.
 */
final class RowValues extends AbstractMap<String, String> {

    /** The column names of a header with where each is in a row; shared by every row of a file. */
    static final class Columns {
        private final List<String> names;
        private final Map<String, Integer> index;

        private Columns(List<String> names, Map<String, Integer> index) {
            this.names = names;
            this.index = index;
        }

        /** Returns the columns of a header, or null if a name repeats (the caller then maps rows itself). */
        static Columns of(List<String> header) {
            Map<String, Integer> index = new HashMap<>(header.size() * 2);
            for (int i = 0; i < header.size(); i++) {
                if (index.putIfAbsent(header.get(i), i) != null) {
                    return null;
                }
            }
            return new Columns(List.copyOf(header), index);
        }

        int size() {
            return names.size();
        }
    }

    private final Columns columns;
    private final String[] fields;
    /** Number of header columns the row has a value for. */
    private final int mapped;
    /** The row's number of fields as text if it differs from the header's, otherwise null. */
    private final String fieldCount;

    RowValues(Columns columns, String[] fields) {
        this.columns = columns;
        this.fields = fields;
        this.mapped = Math.min(fields.length, columns.size());
        this.fieldCount = fields.length == columns.size() ? null : Integer.toString(fields.length);
    }

    @Override
    public String get(Object key) {
        Integer i = columns.index.get(key);
        if (i != null) {
            return i < mapped ? fields[i] : null;
        }
        return fieldCount != null && CsvRowReader.FIELD_COUNT.equals(key) ? fieldCount : null;
    }

    @Override
    public boolean containsKey(Object key) {
        Integer i = columns.index.get(key);
        if (i != null) {
            return i < mapped;
        }
        return fieldCount != null && CsvRowReader.FIELD_COUNT.equals(key);
    }

    @Override
    public int size() {
        return mapped + (fieldCount == null ? 0 : 1);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < RowValues.this.size();
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return i < mapped ? new SimpleImmutableEntry<>(columns.names.get(i), fields[i])
                                : new SimpleImmutableEntry<>(CsvRowReader.FIELD_COUNT, fieldCount);
                    }
                };
            }

            @Override
            public int size() {
                return RowValues.this.size();
            }
        };
    }
}
