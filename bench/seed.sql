-- Tables for bench/run.sh; psql -v export_rows=N. Fixed contents (no random()), so every run
-- reads the same rows.
CREATE TABLE bench_items (
    id         bigint PRIMARY KEY,
    name       text NOT NULL,
    price      numeric(10, 2) NOT NULL,
    created_at timestamp NOT NULL
);
INSERT INTO bench_items
SELECT g, 'item ' || g, (g % 10000) / 100.0 + 1, timestamp '2026-01-01' + g * interval '1 minute'
FROM generate_series(1, 100000) AS g;

CREATE TABLE bench_export (LIKE bench_items INCLUDING ALL);
INSERT INTO bench_export
SELECT g, 'item ' || g, (g % 10000) / 100.0 + 1, timestamp '2026-01-01' + g * interval '1 minute'
FROM generate_series(1, :export_rows) AS g;

VACUUM ANALYZE;
