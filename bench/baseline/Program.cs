using System.Buffers;
using System.Text.Json;
using Npgsql;

// The bare baseline: one NpgsqlDataSource, three handlers writing the same envelope Sluice
// writes ({"success": true, "message": "OK", "data": [...]}), and an NDJSON export.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = Environment.GetEnvironmentVariable("BASELINE_DATABASE")
    ?? throw new InvalidOperationException("Set BASELINE_DATABASE to an Npgsql connection string.");
await using var dataSource = NpgsqlDataSource.Create(connectionString);
var app = builder.Build();

app.MapGet("/item/{id:long}", (long id, HttpContext context) =>
    Rows.WriteEnvelopeAsync(context, dataSource, "SELECT id, name, price, created_at FROM bench_items WHERE id = $1", id));
app.MapGet("/items", (long after, HttpContext context) =>
    Rows.WriteEnvelopeAsync(context, dataSource, "SELECT id, name, price, created_at FROM bench_items WHERE id > $1 ORDER BY id LIMIT 100", after));
app.MapGet("/export", (HttpContext context) => Rows.WriteNdjsonAsync(context, dataSource));

app.Run();

internal static class Rows
{
    public static async Task WriteEnvelopeAsync(HttpContext context, NpgsqlDataSource dataSource, string sql, long value)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue(value);
        await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteBoolean("success", true);
        writer.WriteString("message", "OK");
        writer.WritePropertyName("data");
        writer.WriteStartArray();
        while (await reader.ReadAsync(context.RequestAborted))
        {
            WriteRow(writer, reader);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }

    public static async Task WriteNdjsonAsync(HttpContext context, NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT id, name, price, created_at FROM bench_export ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
        context.Response.ContentType = "application/x-ndjson";
        var pipe = context.Response.BodyWriter;
        await using var writer = new Utf8JsonWriter(pipe);
        while (await reader.ReadAsync(context.RequestAborted))
        {
            WriteRow(writer, reader);
            writer.Flush();
            pipe.Write("\n"u8);
            writer.Reset(pipe);
            if (pipe.UnflushedBytes > 32 * 1024)
            {
                await pipe.FlushAsync(context.RequestAborted);
            }
        }
        await pipe.FlushAsync(context.RequestAborted);
    }

    private static void WriteRow(Utf8JsonWriter writer, NpgsqlDataReader reader)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", reader.GetInt64(0));
        writer.WriteString("name", reader.GetString(1));
        writer.WriteNumber("price", reader.GetDecimal(2));
        writer.WriteString("created_at", reader.GetFieldValue<DateTime>(3));
        writer.WriteEndObject();
    }
}
