using PassendOnderwijs.Domain.Aanmeldingen.Gebeurtenissen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Aanmeldingen;

/// <summary>
/// The lifecycle of an aanmelding as one table: ontvangen → verlengd (once, only while the zorgplicht applies) →
/// besloten, or ingetrokken by the ouders while open. The school where the pupil was aangemeld takes every step; the
/// samenwerkingsverband watches (its own werkvoorraad line, not a step of this table). The aggregate's transitions, the
/// access checks, the werkvoorraad, the <c>toegestaneStappen</c> and the domain events all follow from these rows.
/// </summary>
public static class AanmeldingLevenscyclus
{
    private static readonly Rol[] School = [Rol.SchoolMedewerker];

    private static readonly AanmeldingStatus[] Open = [AanmeldingStatus.Ontvangen, AanmeldingStatus.Verlengd];

    /// <summary>What the school's line in the werkvoorraad says.</summary>
    public const string BesluitOmschrijving = "Besluit over de toelating: de zorgplicht loopt";

    public static Levenscyclus<Aanmelding, AanmeldingStatus, AanmeldingStap> Tabel { get; } = new(
        "Een aanmelding",
        a => a.Status,
        AanmeldingStatusCodes.Lijst,
        AanmeldingStapCodes.Lijst,
        [
            new()
            {
                Code = AanmeldingStap.Verlenging,
                Omschrijving = "verlengen",
                Betekenis = $"De termijn van {AanmeldingTermijnen.BeslistermijnWeken} weken eenmaal met ten hoogste {AanmeldingTermijnen.VerlengingWeken} weken verlengen, met de reden en de datum waarop de ouders dat hoorden.",
                Van = [AanmeldingStatus.Ontvangen],
                Voorwaarde = new(
                    a => a.GeenZorgplicht == null,
                    Fout.Conflict("geen-zorgplicht", "Voor deze aanmelding geldt geen zorgplicht en loopt geen termijn; er valt niets te verlengen.")),
                Rollen = School,
                Naar = AanmeldingStatus.Verlengd,
                Gebeurtenis = AanmeldingGebeurtenis.Verlengd,
                Meldt = (a, op) => new AanmeldingVerlengd(a.Id, a.Samenwerkingsverband, a.Status, op),
            },
            new()
            {
                Code = AanmeldingStap.Besluit,
                Omschrijving = "besluiten",
                Betekenis = "Besluiten over de toelating: toegelaten, toegelaten op een andere school (met haar akkoord en in overleg met de ouders), niet toegelaten met de reden, of niet toegelaten omdat de school vol is.",
                Van = Open,
                Rollen = School,
                Naar = AanmeldingStatus.Besloten,
                Gebeurtenis = AanmeldingGebeurtenis.Besloten,
                Meldt = (a, op) => new AanmeldingBesloten(a.Id, a.Samenwerkingsverband, a.Status, op),
                Werkvoorraad = new(
                    "besluiten",
                    _ => BesluitOmschrijving,
                    a => a.BesluitUiterlijk!.Value,
                    Wanneer: horizon => a => a.BesluitUiterlijk != null && a.BesluitUiterlijk <= horizon),
            },
            new()
            {
                Code = AanmeldingStap.Intrekking,
                Omschrijving = "als ingetrokken vastleggen",
                Betekenis = "Vastleggen dat de ouders de aanmelding hebben ingetrokken; de zorgplicht eindigt dan.",
                Van = Open,
                Rollen = School,
                Naar = AanmeldingStatus.Ingetrokken,
                Gebeurtenis = AanmeldingGebeurtenis.Ingetrokken,
                Meldt = (a, op) => new AanmeldingIngetrokken(a.Id, a.Samenwerkingsverband, a.Status, op),
            },
        ]);
}
