using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Benchmarks;
using PassendOnderwijs.Infrastructure.Persistence;

// scripts/benchmark-audit.sh runs the audit measurement; scripts/benchmark-aanbieders.sh uses the two register commands
// scripts/benchmark-arrangementen.sh the arrangementen command and scripts/benchmark-lijsten.sh the lijsten command, against the database in PASSENDONDERWIJS_DB.
// genereer-landelijk [SCHAAL] builds the country (scripts/benchmark-landelijk.sh): 1.0 is national size, 0.01 a quick run.
// oso-lezen [N] [DOSSIER.xml ...] reads and validates each official OSO example (or the files given) N times (default 200), no database.
switch (args)
{
    case []:
    case ["audit"]:
        await AuditOverhead.VoerUitAsync();
        break;
    case ["genereer-aanbieders", var aantal]:
        await using (var db = Register())
        {
            await AanbiederGenerator.GenereerAsync(db, int.Parse(aantal, System.Globalization.CultureInfo.InvariantCulture));
        }

        break;
    case ["wijzig-aanbieders", var aantal]:
        await using (var db = Register())
        {
            await AanbiederGenerator.WijzigAsync(db, int.Parse(aantal, System.Globalization.CultureInfo.InvariantCulture));
        }

        break;
    case ["genereer-arrangementen", var aantal]:
        await using (var db = Register())
        {
            await ArrangementGenerator.GenereerAsync(db, int.Parse(aantal, System.Globalization.CultureInfo.InvariantCulture));
        }

        break;
    case ["genereer-landelijk"]:
    case ["genereer-landelijk", _]:
        await using (var db = Register())
        {
            await LandelijkGenerator.GenereerAsync(db, args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1.0);
        }

        break;
    case ["genereer-lijsten", var scholen, var leerlingen]:
        await using (var db = Register())
        {
            await LijstenGenerator.GenereerAsync(
                db, int.Parse(scholen, System.Globalization.CultureInfo.InvariantCulture), int.Parse(leerlingen, System.Globalization.CultureInfo.InvariantCulture));
        }

        break;
    case ["oso-lezen"]:
        return OsoLezen.VoerUit(200, []);
    case ["oso-lezen", var aantal, .. var bestanden] when int.TryParse(aantal, System.Globalization.CultureInfo.InvariantCulture, out var keer) && keer > 0:
        return OsoLezen.VoerUit(keer, bestanden);
    default:
        Console.Error.WriteLine("Gebruik: [audit] | genereer-aanbieders AANTAL | wijzig-aanbieders AANTAL | genereer-arrangementen AANTAL | genereer-landelijk [SCHAAL] | genereer-lijsten SCHOLEN LEERLINGEN | oso-lezen [KEER] [DOSSIER.xml ...]");
        return 2;
}

return 0;

static PassendOnderwijsDbContext Register()
{
    var verbinding = Environment.GetEnvironmentVariable(DatabaseConfiguratie.OmgevingsVariabele)
        ?? throw new InvalidOperationException($"Set {DatabaseConfiguratie.OmgevingsVariabele} to the benchmark database.");
    var options = new DbContextOptionsBuilder<PassendOnderwijsDbContext>();
    DatabaseConfiguratie.Configureer(options, verbinding);
    return new PassendOnderwijsDbContext(options.Options);
}
