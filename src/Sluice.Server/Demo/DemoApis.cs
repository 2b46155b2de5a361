namespace Sluice.Server.Demo;

/// <summary>The demo's published APIs: a filtered paginated list, a lookup by id, a search.</summary>
internal static class DemoApis
{
    public sealed record DemoApi(string Name, string Path, string Description, string Sql, string Params, bool Pagination, string[] Identifiers);

    public static IReadOnlyList<DemoApi> All { get; } =
    [
        new("List products", "demo/products", "Products, filtered by category and price, sorted, paginated (?page=&page_size=&count=exact).",
            """
            SELECT id, name, category, price, in_stock = 1 AS in_stock
            FROM products
            {% where %}
              {% if category %} AND category = {{ category }} {% endif %}
              {% if min_price %} AND price >= {{ min_price }} {% endif %}
              {% if max_price %} AND price <= {{ max_price }} {% endif %}
            {% endwhere %}
            ORDER BY {{ sort | ident }}, id
            """,
            """
            [
              {"name": "category", "location": "query", "data_type": "string", "enum": ["books", "games", "garden", "kitchen", "music", "outdoor", "toys"], "description": "Only this category."},
              {"name": "min_price", "location": "query", "data_type": "number", "minimum": 0, "description": "Lowest price."},
              {"name": "max_price", "location": "query", "data_type": "number", "minimum": 0, "description": "Highest price."},
              {"name": "sort", "location": "query", "data_type": "string", "default_value": "id", "enum": ["id", "name", "price"], "description": "Sort column."}
            ]
            """, true, ["id", "name", "price"]),
        new("Get product", "demo/products/{id}", "One product by id, with how many units were ordered.",
            """
            SELECT p.id, p.name, p.category, p.price, p.in_stock = 1 AS in_stock,
                   (SELECT COALESCE(SUM(o.quantity), 0) FROM orders o WHERE o.product_id = p.id) AS units_ordered
            FROM products p WHERE p.id = {{ id }}
            """,
            """
            [{"name": "id", "location": "path", "data_type": "integer", "is_required": true, "minimum": 1}]
            """, false, []),
        new("Search customers", "demo/customers/search", "Customers whose name or email contains q, optionally in one city.",
            """
            SELECT id, name, email, city, joined_on FROM customers
            WHERE (name LIKE {{ q | like }} OR email LIKE {{ q | like }})
            {% if city %} AND city = {{ city }} {% endif %}
            ORDER BY name LIMIT {{ limit }}
            """,
            """
            [
              {"name": "q", "location": "query", "data_type": "string", "is_required": true, "min_length": 2, "max_length": 100},
              {"name": "city", "location": "query", "data_type": "string"},
              {"name": "limit", "location": "query", "data_type": "integer", "default_value": 20, "minimum": 1, "maximum": 100}
            ]
            """, false, []),
    ];
}
