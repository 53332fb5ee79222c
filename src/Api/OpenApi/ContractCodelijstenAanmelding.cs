using PassendOnderwijs.Domain.Aanmeldingen;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The code lists of aanmeldingen and the zorgplicht, and what each code means.</summary>
internal static partial class ContractCodelijsten
{
    private static IEnumerable<Codelijstschema> Aanmeldingen() =>
    [
        Tekst(
            AanmeldingStatusCodes.Lijst,
            "Waar een aanmelding staat: ontvangen, met verlengde termijn, besloten, of ingetrokken door de ouders.",
            new Dictionary<AanmeldingStatus, string>
            {
                [AanmeldingStatus.Ontvangen] = "De aanmelding is binnen; de school besluit binnen zes weken na ontvangst.",
                [AanmeldingStatus.Verlengd] = "De school verlengde de termijn eenmaal met vier weken; het besluit volgt.",
                [AanmeldingStatus.Besloten] = "De school besloot over de toelating; zie het besluit.",
                [AanmeldingStatus.Ingetrokken] = "De ouders trokken de aanmelding in; de zorgplicht is voorbij.",
            }),
        Tekst(
            AanmeldingStapCodes.Lijst,
            "Een stap die u bij een aanmelding kunt zetten. Een aanmelding noemt in toegestaneStappen de stappen die u nu mag zetten.",
            // What each step means is written in its row of the lifecycle table.
            AanmeldingLevenscyclus.Tabel.Stappen.ToDictionary(s => s.Code, s => s.Betekenis)),
        Tekst(
            ToelatingsuitkomstCodes.Lijst,
            "Wat de school besloot over de toelating.",
            new Dictionary<Toelatingsuitkomst, string>
            {
                [Toelatingsuitkomst.Toegelaten] = "De school laat de leerling toe.",
                [Toelatingsuitkomst.AndereSchool] = "De school laat de leerling niet toe, maar een andere school (met haar akkoord, in overleg met de ouders) wel: de zorgplicht is vervuld.",
                [Toelatingsuitkomst.NietToegelaten] = "De school laat de leerling niet toe, met de reden.",
                [Toelatingsuitkomst.Vol] = "De school is vol en laat de leerling niet toe; de zorgplicht geldt dan niet.",
            }),
        Tekst(
            GeenZorgplichtCodes.Lijst,
            "Waarom de zorgplicht niet geldt.",
            new Dictionary<GeenZorgplicht, string>
            {
                [GeenZorgplicht.Cluster] = "De school hoort bij cluster 1 of 2; zij heeft geen zorgplicht en er loopt geen termijn.",
                [GeenZorgplicht.Vol] = "De school besloot dat zij vol is; de zorgplicht geldt dan niet.",
            }),
    ];
}
