using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace PassendOnderwijs.Infrastructure.Persistence;

public static class DatabaseConfiguratie
{
    /// <summary>The environment variable that names the database of a real deployment (a Npgsql connection string).</summary>
    public const string OmgevingsVariabele = "PASSENDONDERWIJS_DB";

    /// <summary>
    /// The environment variable with the connection string of the database's owner role, which runs the migrations.
    /// <see cref="OmgevingsVariabele"/> is then the application role's, which serves requests and owns nothing.
    /// </summary>
    public const string EigenaarVariabele = "PASSENDONDERWIJS_DB_EIGENAAR";

    public static string VerbindingVoor(IConfiguration configuratie) =>
        configuratie[OmgevingsVariabele]
        ?? configuratie.GetConnectionString("PassendOnderwijs")
        ?? throw new InvalidOperationException(
            $"No database configured: set {OmgevingsVariabele} or ConnectionStrings:PassendOnderwijs (./run.sh does this for the local cluster).");

    /// <summary>
    /// The connection that migrates: the owner's when one is configured; otherwise the application's own, as before
    /// there were two roles, so a deployment with one connection string keeps working (and keeps its one role's rights).
    /// </summary>
    public static string EigenaarVerbindingVoor(IConfiguration configuratie) =>
        new[] { configuratie[EigenaarVariabele], configuratie.GetConnectionString("Eigenaar") }
            .FirstOrDefault(verbinding => !string.IsNullOrWhiteSpace(verbinding))
        ?? VerbindingVoor(configuratie);

    public static void Configureer(DbContextOptionsBuilder options, string verbinding) =>
        options
            .UseNpgsql(verbinding, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .UseOpenIddict();
}

/// <summary>
/// The two connection strings of the database: the application role's, which serves every request, and the owner's,
/// which only migrates (the same string when no owner connection is configured).
/// </summary>
public sealed record DatabaseVerbindingen(string Applicatie, string Eigenaar)
{
    public static DatabaseVerbindingen Uit(IConfiguration configuratie) =>
        new(DatabaseConfiguratie.VerbindingVoor(configuratie), DatabaseConfiguratie.EigenaarVerbindingVoor(configuratie));
}
