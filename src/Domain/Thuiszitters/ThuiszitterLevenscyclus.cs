using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Thuiszitters;

/// <summary>
/// The lifecycle of a register entry as one table: open → teruggekeerd | beëindigd. The samenwerkingsverband keeps the
/// register: it updates the plan, records the return and ends an entry; a school reports a thuiszitter of its own
/// pupils (registering is no step of the table: there is no entry yet) and reads its own. The werkvoorraad: the SWV's
/// staff see an open thuiszitter once the 3-month aim (<see cref="Thuiszitter.Streefdatum"/>) is near or passed.
/// </summary>
public static class ThuiszitterLevenscyclus
{
    private static readonly Rol[] Swv = [Rol.SwvMedewerker];

    /// <summary>The werkvoorraad's action for a thuiszitter whose 3-month aim comes near or passed.</summary>
    public const string TerugkeerActie = "terugkeer-regelen";

    public static Levenscyclus<Thuiszitter, ThuiszitterStatus, ThuiszitterStap> Tabel { get; } = new(
        "Een registratie van een thuiszitter",
        t => t.Status,
        ThuiszitterStatusCodes.Lijst,
        ThuiszitterStapCodes.Lijst,
        [
            new()
            {
                Code = ThuiszitterStap.Planwijziging,
                Omschrijving = "bijwerken",
                Betekenis = "Het plan, het perspectief, de leerplichtambtenaar of de gemeente bijwerken; elke versie van het plan blijft zichtbaar.",
                Van = [ThuiszitterStatus.Open],
                Rollen = Swv,
                Gebeurtenis = ThuiszitterGebeurtenis.PlanBijgewerkt,
                Meldt = (t, op) => new ThuiszitterPlanBijgewerkt(t.Id, t.Samenwerkingsverband, t.Status, op),
            },
            new()
            {
                Code = ThuiszitterStap.Terugkeer,
                Omschrijving = "de terugkeer laten vastleggen",
                Betekenis = "Vastleggen dat de leerling terug is: de datum en waarheen (een school in het samenwerkingsverband of een andere bestemming).",
                Van = [ThuiszitterStatus.Open],
                Rollen = Swv,
                Naar = ThuiszitterStatus.Teruggekeerd,
                Gebeurtenis = ThuiszitterGebeurtenis.Teruggekeerd,
                Meldt = (t, op) => new ThuiszitterTeruggekeerd(t.Id, t.Samenwerkingsverband, t.Status, op, t.TerugBinnenStreefdatum),

                // A vrijstelling has no aim (no Streefdatum), so it never shows here.
                Werkvoorraad = new(
                    TerugkeerActie,
                    _ => "Zorg dat de leerling binnen 3 maanden na het begin van het verzuim terug is op school of in onderwijs",
                    t => t.Streefdatum!.Value,
                    Wanneer: horizon => t => t.Streefdatum != null && t.Streefdatum <= horizon,
                    Voor: Swv),
            },
            new()
            {
                Code = ThuiszitterStap.Beeindiging,
                Omschrijving = "beëindigen",
                Betekenis = "De registratie beëindigen zonder terugkeer, bijvoorbeeld omdat het gezin is verhuisd; met de reden.",
                Van = [ThuiszitterStatus.Open],
                Rollen = Swv,
                Naar = ThuiszitterStatus.Beeindigd,
                Gebeurtenis = ThuiszitterGebeurtenis.Beeindigd,
                Meldt = (t, op) => new ThuiszitterBeeindigd(t.Id, t.Samenwerkingsverband, t.Status, op, t.Beeindiging!.Reden),
            },
        ]);
}
