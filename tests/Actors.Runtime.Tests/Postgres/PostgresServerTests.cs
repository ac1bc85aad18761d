using Testing.Postgres;

namespace Actors.Runtime.Tests.Postgres;

/// <summary>The test fixture's own behaviour when PostgreSQL is missing.</summary>
public sealed class PostgresServerTests
{
    [Fact]
    public void Missing_server_binaries_fail_with_how_to_install_them()
    {
        var empty = Directory.CreateTempSubdirectory("no-postgres-");
        try
        {
            var error = Assert.Throws<PostgresNotInstalledException>(
                () => PostgresServer.FindBinDirectory(configured: null, debianRoot: empty.FullName));

            Assert.Contains($"{empty.FullName}/*/bin", error.Message);
            Assert.Contains("apt-get install -y postgresql", error.Message);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_PG_BIN_without_initdb_is_reported_by_name()
    {
        var error = Assert.Throws<PostgresNotInstalledException>(
            () => PostgresServer.FindBinDirectory(configured: "/nonexistent/bin"));

        Assert.Contains("PG_BIN=/nonexistent/bin", error.Message);
    }
}
