-- Accent- and case-folding for search and duplicate detection. IMMUTABLE so that it can feed a
-- generated tsvector column; translate() rather than the unaccent extension, which is not loaded
-- everywhere (lower() alone only folds ASCII under the C collation, hence both cases below).
CREATE OR REPLACE FUNCTION brug_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT lower(translate(input,
    'áàâäãåāăąçćčďéèêëēėęěíìîïīįľĺłñńňóòôöõøōőŕřśšşťúùûüūůűÿýžźżÁÀÂÄÃÅĀĂĄÇĆČĎÉÈÊËĒĖĘĚÍÌÎÏĪĮĽĹŁÑŃŇÓÒÔÖÕØŌŐŔŘŚŠŞŤÚÙÛÜŪŮŰŸÝŽŹŻ',
    'aaaaaaaaacccdeeeeeeeeiiiiiilllnnnoooooooorrssstuuuuuuuyyzzzaaaaaaaaacccdeeeeeeeeiiiiiilllnnnoooooooorrssstuuuuuuuyyzzz'))
$$;
