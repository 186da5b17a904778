-- The staff search's name matches, found with a threshold fitted to what was typed.
--
-- pg_trgm's `%>` at its fixed 0.6 lets the longest word typed carry a name on its own: "Malgorzata
-- Seidel" matched every Małgorzata, and the trigram index handed over some 17,000 of a million people
-- to be fetched and ranked (300–600 ms). What the search must tolerate is one typo. A typo takes at
-- most 3 of the n distinct trigrams typed and puts as many strange ones in their place, so the name
-- meant still has a word similarity (shared trigrams over all trigrams of both) of at least
-- (n − 3) / (n + 3), often exactly. A hair below that is the threshold now (the computed similarity
-- is a float), and never a stricter one than 0.6 for short queries:
-- the person meant, with one typo, is found as before, and the index hands over only names that
-- carry every longer word typed. (A word of three letters or less is so small that a typo can take it
-- whole; names sharing only the rest still come, as before.)
--
-- The threshold is a setting (pg_trgm.word_similarity_threshold) that the index reads while it is
-- scanned: the function sets it for its own query, and its SET clause restores the caller's value
-- when it returns (or fails). EXECUTE plans the query for the words at hand (a plan cached for any
-- words would read the whole table). No parallel workers: the planner cannot tell how many names
-- will match and guesses 1 % of everyone, and starting two workers took longer (30–50 ms) than the
-- few hundred rows they then shared.
CREATE FUNCTION citizen_name_matches(p_query TEXT) RETURNS TABLE (citizen_id UUID, score REAL, closeness REAL)
    LANGUAGE plpgsql VOLATILE
    SET pg_trgm.word_similarity_threshold = 0.6
    SET max_parallel_workers_per_gather = 0
AS $$
DECLARE
    folded TEXT := search_name(btrim(p_query));
    typed INT := coalesce(array_length(show_trgm(folded), 1), 0);
BEGIN
    IF typed = 0 THEN
        RETURN;
    END IF;
    PERFORM set_config('pg_trgm.word_similarity_threshold', greatest(0.6, (typed - 3)::real / (typed + 3) - 0.001)::text, true);
    RETURN QUERY EXECUTE
        'SELECT c.id, word_similarity($1, search_name(c.name)), similarity($1, search_name(c.name)) FROM citizen c WHERE search_name(c.name) %> $1'
        USING folded;
END;
$$;
