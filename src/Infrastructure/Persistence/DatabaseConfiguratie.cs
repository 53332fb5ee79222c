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

    /// <summary>
    /// The environment variable with the connection string of a streaming replica (or several, Npgsql's multi-host
    /// form), as the application role: the lists and feeds of the m2m sync read there (<c>ILeesDbContext</c>). Unset,
    /// everything reads from <see cref="OmgevingsVariabele"/>.
    /// </summary>
    public const string LeesVariabele = "PASSENDONDERWIJS_DB_LEZEN";

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

    /// <summary>The read connection when one is configured, else null (everything reads from the primary).</summary>
    public static string? LeesVerbindingVoor(IConfiguration configuratie) =>
        new[] { configuratie[LeesVariabele], configuratie.GetConnectionString("Lezen") }
            .FirstOrDefault(verbinding => !string.IsNullOrWhiteSpace(verbinding));

    /// <remarks>
    /// EF's thread-safety check is off: it sets an AsyncLocal on entering and leaving every row of every async query,
    /// which was a sixth of a register page's allocations. It only detects two operations at once on one context, and
    /// each request has its own context, used by one handler that awaits every query before the next.
    /// </remarks>
    public static void Configureer(DbContextOptionsBuilder options, string verbinding) =>
        options
            .EnableThreadSafetyChecks(false)
            .UseNpgsql(verbinding, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .UseOpenIddict();
}

/// <summary>
/// The connection strings of the database: the application role's, which serves every request, the owner's, which
/// only migrates (the same string when no owner connection is configured), and optionally a replica's, which the
/// lists and feeds of the m2m sync read from (null: they read from the application's).
/// </summary>
public sealed record DatabaseVerbindingen(string Applicatie, string Eigenaar, string? Lezen = null)
{
    public static DatabaseVerbindingen Uit(IConfiguration configuratie) =>
        new(
            DatabaseConfiguratie.VerbindingVoor(configuratie),
            DatabaseConfiguratie.EigenaarVerbindingVoor(configuratie),
            DatabaseConfiguratie.LeesVerbindingVoor(configuratie));
}
