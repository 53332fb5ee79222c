using Mediator;
using PassendOnderwijs.Application.Platform.Commands.MaakPlatformbeheerder;

namespace PassendOnderwijs.Api.Beheer;

/// <summary>
/// The API's executable as a management tool: <c>beheer maak-platformbeheerder --email … --naam …</c> makes the
/// installation's first platform-beheerder. It runs with the same configuration as the API (database, migrations),
/// instead of the web host, so an empty installation can be opened without demo data or default passwords.
/// </summary>
internal static class BeheerOpdracht
{
    public const int Gelukt = 0;
    public const int Geweigerd = 1;
    public const int Gebruik = 2;

    private const string Uitleg =
        "Gebruik: beheer maak-platformbeheerder --email <e-mailadres> --naam <naam>\n" +
        "Maakt de eerste platform-beheerder van deze installatie en toont een eenmalige activeringscode.";

    /// <summary>The arguments after "beheer" when this run is a management command; null for a normal start.</summary>
    public static string[]? Lees(string[] args) =>
        args is ["beheer", .. var rest] ? rest : null;

    /// <summary>Runs the command against a migrated database; returns the process exit code.</summary>
    public static async Task<int> VoerUitAsync(IServiceProvider services, string[] args, string publiekeUrl, TextWriter uit, TextWriter fout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(uit);
        ArgumentNullException.ThrowIfNull(fout);
        if (args is not ["maak-platformbeheerder", .. var opties] || LeesOpties(opties) is not { } waarden)
        {
            await fout.WriteLineAsync(Uitleg).ConfigureAwait(false);
            return Gebruik;
        }

        await using var scope = services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var uitkomst = await sender.Send(
            new MaakPlatformbeheerderCommand(waarden.GetValueOrDefault("email"), waarden.GetValueOrDefault("naam")), ct).ConfigureAwait(false);
        if (!uitkomst.Lukt(out var nieuw))
        {
            await fout.WriteLineAsync("Er is geen platform-beheerder gemaakt:").ConfigureAwait(false);
            foreach (var probleem in uitkomst.Fouten)
            {
                await fout.WriteLineAsync($"- {probleem.Melding}").ConfigureAwait(false);
            }

            return Geweigerd;
        }

        await uit.WriteLineAsync($"""
            De platform-beheerder {nieuw.Email} is aangemaakt.
            Activeringscode (eenmalig, geldig tot {nieuw.ActivatieGeldigTot:yyyy-MM-dd HH:mm} UTC):

                {nieuw.Activatiecode}

            Open {publiekeUrl.TrimEnd('/')}/activeren, vul de code in en kies een wachtwoord.
            Deze code wordt niet bewaard en niet opnieuw getoond.
            """).ConfigureAwait(false);
        return Gelukt;
    }

    /// <summary>--email x --naam y (or --email=x); null for an unknown or incomplete option.</summary>
    private static Dictionary<string, string>? LeesOpties(string[] opties)
    {
        var waarden = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < opties.Length; i++)
        {
            if (!opties[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            var optie = opties[i][2..];
            string waarde;
            if (optie.Split('=', 2) is [var naam, var metIs])
            {
                (optie, waarde) = (naam, metIs);
            }
            else if (i + 1 < opties.Length)
            {
                waarde = opties[++i];
            }
            else
            {
                return null;
            }

            if (optie is not ("email" or "naam"))
            {
                return null;
            }

            waarden[optie] = waarde;
        }

        return waarden;
    }
}
