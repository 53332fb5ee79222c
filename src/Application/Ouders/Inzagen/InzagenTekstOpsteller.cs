using System.Globalization;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Inzagen;

/// <summary>
/// The words of the PDF of the ouder's log: a title with the child's name, when it was made, what the list says (in B1,
/// as the portal), and a table of every use: when, who (role and organisation), what and why.
/// </summary>
public static class InzagenTekstOpsteller
{
    public const string Afzender = "Ouderportaal Passend Onderwijs";

    public static string Titel(string kind) => $"Wie heeft de gegevens van {kind} bekeken?";

    public static DocumentTekst Stel(InzagenOverzicht export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var gemaakt = Tijdstip(export.GemaaktOp);
        IReadOnlyList<Tekstblok> blokken =
        [
            new Gegevens([new Gegeven("Kind", export.Kind), new Gegeven("Gemaakt op", gemaakt)]),
            new Alinea(
                "Hier staat elke keer dat iemand de gegevens van uw kind bekeek of veranderde, het nieuwste eerst: wanneer, " +
                "wie (de rol en de school of het samenwerkingsverband), wat er gebeurde en waarom. Wilt u weten welke persoon " +
                "het was? Vraag het de school."),
            export.Inzagen.Count == 0
                ? new Alinea("Er staat nog niets in deze lijst.")
                : new Tabelblok(
                    [new Tabelkolom("Wanneer", 2), new Tabelkolom("Wie", 3), new Tabelkolom("Wat", 2.5), new Tabelkolom("Waarom", 3.5)],
                    [.. export.Inzagen.Select(Rij)]),
        ];
        return new DocumentTekst(Afzender, Titel(export.Kind), blokken, $"{export.Kind}, gemaakt op {gemaakt}");
    }

    private static IReadOnlyList<string> Rij(InzageExportRegel regel) =>
    [
        Tijdstip(regel.Op),
        regel.Organisatie is { Length: > 0 } organisatie ? $"{regel.Wie}, {organisatie}" : regel.Wie,
        $"{regel.Wat}: {Klein(regel.Gegevens)}",
        regel.Waarom,
    ];

    /// <summary>"14 maart 2027 om 09:30", in Dutch time.</summary>
    public static string Tijdstip(DateTimeOffset op)
    {
        var lokaal = NederlandseDatum.Lokaal(op);
        return $"{NederlandseDatum.Tekst(DateOnly.FromDateTime(lokaal))} om {lokaal.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    private static string Klein(string tekst) => tekst.Length == 0 ? tekst : char.ToLowerInvariant(tekst[0]) + tekst[1..];
}
