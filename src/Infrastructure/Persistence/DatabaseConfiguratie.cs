using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace PassendOnderwijs.Infrastructure.Persistence;

public static class DatabaseConfiguratie
{
    /// <summary>The environment variable that names the database of a real deployment (a Npgsql connection string).</summary>
    public const string OmgevingsVariabele = "PASSENDONDERWIJS_DB";

    public static string VerbindingVoor(IConfiguration configuratie) =>
        configuratie[OmgevingsVariabele]
        ?? configuratie.GetConnectionString("PassendOnderwijs")
        ?? throw new InvalidOperationException(
            $"No database configured: set {OmgevingsVariabele} or ConnectionStrings:PassendOnderwijs (./run.sh does this for the local cluster).");

    public static void Configureer(DbContextOptionsBuilder options, string verbinding) =>
        options
            .UseNpgsql(verbinding, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .UseOpenIddict();
}
