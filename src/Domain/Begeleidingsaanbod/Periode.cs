using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Begeleidingsaanbod;

/// <summary>A period of calendar days, both ends included; without an end it runs on indefinitely.</summary>
public sealed record Periode
{
    private Periode(DateOnly begindatum, DateOnly? einddatum)
    {
        Begindatum = begindatum;
        Einddatum = einddatum;
    }

    public DateOnly Begindatum { get; }

    public DateOnly? Einddatum { get; }

    public static Result<Periode> Van(DateOnly begindatum, DateOnly? einddatum, string veld = "periode") =>
        einddatum < begindatum
            ? Fout.Ongeldig("omgekeerde-periode", "De einddatum ligt voor de begindatum.", veld)
            : new Periode(begindatum, einddatum);

    public bool Bevat(DateOnly datum) => datum >= Begindatum && (Einddatum is null || datum <= Einddatum);

    public bool Overlapt(Periode andere)
    {
        ArgumentNullException.ThrowIfNull(andere);
        return (Einddatum is null || andere.Begindatum <= Einddatum) && (andere.Einddatum is null || Begindatum <= andere.Einddatum);
    }

    /// <summary>This period cut off at <paramref name="laatsteDag"/>; null when nothing of it is left.</summary>
    public Periode? TotEnMet(DateOnly laatsteDag) =>
        Begindatum > laatsteDag ? null
        : Einddatum is { } eind && eind <= laatsteDag ? this
        : new Periode(Begindatum, laatsteDag);
}
