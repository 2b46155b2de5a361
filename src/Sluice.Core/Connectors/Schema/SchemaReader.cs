using System.Data.Common;
using System.Globalization;
using System.Text;
using Sluice.Core.Templates;

namespace Sluice.Core.Connectors.Schema;

/// <summary>Reads a datasource's tables, views, columns and primary keys with its engine's one
/// catalog query (<see cref="SchemaQueries"/>).</summary>
public static class SchemaReader
{
    /// <summary>Runs the catalog query on <paramref name="connection"/>, a connection of
    /// <paramref name="pool"/>; the caller bounds it with the statement timeout through
    /// <paramref name="cancellationToken"/>. Throws the driver's exception when the query fails.</summary>
    public static async Task<DatabaseSchema> ReadAsync(DatasourcePool pool, DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var statement = new BoundStatement(SchemaQueries.For(pool.Spec.Product), []);
        await using var command = await pool.CreateCommandAsync(connection, statement, null, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tables = new Dictionary<(string Schema, string Table), (string Kind, List<(SchemaColumn Column, int? KeyPosition)> Columns)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (Text(reader.GetValue(0)), Text(reader.GetValue(1)));
            if (!tables.TryGetValue(key, out var table))
            {
                tables[key] = table = (Text(reader.GetValue(2)), []);
            }
            int? keyPosition = reader.IsDBNull(7) ? null : Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture);
            // A primary key column holds a value whatever the catalog says (SQLite and DuckDB
            // do not always mark it NOT NULL).
            var nullable = Convert.ToBoolean(reader.GetValue(5), CultureInfo.InvariantCulture) && keyPosition is null;
            table.Columns.Add((new SchemaColumn(Text(reader.GetValue(3)), Text(reader.GetValue(4)), nullable, keyPosition is not null,
                Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture)), keyPosition));
        }
        return new DatabaseSchema(tables
            .GroupBy(table => table.Key.Schema, StringComparer.Ordinal)
            .OrderBy(schema => schema.Key, StringComparer.Ordinal)
            .Select(schema => new NamedSchema(schema.Key, schema
                .OrderBy(table => table.Key.Table, StringComparer.Ordinal)
                .Select(table => new SchemaTable(table.Key.Table, table.Value.Kind,
                    table.Value.Columns.Select(c => c.Column).OrderBy(c => c.Ordinal).ToArray(),
                    table.Value.Columns.Where(c => c.KeyPosition is not null).OrderBy(c => c.KeyPosition).Select(c => c.Column.Name).ToArray()))
                .ToArray()))
            .ToArray());
    }

    // MySQL answers some catalog text as binary, depending on the server's version and charset.
    private static string Text(object value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        DBNull => "",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
