package org.salwmonitor.batch.matching;

import java.util.List;

/**
 * A record proposed by the database for matching, with the keys the database derived for the rules: the name
 * keys of model and make ({@code match_name_key}) and the manufacturers the make may designate
 * ({@code match_make_alias}; empty when the make has no alias row).
 *
 * @param record         the record as stored, not null
 * @param modelKey       the model's name key, empty when there is no model
 * @param makeKey        the make's name key, empty when there is no make
 * @param manufacturers  the manufacturers of the make's alias rows, possibly empty, not null
 */
record Candidate(MatchedRecord record, String modelKey, String makeKey, List<String> manufacturers) {

    Candidate {
        modelKey = modelKey == null ? "" : modelKey;
        makeKey = makeKey == null ? "" : makeKey;
        manufacturers = List.copyOf(manufacturers);
    }
}
