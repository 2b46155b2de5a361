using System.Reflection;
using FluentMigrator;
using Sluice.Core.Storage.Migrations;

namespace Sluice.Tests.Storage;

public sealed class MigrationCatalogTests
{
    [Fact]
    public void Types_ListsEveryMigrationOfTheAssembly()
    {
        var scanned = typeof(MigrationCatalog).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<MigrationAttribute>() is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal);

        Assert.Equal(scanned, MigrationCatalog.Types.OrderBy(type => type.FullName, StringComparer.Ordinal));
    }

    [Fact]
    public void All_VersionsAreDistinctAndAscending()
    {
        var versions = MigrationCatalog.All.Select(step => step.Version).ToArray();

        Assert.Equal(versions.Order().Distinct(), versions);
        Assert.Equal(versions[^1], MigrationCatalog.Head);
    }
}
