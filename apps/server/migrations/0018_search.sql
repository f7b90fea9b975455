-- Full-text search in the database (SEARCH_ENGINE=postgres): the search module's own index, built
-- from the documents the catalog gives it. Nothing else reads these tables.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Words arrive already cut, lower-cased, accent-folded and plural-folded by the engine
-- (engine/postgres/text.ts, plural.ts), the same way for documents and queries; unaccent folds what
-- that leaves. No stemmer and no stop words: which words are ignored is the shop's choice.
create text search configuration shopstack_search (copy = simple);
alter text search configuration shopstack_search
  alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
  with unaccent, simple;

create table search_document (
  product_id text primary key,
  handle text not null,
  title text not null,
  brand text,
  -- the product's categories and their ancestors, and their names in the same order
  category_ids text[] not null,
  category_names text[] not null,
  collection_ids text[] not null,
  -- one element per attribute value: name || chr(31) || value, so a filter or a facet is one array operation
  attribute_values text[] not null,
  in_stock boolean not null,
  -- { "USD": [min, max] } in minor units: a search led by its words reads prices here, without a join
  prices jsonb not null,
  thumbnail text,
  created_at timestamptz not null,
  sales integer not null,
  -- title A, brand and category names B, tags, product type and attributes C, description D
  vector tsvector not null,
  -- the title alone: title bonus, highlighting and product suggestions
  title_vector tsvector not null
);
create index search_document_vector_idx on search_document using gin (vector);
create index search_document_title_vector_idx on search_document using gin (title_vector);
create index search_document_category_idx on search_document using gin (category_ids);
create index search_document_collection_idx on search_document using gin (collection_ids);
create index search_document_attribute_idx on search_document using gin (attribute_values);
create index search_document_brand_idx on search_document (brand);
create index search_document_newest_idx on search_document (created_at desc, product_id desc);
create index search_document_sales_idx on search_document (sales desc, created_at desc, product_id desc);

-- Each document's distinct words as typed (folded, plurals kept): what it adds to search_term, read
-- back when it is replaced or removed. Kept apart, as only writers read it: every scan of
-- search_document is a third shorter without it.
create table search_document_terms (
  product_id text primary key,
  terms text[] not null
);

-- The same prices, one row per currency, for what is led by price: browsing by price, counting a
-- currency's products. No foreign key: every writer deletes a document's prices with it, and a full
-- rebuild would pay a cascade trigger per row.
create table search_price (
  product_id text not null,
  currency text not null,
  min_amount bigint not null,
  max_amount bigint not null,
  in_stock boolean not null,
  primary key (product_id, currency)
);
create index search_price_min_idx on search_price (currency, min_amount, product_id) include (in_stock);

-- Facet value counts over the whole index, per currency and stock: a browse with no words and no
-- filter but stock reads its facets here instead of counting every document. Values are
-- 'total' (every document), 'brand' || chr(31) || brand, 'category' || chr(31) || id and
-- 'attribute' || chr(31) || name || chr(31) || value.
create table search_facet_count (
  currency text not null,
  in_stock boolean not null,
  facet_value text not null,
  docs integer not null,
  primary key (currency, in_stock, facet_value)
);

-- The vocabulary: every folded word of the indexed documents with the number of documents holding
-- it. Typos are corrected towards these words (trigram distance finds the candidates) and the last
-- word of a query is completed from them.
create table search_term (
  term text primary key,
  -- the word as indexed (plural folded): "jackets" is known when any document says "jacket"
  key text not null,
  docs integer not null
);
create index search_term_key_idx on search_term (key);
create index search_term_trigram_idx on search_term using gist (term gist_trgm_ops);
create index search_term_prefix_idx on search_term (term text_pattern_ops);

-- Brands and categories as suggestions: a name, how many documents carry it, and its words.
create table search_label (
  kind text not null check (kind in ('brand', 'category')),
  id text not null,
  label text not null,
  docs integer not null,
  vector tsvector not null,
  primary key (kind, id)
);
create index search_label_vector_idx on search_label using gin (vector);

-- A full rebuild is written here batch by batch (each batch its own statement, so nothing waits on
-- the catalog inside a transaction), then copied into search_document in one short transaction.
create unlogged table search_document_build (
  build_id text not null,
  product_id text not null,
  handle text not null,
  title text not null,
  brand text,
  category_ids text[] not null,
  category_names text[] not null,
  collection_ids text[] not null,
  attribute_values text[] not null,
  in_stock boolean not null,
  prices jsonb not null,
  thumbnail text,
  created_at timestamptz not null,
  sales integer not null,
  terms text[] not null,
  vector tsvector not null,
  title_vector tsvector not null,
  -- a build abandoned by a process that stopped is cleared by a later one
  written_at timestamptz not null default now(),
  primary key (build_id, product_id)
);

-- The engine's copy of the synonyms and stop words it was last given, read by every process's queries.
create table search_engine_synonym (
  group_no integer not null,
  -- folded words, space separated
  phrase text not null,
  first_word text not null,
  primary key (group_no, phrase)
);
create index search_engine_synonym_first_word_idx on search_engine_synonym (first_word);

create table search_engine_stop_word (
  word text primary key
);
