namespace Testing.Postgres;

/// <summary>The PostgreSQL server binaries the tests need are not on this machine.</summary>
public sealed class PostgresNotInstalledException(string searched) : Exception(
    $"PostgreSQL server binaries (initdb, pg_ctl) were not found in {searched}. " +
    "Install them with `apt-get install -y postgresql` (Debian/Ubuntu), or set PG_BIN to the folder that holds initdb. " +
    "./test.sh installs them itself when they are missing.");
