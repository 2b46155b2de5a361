using Microsoft.Data.Sqlite;

namespace Sluice.Server.Demo;

/// <summary>Writes the demo's SQLite file: a small shop with products, customers and orders,
/// generated from a fixed seed so every newcomer sees the same data.</summary>
internal static class DemoDatabase
{
    private static readonly string[] Categories = ["books", "games", "garden", "kitchen", "music", "outdoor", "toys"];
    private static readonly string[] Adjectives = ["Classic", "Compact", "Deluxe", "Eco", "Handmade", "Pocket", "Pro", "Rustic", "Smart", "Vintage"];
    private static readonly string[] Nouns = ["Lamp", "Kettle", "Puzzle", "Trowel", "Guitar", "Tent", "Novel", "Skillet", "Kite", "Board Game", "Backpack", "Planter"];
    private static readonly string[] FirstNames = ["Ada", "Ben", "Chloé", "Dmitri", "Elena", "Farah", "Goran", "Hana", "Ivo", "Jun", "Kofi", "Lena", "Mateo", "Noor", "Olga", "Pia"];
    private static readonly string[] LastNames = ["Andersen", "Brown", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Horvat", "Ito", "Jensen", "Kowalski", "Larsen", "Müller", "Novak"];
    private static readonly string[] Cities = ["Berlin", "Lisbon", "Oslo", "Prague", "Vienna", "Zagreb", "Lyon", "Porto", "Kyoto", "Austin"];

    public static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(20261123);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, """
            CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, price NUMERIC NOT NULL, in_stock INTEGER NOT NULL);
            CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, city TEXT NOT NULL, joined_on TEXT NOT NULL);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), product_id INTEGER NOT NULL REFERENCES products(id),
                quantity INTEGER NOT NULL, ordered_at TEXT NOT NULL);
            CREATE INDEX ix_products_category ON products(category);
            CREATE INDEX ix_orders_customer ON orders(customer_id);
            """);
        for (var id = 1; id <= 300; id++)
        {
            var name = $"{Adjectives[random.Next(Adjectives.Length)]} {Nouns[random.Next(Nouns.Length)]} {id}";
            Insert(connection, "INSERT INTO products VALUES ($id, $name, $category, $price, $stock)",
                ("$id", id), ("$name", name), ("$category", Categories[random.Next(Categories.Length)]),
                ("$price", Math.Round((decimal)(random.NextDouble() * 200 + 2), 2)), ("$stock", random.Next(0, 4) == 0 ? 0 : 1));
        }
        for (var id = 1; id <= 1000; id++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            Insert(connection, "INSERT INTO customers VALUES ($id, $name, $email, $city, $joined)",
                ("$id", id), ("$name", $"{first} {last}"), ("$email", $"{first.ToLowerInvariant()}.{id}@example.com"),
                ("$city", Cities[random.Next(Cities.Length)]), ("$joined", new DateOnly(2022, 1, 1).AddDays(random.Next(1000)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        for (var id = 1; id <= 4000; id++)
        {
            var at = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(2 * 365 * 24 * 60));
            Insert(connection, "INSERT INTO orders VALUES ($id, $customer, $product, $quantity, $at)",
                ("$id", id), ("$customer", random.Next(1, 1001)), ("$product", random.Next(1, 301)), ("$quantity", random.Next(1, 5)),
                ("$at", at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)));
        }
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Insert(SqliteConnection connection, string sql, params (string Name, object Value)[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }
        command.ExecuteNonQuery();
    }
}
