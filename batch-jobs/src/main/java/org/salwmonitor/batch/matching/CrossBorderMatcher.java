package org.salwmonitor.batch.matching;

import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;

import static org.salwmonitor.batch.db.Tables.CASE_ITEM;
import static org.salwmonitor.batch.db.Tables.LOST_STOLEN;

/**
 * Finds the records that refer to the same firearm in two or more countries, or a seized, found or surrendered
 * firearm that was recorded lost or stolen, and groups them into match sets.
 *
 * <p>All searching is done by PostgreSQL, in one transaction: the serial keys held by more than one firearm record
 * and the pairs of keys one digit apart are read from {@code match_shared_key} and {@code match_serial_near}, which
 * the triggers of {@code V6__matching.sql} and {@code V7__matching_shared_keys.sql} keep as records are stored (so
 * no search over the records is needed); the records holding those keys are fetched (by index when they are few,
 * by one hashed read of the records when they are many), and only pairs across a border or with a lost or stolen
 * record are read.
 * Java then applies the rules of {@code MatchRules} to these candidate pairs (never to all pairs) and joins the
 * links into sets (connected components, union-find).
 */
@Component
public class CrossBorderMatcher {

    /** Keys shorter than this are too common to link records on. */
    static final int MIN_KEY_LENGTH = 4;

    private static final List<String> COLUMNS = List.of("kind", "record_id", "event_id", "ref_area", "record_date",
            "occurrence", "weapon_type", "make", "model", "calibre", "serial", "serial_key", "synthetic");

    /**
     * The statements of a run, in order. The tables are mostly cached, so index probes are cheap
     * (random_page_cost); JIT compilation would cost more than these short statements; the keys and the records
     * fetched are hashed in memory (work_mem: at 5 million items, under 100 MB).
     */
    private static final List<String> PREPARE = List.of(
            "SET LOCAL jit = off",
            "SET LOCAL random_page_cost = 1.1",
            "SET LOCAL work_mem = '128MB'",
            // pairs of keys to look at: keys held by two or more records (model_key NULL), keys one digit apart;
            // both kept by the triggers of V6 and V7 as records are stored
            "CREATE TEMP TABLE match_key_pair ON COMMIT DROP AS"
                    + " SELECT serial_key AS key_a, serial_key AS key_b, NULL::text AS model_key FROM match_shared_key"
                    + " UNION ALL"
                    + " SELECT serial_key_a, serial_key_b, model_key FROM match_serial_near",
            "ANALYZE match_key_pair",
            // the distinct keys, analysed so that the planner knows how few they are: it hashes them and reads
            // the records once (at millions of records, faster than a look-up per key) or looks them up by index
            "CREATE TEMP TABLE match_key ON COMMIT DROP AS"
                    + " SELECT key_a AS serial_key FROM match_key_pair UNION SELECT key_b FROM match_key_pair",
            "ANALYZE match_key",
            // the firearm records holding those keys
            "CREATE TEMP TABLE match_candidate ON COMMIT DROP AS"
                    + " SELECT 'ITEM'::text AS kind, i.item_id AS record_id, i.event_id, e.ref_area,"
                    + "   e.event_date AS record_date, e.event AS occurrence, i.weapon_type, i.make, i.model,"
                    + "   i.calibre, i.serial, i.serial_key, i.synthetic"
                    + " FROM match_key k JOIN case_item i ON i.serial_key = k.serial_key"
                    + " JOIN case_event e ON e.event_id = i.event_id"
                    + " WHERE i.item_class = 'FIREARM' AND length(i.serial_key) >= " + MIN_KEY_LENGTH
                    + " UNION ALL"
                    + " SELECT 'LOST_STOLEN', l.record_id, NULL, l.ref_area, l.date_reported, l.kind,"
                    + "   l.weapon_type, l.make, l.model, l.calibre, l.serial, l.serial_key, l.synthetic"
                    + " FROM match_key k JOIN lost_stolen l ON l.serial_key = k.serial_key",
            "ANALYZE match_candidate",
            // the name key of each distinct make and model, and the manufacturers a make may designate
            "CREATE TEMP TABLE match_name ON COMMIT DROP AS"
                    + " SELECT name, match_name_key(name) AS name_key,"
                    + "   ARRAY(SELECT a.manufacturer FROM match_make_alias a"
                    + "     WHERE a.make_key = match_name_key(name) ORDER BY a.manufacturer) AS manufacturers"
                    + " FROM (SELECT make AS name FROM match_candidate UNION SELECT model FROM match_candidate) n"
                    + " WHERE name IS NOT NULL",
            "ANALYZE match_name");

    /** The candidate pairs: across a border, or one lost or stolen; equal keys first, then keys one digit apart. */
    private static final String PAIRS = "SELECT false AS near, " + select() + " FROM match_key_pair p"
            + " JOIN match_candidate a ON a.serial_key = p.key_a"
            + " JOIN match_candidate b ON b.serial_key = p.key_a AND (a.kind, a.record_id) < (b.kind, b.record_id)"
            + names()
            + " WHERE p.model_key IS NULL AND (a.ref_area <> b.ref_area OR a.kind <> b.kind)"
            + " UNION ALL"
            + " SELECT true, " + select() + " FROM match_key_pair p"
            + " JOIN match_candidate a ON a.serial_key = p.key_a"
            + " JOIN match_candidate b ON b.serial_key = p.key_b"
            + names()
            + " WHERE p.model_key IS NOT NULL AND am.name_key = p.model_key AND bm.name_key = p.model_key"
            + " AND (a.ref_area <> b.ref_area OR a.kind <> b.kind)";

    private final DSLContext dsl;

    /**
     * Creates the matcher.
     *
     * @param dsl  the jOOQ context of the application's database, not null
     */
    public CrossBorderMatcher(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static String select() {
        List<String> columns = new ArrayList<>();
        for (String side : List.of("a", "b")) {
            for (String column : COLUMNS) {
                columns.add(side + "." + column + " AS " + side + "_" + column);
            }
            columns.add(side + "m.name_key AS " + side + "_model_key");
            columns.add(side + "k.name_key AS " + side + "_make_key");
            columns.add(side + "k.manufacturers AS " + side + "_manufacturers");
        }
        return String.join(", ", columns);
    }

    /** The name keys of both records' models ({@code am}, {@code bm}) and makes ({@code ak}, {@code bk}). */
    private static String names() {
        return " LEFT JOIN match_name am ON am.name = a.model LEFT JOIN match_name ak ON ak.name = a.make"
                + " LEFT JOIN match_name bm ON bm.name = b.model LEFT JOIN match_name bk ON bk.name = b.make";
    }

    /**
     * Tells whether the database holds any firearm record with a serial key to match on.
     *
     * @return true if there is at least one
     */
    public boolean hasRecords() {
        return dsl.fetchExists(CASE_ITEM, CASE_ITEM.ITEM_CLASS.eq("FIREARM").and(CASE_ITEM.SERIAL_KEY.isNotNull()))
                || dsl.fetchExists(LOST_STOLEN, LOST_STOLEN.SERIAL_KEY.isNotNull());
    }

    /**
     * Finds the match sets.
     *
     * @param minimum  the weakest link to keep, not null; weaker links are dropped before records are grouped
     * @param region   the region whose sets to keep (a set is kept when one of its records is in the region),
     *                 or empty for every set
     * @return the report, not null
     */
    public MatchReport find(MatchStrength minimum, Optional<Region> region) {
        MatchRules rules = new MatchRules();
        Map<String, MatchedRecord> records = new HashMap<>();
        List<MatchLink> links = new ArrayList<>();
        long[] candidates = {0};
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            PREPARE.forEach(tx::execute);
            // plain JDBC with column positions: hundreds of thousands of wide rows, where jOOQ's record per row
            // and look-up by name cost more than the judging
            tx.connection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(PAIRS)) {
                    statement.setFetchSize(10_000);
                    try (ResultSet pairs = statement.executeQuery()) {
                        CandidateReader reader = new CandidateReader(pairs.getMetaData());
                        while (pairs.next()) {
                            candidates[0]++;
                            Candidate a = reader.read(pairs, "a_");
                            Candidate b = reader.read(pairs, "b_");
                            Optional<MatchLink> link = rules.judge(a, b, pairs.getBoolean(1));
                            if (link.isPresent() && link.get().strength().isAtLeast(minimum)) {
                                links.add(link.get());
                                records.putIfAbsent(link.get().first(), recordOf(link.get().first(), a, b));
                                records.putIfAbsent(link.get().second(), recordOf(link.get().second(), a, b));
                            }
                        }
                    }
                }
            });
        });
        List<MatchSet> sets = group(records, links, region);
        boolean synthetic = sets.stream().flatMap(set -> set.records().stream()).anyMatch(MatchedRecord::synthetic);
        return new MatchReport(minimum, region.map(Region::code).orElse(null), candidates[0], sets, synthetic);
    }

    private static MatchedRecord recordOf(String reference, Candidate a, Candidate b) {
        return a.record().reference().equals(reference) ? a.record() : b.record();
    }

    /**
     * Returns the query plan of the candidate query (EXPLAIN ANALYZE), for benchmarks and for finding out why a
     * run is slow.
     *
     * @return the plan, one line per element, not null
     */
    public List<String> explain() {
        List<String> plan = new ArrayList<>();
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            for (String statement : PREPARE) {
                long start = System.nanoTime();
                tx.execute(statement);
                plan.add(String.format("-- %.1f ms: %s", (System.nanoTime() - start) / 1e6,
                        statement.length() > 100 ? statement.substring(0, 100) + "…" : statement));
            }
            for (Record row : tx.resultQuery("EXPLAIN (ANALYZE, BUFFERS) " + PAIRS).fetch()) {
                plan.add(row.get(0, String.class));
            }
        });
        return plan;
    }

    /**
     * Reads the candidates of a pair row by column position, and reads each record once: a record with a common
     * key is in many pairs.
     */
    private static final class CandidateReader {

        private final Map<String, Integer> positions = new HashMap<>();
        private final Map<String, Candidate> seen = new HashMap<>();

        CandidateReader(ResultSetMetaData columns) throws SQLException {
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                positions.put(columns.getColumnLabel(i), i);
            }
        }

        Candidate read(ResultSet row, String prefix) throws SQLException {
            String kind = row.getString(position(prefix, "kind"));
            String recordId = row.getString(position(prefix, "record_id"));
            String reference = kind + ":" + recordId;
            Candidate known = seen.get(reference);
            if (known != null) {
                return known;
            }
            Date date = row.getDate(position(prefix, "record_date"));
            MatchedRecord record = new MatchedRecord(RecordKind.valueOf(kind), recordId,
                    row.getString(position(prefix, "event_id")), row.getString(position(prefix, "ref_area")),
                    date == null ? null : date.toLocalDate(), row.getString(position(prefix, "occurrence")),
                    row.getString(position(prefix, "weapon_type")), row.getString(position(prefix, "make")),
                    row.getString(position(prefix, "model")), row.getString(position(prefix, "calibre")),
                    row.getString(position(prefix, "serial")), row.getString(position(prefix, "serial_key")),
                    row.getBoolean(position(prefix, "synthetic")));
            Candidate candidate = new Candidate(record, row.getString(position(prefix, "model_key")),
                    row.getString(position(prefix, "make_key")), strings(row.getArray(position(prefix,
                            "manufacturers"))));
            seen.put(reference, candidate);
            return candidate;
        }

        private int position(String prefix, String column) {
            Integer position = positions.get(prefix + column);
            if (position == null) {
                throw new IllegalStateException("the candidate query has no column " + prefix + column);
            }
            return position;
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object values = array.getArray();
        return values instanceof Object[] objects ? Arrays.stream(objects).map(String::valueOf).toList() : List.of();
    }

    /** Connected components of the links (union-find), numbered by their earliest record. */
    static List<MatchSet> group(Map<String, MatchedRecord> records, List<MatchLink> links, Optional<Region> region) {
        Map<String, String> parent = new HashMap<>();
        for (MatchLink link : links) {
            union(parent, link.first(), link.second());
        }
        Map<String, List<MatchedRecord>> members = new HashMap<>();
        for (String reference : parent.keySet()) {
            members.computeIfAbsent(root(parent, reference), r -> new ArrayList<>()).add(records.get(reference));
        }
        Map<String, List<MatchLink>> linksByRoot = new HashMap<>();
        for (MatchLink link : links) {
            linksByRoot.computeIfAbsent(root(parent, link.first()), r -> new ArrayList<>()).add(link);
        }
        Comparator<MatchedRecord> byDate = (x, y) -> {
            int byDay = x.date().compareTo(y.date());
            return byDay != 0 ? byDay : x.reference().compareTo(y.reference());
        };
        Set<String> regionCodes = region.map(r -> r.members().stream().map(Country::alpha2)
                .collect(Collectors.toSet())).orElse(null);
        List<List<MatchedRecord>> kept = new ArrayList<>();
        Map<List<MatchedRecord>, String> rootOf = new IdentityHashMap<>();
        members.forEach((root, list) -> {
            list.sort(byDate);
            boolean inRegion = regionCodes == null || list.stream().anyMatch(r -> regionCodes.contains(r.area()));
            if (inRegion) {
                kept.add(list);
                rootOf.put(list, root);
            }
        });
        kept.sort((x, y) -> byDate.compare(x.get(0), y.get(0)));
        List<MatchSet> sets = new ArrayList<>();
        int width = Math.max(4, String.valueOf(kept.size()).length());
        for (List<MatchedRecord> list : kept) {
            String root = rootOf.get(list);
            List<MatchLink> setLinks = new ArrayList<>(linksByRoot.get(root));
            setLinks.sort(Comparator.comparing(MatchLink::first).thenComparing(MatchLink::second));
            MatchStrength weakest = setLinks.stream().map(MatchLink::strength).max(Comparator.naturalOrder())
                    .orElseThrow();
            Set<String> countries = new TreeSet<>();
            list.forEach(r -> countries.add(r.area()));
            String id = String.format("M%0" + width + "d", sets.size() + 1);
            sets.add(new MatchSet(id, weakest, List.copyOf(countries), list, setLinks));
        }
        return sets;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String x = root(parent, a);
        String y = root(parent, b);
        if (!x.equals(y)) {
            // the smaller reference becomes the root: deterministic whatever the order of the links
            if (x.compareTo(y) < 0) {
                parent.put(y, x);
            } else {
                parent.put(x, y);
            }
        }
    }

    private static String root(Map<String, String> parent, String reference) {
        String root = reference;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        // path compression: later look-ups of this chain take one step
        String node = reference;
        while (!node.equals(root)) {
            String next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }
}
