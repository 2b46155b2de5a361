using Sluice.Core.Audit;

namespace Sluice.Tests.Audit;

public sealed class AuditHashTests
{
    private static AuditRecord Record(string? summary = """{"name":"a"}""", long id = 7) => new()
    {
        Id = id,
        CreatedAt = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567),
        UserId = 1,
        Username = "admin",
        Action = "create",
        ResourceType = "module",
        ResourceId = "5",
        Summary = summary,
        Ip = "127.0.0.1",
        RequestId = null,
        PrevHash = AuditHash.Genesis,
    };

    [Fact]
    public void Canonical_Record_IsLengthPrefixedFieldsInUtc()
    {
        Assert.Equal(AuditHash.Genesis + "\n27:2025-06-01T10:00:00.123456Z\n1:1\n5:admin\n6:create\n6:module\n1:5\n12:{\"name\":\"a\"}\n9:127.0.0.1\n-",
            AuditHash.Canonical(Record()));
    }

    [Fact]
    public void Compute_SameContentAnotherId_GivesTheSameHash()
    {
        Assert.Equal(AuditHash.Compute(Record(id: 1)), AuditHash.Compute(Record(id: 2)));
        Assert.Matches("^[0-9a-f]{64}$", AuditHash.Compute(Record()));
    }

    [Fact]
    public void Compute_NullAndEmptyOrShiftedText_DifferFromEachOther()
    {
        Assert.NotEqual(AuditHash.Compute(Record(summary: null)), AuditHash.Compute(Record(summary: "")));
        Assert.NotEqual(AuditHash.Compute(Record(summary: "-")), AuditHash.Compute(Record(summary: null)));
    }

    [Fact]
    public void ToMicroseconds_DropsSubMicrosecondTicks()
    {
        var value = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(15);

        Assert.Equal(10, AuditHash.ToMicroseconds(value).UtcTicks % TimeSpan.TicksPerSecond);
    }
}
