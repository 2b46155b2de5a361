-- Catalog and 1,000,000 access records for the overview benchmark. Run on a freshly migrated
-- database (ids start at 1). Records are inserted in time order, as the access log writer
-- appends them, spread over the last 90 days.

INSERT INTO datasources (name, product_type, database, created_at, updated_at)
VALUES ('bench', 'sqlite', '/tmp/bench.db', now(), now());

INSERT INTO modules (name, sort_order, created_at, updated_at)
SELECT 'module-' || m, m, now(), now() FROM generate_series(1, 10) AS m;

INSERT INTO apis (module_id, name, path, http_method, execute_engine, datasource_id, access_type, content, params,
    created_by, created_at, updated_at)
SELECT 1 + (a - 1) % 10, 'API ' || a, 'bench/api-' || lpad(a::text, 3, '0'), 'GET', 'sql', 1, 'private',
    'SELECT ' || a || ' AS n', '[]', 1, now() - interval '100 days', now()
FROM generate_series(1, 200) AS a;

-- Two versions per API, the newer one published.
INSERT INTO api_versions (api_id, version, content, params, identifiers, commit_message, created_by, created_at)
SELECT a, v, 'SELECT ' || a || ' AS n', '[]', '[]', 'version ' || v, 1, now() - interval '100 days' + (a * 2 + v) * interval '1 hour'
FROM generate_series(1, 200) AS a, generate_series(1, 2) AS v;
UPDATE apis SET published_version_id = (SELECT id FROM api_versions v WHERE v.api_id = apis.id AND v.version = 2);

INSERT INTO macros (name, content, created_at, updated_at)
SELECT 'macro_' || m, '1 = 1', now(), now() FROM generate_series(1, 20) AS m;
INSERT INTO macro_versions (macro_id, version, content, commit_message, created_by, created_at)
SELECT m, 1, '1 = 1', 'first', 1, now() - interval '50 days' + m * interval '1 hour' FROM generate_series(1, 20) AS m;

INSERT INTO clients (client_id, name, secret_hash, created_at, updated_at)
SELECT 'bench-client-' || lpad(c::text, 2, '0'), 'client ' || c, 'not-a-real-hash', now(), now()
FROM generate_series(1, 50) AS c;

-- Ten groups of twenty APIs each; every client in one group.
INSERT INTO groups (name, created_at, updated_at) SELECT 'group-' || g, now(), now() FROM generate_series(1, 10) AS g;
INSERT INTO group_apis (group_id, api_id) SELECT 1 + (a - 1) / 20, a FROM generate_series(1, 200) AS a;
INSERT INTO client_groups (client_id, group_id) SELECT c, 1 + (c - 1) % 10 FROM generate_series(1, 50) AS c;

-- Traffic: popular APIs get most of it (the square of a uniform draw favours low ids); 15 %
-- anonymous; about 90 % answered 200, the rest spread over the gateway's error statuses.
-- Unmatched paths (404) have no API.
INSERT INTO access_logs (created_at, request_id, api_id, client_id, ip, method, path, status, duration_ms, user_agent)
SELECT created_at, md5(i::text),
    CASE WHEN status = 404 THEN NULL ELSE api END,
    CASE WHEN anonymous THEN NULL ELSE 'bench-client-' || lpad(client::text, 2, '0') END,
    '10.0.' || (i % 4) || '.' || (1 + (i::bigint * 7919) % 250),
    'GET',
    CASE WHEN status = 404 THEN '/api/missing/' || (i % 5000) ELSE '/api/bench/api-' || lpad(api::text, 3, '0') END,
    status,
    CASE WHEN status >= 500 THEN 200 + 800 * random() ELSE 2 - ln(1 - random()) * 25 END,
    'bench/1.0'
FROM (
    SELECT i,
        now() - interval '90 days' + i * (interval '90 days' / 1000000) AS created_at,
        1 + floor(200 * power(random(), 2))::int AS api,
        1 + floor(50 * random())::int AS client,
        random() < 0.15 AS anonymous,
        CASE
            WHEN r < 0.900 THEN 200
            WHEN r < 0.930 THEN 400
            WHEN r < 0.950 THEN 401
            WHEN r < 0.960 THEN 403
            WHEN r < 0.975 THEN 404
            WHEN r < 0.985 THEN 429
            WHEN r < 0.993 THEN 500
            WHEN r < 0.997 THEN 503
            ELSE 504
        END AS status
    FROM (SELECT i, random() AS r FROM generate_series(1, 1000000) AS i) AS draws
) AS rows;
